#include "myo/atlas/caption_sizes.hpp"

#include <algorithm>
#include <cmath>

namespace myo::atlas {

CaptionSizes captionSizesFor(float screenHeight) {
  return {std::max(32.0f, std::round(screenHeight * 0.058f)), std::max(22.0f, std::round(screenHeight * 0.036f)),
          std::max(18.0f, std::round(screenHeight * 0.027f))};
}

}  // namespace myo::atlas
