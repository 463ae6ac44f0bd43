#pragma once
// A client session: the pain drawing, the muscles the therapist chose to look at, notes and the
// date, saved as a documented JSON file (docs/pain-lookup.md, "Session files") with a version
// field. Files are written to a temporary name beside the target and renamed over it, so a
// crash or a full disk leaves the old file whole. A file that is damaged, or was written by a
// newer version, is refused with a message naming the file and the problem (the JSON pointer of
// the value at fault), and saveSession never writes over it.
//
//   Session session{.date = todayIso(), .notes = "Right-handed, desk job"};
//   session.pain.regions = {"left_temple"};
//   session.muscles.push_back({"trapezius", Side::Left});
//   if (Status saved = saveSession(session, "anna.myosession"); !saved) show(saved.error().message);
//   Result<Session> opened = openSession("anna.myosession");

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "myo/engine/file_writing.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

// The version this program writes, and the newest it reads.
inline constexpr int kSessionVersion = 1;
// The value of the file's "format" key, so that other JSON files are told apart.
inline constexpr std::string_view kSessionFormat = "myoatlas-session";

struct ChosenMuscle {
  std::string muscle;  // muscle id
  Side side = Side::Left;
  bool operator==(const ChosenMuscle&) const = default;
};

struct Session {
  std::string date;   // the day of the session, ISO 8601 (2026-12-01)
  PainDrawing pain;
  std::vector<ChosenMuscle> muscles;
  std::string notes;  // the therapist's notes, free text
  bool operator==(const Session&) const = default;
};

// Today's date in local time, ISO 8601.
std::string todayIso();

// The session as the JSON text saveSession writes.
std::string sessionJson(const Session& session);

// Reads a session file. Every problem is reported as `file: /json/pointer: message`, one a line;
// a newer version is refused before anything else is read.
Result<Session> openSession(const std::filesystem::path& file);

// The ids a session names — regions, muscles — checked against a knowledge base, reported like
// openSession's problems (`file: /pain/regions/2: unknown region 'left_tempel'`). A session from
// an older knowledge base may name a region or muscle since renamed; the app shows this and
// leaves the file alone.
Status checkSessionIds(const Session& session, const KnowledgeBase& kb, const std::filesystem::path& file);

// Writes the session atomically. Refuses to replace a file that is not a session this version
// can read (damaged, another kind of file, or newer): that file is left untouched.
Status saveSession(const Session& session, const std::filesystem::path& file);

}  // namespace myo::atlas
