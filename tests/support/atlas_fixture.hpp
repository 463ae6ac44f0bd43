#pragma once
// The built-in body with what the atlas knows about it (structure index, skin map) and the
// knowledge base, loaded once per test process: both take seconds and never change in a test.

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/knowledge_files.hpp"

namespace myo::test {

struct LoadedAtlas {
  std::unique_ptr<atlas::AtlasScene> scene;
  std::unique_ptr<atlas::KnowledgeBase> kb;
  std::string error;
};

inline const LoadedAtlas& builtInAtlas() {
  static const LoadedAtlas loaded = [] {
    LoadedAtlas out;
    Result<Scene> scene = cli::loadSceneOrDefault("");
    if (!scene) { out.error = scene.error().message; return out; }
    Result<atlas::AtlasScene> atlasScene = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
    if (!atlasScene) { out.error = atlasScene.error().message; return out; }
    Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
    if (!kb) { out.error = kb.error().message; return out; }
    out.scene = std::make_unique<atlas::AtlasScene>(std::move(*atlasScene));
    out.kb = std::make_unique<atlas::KnowledgeBase>(std::move(*kb));
    return out;
  }();
  return loaded;
}

}  // namespace myo::test
