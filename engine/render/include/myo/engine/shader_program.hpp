#pragma once
// ShaderProgram: a linked GLSL program built from the shaders/*.glsl files embedded in the binary,
// with its uniform locations cached. Compile and link errors name the shader file and line:
//   "shaders/lit.frag.glsl:14: error: `colour' undeclared"
//
//   auto program = myo::ShaderProgram::build("lit.vert.glsl", "lit.frag.glsl");
//   program->use();
//   program->set("u_model", modelMatrix);

#include <string>
#include <string_view>
#include <unordered_map>

#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "myo/engine/gl_object.hpp"
#include "myo/engine/result.hpp"

namespace myo {

// The embedded source of shaders/<fileName>, or an empty view when there is no such file.
std::string_view embeddedShader(std::string_view fileName);

class ShaderProgram {
 public:
  static Result<ShaderProgram> build(std::string_view vertexFile, std::string_view fragmentFile);
  // Same, from given sources; the names are used in error messages only.
  static Result<ShaderProgram> fromSource(std::string_view vertexName, std::string_view vertexSource,
                                          std::string_view fragmentName,
                                          std::string_view fragmentSource);

  void use() const;
  void set(const char* name, float value);
  void set(const char* name, int value);
  void set(const char* name, unsigned int value);
  void set(const char* name, const glm::vec2& value);
  void set(const char* name, const glm::vec3& value);
  void set(const char* name, const glm::vec4& value);
  void set(const char* name, const glm::mat3& value);
  void set(const char* name, const glm::mat4& value);
  unsigned int id() const { return program_.id(); }

 private:
  explicit ShaderProgram(gl::Program program) : program_(std::move(program)) {}
  int location(const char* name);

  gl::Program program_;
  std::unordered_map<std::string, int> locations_;
};

}  // namespace myo
