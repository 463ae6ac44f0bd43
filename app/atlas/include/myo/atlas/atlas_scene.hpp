#pragma once
// AtlasScene: a body scene together with what the atlas knows about its parts — which node is
// which structure, and the skin map for heat maps and regions — and AtlasView: what to show on it
// (display state, referred-pain patterns, painted regions, markers). sceneLook turns a view
// into the per-item styles, skin heat and markers the engine draws; the window, `render` and the
// tests all go through it, so they show the same thing.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/display.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/skin_map.hpp"
#include "myo/atlas/structure_index.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/scene_look.hpp"

namespace myo::atlas {

struct AtlasScene {
  Scene scene;
  StructureIndex index;
  std::optional<SkinMap> skin;  // when the scene has a skin and the region patches load
  std::optional<int> skinPart;  // the part that carries the heat map
};

// Whether to map the skin (its regions and surface distances, a fraction of a second): a picture
// that paints nothing on the skin and places no trigger point starts faster without.
enum class SkinMapping { Build, Skip };

// anatomyFolder: where landmarks.json and region-patches.json are (assets/anatomy).
Result<AtlasScene> makeAtlasScene(Scene scene, const std::filesystem::path& anatomyFolder,
                                  SkinMapping mapping = SkinMapping::Build);

// A trigger point's zones as the zone editor has them now, not yet saved: painted instead of the
// card's drawing wherever that trigger point's pattern shows.
struct ZonePreview {
  const TriggerPoint* point = nullptr;
  ZoneDrawing drawing;  // left-side frame, as the card stores it; empty paints nothing
};

inline constexpr float kCrossScale = 2.0f;

struct AtlasView {
  DisplayState display;
  std::vector<TriggerPointOnSide> patterns;  // referred-pain patterns to paint on the skin
  std::vector<std::string> regions;          // body regions to paint (full ids: "left_temple")
  std::vector<float> pain;                   // a pain drawing (rasterisePain), one value per skin vertex, or empty
  bool markers = false;                      // trigger-point markers of the patterns and the selection
  // The size of the X at a pattern's trigger point, in marker sizes: twice a dot, or its strokes are
  // a pixel wide and the X cannot be told from the dots of the other trigger points.
  float crossScale = kCrossScale;
  // The pain drawing as an outline in a colour of its own (FrameSettings::fieldOutlineColor), not
  // painted in the pattern's red: for a client, their own drawing and the chart side by side.
  bool painOutline = false;
  std::vector<StructureRef> throughSkin;     // muscles shown through windows cut in the skin (skin_window.hpp)
  std::optional<ZonePreview> zonePreview;    // a drawing being edited
};

// The trigger points a heat-map request names: "trapezius" (all of its points) or
// "trapezius/tp1", on one side or both. Unknown ids give an error with the nearest ids.
Result<std::vector<TriggerPointOnSide>> resolveTriggerPoints(const KnowledgeBase& kb, const std::string& spec,
                                                             SideFilter side);

// The look of the scene for a view, as plain data: every item's style, the skin's heat and marks
// (empty when the view paints none, which clears what an earlier look painted) and the markers.
SceneLook sceneLook(const AtlasScene& atlas, const KnowledgeBase* kb, const AtlasView& view);

// The skin heat a view paints (x essential or region, y spillover), one per skin vertex.
std::vector<glm::vec2> skinHeat(const AtlasScene& atlas, const AtlasView& view);

// The skin's marks (GpuMesh::setMarks): x the outlined pain drawing, y the windows over the muscles
// shown through the skin; empty when the view has neither.
std::vector<glm::vec2> skinMarks(const AtlasScene& atlas, const AtlasView& view);

}  // namespace myo::atlas
