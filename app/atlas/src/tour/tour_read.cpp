// openTour: a tour file read against the knowledge base, every problem located by step and JSON
// pointer. The format is docs/tours.md.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "myo/atlas/json_file.hpp"
#include "myo/atlas/json_node.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_search.hpp"
#include "myo/atlas/tour.hpp"
#include "tour/tour_file.hpp"

namespace myo::atlas {

namespace {

// A tour of a hundred steps is a few tens of KiB.
constexpr JsonFileLimits kTourFileLimits{.maxBytes = 4u << 20, .maxDepth = 32, .kind = "a tour"};

constexpr std::string_view kSchemaPage = "docs/tours.md";
// Generous bounds that still catch nonsense: the body is under 2 m tall and 1 m wide.
constexpr double kMaxCoordinate = 3.0;
constexpr double kMaxDistance = 20.0;

// A name from one of the vocabulary tables; reports an unknown one with the choices.
template <class E, std::size_t N>
std::optional<E> readName(const JsonNode& node, const EnumTable<E, N>& table, std::string_view what) {
  if (!node.isString()) {
    node.text();  // reports the wrong type
    return std::nullopt;
  }
  const std::string text = node.text();
  if (text.empty()) return std::nullopt;
  if (std::optional<E> value = parseIn(table, text)) return value;
  node.report("unknown " + std::string(what) + " '" + text + "'; use " + choicesIn(table));
  return std::nullopt;
}

TourCamera readCamera(const JsonNode& node) {
  TourCamera camera;
  if (!node.expectObject({"view", "yaw", "pitch", "framing", "target", "distance"}, kSchemaPage)) return camera;
  if (node.has("view")) camera.view = readName(node["view"], namesOf<ViewPreset>(), "view").value_or(ViewPreset::Anterior);
  if (node.has("yaw")) camera.yawDegrees = float(node["yaw"].number(-180.0, 180.0));
  if (node.has("pitch")) camera.pitchDegrees = float(node["pitch"].number(-90.0, 90.0));
  if (node.has("framing"))
    camera.framing = readName(node["framing"], namesOf<TourFraming>(), "framing").value_or(TourFraming::Body);
  if (node.has("target")) {
    const JsonNode target = node["target"];
    std::vector<double> point;
    target.forEach(Emptiness::NotEmpty, [&](const JsonNode& c) { point.push_back(c.number(-kMaxCoordinate, kMaxCoordinate)); });
    if (point.size() == 3)
      camera.target = glm::vec3(float(point[0]), float(point[1]), float(point[2]));
    else if (!point.empty())
      target.report("must be three numbers [x, y, z] in metres");
  }
  if (node.has("distance")) camera.distance = float(node["distance"].number(0.0, kMaxDistance, true));
  if (node.has("target") != node.has("distance"))
    node.report("\"target\" and \"distance\" go together (a camera recorded from the window has both): add the other or remove this one");
  return camera;
}

std::array<bool, 5> readLayers(const JsonNode& node) {
  std::array<bool, 5> shown{};
  node.forEach(Emptiness::MayBeEmpty, [&](const JsonNode& item) {
    if (std::optional<Layer> layer = readName(item, namesOf<Layer>(), "layer")) shown[static_cast<int>(*layer)] = true;
  });
  return shown;
}

std::vector<StructureRef> readSelection(const JsonNode& node, const KnowledgeBase& kb) {
  std::vector<StructureRef> selection;
  node.forEach(Emptiness::MayBeEmpty, [&](const JsonNode& item) {
    const std::string text = item.text();
    if (text.empty()) return;
    const std::optional<StructureRef> ref = parseStructureRef(text);
    if (!ref) {
      item.report("'" + text + "': the side after the dot must be left or right");
      return;
    }
    if (kb.findMuscle(ref->id) == nullptr) {
      std::string message = "unknown muscle '" + ref->id + "'";
      if (const std::vector<std::string> near = nearestMuscleIds(kb, ref->id); !near.empty())
        message += didYouMean(near);
      item.report(message);
    }
    selection.push_back(*ref);
  });
  return selection;
}

// A pattern is "muscle", "muscle/tpN", or {"triggerPoints": ..., "side": ...}.
std::vector<TourPattern> readPatterns(const JsonNode& node, const KnowledgeBase& kb) {
  std::vector<TourPattern> patterns;
  node.forEach(Emptiness::MayBeEmpty, [&](const JsonNode& item) {
    TourPattern pattern;
    JsonNode spec = item;
    if (!item.isString()) {
      if (!item.expectObject({"triggerPoints", "side"}, kSchemaPage)) return;
      spec = item["triggerPoints"];
      if (item.has("side")) pattern.side = readName(item["side"], namesOf<SideFilter>(), "side").value_or(SideFilter::Both);
    }
    pattern.triggerPoints = spec.text();
    if (pattern.triggerPoints.empty()) return;
    if (Result<std::vector<TriggerPointOnSide>> points = resolveTriggerPoints(kb, pattern.triggerPoints, pattern.side); !points)
      spec.report(points.error().message);
    patterns.push_back(std::move(pattern));
  });
  return patterns;
}

std::vector<std::string> readRegions(const JsonNode& node, const KnowledgeBase& kb) {
  std::vector<std::string> regions;
  node.forEach(Emptiness::MayBeEmpty, [&](const JsonNode& item) {
    const std::string id = item.text();
    if (id.empty()) return;
    if (kb.regions().find(id) == nullptr) {
      std::string message = "unknown region '" + id + "'";
      if (const std::vector<std::string> near = nearestRegionIds(kb.regions(), id); !near.empty())
        message += didYouMean(near);
      item.report(message + " (`myoatlas regions` lists them)");
    }
    regions.push_back(id);
  });
  return regions;
}

// "labels": "layer" (every muscle the step shows) or a list of muscle ids.
TourLabels readLabels(const JsonNode& node, const KnowledgeBase& kb) {
  TourLabels labels;
  if (node.isString()) {
    const std::string text = node.text();
    if (text == "layer")
      labels.every = true;
    else
      node.report("'" + text + "': \"layer\" labels every muscle the step shows; to label some, list their ids: "
                  "[\"trapezius\", \"levator_scapulae\"]");
    return labels;
  }
  // A list names muscles as "select" does, with a side or without.
  labels.muscles = readSelection(node, kb);
  if (node.isList() && node.size() == 0) node.report("an empty list labels nothing: list muscle ids, or use \"layer\"");
  return labels;
}

bool readFlag(const JsonNode& step, std::string_view key) { return step.has(key) && step[key].boolean(); }

TourStep readStep(const JsonNode& node, const KnowledgeBase& kb) {
  TourStep step;
  if (!node.expectObject({"title", "caption", "camera", "layers", "peel", "xray", "isolate", "markers", "side", "select",
                          "patterns", "regions", "labels"},
                         kSchemaPage))
    return step;
  step.title = node["title"].text();
  if (node.has("caption")) step.caption = node["caption"].text(Emptiness::MayBeEmpty);
  if (node.has("camera")) step.camera = readCamera(node["camera"]);
  if (node.has("layers")) step.layers = readLayers(node["layers"]);
  if (node.has("peel")) step.peel = readName(node["peel"], namesOf<Layer>(), "layer");
  step.xray = readFlag(node, "xray");
  step.isolate = readFlag(node, "isolate");
  step.markers = readFlag(node, "markers");
  if (node.has("side")) step.side = readName(node["side"], namesOf<SideFilter>(), "side").value_or(SideFilter::Both);
  if (node.has("select")) step.selection = readSelection(node["select"], kb);
  if (node.has("patterns")) step.patterns = readPatterns(node["patterns"], kb);
  if (node.has("regions")) step.regions = readRegions(node["regions"], kb);
  if (node.has("labels")) step.labels = readLabels(node["labels"], kb);

  // What a step asks for that it does not give the means to show.
  if (step.xray && step.selection.empty())
    node["xray"].report("x-ray ghosts the layers above the selection: add \"select\"");
  if (step.camera.framing == TourFraming::Selection && step.selection.empty())
    node["camera"]["framing"].report("\"selection\" frames the selected structures: add \"select\"");
  if (step.camera.framing == TourFraming::Painted && step.patterns.empty() && step.regions.empty())
    node["camera"]["framing"].report("\"painted\" frames what is painted on the skin: add \"patterns\" or \"regions\"");
  return step;
}

Tour readTour(const JsonNode& root, const KnowledgeBase& kb) {
  Tour tour;
  root.expectObject({"format", "version", "title", "description", "steps"}, kSchemaPage);
  tour.title = root["title"].text();
  if (root.has("description")) tour.description = root["description"].text(Emptiness::MayBeEmpty);
  root["steps"].forEach(Emptiness::NotEmpty, [&](const JsonNode& s) { tour.steps.push_back(readStep(s, kb)); });
  return tour;
}

// "step 3 "Shoulder pain"" for a pointer into /steps/2, so that an author finds the step by
// what it shows; empty for a pointer outside the steps.
std::string stepLabel(const std::string& pointer, const JsonDocument& document) {
  constexpr std::string_view kSteps = "/steps/";
  if (!pointer.starts_with(kSteps)) return {};
  const std::string rest = pointer.substr(kSteps.size());
  const std::size_t afterDigits = rest.find_first_not_of("0123456789");
  const std::string digits = rest.substr(0, afterDigits);
  if (afterDigits != std::string::npos && rest[afterDigits] != '/') return {};
  if (digits.empty() || digits.size() > 6) return {};
  const std::size_t index = std::stoul(digits);
  std::string label = "step " + std::to_string(index + 1);
  const JsonDocument* steps = document.is_object() && document.contains("steps") ? &document["steps"] : nullptr;
  if (steps != nullptr && steps->is_array() && index < steps->size()) {
    const JsonDocument& step = (*steps)[index];
    if (step.is_object() && step.contains("title") && step["title"].is_string())
      label += " \"" + step["title"].get<std::string>() + "\"";
  }
  return label;
}

std::string describeProblems(const std::vector<Problem>& problems, const JsonDocument* document) {
  std::string message;
  for (const Problem& problem : problems) {
    if (!message.empty()) message += '\n';
    const std::string label = document ? stepLabel(problem.pointer, *document) : std::string();
    if (label.empty())
      message += formatProblem(problem);
    else
      message += problem.file + ": " + label + ": " + problem.pointer + ": " + problem.message;
  }
  return message;
}

}  // namespace

std::filesystem::path defaultToursDir() { return defaultAssetsDir() / "tours"; }

namespace {

bool readTourHeader(const JsonDocument& document, const ProblemLog& log, std::vector<Problem>& problems) {
  const JsonNode root(document, log);
  // Which kind of file and which version come first: a newer file is refused as a whole, not
  // picked apart by the rules of this version.
  if (!document.is_object()) {
    root.report("is not a MyoAtlas tour (must be a JSON object, not " + root.describeType() + ")");
    return false;
  }
  const std::size_t before = problems.size();
  if (root["format"].text() != kTourFormat || problems.size() != before) {
    problems.resize(before);
    log.add("/format", "is not a MyoAtlas tour (\"format\" must be \"" + std::string(kTourFormat) + "\")");
    return false;
  }
  const int version = root["version"].wholeNumber(1, 1'000'000);
  if (problems.size() != before) return false;
  if (version > kTourVersion) {
    log.add("/version", "was written by a newer MyoAtlas (tour version " + std::to_string(version) +
                            "; this one reads version " + std::to_string(kTourVersion) +
                            " and older): open it with a newer MyoAtlas");
    return false;
  }
  return true;
}

}  // namespace

Status checkTourFile(const std::filesystem::path& file) {
  std::vector<Problem> problems;
  const ProblemLog log(file.string(), problems);
  const std::optional<JsonDocument> document = readJsonFile(file, log, kTourFileLimits);
  if (document) readTourHeader(*document, log, problems);
  if (!problems.empty()) return Error{describeProblems(problems, nullptr)};
  return {};
}

Result<Tour> openTour(const std::filesystem::path& file, const KnowledgeBase& kb) {
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) return Error{file.string() + ": is a folder, not a tour file"};
  std::vector<Problem> problems;
  const ProblemLog log(file.string(), problems);
  const std::optional<JsonDocument> document = readJsonFile(file, log, kTourFileLimits);
  if (!document) return Error{describeProblems(problems, nullptr)};
  if (!readTourHeader(*document, log, problems)) return Error{describeProblems(problems, &*document)};
  Tour tour = readTour(JsonNode(*document, log), kb);
  if (!problems.empty()) return Error{describeProblems(problems, &*document)};
  return tour;
}

}  // namespace myo::atlas
