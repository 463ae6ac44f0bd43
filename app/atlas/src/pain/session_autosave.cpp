#include "myo/atlas/session_autosave.hpp"

#include <cstdlib>

namespace myo::atlas {

SessionAutosave SessionAutosave::besideSession(const std::filesystem::path& sessionFile) {
  std::filesystem::path file = sessionFile;
  file += ".autosave";
  return SessionAutosave(std::move(file));
}

SessionAutosave SessionAutosave::untitledIn(const std::filesystem::path& stateFolder) {
  return SessionAutosave(stateFolder / "untitled.myosession.autosave");
}

Status SessionAutosave::save(const Session& session) const {
  std::error_code ec;
  if (file_.has_parent_path()) std::filesystem::create_directories(file_.parent_path(), ec);
  if (ec) return Error{file_.string() + ": cannot create the folder " + file_.parent_path().string() + ": " + ec.message()};
  return replaceFile(file_, sessionJson(session), FileAccess::OwnerOnly);
}

bool SessionAutosave::exists() const {
  std::error_code ec;
  return std::filesystem::is_regular_file(file_, ec);
}

Result<Session> SessionAutosave::recover() const { return openSession(file_); }

Status SessionAutosave::discard() const {
  std::error_code ec;
  std::filesystem::remove(file_, ec);
  if (ec) return Error{file_.string() + ": cannot remove the autosave: " + ec.message()};
  return {};
}

std::filesystem::path defaultStateFolder() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state != '\0')
    return std::filesystem::path(state) / "myoatlas";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return std::filesystem::path(home) / ".local" / "state" / "myoatlas";
  std::error_code ec;
  return std::filesystem::temp_directory_path(ec) / "myoatlas-state";
}

}  // namespace myo::atlas
