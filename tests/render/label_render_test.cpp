// Labels on the built-in body as `render --labels` draws them: the superficial layer from behind,
// every muscle that shows named once (none seen from the inside, as the front's muscles are through
// the gaps between the back's), boxes apart and off the body, each leader ending on a pixel of its
// own muscle in the picture's id buffer; and a deep muscle seen from the front, the layers above
// it peeled, still named.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>

#include "atlas_render_fixture.hpp"
#include "golden.hpp"
#include "myo/atlas/body_labels.hpp"
#include "myo/atlas/label_anchor.hpp"
#include "myo/atlas/label_picture.hpp"
#include "myo/engine/snapshot.hpp"
#include "render_setup.hpp"

namespace {

using namespace myo;
using namespace myo::atlas;

// The size `render` draws by default: a slide.
constexpr int kLabelWidth = 1280, kLabelHeight = 720;

class LabelRender : public test::BuiltInAtlasRender {
 protected:
  // The step `render --view posterior --layers superficial --labels` draws.
  StagedStep superficialFromBehind() const {
    TourStep step;
    step.camera.view = ViewPreset::Posterior;
    step.layers = std::array<bool, 5>{false, true, false, false, false};
    step.labels.every = true;
    Result<StagedStep> staged = stageStep(step, *kb, *atlas, float(kLabelWidth) / float(kLabelHeight));
    EXPECT_TRUE(staged) << (staged ? "" : staged.error().message);
    return staged ? *staged : StagedStep{};
  }

  SnapshotRequest requestFor(const StagedStep& staged) const {
    return {.width = kLabelWidth, .height = kLabelHeight, .camera = staged.camera};
  }
};

TEST_F(LabelRender, EveryMuscleOfTheSuperficialLayerSeenFromBehindIsLabelledApartAndOnItself) {
  auto snapshots = SnapshotRenderer::create(atlas->scene);
  ASSERT_TRUE(snapshots) << snapshots.error().message;
  const StagedStep staged = superficialFromBehind();
  const IdImage ids = snapshots->renderIds(requestFor(staged), sceneLook(*atlas, kb, staged.view));
  // The same camera with every layer: where it shows a deeper layer than the muscle in front in
  // `ids`, that muscle is seen from the inside (through the gaps between the back's muscles).
  const std::optional<AtlasView> every = everyLayerView(staged.view);
  ASSERT_TRUE(every) << "the superficial layer alone hides the others";
  const IdImage withEveryLayer = snapshots->renderIds(requestFor(staged), sceneLook(*atlas, kb, *every));
  const std::vector<BodyLabel> labels =
      cli::labelsOfStagedStep(*snapshots, *atlas, kb, staged, {kLabelWidth, kLabelHeight},
                              labelFontPixels(kLabelHeight));

  // What the picture shows, read from its id buffer here: each muscle's pixels by side, and the
  // box around everything shown.
  const std::vector<SceneItem> items = sceneItems(atlas->scene);
  std::map<std::string, std::map<int, std::vector<std::uint32_t>>> idsOf;
  std::set<std::string> shown;
  LabelRect body{1e9f, 1e9f, 0, 0};
  float right = -1, bottom = -1;
  for (int y = 0; y < ids.height; ++y)
    for (int x = 0; x < ids.width; ++x) {
      const std::uint32_t id = ids.at(x, y);
      if (id == 0) continue;
      body.x = std::min(body.x, float(x));
      body.y = std::min(body.y, float(y));
      right = std::max(right, float(x + 1));
      bottom = std::max(bottom, float(y + 1));
      const StructureInfo& info = atlas->index.node(items[id - 1].node);
      if (info.kind != StructureKind::Muscle) continue;
      EXPECT_EQ(info.layer, Layer::Superficial) << info.id << " shows with the superficial layer alone";
      shown.insert(info.id);
    }
  body.width = right - body.x;
  body.height = bottom - body.y;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const StructureInfo& info = atlas->index.node(items[i].node);
    if (info.kind == StructureKind::Muscle) idsOf[info.id][info.side ? int(*info.side) : -1].push_back(std::uint32_t(i + 1));
  }
  // What the id buffer shows enough of, minus the pixels it shows from the inside: where the
  // picture with every layer shows a deeper layer (or a bone) than the muscle in front here.
  IdImage outside = ids;
  std::set<std::string> seenInside;
  for (int y = 0; y < ids.height; ++y)
    for (int x = 0; x < ids.width; ++x) {
      if (ids.at(x, y) == 0 || withEveryLayer.at(x, y) == 0) continue;
      const StructureInfo& muscle = atlas->index.node(items[ids.at(x, y) - 1].node);
      const StructureInfo& all = atlas->index.node(items[withEveryLayer.at(x, y) - 1].node);
      if (muscle.kind == StructureKind::Muscle && (all.kind == StructureKind::Muscle || all.kind == StructureKind::Bone) &&
          int(all.layer) > int(muscle.layer)) {
        EXPECT_TRUE(seenFromInside(muscle, all));
        outside.ids[std::size_t(y) * std::size_t(ids.width) + std::size_t(x)] = 0;
        seenInside.insert(muscle.id);
      }
    }
  // The front wall's muscles show through the gaps between the back's (the lumbar midline, by
  // the armpit): the check has something to drop.
  for (const char* id : {"rectus_abdominis", "pectoralis_major"})
    EXPECT_TRUE(seenInside.contains(id)) << id << " should show from the inside, from behind";
  std::set<std::string> expected;
  for (const std::string& id : shown)
    for (const auto& [side, sideIds] : idsOf[id])
      if (const auto region = visibleRegion(outside, sideIds); region && showsEnoughToLabel(region->pixels, region->depth, ids))
        expected.insert(id);
  // The big muscles of the back are among them whatever the threshold: the check is not empty.
  for (const char* id : {"trapezius", "latissimus_dorsi", "gluteus_maximus", "deltoid", "gastrocnemius"})
    EXPECT_TRUE(expected.contains(id)) << id << " should show from behind";
  // The front wall's muscles show from behind only from the inside, through the gaps between the
  // back's (the lumbar midline, by the armpit): a sheet of the back must not name them.
  for (const char* id : {"rectus_abdominis", "pectoralis_major"}) {
    EXPECT_TRUE(kb->findMuscle(id) != nullptr) << id;
    EXPECT_FALSE(expected.contains(id)) << id << " is on the front of the trunk";
  }

