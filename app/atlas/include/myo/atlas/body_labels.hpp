#pragma once
// Labels on a picture of the body: which muscles a picture shows, where each one shows (its
// anchors, label_anchor.hpp) and where its name goes (label_layout.hpp). One label per muscle;
// a muscle seen on both sides gets one anchor per side and the layout leads its line to the side
// nearer its box. The render command, tour slides, the window and study sheets all label through
// here, so they name the same muscles at the same points.
//
//   IdImage ids = snapshots.renderIds(request, look);           // ids: 1 + sceneItems index
//   std::vector<BodyLabel> labels = labelBody(atlas, &kb, ids, {}, measure);   // every muscle shown
//   labelBody(atlas, &kb, ids, {{"trapezius", Side::Left}}, measure);           // one side of one
//   for (const BodyLabel& label : labels) draw(label.placed);
//
//   // With a layer hidden or peeled, what a muscle shows may be its inside, through a gap in the
//   // layers drawn (the front's muscles from behind): the same camera with every layer tells.
//   std::optional<IdImage> all;                                  // only when a layer is hidden
//   if (std::optional<AtlasView> every = everyLayerView(view)) all = snapshots.renderIds(request, sceneLook(atlas, &kb, *every));
//   labelBody(atlas, &kb, ids, {}, measure, std::nullopt, all ? &*all : nullptr);
//
// Not here: drawing (label_picture.hpp draws with cairo, the window with ImGui), GL.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/label_layout.hpp"
#include "myo/engine/id_image.hpp"

namespace myo::atlas {

// A muscle shows in a picture when its front-most pixels on one side number at least one in
// kLabelledShare of the picture's (230 of 1280 x 720) and some of them lie kLabelledDepth pixels
// of a 720-line picture from the region's edge (in proportion on a taller one, so that a study
// sheet 2400 lines high names what a window shows): less is a sliver at the body's outline or
// between other muscles, too small to point a leader at (and from behind, the edges of the front's
// muscles).
inline constexpr int kLabelledShare = 4000;
inline constexpr float kLabelledDepth = 3.0f;
bool showsEnoughToLabel(int pixels, float depth, const IdImage& picture);

struct BodyLabel {
  PlacedLabel placed;
  std::string muscle;             // knowledge-base id
  std::optional<Side> anchorSide; // the side of the node under the leader's end (none: the midline)
};

// Labels the muscles of `muscles` (a muscle on both sides, or on one: "trapezius.left"; empty:
// every muscle the picture shows) that show in `ids` enough to label (showsEnoughToLabel). Names
// come from the knowledge base (the common name; without one, the id with spaces). The viewport is
// the whole picture unless given.
//
// withEveryLayer: the ids of the same picture (same camera, same size) with every muscle layer and
// the bone shown, the skin hidden, no peel, isolate or x-ray (everyLayerView), when the picture
// hides some of them; null when it hides none (then it would equal `ids`). With layers hidden, the
// picture may show a muscle from the inside: from behind with the superficial layer alone, the
// front wall's rectus abdominis shows through the gaps between the back's muscles. Pixels where a
// muscle is seen from the inside (seenFromInside) do not count as showing it: its anchor is found
// among the others, and a side left with too few gets none; a muscle left with none is not
// labelled. Without it every muscle that shows is labelled, as it shows.
std::vector<BodyLabel> labelBody(const AtlasScene& atlas, const KnowledgeBase* kb, const IdImage& ids,
                                 const std::vector<StructureRef>& muscles,
                                 const std::function<LabelSize(std::string_view)>& measure,
                                 std::optional<LabelRect> viewport = std::nullopt,
                                 const IdImage* withEveryLayer = nullptr);

// The view whose ids labelBody's withEveryLayer wants: `view` with every muscle layer and the bone
// shown (fully opaque), the skin hidden, no peel, focus (isolate, hide) or x-ray, nothing painted,
// the same side filter (the hidden side is no layer); nullopt when `view` already shows every muscle layer and the bone, unpeeled (its own ids will do).
std::optional<AtlasView> everyLayerView(const AtlasView& view);

// Whether a muscle, front-most at a pixel of a picture with some layers hidden, is seen there from
// the inside, given what the same pixel shows with every layer (`withEveryLayer`): a structure of a
// deeper layer than the muscle's own, or a bone, so the line of sight reaches the muscle through
// deeper tissue. A muscle seen normally shows itself there; a deep muscle seen with the layers
// above it peeled (iliopsoas from the front) shows a more superficial one: neither is from the
// inside. Per pixel, not per muscle: where a deeper muscle pokes through a superficial one's mesh,
// that pixel alone is lost.
bool seenFromInside(const StructureInfo& muscle, const StructureInfo& withEveryLayer);

// The structure whose node shows at a pixel of `ids`, if any: what a test or the state dump reads
// under a leader's end.
const StructureInfo* structureAt(const AtlasScene& atlas, const IdImage& ids, glm::ivec2 pixel);

// The labels' font size, pixels, for a picture this many pixels high: readable on a 720-pixel
// slide (13 px) and never below 11.
float labelFontPixels(int pictureHeight);

}  // namespace myo::atlas
