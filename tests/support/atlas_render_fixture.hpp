#pragma once
// Render tests on the built-in body: a headless context, the body with its skin map and the
// knowledge base (loaded once per process).

#include "atlas_fixture.hpp"
#include "headless.hpp"

namespace myo::test {

class BuiltInAtlasRender : public HeadlessTest {
 protected:
  void SetUp() override {
    HeadlessTest::SetUp();
    const LoadedAtlas& loaded = builtInAtlas();
    ASSERT_TRUE(loaded.scene != nullptr) << loaded.error;
    atlas = loaded.scene.get();
    kb = loaded.kb.get();
    ASSERT_TRUE(atlas->skin.has_value() && atlas->skinPart.has_value()) << "the built-in body has no skin map";
  }

  const atlas::AtlasScene* atlas = nullptr;
  const atlas::KnowledgeBase* kb = nullptr;
};

}  // namespace myo::test
