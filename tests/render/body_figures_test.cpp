// Figures of the built-in body: the whole body (anterior, posterior, left) and each layer alone,
// rendered headless into build/test-output/body-figures/ (docs/images holds the chosen copies).
// They assert only that the body fills the frame; the pictures are for people to judge.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "headless.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/snapshot.hpp"

namespace {

class BodyModelFigures : public myo::test::HeadlessTest {
 protected:
  static void SetUpTestSuite() {
    HeadlessTest::SetUpTestSuite();
    auto description = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
    if (!description) return;
    auto body = myo::atlas::buildBodyModel(*description);
    if (body) scene() = myo::atlas::toScene(*body);
  }
  static myo::Scene& scene() {
    static myo::Scene instance;
    return instance;
  }

  // The scene with only the nodes whose layer is in `layers` ("" keeps all).
  static myo::Scene filtered(const std::string& layers) {
    myo::Scene out = scene();
    if (layers.empty()) return out;
    std::vector<myo::Node> kept;
    for (const myo::Node& n : out.nodes) {
      const auto it = n.metadata.find("layer");
      if (it != n.metadata.end() && ("," + layers + ",").find("," + it->second + ",") != std::string::npos) kept.push_back(n);
    }
    out.nodes = std::move(kept);
    return out;
  }

  void render(const std::string& name, const std::string& layers, myo::ViewPreset view) {
    ASSERT_FALSE(scene().nodes.empty()) << "the body model did not build";
    const std::filesystem::path dir = std::filesystem::path(MYO_TEST_OUTPUT_DIR) / "body-figures";
    std::filesystem::create_directories(dir);
    auto image = myo::renderSnapshot(filtered(layers), {.view = view, .width = 600, .height = 1000});
    ASSERT_TRUE(image) << image.error().message;
    std::size_t body = 0;
    for (int y = 0; y < image->height; ++y)
      for (int x = 0; x < image->width; ++x) body += image->at(x, y)[0] != image->at(0, 0)[0] ? 1 : 0;
    EXPECT_GT(body, std::size_t(image->width * image->height / 20)) << name << ": the body hardly shows";
    ASSERT_TRUE(myo::writePng(*image, dir / (name + ".png")));
  }
};

TEST_F(BodyModelFigures, WholeBody) {
  render("body-anterior", "", myo::ViewPreset::Anterior);
  render("body-posterior", "", myo::ViewPreset::Posterior);
  render("body-left", "", myo::ViewPreset::Left);
}

TEST_F(BodyModelFigures, EachLayerAlone) {
  for (const char* layer : {"superficial", "intermediate", "deep", "bone"}) {
    render(std::string("layer-") + layer + "-anterior", layer, myo::ViewPreset::Anterior);
    render(std::string("layer-") + layer + "-posterior", layer, myo::ViewPreset::Posterior);
  }
}

TEST_F(BodyModelFigures, MusclesOverBones) {
  render("muscles-anterior", "superficial,intermediate,deep,bone", myo::ViewPreset::Anterior);
  render("muscles-posterior", "superficial,intermediate,deep,bone", myo::ViewPreset::Posterior);
  render("muscles-left", "superficial,intermediate,deep,bone", myo::ViewPreset::Left);
}

}  // namespace
