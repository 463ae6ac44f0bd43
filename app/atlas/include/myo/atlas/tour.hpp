#pragma once
// A guided tour: the steps an instructor walks a class through, each one a complete picture —
// where the camera looks from, which layers show and how far they are peeled, what is selected,
// which referred-pain patterns and regions are painted, and the caption to read out. Tours are
// documented JSON files (docs/tours.md); the window plays and records them, and
// `myoatlas render --tour FILE -o DIR` turns one into slides.
//
// Not here: playing (the window's presenter mode), drawing (the engine), or any GL.
//
//   Result<Tour> tour = openTour("assets/tours/head-and-neck.json", kb);
//   if (!tour) { std::cerr << tour.error().message << '\n'; return 2; }   // names the step
//   Result<StagedStep> staged = stageStep(tour->steps[0], kb, atlasScene);
//   draw(staged->view, staged->camera);

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/display.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/layer.hpp"
#include "myo/engine/camera.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

// The version this program writes, and the newest it reads; the value of the "format" key.
inline constexpr int kTourVersion = 1;
inline constexpr std::string_view kTourFormat = "myoatlas-tour";

// What the camera frames when a step does not record an exact camera.
enum class TourFraming {
  Body,       // the whole body
  Painted,    // what is painted on the skin, with some body around it (as render --frame-painted)
  Selection,  // the selected structures, with some body around them
};

constexpr EnumTable<TourFraming, 3> enumNames(TourFraming) {
  return {{
      {TourFraming::Body, "body"},
      {TourFraming::Painted, "painted"},
      {TourFraming::Selection, "selection"},
  }};
}

struct TourCamera {
  ViewPreset view = ViewPreset::Anterior;
  float yawDegrees = 0.0f;    // turned around the body from the preset, for three-quarter views
  float pitchDegrees = 0.0f;  // raised (positive) or lowered
  TourFraming framing = TourFraming::Body;
  // A camera recorded from the window ("add this view as a step"): when both are set they are
  // used as they are and `framing` is ignored.
  std::optional<glm::vec3> target;  // metres, body frame
  std::optional<float> distance;    // metres from the target
};

// A referred-pain pattern to paint: "trapezius" (all of its trigger points) or "trapezius/tp1".
struct TourPattern {
  std::string triggerPoints;
  SideFilter side = SideFilter::Both;
};

// Names on the body (body_labels.hpp): none, every muscle the picture shows ("labels": "layer"),
// or the muscles listed ("labels": ["trapezius", "levator_scapulae.left"]) where the picture shows them.
struct TourLabels {
  bool every = false;
  std::vector<StructureRef> muscles;
  bool any() const { return every || !muscles.empty(); }
};

struct TourStep {
  std::string title;    // a few words, shown large
  std::string caption;  // what the instructor says about this picture; may be empty
  TourCamera camera;
  // Indexed by Layer. Unset: the muscles and bones, plus the skin when something is painted.
  std::optional<std::array<bool, 5>> layers;
  std::optional<Layer> peel;
  bool xray = false;
  bool isolate = false;
  bool markers = false;
  SideFilter side = SideFilter::Both;
  std::vector<StructureRef> selection;
  std::vector<TourPattern> patterns;
  std::vector<std::string> regions;  // full region ids ("left_temple")
  TourLabels labels;
};

struct Tour {
  std::string title;
  std::string description;  // may be empty
  std::vector<TourStep> steps;  // never empty in a file that opened
};

// Where the shipped tours are: `tours` in the assets directory (defaultAssetsDir).
std::filesystem::path defaultToursDir();

// Reads and checks a tour file against the knowledge base. Every problem is reported one a line
// as `file: step N "Title": /steps/N-1/key: message` (or `file: /key: message` outside the steps),
// naming the step, so an author finds it; unknown ids come with the nearest ones. A newer version
// is refused before anything else is read.
Result<Tour> openTour(const std::filesystem::path& file, const KnowledgeBase& kb);

// The tour as the JSON text saveTour writes (keys left at their defaults are left out).
std::string tourJson(const Tour& tour);

// Writes the tour atomically; refuses to replace a file that is not a tour this version reads.
Status saveTour(const Tour& tour, const std::filesystem::path& file);

// A step made ready to draw: the view for sceneLook and the camera for the picture.
struct StagedStep {
  AtlasView view;
  OrbitCamera camera;
  TourLabels labels;  // as the step has them: drawn over the picture (body_labels.hpp)
};

// Resolves a step's ids and places its camera for a picture of this aspect ratio (width/height).
// Fails (naming the id) only for ids the scene lacks, such as a muscle missing from a custom model.
Result<StagedStep> stageStep(const TourStep& step, const KnowledgeBase& kb, const AtlasScene& scene, float aspect);

// How stageStep's messages name the parts of a step: as a tour file spells its keys
// ("select trapezus: ...") or as the options of `myoatlas render` that fill them
// ("--select trapezus: ..."), since render builds its picture as a step.
enum class StepWording { TourKeys, RenderOptions };
Result<StagedStep> stageStep(const TourStep& step, const KnowledgeBase& kb, const AtlasScene& scene, float aspect,
                             StepWording wording);

// "step 3 "Shoulder pain"": how messages name a step (index counts from 0).
std::string stepName(std::size_t index, const TourStep& step);

// Every step of the tour staged, or the first that cannot be, as `file: step N "Title": message`:
// a tour is shown or drawn whole, or refused before anything is shown.
Result<std::vector<StagedStep>> stageTour(const Tour& tour, const std::string& file, const KnowledgeBase& kb,
                                          const AtlasScene& scene, float aspect);

// "Add this view as a step": the step that shows what the window shows now, with this camera.
// It records the camera exactly (as the nearest view plus yaw and pitch, with target and
// distance), the visible layers, peel, x-ray, isolate, markers, side, selection, each painted
// trigger point with its side, and the regions; not layer opacities, hover, dim or hide, nor a
// pain drawing. stageStep of the result gives back this view and camera.
TourStep stepFromView(const AtlasView& view, const OrbitCamera& camera, std::string title, std::string caption);

}  // namespace myo::atlas
