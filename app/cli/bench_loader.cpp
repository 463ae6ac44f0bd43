// The loader figures of `myoatlas bench`: a procedurally generated binary glTF of one million
// triangles (a gently curved sheet with positions, normals and 32-bit indices, ~24 MiB), and
//  (a) the baseline: read the file's bytes and copy its index accessor into a uint32 vector, the
//      least any loader must do;
//  (b) loadModel on the same file: parsing, every bounds check, conversion into a Scene.
// The goal (issue 3) is (b) < 1.5 x (a).
#include <cmath>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>
#include <nlohmann/json.hpp>

#include "bench.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/model_loader.hpp"

namespace myo::cli {

namespace {

constexpr std::uint32_t kColumns = 1000;
constexpr std::uint32_t kRows = 500;  // 1000 x 500 quads = 1,000,000 triangles

struct GeneratedModel {
  std::filesystem::path path;
  std::size_t indexOffset = 0;  // byte offset of the index data in the file
  std::size_t indexCount = 0;
  std::size_t triangles = 0;
  std::uint64_t bytes = 0;
};

template <class T>
void appendBytes(std::vector<std::uint8_t>& out, const std::vector<T>& values) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(values.data());
  out.insert(out.end(), p, p + values.size() * sizeof(T));
}

void appendU32(std::vector<std::uint8_t>& out, std::uint32_t value) {
  std::uint8_t bytes[4];
  std::memcpy(bytes, &value, 4);
  out.insert(out.end(), bytes, bytes + 4);
}

Result<GeneratedModel> writeSheet(const std::filesystem::path& folder) {
  const std::uint32_t across = kColumns + 1;
  const std::size_t vertexCount = static_cast<std::size_t>(across) * (kRows + 1);
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  positions.reserve(vertexCount);
  normals.reserve(vertexCount);
  for (std::uint32_t r = 0; r <= kRows; ++r) {
    for (std::uint32_t c = 0; c <= kColumns; ++c) {
      const float x = 2.0f * static_cast<float>(c) / kColumns - 1.0f;
      const float y = static_cast<float>(r) / kRows;
      const float z = 0.05f * std::sin(6.0f * x) * std::cos(6.0f * y);
      positions.emplace_back(x, y, z);
      const float dzdx = 0.3f * std::cos(6.0f * x) * std::cos(6.0f * y);
      const float dzdy = -0.3f * std::sin(6.0f * x) * std::sin(6.0f * y);
      normals.push_back(glm::normalize(glm::vec3(-dzdx, -dzdy, 1.0f)));
    }
  }
  std::vector<std::uint32_t> indices;
  indices.reserve(static_cast<std::size_t>(kColumns) * kRows * 6);
  for (std::uint32_t r = 0; r < kRows; ++r) {
    for (std::uint32_t c = 0; c < kColumns; ++c) {
      const std::uint32_t a = r * across + c, b = a + 1, d = a + across, e = d + 1;
      indices.insert(indices.end(), {a, b, e, a, e, d});
    }
  }

  std::vector<std::uint8_t> bin;
  appendBytes(bin, indices);
  const std::size_t positionsOffset = bin.size();
  appendBytes(bin, positions);
  const std::size_t normalsOffset = bin.size();
  appendBytes(bin, normals);

  const nlohmann::json gltf = {
      {"asset", {{"version", "2.0"}, {"generator", "myoatlas bench"}}},
      {"scene", 0},
      {"scenes", {{{"nodes", {0}}}}},
      {"nodes", {{{"mesh", 0}, {"name", "sheet"}}}},
      {"meshes", {{{"name", "sheet"},
                   {"primitives", {{{"attributes", {{"POSITION", 1}, {"NORMAL", 2}}}, {"indices", 0}, {"mode", 4}}}}}}},
      {"accessors",
       {{{"bufferView", 0}, {"componentType", 5125}, {"count", indices.size()}, {"type", "SCALAR"}},
        {{"bufferView", 1}, {"componentType", 5126}, {"count", vertexCount}, {"type", "VEC3"},
         {"min", {-1.0, 0.0, -0.05}}, {"max", {1.0, 1.0, 0.05}}},
        {{"bufferView", 2}, {"componentType", 5126}, {"count", vertexCount}, {"type", "VEC3"}}}},
      {"bufferViews",
       {{{"buffer", 0}, {"byteOffset", 0}, {"byteLength", positionsOffset}, {"target", 34963}},
        {{"buffer", 0}, {"byteOffset", positionsOffset}, {"byteLength", normalsOffset - positionsOffset}, {"target", 34962}},
        {{"buffer", 0}, {"byteOffset", normalsOffset}, {"byteLength", bin.size() - normalsOffset}, {"target", 34962}}}},
      {"buffers", {{{"byteLength", bin.size()}}}},
  };
  std::string json = gltf.dump();
  json.append((4 - json.size() % 4) % 4, ' ');  // chunks are padded to 4 bytes
  bin.resize((bin.size() + 3) & ~std::size_t{3}, 0);

  std::vector<std::uint8_t> file;
  const std::size_t total = 12 + 8 + json.size() + 8 + bin.size();
  file.reserve(total);
  file.insert(file.end(), {'g', 'l', 'T', 'F'});
  appendU32(file, 2);
  appendU32(file, static_cast<std::uint32_t>(total));
  appendU32(file, static_cast<std::uint32_t>(json.size()));
  appendU32(file, 0x4E4F534A);  // JSON
  file.insert(file.end(), json.begin(), json.end());
  appendU32(file, static_cast<std::uint32_t>(bin.size()));
  appendU32(file, 0x004E4942);  // BIN
  const std::size_t binStart = file.size();
  file.insert(file.end(), bin.begin(), bin.end());

  GeneratedModel model;
  model.path = folder / "sheet-1m.glb";
  model.indexOffset = binStart;
  model.indexCount = indices.size();
  model.triangles = indices.size() / 3;
  model.bytes = file.size();
  if (!replaceFile(model.path, file)) return Error{"cannot write the test model " + model.path.string()};
  return model;
}

// The baseline: what any loader must do at least.
std::uint32_t readFileAndIndices(const GeneratedModel& model) {
  std::ifstream in(model.path, std::ios::binary);
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(std::filesystem::file_size(model.path)));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  std::vector<std::uint32_t> indices(model.indexCount);
  std::memcpy(indices.data(), bytes.data() + model.indexOffset, indices.size() * 4);
  return indices[indices.size() / 2];  // used by the caller, so nothing is optimised away
}

}  // namespace

