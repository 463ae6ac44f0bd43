#pragma once
// SessionAutosave: a copy of the session being edited, written after every change, so that a
// crash or a power cut loses at most the last edit. It is a separate file — the session the user
// saved is only ever replaced when the user saves — written atomically like a session:
//   - beside a saved session: `<session file>.autosave` (anna.myosession.autosave);
//   - for a session never saved: `untitled.myosession.autosave` in the state folder
//     ($XDG_STATE_HOME/myoatlas, by default ~/.local/state/myoatlas).
// On start the app offers to recover an autosave that exists; after a save or when the user
// closes the session deliberately, the autosave is discarded.
//
//   SessionAutosave autosave = SessionAutosave::besideSession("anna.myosession");
//   autosave.save(session);                         // after each edit
//   if (autosave.exists()) Result<Session> recovered = autosave.recover();
//   if (saveSession(session, "anna.myosession")) autosave.discard();

#include <filesystem>

#include "myo/atlas/session.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

class SessionAutosave {
 public:
  static SessionAutosave besideSession(const std::filesystem::path& sessionFile);
  static SessionAutosave untitledIn(const std::filesystem::path& stateFolder);

  const std::filesystem::path& file() const { return file_; }

  // Writes the session atomically, creating the folder when needed.
  Status save(const Session& session) const;
  bool exists() const;
  // The autosaved session; refused like any session file when damaged or newer.
  Result<Session> recover() const;
  // Removes the autosave (nothing to do when there is none).
  Status discard() const;

 private:
  explicit SessionAutosave(std::filesystem::path file) : file_(std::move(file)) {}
  std::filesystem::path file_;
};

// Where per-user state lives: $XDG_STATE_HOME/myoatlas, else $HOME/.local/state/myoatlas, else a
// folder under the system's temporary folder.
std::filesystem::path defaultStateFolder();

}  // namespace myo::atlas
