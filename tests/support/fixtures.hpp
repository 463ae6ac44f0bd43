#pragma once
// For a test that reads ../shared/fixtures (third-party model files, read in place): it skips
// where the folder is absent, and fails on CI (CI set), where a skip would let the loader tests
// pass by not running.

#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"

#define MYO_REQUIRE_FIXTURES()                                                              \
  if (const std::string missing = ::myo::test::fixturesMissing(); !missing.empty()) {      \
    if (std::getenv("CI") != nullptr) FAIL() << missing << ", and CI must run these tests"; \
    GTEST_SKIP() << missing;                                                                \
  }
