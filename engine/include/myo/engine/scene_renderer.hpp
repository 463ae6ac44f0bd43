#pragma once
// SceneRenderer: draws a loaded Scene with the lit pass, each part in its material's base colour
// and texture. It owns the scene's GPU copies (meshes, textures) and the shader program; create
// it with a current context and destroy it before the context.
//
//   auto renderer = myo::SceneRenderer::create(scene);
//   renderer->draw(camera, {width, height});
//
// Not here: anatomy-aware looks (layers, heat maps, selection): those passes build on this one.

#include <memory>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "myo/engine/camera.hpp"
#include "myo/engine/gl_object.hpp"
#include "myo/engine/gpu_mesh.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/shader_program.hpp"

namespace myo {

struct FrameStyle {
  glm::vec4 background{0.16f, 0.18f, 0.21f, 1.0f};  // display-encoded colour
};

class SceneRenderer {
 public:
  static Result<SceneRenderer> create(const Scene& scene);

  // Clears the bound framebuffer and draws every part. viewport is in pixels.
  void draw(const OrbitCamera& camera, glm::ivec2 viewport, const FrameStyle& style = {});

 private:
  struct DrawItem {
    int part;
    glm::mat4 world;
  };
  explicit SceneRenderer(ShaderProgram program) : program_(std::move(program)) {}

  ShaderProgram program_;
  std::vector<GpuMesh> meshes_;          // one per Scene::parts
  std::vector<Material> materials_;
  std::vector<gl::Texture> textures_;
  std::vector<int> partMaterial_;
  std::vector<DrawItem> items_;
};

// Uploads an RGBA8 image as a mipmapped, repeating 2D texture.
gl::Texture uploadTexture(const Image& image);

}  // namespace myo
