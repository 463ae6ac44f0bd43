// The bake figure of `myoatlas bench`: what `myoatlas bake` does short of writing the file — read
// and check the anatomy description, build the skeleton, muscles and skin, encode the binary glTF.
#include <algorithm>
#include <optional>

#include "bench.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_glb.hpp"
#include "myo/atlas/body_model.hpp"

namespace myo::cli {

Result<std::vector<BenchFigure>> benchBake(const BenchSettings& settings) {
  const std::filesystem::path folder = atlas::defaultAnatomyFolder();
  std::optional<Error> failure;
  std::size_t bytes = 0;
  const int runs = std::min(settings.runs, kSlowRuns);
  const double bakeMs = medianMs(runs, [&] {
    Result<atlas::AnatomyDescription> description = atlas::loadAnatomy(folder);
    if (!description) {
      failure = description.error();
      return;
    }
    Result<atlas::BodyModel> body = atlas::buildBodyModel(*description);
    if (!body) {
      failure = body.error();
      return;
    }
    bytes = atlas::encodeGlb(*body).size();
  });
  if (failure) return *failure;
  return std::vector<BenchFigure>{
      {"bake.body_ms", bakeMs, "ms", "anatomy description -> body model -> .glb bytes, as `myoatlas bake` (median)", runs},
      {"bake.body_mib", static_cast<double>(bytes) / (1024.0 * 1024.0), "MiB", "size of the baked body model", runs},
  };
}

}  // namespace myo::cli
