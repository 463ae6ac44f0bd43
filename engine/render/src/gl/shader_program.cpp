#include "myo/engine/shader_program.hpp"

#include <epoxy/gl.h>

#include <glm/gtc/type_ptr.hpp>
#include <cstring>
#include <regex>
#include <sstream>
#include <utility>
#include <vector>

namespace myo::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& files();
}

namespace myo {

std::string_view embeddedShader(std::string_view fileName) {
  for (const auto& [name, source] : embedded::files())
    if (name == fileName) return source;
  return {};
}

namespace {

// Rewrites a driver's info log so each message starts with "shaders/<file>:<line>:".
// Mesa writes "0:14(7): error: ...", NVIDIA "0(14) : error ...".
std::string locateLog(std::string_view file, const std::string& log) {
  static const std::regex mesa(R"(^\s*\d+:(\d+)\(\d+\):\s*(.*)$)");
  static const std::regex nvidia(R"(^\s*\d+\((\d+)\)\s*:\s*(.*)$)");
  std::istringstream lines(log);
  std::string line;
  std::string out;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    std::smatch m;
    if (std::regex_match(line, m, mesa) || std::regex_match(line, m, nvidia))
      out += "shaders/" + std::string(file) + ":" + m[1].str() + ": " + m[2].str() + "\n";
    else
      out += "shaders/" + std::string(file) + ": " + line + "\n";
  }
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

Result<gl::Shader> compile(GLenum stage, std::string_view name, std::string_view source) {
  if (source.empty()) return Error{"shaders/" + std::string(name) + ": no such embedded shader", ErrorKind::Failure};
  gl::Shader shader(glCreateShader(stage));
  const char* text = source.data();
  const auto length = static_cast<GLint>(source.size());
  glShaderSource(shader.id(), 1, &text, &length);
  glCompileShader(shader.id());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  GLint logLength = 0;
  glGetShaderiv(shader.id(), GL_INFO_LOG_LENGTH, &logLength);
  std::string log(static_cast<std::size_t>(std::max(logLength, 1)), '\0');
  glGetShaderInfoLog(shader.id(), logLength, nullptr, log.data());
  log.resize(std::strlen(log.c_str()));
  return Error{locateLog(name, log), ErrorKind::Failure};
}

}  // namespace

Result<ShaderProgram> ShaderProgram::build(std::string_view vertexFile, std::string_view fragmentFile) {
  return fromSource(vertexFile, embeddedShader(vertexFile), fragmentFile, embeddedShader(fragmentFile));
}

Result<ShaderProgram> ShaderProgram::fromSource(std::string_view vertexName, std::string_view vertexSource,
                                                std::string_view fragmentName,
                                                std::string_view fragmentSource) {
  Result<gl::Shader> vertex = compile(GL_VERTEX_SHADER, vertexName, vertexSource);
  if (!vertex) return vertex.error();
  Result<gl::Shader> fragment = compile(GL_FRAGMENT_SHADER, fragmentName, fragmentSource);
  if (!fragment) return fragment.error();
  gl::Program program = gl::Program::create();
  glAttachShader(program.id(), vertex->id());
  glAttachShader(program.id(), fragment->id());
  glLinkProgram(program.id());
  GLint ok = GL_FALSE;
  glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) {
    GLint logLength = 0;
    glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &logLength);
    std::string log(static_cast<std::size_t>(std::max(logLength, 1)), '\0');
    glGetProgramInfoLog(program.id(), logLength, nullptr, log.data());
    log.resize(std::strlen(log.c_str()));
    return Error{"linking shaders/" + std::string(vertexName) + " with shaders/" +
                 std::string(fragmentName) + " failed: " + log, ErrorKind::Failure};
  }
  glDetachShader(program.id(), vertex->id());
  glDetachShader(program.id(), fragment->id());
  return ShaderProgram(std::move(program));
}

void ShaderProgram::use() const { glUseProgram(program_.id()); }

int ShaderProgram::location(const char* name) {
  auto it = locations_.find(name);
  if (it != locations_.end()) return it->second;
  const int loc = glGetUniformLocation(program_.id(), name);
  locations_.emplace(name, loc);
  return loc;
}

void ShaderProgram::set(const char* name, float value) { glUniform1f(location(name), value); }
void ShaderProgram::set(const char* name, int value) { glUniform1i(location(name), value); }
void ShaderProgram::set(const char* name, unsigned int value) { glUniform1ui(location(name), value); }
void ShaderProgram::set(const char* name, const glm::vec2& v) { glUniform2fv(location(name), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* name, const glm::vec3& v) { glUniform3fv(location(name), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* name, const glm::vec4& v) { glUniform4fv(location(name), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* name, const glm::mat3& m) {
  glUniformMatrix3fv(location(name), 1, GL_FALSE, glm::value_ptr(m));
}
void ShaderProgram::set(const char* name, const glm::mat4& m) {
  glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(m));
}

}  // namespace myo
