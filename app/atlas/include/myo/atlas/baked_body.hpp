#pragma once
// The built-in body without baking it again. A body baked earlier (the build's
// build/assets/body.glb) keeps in its file a key of what it was baked from; it is taken when the key
// matches the builder's code and the anatomy description as they are now, and the body is built anew
// from the description otherwise (a few seconds) — after an edit to assets/anatomy, or with
// MYO_ASSETS_DIR pointing at another copy.
//
//   Result<Scene> body = bakedOrBuiltBody(defaultAnatomyFolder(), "build/assets/body.glb");
//
// Not here: writing the baked file (body_glb.hpp; `myoatlas bake` puts the key in it).

#include <filesystem>
#include <string>

#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

// Where a baked body keeps its key: the file's metadata (glTF asset extras).
inline constexpr const char* kBakeKeyMetadata = "myo_bake_key";

// What a bake is made from: every file of the anatomy folder (its path and bytes) and the code that
// builds the body (a hash of the atlas's and the engine's sources, taken at build time), as a short
// hexadecimal text. Every program of one build gives the same key: the test executables take the
// body myoatlas baked instead of building it again in each test process.
std::string bakeKey(const std::filesystem::path& anatomyFolder);

// bakedFile may be empty or missing: the body is then built.
Result<Scene> bakedOrBuiltBody(const std::filesystem::path& anatomyFolder, const std::filesystem::path& bakedFile);

}  // namespace myo::atlas