  std::set<std::string> labelled;
  for (const BodyLabel& label : labels) {
    SCOPED_TRACE(label.muscle);
    EXPECT_TRUE(labelled.insert(label.muscle).second) << "labelled twice";
    EXPECT_EQ(label.placed.text, kb->findMuscle(label.muscle)->names.common);
    // The leader ends on its own muscle, as the picture shows it.
    const glm::ivec2 end(label.placed.anchor);
    const StructureInfo* under = structureAt(*atlas, ids, end);
    ASSERT_NE(under, nullptr) << "nothing under the leader's end at " << end.x << "," << end.y;
    EXPECT_EQ(under->id, label.muscle) << "the leader ends on " << under->id;
    // Inside the picture, off the body.
    EXPECT_GE(label.placed.box.x, 0.0f);
    EXPECT_LE(label.placed.box.right(), float(kLabelWidth));
    EXPECT_GE(label.placed.box.y, 0.0f);
    EXPECT_LE(label.placed.box.bottom(), float(kLabelHeight));
    EXPECT_FALSE(label.placed.box.overlaps(body)) << "the box covers the body";
  }
  EXPECT_EQ(labelled, expected);
  for (const char* id : {"rectus_abdominis", "pectoralis_major"}) EXPECT_FALSE(labelled.contains(id)) << id << " labelled from behind";
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t j = i + 1; j < labels.size(); ++j)
      EXPECT_FALSE(labels[i].placed.box.overlaps(labels[j].placed.box)) << labels[i].muscle << " and " << labels[j].muscle;
}

