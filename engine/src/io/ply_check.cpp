#include "io/ply_check.hpp"

#include <cctype>
#include <charconv>
#include <system_error>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace myo::io {

namespace {

enum class Encoding { Ascii, BinaryLittle, BinaryBig };

struct Property {
  bool list = false;
  bool nonEmpty = false;  // a face's vertex list: Assimp aborts on an empty one
  int countSize = 0;  // bytes of a list's count (binary), 0 for a scalar
  int valueSize = 0;  // bytes of one value (binary)
};

struct Element {
  std::string name;
  std::uint64_t count = 0;
  std::vector<Property> properties;
};

// Every type name the PLY format defines, with its size in bytes.
int typeSize(std::string_view type) {
  static const std::map<std::string_view, int> kSizes = {
      {"char", 1},  {"uchar", 1},  {"int8", 1},  {"uint8", 1},  {"short", 2},   {"ushort", 2},
      {"int16", 2}, {"uint16", 2}, {"int", 4},   {"uint", 4},   {"int32", 4},   {"uint32", 4},
      {"float", 4}, {"float32", 4}, {"double", 8}, {"float64", 8}};
  const auto it = kSizes.find(type);
  return it == kSizes.end() ? 0 : it->second;
}

bool isUnsignedIntegerType(std::string_view type) {
  return type == "uchar" || type == "uint8" || type == "ushort" || type == "uint16" || type == "uint" ||
         type == "uint32" || type == "char" || type == "int8" || type == "short" || type == "int16" ||
         type == "int" || type == "int32";  // signed counts are allowed if non-negative
}

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool parseCount(const std::string& text, std::uint64_t& value) {
  if (text.empty() || text.size() > 19) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  value = std::stoull(text);
  return true;
}

std::string lineLabel(int line) { return "line " + std::to_string(line) + " of the PLY header"; }

// Reads an unsigned list count of `size` bytes at `p`, in the file's byte order.
std::uint64_t readCount(const std::uint8_t* p, int size, bool bigEndian) {
  std::uint64_t value = 0;
  for (int i = 0; i < size; ++i) {
    const int shift = bigEndian ? 8 * (size - 1 - i) : 8 * i;
    value |= static_cast<std::uint64_t>(p[i]) << shift;
  }
  return value;
}

Status walkBinary(std::span<const std::uint8_t> body, const std::vector<Element>& elements, bool bigEndian) {
  std::uint64_t at = 0;
  const std::uint64_t size = body.size();
  for (const Element& element : elements) {
    for (std::uint64_t i = 0; i < element.count; ++i) {
      for (const Property& p : element.properties) {
        if (!p.list) {
          if (static_cast<std::uint64_t>(p.valueSize) > size - at)
            return Error{"the PLY data ends inside element '" + element.name + "' " + std::to_string(i)};
          at += static_cast<std::uint64_t>(p.valueSize);
          continue;
        }
        if (static_cast<std::uint64_t>(p.countSize) > size - at)
          return Error{"the PLY data ends inside element '" + element.name + "' " + std::to_string(i)};
        const std::uint64_t n = readCount(body.data() + at, p.countSize, bigEndian);
        at += static_cast<std::uint64_t>(p.countSize);
        if (n == 0 && p.nonEmpty) return Error{"PLY face " + std::to_string(i) + " has no vertices"};
        if (n > (size - at) / static_cast<std::uint64_t>(p.valueSize))
          return Error{"a list in PLY element '" + element.name + "' " + std::to_string(i) +
                       " runs past the end of the data"};
        at += n * static_cast<std::uint64_t>(p.valueSize);
      }
    }
  }
  return {};
}

// ASCII: each element instance is one line of numbers; a list is a count followed by that many.
Status walkAscii(std::string_view body, const std::vector<Element>& elements) {
  std::size_t at = 0;
  auto nextToken = [&](std::string_view& token) {
    while (at < body.size() && std::isspace(static_cast<unsigned char>(body[at]))) ++at;
    const std::size_t start = at;
    while (at < body.size() && !std::isspace(static_cast<unsigned char>(body[at]))) ++at;
    token = body.substr(start, at - start);
    return !token.empty();
  };
  auto isNumber = [](std::string_view token) {
    double value = 0.0;
    const char* first = token.data();
    if (!token.empty() && token.front() == '+') ++first;  // from_chars does not take a leading '+'
    const auto [end, ec] = std::from_chars(first, token.data() + token.size(), value);
    return ec == std::errc() && end == token.data() + token.size();
  };
  std::string_view token;
  for (const Element& element : elements) {
    for (std::uint64_t i = 0; i < element.count; ++i) {
      for (const Property& p : element.properties) {
        if (!nextToken(token))
          return Error{"the PLY data ends before element '" + element.name + "' " + std::to_string(i)};
        if (!isNumber(token))
          return Error{"PLY element '" + element.name + "' " + std::to_string(i) + " holds '" +
                       std::string(token.substr(0, 20)) + "', which is not a number"};
        if (!p.list) continue;
        std::uint64_t n = 0;
        if (!parseCount(std::string(token), n))
          return Error{"a list in PLY element '" + element.name + "' " + std::to_string(i) + " has an invalid length"};
        if (n == 0 && p.nonEmpty) return Error{"PLY face " + std::to_string(i) + " has no vertices"};
        // Each value needs at least two characters ("0 "), which bounds the count by the data left.
        if (n > (body.size() - at) / 2 + 1)
          return Error{"a list in PLY element '" + element.name + "' " + std::to_string(i) +
                       " runs past the end of the data"};
        for (std::uint64_t k = 0; k < n; ++k) {
          if (!nextToken(token))
            return Error{"a list in PLY element '" + element.name + "' " + std::to_string(i) + " is cut short"};
          if (!isNumber(token))
            return Error{"PLY element '" + element.name + "' " + std::to_string(i) + " holds '" +
                         std::string(token.substr(0, 20)) + "', which is not a number"};
        }
      }
    }
  }
  return {};
}

}  // namespace

