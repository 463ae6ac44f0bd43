#pragma once
// A headless GL context shared by the render tests of one test suite (created once: EGL start-up
// costs more than most renders).

#include <memory>

#include <gtest/gtest.h>

#include "myo/engine/context.hpp"

namespace myo::test {

class HeadlessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = createContext({.kind = ContextKind::Headless});
    if (created) context() = std::move(*created);
    else error() = created.error().message;
  }
  static void TearDownTestSuite() { context().reset(); }
  void SetUp() override {
    ASSERT_TRUE(context() != nullptr) << "no headless OpenGL context: " << error();
    context()->makeCurrent();
  }

 private:
  static std::unique_ptr<Context>& context() {
    static std::unique_ptr<Context> instance;
    return instance;
  }
  static std::string& error() {
    static std::string message;
    return message;
  }
};

}  // namespace myo::test