// The counter-check: a deep muscle seen from the front with the layers above it peeled is seen
// from the outside (the whole body shows the abdominal wall there, a more superficial layer), and
// named; every muscle labelled is of the deep layer and ends on itself.
TEST_F(LabelRender, ADeepMuscleSeenFromTheFrontWithTheLayersAbovePeeledIsLabelled) {
  auto snapshots = SnapshotRenderer::create(atlas->scene);
  ASSERT_TRUE(snapshots) << snapshots.error().message;
  TourStep step;  // render --view anterior --peel deep --labels
  step.camera.view = ViewPreset::Anterior;
  step.peel = Layer::Deep;
  step.labels.every = true;
  Result<StagedStep> staged = stageStep(step, *kb, *atlas, float(kLabelWidth) / float(kLabelHeight));
  ASSERT_TRUE(staged) << staged.error().message;
  ASSERT_TRUE(everyLayerView(staged->view)) << "the peel hides the layers above the deep one";
  const IdImage ids = snapshots->renderIds(requestFor(*staged), sceneLook(*atlas, kb, staged->view));
  const std::vector<BodyLabel> labels = cli::labelsOfStagedStep(*snapshots, *atlas, kb, *staged, {kLabelWidth, kLabelHeight},
                                                                labelFontPixels(kLabelHeight));
  const IdImage withEveryLayer = snapshots->renderIds(requestFor(*staged), sceneLook(*atlas, kb, *everyLayerView(staged->view)));
  std::set<std::string> labelled;
  for (const BodyLabel& label : labels) {
    labelled.insert(label.muscle);
    const StructureInfo* under = structureAt(*atlas, ids, glm::ivec2(label.placed.anchor));
    ASSERT_NE(under, nullptr) << label.muscle;
    EXPECT_EQ(under->id, label.muscle);
    EXPECT_EQ(under->layer, Layer::Deep) << label.muscle;
  }
  // Much of what shows of it is covered, in the whole body, by the abdominal wall (a more
  // superficial layer): seen from the outside there, not from the inside, so it counts.
  const std::vector<SceneItem> items = sceneItems(atlas->scene);
  int covered = 0;
  for (std::size_t i = 0; i < ids.ids.size(); ++i) {
    if (ids.ids[i] == 0 || withEveryLayer.ids[i] == 0) continue;
    const StructureInfo& muscle = atlas->index.node(items[ids.ids[i] - 1].node);
    const StructureInfo& cover = atlas->index.node(items[withEveryLayer.ids[i] - 1].node);
    if (muscle.id != "iliopsoas" || cover.kind != StructureKind::Muscle || int(cover.layer) >= int(Layer::Deep)) continue;
    ++covered;
    EXPECT_FALSE(seenFromInside(muscle, cover)) << cover.id;
  }
  EXPECT_GT(covered, 0) << "the abdominal wall covers iliopsoas in the whole body";
  EXPECT_TRUE(labelled.contains("iliopsoas")) << "iliopsoas, seen from the front with the abdominal wall peeled";
}

TEST_F(LabelRender, TheLabelledPictureShowsEachNameBoxAndADotOnEachAnchor) {
  auto snapshots = SnapshotRenderer::create(atlas->scene);
  ASSERT_TRUE(snapshots) << snapshots.error().message;
  const StagedStep staged = superficialFromBehind();
  const cli::PictureSize size{kLabelWidth, kLabelHeight};
  Result<Image> picture = cli::drawStagedStep(*snapshots, *atlas, kb, staged, size, Colormap::Clinical, labelFontPixels(size.height));
  ASSERT_TRUE(picture) << picture.error().message;
  const std::vector<BodyLabel> labels = cli::labelsOfStagedStep(*snapshots, *atlas, kb, staged, size, labelFontPixels(size.height));
  ASSERT_FALSE(labels.empty());
  EXPECT_TRUE(test::matchesGolden(*picture, "labels_superficial_posterior"));
  for (const BodyLabel& label : labels) {
    SCOPED_TRACE(label.muscle);
    // The box's pale fill just inside its top-left corner (left of any text).
    const std::uint8_t* fill = picture->at(int(label.placed.box.x) + 2, int(label.placed.box.y) + 2);
    EXPECT_GT(fill[0], 225);
    EXPECT_GT(fill[1], 225);
    EXPECT_GT(fill[2], 210);
    // The dark dot on the anchor.
    const std::uint8_t* dot = picture->at(int(label.placed.anchor.x), int(label.placed.anchor.y));
    EXPECT_LT(int(dot[0]) + dot[1] + dot[2], 120);
  }
}

}  // namespace
