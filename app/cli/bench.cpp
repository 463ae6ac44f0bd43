// `myoatlas bench [--json]`: the figures that matter, each a median of several runs. Probes live
// in their own files (bench_*.cpp) and are listed in kProbes below.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <system_error>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "bench.hpp"
#include "commands.hpp"

namespace myo::cli {

namespace {

struct ProbeEntry {
  const char* name;
  BenchProbe probe;
};

// Add new probes here.
const ProbeEntry kProbes[] = {
    {"startup", benchStartup},
    {"loader", benchLoader},
    {"bake", benchBake},
    {"render", benchRender},
    {"lookup", benchLookup},
    {"probe", benchProbe},
};

struct BenchOptions {
  bool json = false;
  int runs = 7;
  std::vector<std::string> only;
};

// A private scratch folder under the system's temporary folder, removed when done.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::error_code ec;
    path_ = std::filesystem::temp_directory_path(ec) / ("myoatlas-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path_, ec);
    ok_ = !ec;
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  bool ok() const { return ok_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool ok_ = false;
};

int runBench(const BenchOptions& options) {
  for (const std::string& name : options.only)
    if (std::none_of(std::begin(kProbes), std::end(kProbes), [&](const ProbeEntry& e) { return name == e.name; })) {
      std::cerr << "myoatlas bench: there is no area '" << name << "' to measure\n";
      return kExitBadInput;
    }
  ScratchFolder scratch;
  if (!scratch.ok()) {
    std::cerr << "myoatlas bench: cannot create a temporary folder at " << scratch.path().string() << "\n";
    return kExitFailure;
  }
  const BenchSettings settings{options.runs, scratch.path()};
  std::vector<BenchFigure> figures;
  for (const ProbeEntry& entry : kProbes) {
    if (!options.only.empty() && std::find(options.only.begin(), options.only.end(), entry.name) == options.only.end())
      continue;
    if (!options.json) std::cerr << "measuring " << entry.name << " ...\n";
    Result<std::vector<BenchFigure>> result = entry.probe(settings);
    if (!result) {
      std::cerr << "myoatlas bench: " << entry.name << ": " << result.error().message << "\n";
      return kExitFailure;  // a probe reads the program's own assets: its failure is ours
    }
    for (BenchFigure& figure : *result) {
      if (figure.runs == 0) figure.runs = options.runs;
      figures.push_back(std::move(figure));
    }
  }

  if (options.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const BenchFigure& f : figures)
      list.push_back(
          {{"name", f.name}, {"value", f.value}, {"unit", f.unit}, {"runs", f.runs}, {"description", f.description}});
    std::cout << nlohmann::json{{"runs", options.runs}, {"figures", list}}.dump(2) << "\n";
    return kExitOk;
  }
  std::size_t width = 0;
  for (const BenchFigure& f : figures) width = std::max(width, f.name.size());
  std::cout << "median of " << options.runs << " runs (of " << std::min(options.runs, kSlowRuns)
            << " where marked *)\n";
  for (const BenchFigure& f : figures) {
    char value[32];
    std::snprintf(value, sizeof value, "%10.3f", f.value);
    std::cout << "  " << f.name << std::string(width - f.name.size() + 2, ' ') << value << " " << f.unit
              << std::string(f.unit.size() < 6 ? 6 - f.unit.size() : 1, ' ') << (f.runs < options.runs ? "* " : "  ")
              << f.description << "\n";
  }
  return kExitOk;
}

}  // namespace

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

double medianMs(int runs, const std::function<void()>& body) {
  body();  // warm-up: page cache, allocator, lazy initialisation
  std::vector<double> times;
  for (int i = 0; i < std::max(runs, 1); ++i) {
    const auto start = std::chrono::steady_clock::now();
    body();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return median(std::move(times));
}

void addBenchCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<BenchOptions>();
  CLI::App* command = app.add_subcommand("bench", "Measure the figures that matter (median timings).");
  command->add_flag("--json", options->json, "Print one JSON document instead of a table");
  command->add_option("--runs", options->runs, "Timed runs per measurement")->check(CLI::Range(1, 1000))->capture_default_str();
  std::string names;
  for (const ProbeEntry& entry : kProbes) names += std::string(names.empty() ? "" : ", ") + entry.name;
  command->add_option("--only", options->only, "Measure only these areas: " + names)->type_name("AREA");
  command->callback([&action, options] { action = [options] { return runBench(*options); }; });
}

}  // namespace myo::cli
