// Labels on the built-in body as `render --labels` draws them: the superficial layer from behind,
// every muscle that shows named once, boxes apart and off the body, each leader ending on a pixel
// of its own muscle in the picture's id buffer.
#include <gtest/gtest.h>

#include <map>
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
  const std::vector<BodyLabel> labels =
      cli::labelsOfStagedStep(*snapshots, *atlas, kb, staged, {kLabelWidth, kLabelHeight});

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
  std::set<std::string> expected;
  for (const std::string& id : shown)
    for (const auto& [side, sideIds] : idsOf[id])
      if (const auto region = visibleRegion(ids, sideIds); region && showsEnoughToLabel(region->pixels, region->depth, ids))
        expected.insert(id);
  // The big muscles of the back are among them whatever the threshold: the check is not empty.
  for (const char* id : {"trapezius", "latissimus_dorsi", "gluteus_maximus", "deltoid", "gastrocnemius"})
    EXPECT_TRUE(expected.contains(id)) << id << " should show from behind";

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
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t j = i + 1; j < labels.size(); ++j)
      EXPECT_FALSE(labels[i].placed.box.overlaps(labels[j].placed.box)) << labels[i].muscle << " and " << labels[j].muscle;
}

TEST_F(LabelRender, TheLabelledPictureShowsEachNameBoxAndADotOnEachAnchor) {
  auto snapshots = SnapshotRenderer::create(atlas->scene);
  ASSERT_TRUE(snapshots) << snapshots.error().message;
  const StagedStep staged = superficialFromBehind();
  const cli::PictureSize size{kLabelWidth, kLabelHeight};
  Result<Image> picture = cli::drawStagedStep(*snapshots, *atlas, kb, staged, size, Colormap::Clinical);
  ASSERT_TRUE(picture) << picture.error().message;
  const std::vector<BodyLabel> labels = cli::labelsOfStagedStep(*snapshots, *atlas, kb, staged, size);
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
