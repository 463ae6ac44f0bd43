#include "myo/atlas/mannequin.hpp"

#include "myo/engine/primitives.hpp"

namespace myo::atlas {

namespace {

void addPart(Scene& scene, const std::string& name, Mesh mesh) {
  const int part = static_cast<int>(scene.parts.size());
  scene.parts.push_back({std::move(mesh), 0});
  Node node;
  node.name = "mannequin." + name;
  node.parts.push_back(part);
  scene.nodes.push_back(std::move(node));
}

}  // namespace

Scene buildMannequin() {
  Scene scene;
  scene.format = "built-in mannequin";
  scene.materials.push_back({"skin", glm::vec4(0.78f, 0.62f, 0.52f, 1.0f), -1, true});

  addPart(scene, "head", makeEllipsoid({0.0f, 1.635f, 0.005f}, {0.078f, 0.112f, 0.098f}));
  addPart(scene, "neck", makeCapsule({0.0f, 1.43f, -0.01f}, 0.058f, {0.0f, 1.56f, 0.0f}, 0.05f));
  addPart(scene, "chest", makeEllipsoid({0.0f, 1.29f, 0.0f}, {0.175f, 0.20f, 0.115f}));
  addPart(scene, "abdomen", makeEllipsoid({0.0f, 1.06f, 0.005f}, {0.15f, 0.17f, 0.105f}));
  addPart(scene, "pelvis", makeEllipsoid({0.0f, 0.93f, -0.005f}, {0.165f, 0.12f, 0.11f}));
  for (int sign : {+1, -1}) {
    const float s = float(sign);
    const std::string side = sign > 0 ? ".left" : ".right";
    addPart(scene, "shoulder" + side, makeEllipsoid({s * 0.185f, 1.415f, -0.005f}, {0.065f, 0.06f, 0.06f}));
    addPart(scene, "upper_arm" + side,
            makeCapsule({s * 0.2f, 1.41f, 0.0f}, 0.048f, {s * 0.225f, 1.10f, -0.01f}, 0.036f));
    addPart(scene, "forearm" + side,
            makeCapsule({s * 0.225f, 1.10f, -0.01f}, 0.036f, {s * 0.245f, 0.845f, 0.02f}, 0.024f));
    addPart(scene, "hand" + side, makeEllipsoid({s * 0.25f, 0.76f, 0.025f}, {0.022f, 0.085f, 0.045f}));
    addPart(scene, "thigh" + side,
            makeCapsule({s * 0.09f, 0.90f, 0.0f}, 0.085f, {s * 0.09f, 0.50f, 0.01f}, 0.052f));
    addPart(scene, "leg" + side,
            makeCapsule({s * 0.09f, 0.50f, 0.01f}, 0.05f, {s * 0.085f, 0.08f, -0.01f}, 0.03f));
    addPart(scene, "foot" + side, makeEllipsoid({s * 0.088f, 0.035f, 0.05f}, {0.043f, 0.035f, 0.12f}));
  }
  return scene;
}

}  // namespace myo::atlas
