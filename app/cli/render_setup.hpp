#pragma once
// What `myoatlas render` needs for a picture and for the slides of a tour alike: the body (or the
// model the user named) with what the atlas knows about it, and a staged step drawn to an image.

#include <string>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/body_labels.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/tour.hpp"
#include "myo/engine/colormap.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

// The model file (the built-in body when empty) with its structure index and skin map. Every
// failure is bad input: a model, the anatomy description and the region patches are user files.
Result<atlas::AtlasScene> loadRenderScene(const std::string& model,
                                          atlas::SkinMapping mapping = atlas::SkinMapping::Build);

struct PictureSize {
  int width = 1280;
  int height = 720;
  float aspect() const { return float(width) / float(height); }
};

// Draws a staged step with its exact camera, through `snapshots` (made for scene.scene), with its
// labels when it has some, their names `labelPixels` high (atlas::labelFontPixels for a picture,
// the caption's label size for a slide a room reads). `kb` may be null when the step paints, marks
// and names nothing.
Result<Image> drawStagedStep(SnapshotRenderer& snapshots, const atlas::AtlasScene& scene, const atlas::KnowledgeBase* kb,
                             const atlas::StagedStep& staged, PictureSize size, Colormap colormap, float labelPixels);

// The labels drawStagedStep draws on the step's picture (none when the step asks for none).
std::vector<atlas::BodyLabel> labelsOfStagedStep(SnapshotRenderer& snapshots, const atlas::AtlasScene& scene,
                                                 const atlas::KnowledgeBase* kb, const atlas::StagedStep& staged,
                                                 PictureSize size, float labelPixels);

}  // namespace myo::cli
