#pragma once
// The pieces of `myoatlas bench`. Each area that wants figures in the report adds a probe: a
// function that measures and returns named figures. Register it in the table in bench.cpp.
//
//   Result<std::vector<BenchFigure>> benchSomething(const BenchSettings& settings) {
//     const double ms = medianMs(settings.runs, [] { doTheThing(); });
//     return std::vector<BenchFigure>{{"something.ms", ms, "ms", "doing the thing, median"}};
//   }

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "myo/engine/result.hpp"

namespace myo::cli {

struct BenchFigure {
  std::string name;         // dotted, stable: "loader.gltf_ms"
  double value = 0.0;
  std::string unit;         // "ms", "x", "MiB", "count"
  std::string description;  // for people
  int runs = 0;             // how many timed runs the median is of; 0: BenchSettings::runs
};

struct BenchSettings {
  int runs = 7;                         // timed repetitions per measurement (after one warm-up)
  std::filesystem::path scratchFolder;  // a private temporary folder, removed afterwards
};

using BenchProbe = std::function<Result<std::vector<BenchFigure>>(const BenchSettings&)>;

// Runs `body` once to warm caches, then `runs` times; the median in milliseconds.
double medianMs(int runs, const std::function<void()>& body);

// The median of some values (0 for none).
double median(std::vector<double> values);

// Measurements that take seconds each (starting the program, baking the body) are repeated at most
// this many times, so that a whole `myoatlas bench` stays under a minute.
inline constexpr int kSlowRuns = 3;

// The program started afresh, headless, until it has written its first frame of the built-in body:
// wall time and peak memory of that process (bench_startup.cpp).
Result<std::vector<BenchFigure>> benchStartup(const BenchSettings& settings);

// Building the body model from the anatomy description, as `myoatlas bake` does (bench_bake.cpp).
Result<std::vector<BenchFigure>> benchBake(const BenchSettings& settings);

// Loading a generated 1-million-triangle binary glTF against reading it and building its index
// buffer (bench_loader.cpp).
Result<std::vector<BenchFigure>> benchLoader(const BenchSettings& settings);

// Drawing the built-in body headless: frame times, picking, heat-map updates (bench_render.cpp).
Result<std::vector<BenchFigure>> benchRender(const BenchSettings& settings);

// Ranking every muscle for a pain drawing on the built-in body, and what comes before it
// (bench_lookup.cpp).
Result<std::vector<BenchFigure>> benchLookup(const BenchSettings& settings);

// The palpation probe at landmarks and under a line of sight, as the window's key does (bench_probe.cpp).
Result<std::vector<BenchFigure>> benchProbe(const BenchSettings& settings);

}  // namespace myo::cli
