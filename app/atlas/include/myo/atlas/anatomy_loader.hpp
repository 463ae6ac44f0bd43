#pragma once
// loadAnatomy: reads and checks the anatomy description in a folder (normally assets/anatomy):
// landmarks.json, bones.json, body.json and every muscles/*.json (in name order). A mistake is an
// Error "FILE: /json/pointer: what is wrong", so a teacher editing the files finds it at once.

#include <filesystem>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

Result<AnatomyDescription> loadAnatomy(const std::filesystem::path& folder);

// `anatomy` in the assets directory: $MYO_ASSETS_DIR when set, as for the knowledge base
// (defaultAssetsDir), else that of the source tree this program was built from.
std::filesystem::path defaultAnatomyFolder();

}  // namespace myo::atlas
