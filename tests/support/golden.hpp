#pragma once
// Golden-image comparison for render tests.
//
// A pixel "differs" when any of its channels differs by more than Tolerance::channel (0-255).
// The image matches when at most Tolerance::share of its pixels differ. The defaults absorb the
// small rasterisation differences between Mesa versions on the same software renderer while a
// moved, missing or recoloured structure still fails.
//
// On failure it writes build/test-output/golden/NAME.actual.png and NAME.diff.png (differing
// pixels red over a dimmed copy) and names them in the message. A missing golden fails and writes
// NAME.actual.png as the candidate; with MYO_UPDATE_GOLDEN=1 in the environment the candidate is
// written straight to tests/render/golden/NAME.png instead (review it before committing).

#include <string>

#include <gtest/gtest.h>

#include "myo/engine/image.hpp"

namespace myo::test {

struct Tolerance {
  int channel = 12;
  double share = 0.01;
};

// How many pixels of two pictures differ by more than a rounding (8 levels in a colour channel);
// pictures of different sizes differ everywhere. For a test that compares two pictures it drew.
std::size_t differingPixels(const Image& a, const Image& b);

::testing::AssertionResult matchesGolden(const Image& actual, const std::string& name,
                                         Tolerance tolerance = {});

}  // namespace myo::test
