#include "myo/atlas/baked_body.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <vector>

#include "builder_fingerprint.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/engine/model_loader.hpp"

namespace myo::atlas {

namespace {

// FNV-1a: not a defence against a forger, only a fingerprint of files a person edits.
class Fingerprint {
 public:
  void add(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) hash_ = (hash_ ^ bytes[i]) * 0x100000001b3ull;
  }
  void add(const std::string& text) { add(text.data(), text.size() + 1); }  // with its end, so "ab"+"c" ≠ "a"+"bc"
  void add(std::uint64_t value) { add(&value, sizeof value); }
  std::string hex() const {
    static const char* digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[static_cast<std::size_t>(15 - i)] = digits[(hash_ >> (4 * i)) & 0xf];
    return out;
  }

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ull;
};

}  // namespace

std::string bakeKey(const std::filesystem::path& anatomyFolder) {
  Fingerprint fingerprint;
  fingerprint.add(std::string(MYO_BUILDER_FINGERPRINT));
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(anatomyFolder, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error))
    if (it->is_regular_file(error)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    fingerprint.add(std::filesystem::relative(file, anatomyFolder, error).generic_string());
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    fingerprint.add(static_cast<std::uint64_t>(bytes.size()));
    fingerprint.add(bytes.data(), bytes.size());
  }
  return fingerprint.hex();
}

Result<Scene> bakedOrBuiltBody(const std::filesystem::path& anatomyFolder, const std::filesystem::path& bakedFile) {
  std::error_code error;
  if (!bakedFile.empty() && std::filesystem::exists(bakedFile, error)) {
    Result<Scene> baked = loadModel(bakedFile);
    if (baked) {
      const auto key = baked->metadata.find(kBakeKeyMetadata);
      if (key != baked->metadata.end() && key->second == bakeKey(anatomyFolder)) return baked;
    }
  }
  Result<AnatomyDescription> description = loadAnatomy(anatomyFolder);
  if (!description) return description.error();
  Result<BodyModel> body = buildBodyModel(*description);
  if (!body) return body.error();
  return toScene(*body);
}

}  // namespace myo::atlas
