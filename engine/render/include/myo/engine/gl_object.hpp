#pragma once
// Move-only owners of OpenGL objects. Each wrapper holds one GL name and deletes it when it dies,
// so a GL object has exactly one owner; copying is a compile error. They require a current context
// when created and destroyed: destroy GPU owners before their Context.
//
//   myo::gl::Buffer vbo = myo::gl::Buffer::create();
//   glBindBuffer(GL_ARRAY_BUFFER, vbo.id());
//
// Not here: binding state, uploads, or any knowledge of what the object holds.

#include <utility>

namespace myo::gl {

enum class ObjectKind { Buffer, VertexArray, Texture, Framebuffer, Renderbuffer, Shader, Program };

template <ObjectKind Kind>
class Object {
 public:
  Object() = default;
  explicit Object(unsigned int id) : id_(id) {}  // adopts a name created elsewhere
  ~Object() { reset(); }
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  Object(Object&& other) noexcept : id_(std::exchange(other.id_, 0u)) {}
  Object& operator=(Object&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, 0u);
    }
    return *this;
  }

  // Creates a new name (Buffer, VertexArray, Texture, Framebuffer, Renderbuffer, Program only).
  static Object create();

  unsigned int id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  void reset();

 private:
  unsigned int id_ = 0;
};

using Buffer = Object<ObjectKind::Buffer>;
using VertexArray = Object<ObjectKind::VertexArray>;
using Texture = Object<ObjectKind::Texture>;
using Framebuffer = Object<ObjectKind::Framebuffer>;
using Renderbuffer = Object<ObjectKind::Renderbuffer>;
using Shader = Object<ObjectKind::Shader>;
using Program = Object<ObjectKind::Program>;

}  // namespace myo::gl