bool looksLikePly(std::span<const std::uint8_t> bytes) {
  // Any file starting with "ply" (in any case) may end up in Assimp's PLY reader through its
  // format detection, so all of them are checked, not only well-formed ones.
  return bytes.size() >= 3 && std::tolower(bytes[0]) == 'p' && std::tolower(bytes[1]) == 'l' &&
         std::tolower(bytes[2]) == 'y';
}

Status checkPly(std::span<const std::uint8_t> bytes) {
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  // The header is text up to "end_header"; a real one is a few hundred bytes.
  constexpr std::size_t kMaxHeader = 64 * 1024;
  std::size_t at = 0;
  int lineNumber = 0;
  Encoding encoding = Encoding::Ascii;
  bool haveFormat = false;
  std::vector<Element> elements;
  while (true) {
    if (at >= text.size() || at > kMaxHeader)
      return Error{"the PLY header has no 'end_header' line (damaged or not a PLY file)"};
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(at, end - at));
    at = end + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::vector<std::string> w = words(line);
    if (lineNumber == 1) {
      if (w.size() != 1 || w[0] != "ply") return Error{"not a PLY file (it does not start with 'ply')"};
      continue;
    }
    if (w.empty() || w[0] == "comment" || w[0] == "obj_info") continue;
    if (w[0] == "end_header") {
      if (w.size() != 1) return Error{lineLabel(lineNumber) + " has text after 'end_header'"};
      break;
    }
    if (w[0] == "format") {
      if (w.size() != 3 || (w[2] != "1.0" && w[2] != "1"))
        return Error{lineLabel(lineNumber) + " is not 'format <ascii|binary_little_endian|binary_big_endian> 1.0'"};
      if (w[1] == "ascii") encoding = Encoding::Ascii;
      else if (w[1] == "binary_little_endian") encoding = Encoding::BinaryLittle;
      else if (w[1] == "binary_big_endian") encoding = Encoding::BinaryBig;
      else return Error{lineLabel(lineNumber) + " names an unknown encoding '" + w[1] + "'"};
      haveFormat = true;
      continue;
    }
    if (w[0] == "element") {
      Element element;
      if (w.size() != 3 || !parseCount(w[2], element.count))
        return Error{lineLabel(lineNumber) + " is not 'element <name> <count>'"};
      element.name = w[1];
      elements.push_back(std::move(element));
      continue;
    }
    if (w[0] == "property") {
      if (elements.empty()) return Error{lineLabel(lineNumber) + " declares a property before any element"};
      Property property;
      if (w.size() == 3 && typeSize(w[1]) > 0) {
        property.valueSize = typeSize(w[1]);
      } else if (w.size() == 5 && w[1] == "list" && typeSize(w[2]) > 0 && typeSize(w[2]) <= 4 &&
                 isUnsignedIntegerType(w[2]) && typeSize(w[3]) > 0) {
        property.list = true;
        property.countSize = typeSize(w[2]);
        property.valueSize = typeSize(w[3]);
      } else {
        return Error{lineLabel(lineNumber) + " is not a valid property ('" + line.substr(0, 60) + "')"};
      }
      property.nonEmpty = property.list && elements.back().name == "face";
      elements.back().properties.push_back(property);
      continue;
    }
    // Any other line is skipped, as Assimp's reader skips it: old exporters (Blender 2.47) wrote a
    // "Created by ..." line without the 'comment' keyword, and Assimp reads those files.
  }
  if (!haveFormat) return Error{"the PLY header has no 'format' line"};
  for (const Element& element : elements)
    if (element.count > 0 && element.properties.empty())
      return Error{"PLY element '" + element.name + "' has no properties"};

  const std::span<const std::uint8_t> body = bytes.subspan(std::min(at, bytes.size()));
  if (encoding == Encoding::Ascii)
    return walkAscii(std::string_view(reinterpret_cast<const char*>(body.data()), body.size()), elements);
  return walkBinary(body, elements, encoding == Encoding::BinaryBig);
}

}  // namespace myo::io
