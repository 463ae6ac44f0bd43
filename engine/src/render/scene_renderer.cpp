#include "myo/engine/scene_renderer.hpp"

#include <epoxy/gl.h>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

namespace myo {

gl::Texture uploadTexture(const Image& image) {
  gl::Texture texture = gl::Texture::create();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.pixels.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

Result<SceneRenderer> SceneRenderer::create(const Scene& scene) {
  Result<ShaderProgram> program = ShaderProgram::build("lit.vert.glsl", "lit.frag.glsl");
  if (!program) return program.error();
  SceneRenderer renderer(std::move(*program));
  renderer.meshes_.reserve(scene.parts.size());
  for (const MeshPart& part : scene.parts) {
    renderer.meshes_.push_back(GpuMesh::upload(part.mesh));
    renderer.partMaterial_.push_back(part.material);
  }
  renderer.materials_ = scene.materials;
  for (const Image& image : scene.textures) renderer.textures_.push_back(uploadTexture(image));
  for (const Node& node : scene.nodes)
    for (int part : node.parts) renderer.items_.push_back({part, node.world});
  return renderer;
}

void SceneRenderer::draw(const OrbitCamera& camera, glm::ivec2 viewport, const FrameStyle& style) {
  glViewport(0, 0, viewport.x, viewport.y);
  glClearColor(style.background.r, style.background.g, style.background.b, style.background.a);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  glEnable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);  // two-sided lighting: imported models are often open or inconsistently wound
  glEnable(GL_MULTISAMPLE);

  const float aspect = viewport.y > 0 ? float(viewport.x) / float(viewport.y) : 1.0f;
  const glm::vec3 forward = camera.forward();
  const glm::mat4 view = camera.view();
  // Lights follow the camera so every view is lit the same way: the key from above and to the
  // viewer's left, the fill from the lower right.
  const glm::vec3 right(view[0][0], view[1][0], view[2][0]);
  const glm::vec3 up(view[0][1], view[1][1], view[2][1]);
  const glm::vec3 key = glm::normalize(-forward * 0.8f + up * 0.7f - right * 0.45f);
  const glm::vec3 fill = glm::normalize(-forward * 0.6f - up * 0.3f + right * 0.7f);

  program_.use();
  program_.set("u_viewProjection", camera.projection(aspect) * view);
  program_.set("u_eye", camera.eye());
  program_.set("u_keyDirection", key);
  program_.set("u_fillDirection", fill);
  program_.set("u_skyColor", glm::vec3(0.36f, 0.38f, 0.42f));
  program_.set("u_groundColor", glm::vec3(0.16f, 0.14f, 0.13f));
  program_.set("u_baseColorTexture", 0);
  glActiveTexture(GL_TEXTURE0);

  for (const DrawItem& item : items_) {
    const int materialIndex = partMaterial_[item.part];
    const Material fallback{"default", glm::vec4(0.8f, 0.8f, 0.8f, 1.0f), -1, true};
    const Material& material =
        materialIndex >= 0 && materialIndex < int(materials_.size()) ? materials_[materialIndex] : fallback;
    const bool textured =
        material.baseColorTexture >= 0 && material.baseColorTexture < int(textures_.size());
    program_.set("u_model", item.world);
    program_.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
    program_.set("u_baseColor", material.baseColor);
    program_.set("u_hasTexture", textured ? 1 : 0);
    glBindTexture(GL_TEXTURE_2D, textured ? textures_[material.baseColorTexture].id() : 0);
    meshes_[item.part].draw();
  }
  glBindTexture(GL_TEXTURE_2D, 0);
}

}  // namespace myo
