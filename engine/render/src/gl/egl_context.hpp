#pragma once
#include "myo/engine/context.hpp"

namespace myo::detail {
Result<std::unique_ptr<Context>> createEglContext();
}
