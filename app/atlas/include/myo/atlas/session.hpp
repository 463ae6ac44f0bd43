#pragma once
// A client session: who and when, the pain drawing and its 0–10 score, the assessment (intake
// flags and findings, written as ../shared/assessment.md codes), the muscles the therapist chose to
// look at, the trigger points found, and notes — saved as a documented JSON file
// (docs/pain-lookup.md, "Client sessions") with a version field. Version 1 files (drawing, muscles,
// notes, date) still open. Files are written to a temporary name beside the target and renamed over it, so a
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
#include <optional>
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
inline constexpr int kSessionVersion = 2;
// The value of the file's "format" key, so that other JSON files are told apart.
inline constexpr std::string_view kSessionFormat = "myoatlas-session";

struct ChosenMuscle {
  std::string muscle;  // muscle id
  Side side = Side::Left;
  bool operator==(const ChosenMuscle&) const = default;
};

// Whether a trigger point found by palpation reproduces the client's complaint (active) or is
// tender without it (latent).
enum class TriggerPointStatus { Active, Latent };

constexpr EnumTable<TriggerPointStatus, 2> enumNames(TriggerPointStatus) {
  return {{
      {TriggerPointStatus::Active, "active"},
      {TriggerPointStatus::Latent, "latent"},
  }};
}

struct FoundTriggerPoint {
  std::string muscle;  // muscle id
  Side side = Side::Left;
  TriggerPointStatus status = TriggerPointStatus::Active;
  bool operator==(const FoundTriggerPoint&) const = default;
};

struct Session {
  std::string client;  // the client's name as the therapist writes it; visits are matched by it
  std::string date;    // the day of the session, ISO 8601 (2026-12-01)
  std::optional<int> painScore;  // 0–10, as the client rates it today; unset when not asked
  PainDrawing pain;
  std::vector<std::string> intake;    // intake flags, "anticoagulants", "hip_replacement_posterior.left"
  std::vector<std::string> findings;  // findings, "rom:neck_rotation.left=55"
  std::vector<ChosenMuscle> muscles;
  std::vector<FoundTriggerPoint> triggerPointsFound;
  std::string notes;  // the therapist's notes, free text over several lines
  bool operator==(const Session&) const = default;
};

// Today's date in local time, ISO 8601.
std::string todayIso();

// The session as the JSON text saveSession writes.
std::string sessionJson(const Session& session);

// Reads a session file. Every problem is reported as `file: /json/pointer: message`, one a line;
// a newer version is refused before anything else is read.
Result<Session> openSession(const std::filesystem::path& file);

// The ids and codes a session names — regions, muscles, intake flags, findings — checked against
// a knowledge base, reported like
// openSession's problems (`file: /pain/regions/2: unknown region 'left_tempel'`). A session from
// an older knowledge base may name a region or muscle since renamed; the app shows this and
// leaves the file alone.
Status checkSessionIds(const Session& session, const KnowledgeBase& kb, const std::filesystem::path& file);

// Writes the session atomically, creating its folder when it does not exist yet. Refuses to
// replace a file that is not a session this version can read (damaged, another kind of file, or
// newer): that file is left untouched.
Status saveSession(const Session& session, const std::filesystem::path& file);

// One of a client's sessions, for comparing visits.
struct Visit {
  std::filesystem::path file;
  Session session;
};

// The sessions in `folder` (*.myosession, not recursing) of the client named, oldest first (by
// date, then file name). Names match ignoring case and spaces at either end; files that cannot be
// read are passed over (a visit list is not the place to report them).
std::vector<Visit> visitsOf(const std::filesystem::path& folder, std::string_view client);

}  // namespace myo::atlas
