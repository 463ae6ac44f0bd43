// loadModel: checks the file before anything parses it, picks the loader by content (the binary
// glTF magic) or extension (.gltf, .glb), runs the common checks and repairs, and puts the file's
// path in front of every error. Nothing thrown by a library escapes.

#include "myo/engine/model_loader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <new>
#include <string>

#include "io/assimp_loader.hpp"
#include "io/file_access.hpp"
#include "io/glb_container.hpp"
#include "io/gltf_loader.hpp"
#include "io/scene_finish.hpp"

namespace myo {

namespace {

std::string lowerExtension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool startsWithGlbMagic(const std::filesystem::path& path) {
  std::array<std::uint8_t, 4> head{};
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  return in.gcount() == 4 && io::looksLikeGlb(head);
}

Result<Scene> loadUnprefixed(const std::filesystem::path& path, const LoadOptions& options) {
  if (Status ok = io::checkFileBeforeReading(path, options.maxFileBytes); !ok) return ok.error();

  const std::string ext = lowerExtension(path);
  Result<Scene> scene = Error{};
  const bool glbMagic = startsWithGlbMagic(path);
  // Said from the first four bytes, before a large file is read whole.
  if (ext == ".glb" && !glbMagic) return Error{"not a binary glTF file (it does not start with 'glTF')"};
  if (ext == ".gltf" || ext == ".glb" || glbMagic) {
    scene = io::loadGltf(path, options);
  } else {
    scene = io::loadWithAssimp(path, options);
  }
  if (!scene) return scene;
  if (const std::uint64_t triangles = scene->triangleCount(); triangles > options.maxTriangles)
    return Error{io::tooManyTriangles(triangles, options.maxTriangles)};
  if (Status ok = io::finishScene(*scene, options); !ok) return ok.error();
  return scene;
}

// Messages end up on one line of a terminal: a library's message may quote bytes of the file
// (Assimp's FBX reader quotes a raw type code, fuzz_assimp found one that was a newline).
std::string printable(std::string message) {
  for (char& c : message) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n' || byte == '\r' || byte == '\t')
      c = ' ';
    else if (byte < 0x20 || byte == 0x7f)
      c = '?';
  }
  return message;
}

}  // namespace

Result<Scene> loadModel(const std::filesystem::path& path, const LoadOptions& options) {
  Result<Scene> scene = Error{};
  try {
    scene = loadUnprefixed(path, options);
  } catch (const std::bad_alloc&) {
    return Error{path.string() + ": not enough memory to load it"};
  } catch (const std::exception& e) {
    return Error{path.string() + ": could not be loaded: " + printable(e.what())};
  } catch (...) {
    return Error{path.string() + ": could not be loaded (an unexpected failure in a model library)"};
  }
  if (!scene) return Error{path.string() + ": " + printable(scene.error().message)};
  return scene;
}

}  // namespace myo
