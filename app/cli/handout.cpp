// `myoatlas handout --region ID[,...] --muscle ID[.side] -o FILE.pdf|FILE.png`: the one-page sheet
// for the client — the pain drawing, the likely muscle with its trigger point and pattern in two
// views, its self-care and room for the therapist's notes. The pictures are rendered headless
// here; the page itself is laid out by atlas::writeHandout, which the window shares.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "pain_input.hpp"
#include "myo/atlas/handout_page.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_search.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/atlas/practice_notes.hpp"
#include "myo/atlas/session.hpp"
#include "myo/atlas/trigger_point_placement.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

namespace {

struct HandoutOptions {
  std::vector<std::string> regions;
  std::string muscle;
  std::string output;
  std::string notes;
  std::string date;
};

int fail(const std::string& message, int code) {
  std::cerr << "myoatlas handout: " << message << "\n";
  return code;
}

// Paper white, so the pictures print cleanly.
constexpr glm::vec4 kPaperBackground{0.98f, 0.98f, 0.97f, 1.0f};

// The view that looks at a surface facing `direction`: front or back unless the side clearly wins.
ViewPreset viewFacing(const glm::vec3& direction) {
  if (std::abs(direction.z) >= 0.8f * std::abs(direction.x)) return direction.z >= 0.0f ? ViewPreset::Anterior : ViewPreset::Posterior;
  return direction.x > 0.0f ? ViewPreset::Left : ViewPreset::Right;
}

// A cube around the points, `margin` times as wide as they spread and at least 2 × minHalf.
Bounds frameAround(const std::vector<glm::vec3>& points, float margin, float minHalf) {
  Bounds spread;
  for (const glm::vec3& p : points) spread.add(p);
  if (spread.empty()) return spread;
  const glm::vec3 size = spread.size();
  const float half = std::max(0.5f * std::max({size.x, size.y, size.z}) * margin, minHalf);
  Bounds frame;
  frame.add(spread.center() - glm::vec3(half));
  frame.add(spread.center() + glm::vec3(half));
  return frame;
}

// The frame moved up or down to stay within the body's height, so a picture of the feet does not
// spend half its height below the floor (nor one of the head above it).
Bounds withinHeight(Bounds frame, const Bounds& body) {
  if (frame.empty() || body.empty()) return frame;
  float shift = 0.0f;
  if (frame.min.y < body.min.y) shift = std::min(body.min.y - frame.min.y, std::max(body.max.y - frame.max.y, 0.0f));
  else if (frame.max.y > body.max.y) shift = -std::min(frame.max.y - body.max.y, std::max(frame.min.y - body.min.y, 0.0f));
  frame.min.y += shift;
  frame.max.y += shift;
  return frame;
}

// Where a field on the skin is strong (over one half), and which way that skin faces on average.
struct FieldExtent {
  std::vector<glm::vec3> points;
  glm::vec3 facing{0.0f, 0.0f, 1.0f};
};

FieldExtent extentOf(const atlas::SkinMap& skin, const std::vector<float>& field) {
  FieldExtent extent;
  glm::vec3 normalSum(0.0f);
  const Mesh& mesh = skin.mesh();
  for (std::size_t v = 0; v < field.size() && v < mesh.vertexCount(); ++v) {
    if (field[v] <= 0.5f) continue;
    extent.points.push_back(mesh.positions[v]);
    if (v < mesh.normals.size()) normalSum += field[v] * mesh.normals[v];
  }
  if (glm::length(normalSum) > 0.0f) extent.facing = normalSum;
  return extent;
}

Result<Image> renderPicture(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb, const atlas::AtlasView& view,
                            ViewPreset preset, const Bounds& frame, int width, int height) {
  SnapshotRequest request{.view = preset, .width = width, .height = height};
  request.settings.background = kPaperBackground;
  request.frame = withinHeight(frame, body.scene.bounds());
  return renderSnapshot(body.scene, request, atlas::makeRestyle(body, &kb, view));
}

// YYYY-MM-DD with a month and a day that exist (February 29 only in a leap year).
bool isCalendarDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string regionNames(const atlas::KnowledgeBase& kb, const std::vector<std::string>& ids) {
  std::string names;
  for (const std::string& id : ids) {
    const atlas::Region* region = kb.regions().find(id);
    names += (names.empty() ? "" : ", ") + (region ? region->name : id);
  }
  return names;
}

int runHandout(const HandoutOptions& options) {
  const std::filesystem::path output(options.output);
  const std::string extension = output.extension().string();
  if (extension != ".pdf" && extension != ".png") return fail("-o must name a .pdf or a .png file", kExitBadInput);
  // Refuse an output that cannot be written before the user waits for the pictures.
  if (Status writable = checkReplaceable(output); !writable) return fail(writable.error().message, kExitBadInput);
  if (!options.date.empty() && !isCalendarDate(options.date))
    return fail("--date " + options.date + ": must be a date written YYYY-MM-DD (2026-03-14)", kExitBadInput);
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return fail(kb.error().message, kExitFailure);
  if (Status checked = checkRegionIds(*kb, options.regions); !checked) return fail(checked.error().message, kExitBadInput);
  const std::optional<atlas::StructureRef> wanted = atlas::parseStructureRef(options.muscle);
  if (!wanted) return fail("--muscle " + options.muscle + ": the side after the dot must be left or right", kExitBadInput);
  const atlas::Muscle* muscle = kb->findMuscle(wanted->id);
  if (muscle == nullptr) {
    std::string message = "--muscle: no muscle '" + wanted->id + "' in the knowledge base";
    const std::vector<std::string> near = atlas::nearestMuscleIds(*kb, wanted->id);
    if (!near.empty()) {
      message += "; did you mean: ";
      for (std::size_t i = 0; i < near.size(); ++i) message += (i ? ", " : "") + near[i];
      message += "?";
    }
    return fail(message, kExitBadInput);
  }

  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return fail(body.error().message, kExitFailure);
  const atlas::SkinMap& skin = *body->skin;
  atlas::PainDrawing drawing;
  drawing.regions = options.regions;
  const std::vector<float> pain = atlas::rasterisePain(skin, drawing);

  // The muscle's trigger points that explain this pain, on the side given or the side that
  // explains it best.
  const atlas::PainLookup lookup(skin, *kb);
  const std::vector<atlas::LookupResult> ranked = lookup.rank(pain, 1000);
  const auto match = std::find_if(ranked.begin(), ranked.end(), [&](const atlas::LookupResult& r) {
    return r.muscle == muscle->id && (wanted->side.empty() || r.side == wanted->side);
  });
  std::string side = wanted->side;
  std::vector<const atlas::TriggerPoint*> points;
  if (match != ranked.end()) {
    side = match->side;
    for (const std::string& id : match->triggerPoints) points.push_back(kb->findTriggerPoint(id));
  } else {
    std::cerr << "myoatlas handout: note: no trigger point of " << muscle->id
              << " refers pain to these regions; the handout shows its first trigger point\n";
    points.push_back(&muscle->triggerPoints.front());
  }
  if (side.empty()) side = options.regions.front().starts_with("right_") ? "right" : "left";

  Result<std::unique_ptr<Context>> context = createContext({.kind = ContextKind::Headless});
  if (!context) return fail(context.error().message, kExitFailure);

  // 1. The pain drawing, with enough of the body around it to see where it is.
  atlas::AtlasView painView;
  painView.pain = pain;
  painView.display.layers[static_cast<int>(atlas::Layer::Skin)].visible = true;
  const FieldExtent painExtent = extentOf(skin, pain);
  Result<Image> painPicture = renderPicture(*body, *kb, painView, viewFacing(painExtent.facing),
                                            frameAround(painExtent.points, 1.6f, 0.3f), 600, 690);
  if (!painPicture) return fail(painPicture.error().message, kExitFailure);

  // 2. The pattern on the skin, with the trigger points marked.
  atlas::AtlasView patternView;
  for (const atlas::TriggerPoint* point : points) patternView.patterns.push_back({point, side});
  patternView.markers = true;
  patternView.display.layers[static_cast<int>(atlas::Layer::Skin)].visible = true;
  std::vector<glm::vec3> markers;
  for (const atlas::TriggerPoint* point : points)
    if (auto placed = atlas::placeTriggerPoint(body->scene, body->index, *muscle, *point, side, &skin.surface()))
      markers.push_back(placed->position);
  std::vector<float> heat;
  for (const glm::vec2& h : atlas::skinHeat(*body, patternView)) heat.push_back(std::max(h.x, h.y));
  FieldExtent patternExtent = extentOf(skin, heat);
  patternExtent.points.insert(patternExtent.points.end(), markers.begin(), markers.end());
  Result<Image> patternPicture = renderPicture(*body, *kb, patternView, viewFacing(patternExtent.facing),
                                               frameAround(patternExtent.points, 1.3f, 0.12f), 800, 600);
  if (!patternPicture) return fail(patternPicture.error().message, kExitFailure);

  // 3. The muscle itself, its trigger points marked, seen from the side it faces.
  atlas::AtlasView muscleView = patternView;
  muscleView.display.selection.push_back({muscle->id, side});
  // Peeled down to the muscle's own layer, so that a deep muscle is seen, not guessed through
  // ghosts; the others dimmed, so that the one meant stands out among its neighbours.
  muscleView.display.peel = muscle->layer;
  muscleView.display.dimOthers = true;
  std::vector<glm::vec3> musclePoints = markers;
  for (int node : body->index.find(muscle->id, side))
    for (int part : body->scene.nodes[node].parts)
      for (const glm::vec3& p : body->scene.parts[part].mesh.positions)
        musclePoints.push_back(glm::vec3(body->scene.nodes[node].world * glm::vec4(p, 1.0f)));
  // The way the muscle faces out of the body: the skin normals nearest to its surface, averaged.
  glm::vec3 muscleFacing(0.0f);
  constexpr std::size_t kEveryNth = 7;  // a sample of the muscle's vertices is plenty
  for (std::size_t i = 0; i < musclePoints.size(); i += kEveryNth) {
    const std::uint32_t nearest = skin.surface().nearestVertex(musclePoints[i]);
    if (nearest < skin.mesh().normals.size()) muscleFacing += skin.mesh().normals[nearest];
  }
  if (glm::length(muscleFacing) == 0.0f) muscleFacing = patternExtent.facing;
  Result<Image> musclePicture = renderPicture(*body, *kb, muscleView, viewFacing(muscleFacing),
                                              frameAround(musclePoints, 1.15f, 0.12f), 800, 600);
  if (!musclePicture) return fail(musclePicture.error().message, kExitFailure);

  atlas::HandoutPage page;
  page.date = options.date.empty() ? atlas::todayIso() : options.date;
  page.painDrawing = std::move(*painPicture);
  page.painCaption = "Where it hurts: " + regionNames(*kb, options.regions);
  page.muscleName = muscle->names.common + ", " + side + " side";
  for (const atlas::TriggerPoint* point : points) {
    page.triggerPoints.push_back(point->name);
    page.pattern += (page.pattern.empty() ? "" : " ") + point->referral.description;
  }
  page.views.push_back({std::move(*musclePicture), "The muscle (highlighted) and its trigger point (yellow dot)"});
  page.views.push_back({std::move(*patternPicture), "Where this trigger point sends pain: red, the usual zone; lighter, where some people feel it"});
  page.selfCare = muscle->techniques.selfCare.steps;
  if (std::any_of(page.selfCare.begin(), page.selfCare.end(), [](const std::string& step) { return atlas::isStretchStep(step); }))
    page.stretchNote = atlas::assistedStretchingNoteForClients();
  page.notes = options.notes;
  // A target that cannot be written is the user's to fix, as in every command (docs/robustness.md).
  if (Status written = atlas::writeHandout(page, output); !written) return fail(written.error().message, kExitBadInput);
  std::cout << "wrote " << output.string() << " (" << muscle->names.common << ", " << side << " side)\n";
  return kExitOk;
}

}  // namespace

void addHandoutCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<HandoutOptions>();
  CLI::App* command = app.add_subcommand(
      "handout", "Write a one-page A4 handout for the client (PDF or PNG): the pain drawing, the likely muscle with "
                 "its trigger point and pattern, self-care, the date and room for notes.");
  command->add_option("--region", options->regions, "Where it hurts: region ids of `myoatlas regions`, comma-separated")
      ->required()
      ->delimiter(',')
      ->type_name("ID[,ID...]");
  command->add_option("--muscle", options->muscle,
                      "The muscle to explain: its id, with .left or .right for the side (default: the side whose "
                      "trigger points explain the pain best)")
      ->required()
      ->type_name("ID[.side]");
  command->add_option("-o,--output", options->output, "The file to write: .pdf (one page) or .png (150 dpi); replaced atomically")
      ->required()
      ->type_name("FILE.pdf|FILE.png");
  command->add_option("--notes", options->notes, "Text to print in the therapist's notes (default: empty lines to write on)");
  command->add_option("--date", options->date, "The date printed on the page (default: today, YYYY-MM-DD)")->type_name("DATE");
  command->footer("Exit status: 0 written, 2 an unknown region or muscle, a bad date or file name, or an output that cannot be "
                  "written, 1 rendering failed.");
  command->callback([&action, options] { action = [options] { return runHandout(*options); }; });
}

}  // namespace myo::cli
