#pragma once
#include "myo/engine/context.hpp"

namespace myo::detail {
Result<std::unique_ptr<Context>> createGlfwContext(const ContextOptions& options, bool visible);
}
