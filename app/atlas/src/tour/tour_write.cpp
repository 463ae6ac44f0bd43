// tourJson and saveTour: a tour written as an instructor would write it by hand, with the keys
// left at their defaults left out (docs/tours.md).
#include <charconv>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "myo/engine/file_writing.hpp"
#include "myo/atlas/tour.hpp"
#include "tour/tour_file.hpp"

namespace myo::atlas {

namespace {

using Json = nlohmann::ordered_json;

// The shortest decimal that reads back as the same float: 0.3, not 0.30000001192092896, so files
// stay readable and a tour read back is the tour written.
double readable(float value) {
  char text[32];
  const std::to_chars_result end = std::to_chars(text, text + sizeof text - 1, value);
  *end.ptr = '\0';
  return std::strtod(text, nullptr);
}

Json cameraJson(const TourCamera& camera) {
  Json json;
  json["view"] = toString(camera.view);
  if (camera.yawDegrees != 0.0f) json["yaw"] = readable(camera.yawDegrees);
  if (camera.pitchDegrees != 0.0f) json["pitch"] = readable(camera.pitchDegrees);
  if (camera.framing != TourFraming::Body) json["framing"] = toString(camera.framing);
  if (camera.target)
    json["target"] = {readable(camera.target->x), readable(camera.target->y), readable(camera.target->z)};
  if (camera.distance) json["distance"] = readable(*camera.distance);
  return json;
}

Json stepJson(const TourStep& step) {
  Json json;
  json["title"] = step.title;
  if (!step.caption.empty()) json["caption"] = step.caption;
  json["camera"] = cameraJson(step.camera);
  if (step.layers) {
    Json layers = Json::array();
    for (const EnumName<Layer>& layer : namesOf<Layer>())
      if ((*step.layers)[static_cast<int>(layer.value)]) layers.push_back(layer.name);
    json["layers"] = layers;
  }
  if (step.peel) json["peel"] = toString(*step.peel);
  if (step.xray) json["xray"] = true;
  if (step.isolate) json["isolate"] = true;
  if (step.markers) json["markers"] = true;
  if (step.side != SideFilter::Both) json["side"] = nameIn(namesOf<SideFilter>(), step.side);
  if (!step.selection.empty()) {
    Json selection = Json::array();
    for (const StructureRef& ref : step.selection) selection.push_back(toString(ref));
    json["select"] = selection;
  }
  if (!step.patterns.empty()) {
    Json patterns = Json::array();
    for (const TourPattern& pattern : step.patterns) {
      if (pattern.side == SideFilter::Both)
        patterns.push_back(pattern.triggerPoints);
      else
        patterns.push_back({{"triggerPoints", pattern.triggerPoints}, {"side", nameIn(namesOf<SideFilter>(), pattern.side)}});
    }
    json["patterns"] = patterns;
  }
  if (!step.regions.empty()) json["regions"] = step.regions;
  if (step.labels.every)
    json["labels"] = "layer";
  else if (!step.labels.muscles.empty()) {
    Json muscles = Json::array();
    for (const StructureRef& ref : step.labels.muscles) muscles.push_back(toString(ref));
    json["labels"] = muscles;
  }
  return json;
}

}  // namespace

std::string tourJson(const Tour& tour) {
  Json document;
  document["format"] = kTourFormat;
  document["version"] = kTourVersion;
  document["title"] = tour.title;
  if (!tour.description.empty()) document["description"] = tour.description;
  Json steps = Json::array();
  for (const TourStep& step : tour.steps) steps.push_back(stepJson(step));
  document["steps"] = steps;
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Status saveTour(const Tour& tour, const std::filesystem::path& file) {
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) return Error{file.string() + ": is a folder, not a file"};
  if (std::filesystem::exists(file, error)) {
    if (Status existing = checkTourFile(file); !existing)
      return Error{"will not replace " + file.string() +
                   ", which is not a tour this MyoAtlas can read; it is left as it is. Save under another name.\n" +
                   existing.error().message};
  }
  return replaceFile(file, tourJson(tour), FileAccess::OwnerOnly);
}

}  // namespace myo::atlas
