#include "atomic_file.hpp"

#include <unistd.h>

#include <fstream>
#include <string>
#include <system_error>

namespace myo::ui {

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return Error{"cannot create the folder " + path.parent_path().string() + ": " + ec.message()};
  std::filesystem::path temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) {
      std::filesystem::remove(temporary, ec);
      return Error{"cannot write " + temporary.string()};
    }
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return Error{"cannot replace " + path.string() + ": " + ec.message()};
  }
  return {};
}

}  // namespace myo::ui
