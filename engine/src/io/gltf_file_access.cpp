#include "io/gltf_file_access.hpp"

#include <algorithm>
#include <string_view>
#include <system_error>

#include "io/file_access.hpp"

namespace myo::io {

namespace {

// tinygltf tries "<uri>" and then "./<uri>": both mean the same file.
std::string_view asWritten(const std::string& name) {
  std::string_view view = name;
  while (view.size() > 2 && view.substr(0, 2) == "./") view.remove_prefix(2);
  return view;
}

}  // namespace

tinygltf::FsCallbacks GltfFileAccess::callbacks() {
  tinygltf::FsCallbacks callbacks{};
  callbacks.FileExists = &GltfFileAccess::fileExists;
  callbacks.ExpandFilePath = &GltfFileAccess::expandFilePath;
  callbacks.ReadWholeFile = &GltfFileAccess::readWholeFile;
  callbacks.WriteWholeFile = &GltfFileAccess::writeWholeFile;
  callbacks.user_data = this;
  return callbacks;
}

void GltfFileAccess::note(std::vector<std::string>& list, std::string message) {
  if (std::find(list.begin(), list.end(), message) == list.end()) list.push_back(std::move(message));
}

bool GltfFileAccess::fileExists(const std::string& name, void* self) {
  auto& access = *static_cast<GltfFileAccess*>(self);
  const std::string_view reference = asWritten(name);
  Result<std::filesystem::path> path = resolveReference(access.folder_, reference);
  if (!path) {
    access.note(access.refused_, path.error().message);
    return false;
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(*path, ec)) {
    // A FIFO, a folder or a loop of links is there but cannot be read: say what it is.
    const Status usable = checkFileBeforeReading(*path, access.maxBytes_);
    if (!usable && usable.error().message != "no such file")
      access.note(access.refused_, inQuotes(reference) + ": " + usable.error().message);
    else
      access.note(access.missing_, "the model refers to " + inQuotes(reference) +
                                       ", which is not in its folder (" + access.folder_.string() + ")");
    return false;
  }
  return true;
}

std::string GltfFileAccess::expandFilePath(const std::string& name, void*) {
  return name;  // no `~` or variable expansion: a model file must not name places by environment
}

bool GltfFileAccess::readWholeFile(std::vector<unsigned char>* out, std::string* err, const std::string& name,
                                   void* self) {
  auto& access = *static_cast<GltfFileAccess*>(self);
  const std::string_view reference = asWritten(name);
  Result<std::filesystem::path> path = resolveReference(access.folder_, reference);
  if (!path) {
    access.note(access.refused_, path.error().message);
    if (err) *err = path.error().message;
    return false;
  }
  Result<std::vector<std::uint8_t>> bytes = readFileLimited(*path, access.maxBytes_);
  if (!bytes) {
    const std::string message = inQuotes(reference) + ": " + bytes.error().message;
    access.note(access.refused_, message);
    if (err) *err = message;
    return false;
  }
  *out = std::move(*bytes);
  return true;
}

bool GltfFileAccess::writeWholeFile(std::string* err, const std::string&, const std::vector<unsigned char>&,
                                    void*) {
  if (err) *err = "MyoAtlas never writes while loading a model";
  return false;
}

}  // namespace myo::io
