#include "myo/engine/gl_object.hpp"

#include <epoxy/gl.h>

namespace myo::gl {

template <ObjectKind Kind>
Object<Kind> Object<Kind>::create() {
  GLuint id = 0;
  if constexpr (Kind == ObjectKind::Buffer) glGenBuffers(1, &id);
  else if constexpr (Kind == ObjectKind::VertexArray) glGenVertexArrays(1, &id);
  else if constexpr (Kind == ObjectKind::Texture) glGenTextures(1, &id);
  else if constexpr (Kind == ObjectKind::Framebuffer) glGenFramebuffers(1, &id);
  else if constexpr (Kind == ObjectKind::Renderbuffer) glGenRenderbuffers(1, &id);
  else if constexpr (Kind == ObjectKind::Program) id = glCreateProgram();
  else static_assert(Kind != ObjectKind::Shader, "shaders are created with their stage");
  return Object(id);
}

template <ObjectKind Kind>
void Object<Kind>::reset() {
  if (id_ == 0) return;
  const GLuint id = id_;
  if constexpr (Kind == ObjectKind::Buffer) glDeleteBuffers(1, &id);
  else if constexpr (Kind == ObjectKind::VertexArray) glDeleteVertexArrays(1, &id);
  else if constexpr (Kind == ObjectKind::Texture) glDeleteTextures(1, &id);
  else if constexpr (Kind == ObjectKind::Framebuffer) glDeleteFramebuffers(1, &id);
  else if constexpr (Kind == ObjectKind::Renderbuffer) glDeleteRenderbuffers(1, &id);
  else if constexpr (Kind == ObjectKind::Shader) glDeleteShader(id);
  else if constexpr (Kind == ObjectKind::Program) glDeleteProgram(id);
  id_ = 0;
}

template class Object<ObjectKind::Buffer>;
template class Object<ObjectKind::VertexArray>;
template class Object<ObjectKind::Texture>;
template class Object<ObjectKind::Framebuffer>;
template class Object<ObjectKind::Renderbuffer>;
template class Object<ObjectKind::Program>;

// Shaders are adopted (created with their stage in shader_program.cpp), so only reset is needed.
template void Object<ObjectKind::Shader>::reset();

}  // namespace myo::gl
