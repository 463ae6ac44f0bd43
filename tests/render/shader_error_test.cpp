// A broken shader names its file and line, so a developer can go straight to it.
#include <gtest/gtest.h>

#include "headless.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/shader_program.hpp"

namespace {

class ShaderErrors : public myo::test::HeadlessTest {};

constexpr const char* kVertex = "#version 330 core\nvoid main() { gl_Position = vec4(0.0); }\n";

TEST_F(ShaderErrors, CompileErrorNamesFileAndLine) {
  const char* fragment = "#version 330 core\nout vec4 c;\nvoid main() {\n  c = undeclaredThing;\n}\n";
  auto program = myo::ShaderProgram::fromSource("ok.vert.glsl", kVertex, "broken.frag.glsl", fragment);
  ASSERT_FALSE(program);
  EXPECT_NE(program.error().message.find("shaders/broken.frag.glsl:4:"), std::string::npos)
      << program.error().message;
  EXPECT_NE(program.error().message.find("undeclaredThing"), std::string::npos) << program.error().message;
}

TEST_F(ShaderErrors, EveryEmbeddedShaderCompiles) {
  // The frame renderer builds every program the engine draws with.
  auto renderer = myo::FrameRenderer::create();
  EXPECT_TRUE(renderer) << (renderer ? "" : renderer.error().message);
}

TEST_F(ShaderErrors, MissingEmbeddedShaderIsAnError) {
  auto program = myo::ShaderProgram::build("structure.vert.glsl", "nope.frag.glsl");
  ASSERT_FALSE(program);
  EXPECT_NE(program.error().message.find("nope.frag.glsl"), std::string::npos);
}

}  // namespace
