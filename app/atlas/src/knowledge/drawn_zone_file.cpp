#include "myo/atlas/drawn_zone_file.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "myo/engine/file_writing.hpp"

namespace myo::atlas {

namespace {

std::string jsonQuoted(const std::string& text) { return nlohmann::json(text).dump(); }

std::string number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

std::string weight(double value) { return nlohmann::json(value).dump(); }

std::string shapeLine(const DrawnShape& shape) {
  std::string line = shape.kind == ShapeKind::Area ? "{\"area\": [" : "{\"stroke\": [";
  for (std::size_t i = 0; i < shape.points.size(); ++i) {
    const SkinAnchor& p = shape.points[i];
    line.append(i ? ", [" : "[").append(jsonQuoted(p.base));
    for (double offset : p.offsetCm) line.append(", ").append(number(offset));
    line.append("]");
  }
  line.append("]");
  if (shape.kind == ShapeKind::Stroke) line.append(", \"width_cm\": ").append(number(shape.widthCm));
  return line.append("}");
}

template <class Item, class Format>
std::string list(const std::vector<Item>& items, const std::string& pad, Format format) {
  if (items.empty()) return "[]";
  std::string text = "[\n";
  for (std::size_t i = 0; i < items.size(); ++i)
    text += pad + "  " + format(items[i]) + (i + 1 < items.size() ? ",\n" : "\n");
  return text + pad + "]";
}

std::string zoneLine(const ZonePatch& patch) {
  return "{\"region\": " + jsonQuoted(patch.region) + ", \"weight\": " + weight(patch.weight) + "}";
}

// The index one past the brace that closes the one at `open`, minding strings; npos when none.
std::size_t closingBrace(const std::string& text, std::size_t open) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return i + 1;
    }
  }
  return std::string::npos;
}

}  // namespace

std::string formatReferral(const Referral& referral, int indent) {
  const std::string pad(std::size_t(indent), ' ');
  const std::string in = pad + "  ";
  std::string text = "{\n";
  text += in + "\"side\": " + jsonQuoted(std::string(toString(referral.side))) + ",\n";
  text += in + "\"description\": " + jsonQuoted(referral.description) + ",\n";
  text += in + "\"essential\": " + list(referral.essential, in, zoneLine) + ",\n";
  text += in + "\"spillover\": " + list(referral.spillover, in, zoneLine);
  if (!referral.drawing.empty()) {
    const std::string deeper = in + "  ";
    text += ",\n" + in + "\"drawing\": {\n";
    text += deeper + "\"essential\": " + list(referral.drawing.essential, deeper, shapeLine) + ",\n";
    text += deeper + "\"spillover\": " + list(referral.drawing.spillover, deeper, shapeLine) + "\n";
    text += in + "}";
  }
  return text + "\n" + pad + "}";
}

Status saveReferrals(const std::filesystem::path& card, const std::map<std::string, Referral>& byTriggerPoint) {
  std::ifstream in(card, std::ios::binary);
  if (!in) return Error{card.string() + ": cannot be opened"};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const auto& [id, referral] : byTriggerPoint) {
    const std::size_t at = text.find("\"id\": " + jsonQuoted(id));
    const std::size_t key = at == std::string::npos ? at : text.find("\"referral\":", at);
    const std::size_t open = key == std::string::npos ? key : text.find('{', key);
    const std::size_t end = open == std::string::npos ? open : closingBrace(text, open);
    if (end == std::string::npos) return Error{card.string() + ": has no referral for " + id};
    const std::size_t lineStart = text.rfind('\n', key);
    const int indent = int(key - (lineStart == std::string::npos ? 0 : lineStart + 1));
    text.replace(open, end - open, formatReferral(referral, indent));
  }
  return replaceFile(card, text, FileAccess::OwnerOnly);
}

}  // namespace myo::atlas
