#include "myo/atlas/session.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <regex>

#include <nlohmann/json.hpp>

#include "myo/atlas/finding.hpp"
#include "myo/atlas/json_file.hpp"
#include "myo/atlas/json_node.hpp"

namespace myo::atlas {

namespace {

constexpr std::string_view kSchemaPage = "docs/pain-lookup.md";
// Generous bounds that still catch nonsense: the body is under 2 m tall and 1 m wide.
constexpr double kMaxCoordinate = 3.0;
constexpr double kMaxBrushRadius = 0.5;

// A message for a person: a file with a million bad entries is told with the first few.
std::string joinedProblems(const std::vector<Problem>& problems) {
  constexpr std::size_t kShown = 10;
  std::string message;
  for (std::size_t i = 0; i < problems.size() && i < kShown; ++i) {
    if (!message.empty()) message += '\n';
    message += formatProblem(problems[i]);
  }
  if (problems.size() > kShown) message += "\n... and " + std::to_string(problems.size() - kShown) + " more problems";
  return message;
}

// Sessions are read on the window's main thread: their size and the length of their lists and
// notes are bounded (docs/robustness.md), far above what a session holds, so that opening one
// never freezes the window. The file size is checked before reading.
constexpr JsonFileLimits kSessionFileLimits{.maxBytes = 16u << 20, .maxDepth = 32, .kind = "a session"};
constexpr std::size_t kMaxStrokes = 100'000;
constexpr std::size_t kMaxMuscles = 1'000;
constexpr std::size_t kMaxRegions = 1'000;
constexpr std::size_t kMaxNotesBytes = 100'000;
constexpr std::size_t kMaxFindings = 1'000;
constexpr std::size_t kMaxClientBytes = 1'000;

// Lists and notes over their limits, reported before anything is read from them.
void checkSessionSizes(const JsonDocument& document, const ProblemLog& log) {
  const auto tooLong = [&](const char* pointer, std::size_t count, std::size_t limit, const char* what) {
    if (count > limit)
      log.add(pointer, "holds " + std::to_string(count) + " " + what + ", over the limit of " + std::to_string(limit) +
                           " for a session");
  };
  const auto sizeAt = [&](const char* pointer) -> std::size_t {
    const JsonDocument::json_pointer at(pointer);
    if (!document.contains(at)) return 0;
    const JsonDocument& value = document.at(at);
    return value.is_array() || value.is_string() ? value.size() : 0;
  };
  tooLong("/pain/strokes", sizeAt("/pain/strokes"), kMaxStrokes, "strokes");
  tooLong("/pain/regions", sizeAt("/pain/regions"), kMaxRegions, "regions");
  tooLong("/muscles", sizeAt("/muscles"), kMaxMuscles, "muscles");
  tooLong("/findings", sizeAt("/findings"), kMaxFindings, "findings");
  tooLong("/intake", sizeAt("/intake"), kMaxFindings, "intake flags");
  tooLong("/trigger_points_found", sizeAt("/trigger_points_found"), kMaxMuscles, "trigger points");
  tooLong("/client", sizeAt("/client"), kMaxClientBytes, "bytes of name");
  if (document.contains("notes") && document["notes"].is_string())
    tooLong("/notes", document["notes"].get_ref<const std::string&>().size(), kMaxNotesBytes, "bytes of notes");
}

BrushStroke readStroke(const JsonNode& node) {
  BrushStroke stroke;
  if (!node.expectObject({"point", "radius", "intensity", "erase"}, kSchemaPage)) return stroke;
  std::vector<double> point;
  const JsonNode pointNode = node["point"];
  pointNode.forEach(Emptiness::NotEmpty, [&](const JsonNode& c) { point.push_back(c.number(-kMaxCoordinate, kMaxCoordinate)); });
  if (pointNode.present() && !point.empty() && point.size() != 3) pointNode.report("must be three numbers [x, y, z] in metres");
  if (point.size() == 3) stroke.point = {float(point[0]), float(point[1]), float(point[2])};
  stroke.radius = float(node["radius"].number(0.0, kMaxBrushRadius, true));
  stroke.intensity = float(node["intensity"].number(0.0, 1.0));
  stroke.erase = node["erase"].boolean();
  return stroke;
}

// A muscle on a side, as `muscles` and `trigger_points_found` write it.
std::pair<std::string, Side> readMuscleSide(const JsonNode& m) {
  std::string muscle = m["muscle"].text();
  const std::string side = m["side"].text();  // reports a side left out, empty or not text
  const std::optional<Side> parsed = parseSide(side);
  if (!parsed && !side.empty()) m["side"].report("must be left or right");
  return {std::move(muscle), parsed.value_or(Side::Left)};
}

// Version 1 had no client, pain score, intake, findings or trigger points found: those keys are
// read only from version 2 on, and default to empty.
Session readSession(const JsonNode& root, int version) {
  Session session;
  if (version >= 2)
    root.expectObject({"format", "version", "client", "date", "pain_score", "pain", "intake", "findings", "muscles",
                       "trigger_points_found", "notes"},
                      kSchemaPage);
  else
    root.expectObject({"format", "version", "date", "pain", "muscles", "notes"}, kSchemaPage);
  const JsonNode date = root["date"];
  session.date = date.text();
  static const std::regex kIsoDate(R"(\d{4}-\d{2}-\d{2})");
  if (date.present() && !session.date.empty() && !std::regex_match(session.date, kIsoDate))
    date.report("must be a date written YYYY-MM-DD");
  const JsonNode pain = root["pain"];
  if (pain.expectObject({"regions", "strokes"}, kSchemaPage)) {
    session.pain.regions = pain["regions"].textList(Emptiness::MayBeEmpty);
    pain["strokes"].forEach(Emptiness::MayBeEmpty, [&](const JsonNode& s) { session.pain.strokes.push_back(readStroke(s)); });
  }
  root["muscles"].forEach(Emptiness::MayBeEmpty, [&](const JsonNode& m) {
    if (!m.expectObject({"muscle", "side"}, kSchemaPage)) return;
    auto [muscle, side] = readMuscleSide(m);
    session.muscles.push_back({std::move(muscle), side});
  });
  session.notes = root["notes"].text(Emptiness::MayBeEmpty);
  if (version < 2) return session;
  session.client = root["client"].text(Emptiness::MayBeEmpty);
  if (!root["pain_score"].isNull()) session.painScore = root["pain_score"].wholeNumber(0, 10);
  session.intake = root["intake"].textList(Emptiness::MayBeEmpty);
  session.findings = root["findings"].textList(Emptiness::MayBeEmpty);
  root["trigger_points_found"].forEach(Emptiness::MayBeEmpty, [&](const JsonNode& m) {
    if (!m.expectObject({"muscle", "side", "status"}, kSchemaPage)) return;
    auto [muscle, side] = readMuscleSide(m);
    session.triggerPointsFound.push_back({std::move(muscle), side, m["status"].enumValue(TriggerPointStatus::Active)});
  });
  return session;
}

}  // namespace

std::string todayIso() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

std::string sessionJson(const Session& session) {
  nlohmann::ordered_json strokes = nlohmann::ordered_json::array();
  for (const BrushStroke& s : session.pain.strokes)
    strokes.push_back({{"point", {s.point.x, s.point.y, s.point.z}},
                       {"radius", s.radius},
                       {"intensity", s.intensity},
                       {"erase", s.erase}});
  nlohmann::ordered_json muscles = nlohmann::ordered_json::array();
  for (const ChosenMuscle& m : session.muscles) muscles.push_back({{"muscle", m.muscle}, {"side", toString(m.side)}});
  nlohmann::ordered_json found = nlohmann::ordered_json::array();
  for (const FoundTriggerPoint& f : session.triggerPointsFound)
    found.push_back({{"muscle", f.muscle}, {"side", toString(f.side)}, {"status", toString(f.status)}});
  const nlohmann::ordered_json document{
      {"format", kSessionFormat},
      {"version", kSessionVersion},
      {"client", session.client},
      {"date", session.date},
      {"pain_score", session.painScore ? nlohmann::ordered_json(*session.painScore) : nlohmann::ordered_json()},
      {"pain", {{"regions", session.pain.regions}, {"strokes", strokes}}},
      {"intake", session.intake},
      {"findings", session.findings},
      {"muscles", muscles},
      {"trigger_points_found", found},
      {"notes", session.notes},
  };
  // Text typed in the window is UTF-8; a byte that is not (pasted from elsewhere) must not make
  // saving throw.
  return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Result<Session> openSession(const std::filesystem::path& file) {
  std::vector<Problem> problems;
  const ProblemLog log(file.string(), problems);
  const std::optional<JsonDocument> document = readJsonFile(file, log, kSessionFileLimits);
  if (!document || !problems.empty()) return Error{joinedProblems(problems)};
  const JsonNode root(*document, log);
  // Which kind of file and which version come first: a newer file is refused as a whole, not
  // picked apart by the rules of this version.
  if (!document->is_object()) {
    root.report("is not a MyoAtlas session (must be a JSON object, not " + root.describeType() + ")");
    return Error{joinedProblems(problems)};
  }
  if (root["format"].text() != kSessionFormat || !problems.empty()) {
    problems.clear();
    log.add("/format", "is not a MyoAtlas session (\"format\" must be \"" + std::string(kSessionFormat) + "\")");
    return Error{joinedProblems(problems)};
  }
  const int version = root["version"].wholeNumber(1, 1'000'000);
  if (!problems.empty()) return Error{joinedProblems(problems)};
  if (version > kSessionVersion) {
    log.add("/version", "was written by a newer MyoAtlas (session version " + std::to_string(version) +
                            "; this one reads version " + std::to_string(kSessionVersion) +
                            " and older): open it with a newer MyoAtlas");
    return Error{joinedProblems(problems)};
  }
  checkSessionSizes(*document, log);
  if (!problems.empty()) return Error{joinedProblems(problems)};
  Session session = readSession(root, version);
  if (!problems.empty()) return Error{joinedProblems(problems)};
  return session;
}

Status checkSessionIds(const Session& session, const KnowledgeBase& kb, const std::filesystem::path& file) {
  std::vector<Problem> problems;
  const ProblemLog log(file.string(), problems);
  for (std::size_t i = 0; i < session.pain.regions.size(); ++i)
    if (kb.regions().find(session.pain.regions[i]) == nullptr)
      log.add("/pain/regions/" + std::to_string(i), "unknown region '" + session.pain.regions[i] + "'");
  for (std::size_t i = 0; i < session.muscles.size(); ++i)
    if (kb.findMuscle(session.muscles[i].muscle) == nullptr)
      log.add("/muscles/" + std::to_string(i) + "/muscle", "unknown muscle '" + session.muscles[i].muscle + "'");
  for (std::size_t i = 0; i < session.triggerPointsFound.size(); ++i)
    if (kb.findMuscle(session.triggerPointsFound[i].muscle) == nullptr)
      log.add("/trigger_points_found/" + std::to_string(i) + "/muscle",
              "unknown muscle '" + session.triggerPointsFound[i].muscle + "'");
  for (std::size_t i = 0; i < session.intake.size(); ++i)
    if (Result<IntakeEntry> entry = parseIntake(session.intake[i], kb); !entry)
      log.add("/intake/" + std::to_string(i), entry.error().message);
  for (std::size_t i = 0; i < session.findings.size(); ++i)
    if (Result<Finding> finding = parseFinding(session.findings[i], kb); !finding)
      log.add("/findings/" + std::to_string(i), finding.error().message);
  if (!problems.empty()) return Error{joinedProblems(problems)};
  return {};
}

Status saveSession(const Session& session, const std::filesystem::path& file) {
  std::error_code ec;
  if (const std::filesystem::path folder = file.parent_path(); !folder.empty() && !std::filesystem::is_directory(folder, ec)) {
    if (std::filesystem::exists(folder, ec))
      return Error{"cannot save " + file.string() + ": " + folder.string() + " is a file, not a folder"};
    std::filesystem::create_directories(folder, ec);
    if (ec) return Error{"cannot save " + file.string() + ": the folder " + folder.string() + " could not be created (" + ec.message() + ")"};
  }
  if (std::filesystem::exists(file, ec)) {
    if (Result<Session> existing = openSession(file); !existing)
      return Error{"will not replace " + file.string() +
                   ", which is not a session this MyoAtlas can read; it is left as it is. Save under another name.\n" +
                   existing.error().message};
  }
  return replaceFile(file, sessionJson(session), FileAccess::OwnerOnly);
}

namespace {

std::string comparableName(std::string_view name) {
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
  std::string lower(name);
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

}  // namespace

std::vector<Visit> visitsOf(const std::filesystem::path& folder, std::string_view client) {
  std::vector<Visit> visits;
  const std::string wanted = comparableName(client);
  if (wanted.empty()) return visits;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() != ".myosession" || !entry.is_regular_file(ec)) continue;
    Result<Session> session = openSession(entry.path());
    if (session && comparableName(session->client) == wanted) visits.push_back({entry.path(), std::move(*session)});
  }
  std::sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) {
    return a.session.date != b.session.date ? a.session.date < b.session.date : a.file < b.file;
  });
  return visits;
}

}  // namespace myo::atlas