Result<std::vector<BenchFigure>> benchLoader(const BenchSettings& settings) {
  Result<GeneratedModel> model = writeSheet(settings.scratchFolder);
  if (!model) return model.error();

  // Check once, outside the timing, that the loader reads the file whole.
  Result<Scene> check = loadModel(model->path);
  if (!check) return check.error();
  if (check->triangleCount() != model->triangles)
    return Error{"the loader read " + std::to_string(check->triangleCount()) + " triangles of " +
                 std::to_string(model->triangles)};
  if (!check->warnings.empty()) return Error{"the loader warned: " + check->warnings.front()};

  volatile std::uint32_t sink = 0;
  const double baseline = medianMs(settings.runs, [&] { sink = sink + readFileAndIndices(*model); });
  bool failed = false;
  const double load = medianMs(settings.runs, [&] {
    Result<Scene> scene = loadModel(model->path);
    failed = failed || !scene;
  });
  if (failed) return Error{"loading the test model failed during timing"};

  const double mib = static_cast<double>(model->bytes) / (1024.0 * 1024.0);
  return std::vector<BenchFigure>{
      {"loader.gltf_1m.file_mib", mib, "MiB", "binary glTF, 1,000,000 triangles, 501,501 vertices with normals"},
      {"loader.gltf_1m.baseline_ms", baseline, "ms", "read the file + copy its index accessor into a uint32 vector"},
      {"loader.gltf_1m.load_ms", load, "ms", "loadModel: parse, bounds-check, convert to a Scene"},
      {"loader.gltf_1m.ratio", load / baseline, "x", "load / baseline; goal < 1.5"},
  };
}

}  // namespace myo::cli
