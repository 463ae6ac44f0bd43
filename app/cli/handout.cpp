// `myoatlas handout --region ID[,...] --muscle ID[.side] -o FILE.pdf|FILE.png`: the one-page sheet
// for the client — the pain drawing, the likely muscle with its trigger point and pattern in two
// views, its self-care and room for the therapist's notes. The pictures are rendered
// headless by ui::renderHandout from the plan of atlas::planHandoutPictures, and laid out by
// atlas::writeHandout: the window's Handout button goes the same way.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "client_handout.hpp"
#include "commands.hpp"
#include "pain_input.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/handout_page.hpp"
#include "myo/atlas/handout_plan.hpp"
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

int handoutFailed(const Error& error) {
  std::cerr << "myoatlas handout: " << error.message << "\n";
  return exitCodeFor(error);
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
  if (extension != ".pdf" && extension != ".png") return handoutFailed(Error{"-o must name a .pdf or a .png file"});
  // Refuse an output that cannot be written before the user waits for the pictures.
  if (Status writable = checkReplaceable(output); !writable) return handoutFailed(writable.error());
  if (!options.date.empty() && !isCalendarDate(options.date))
    return handoutFailed(Error{"--date " + options.date + ": must be a date written YYYY-MM-DD (2026-03-14)"});
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return handoutFailed(kb.error());
  if (Status checked = checkRegionIds(*kb, options.regions); !checked) return handoutFailed(checked.error());
  const std::optional<atlas::StructureRef> wanted = atlas::parseStructureRef(options.muscle);
  if (!wanted) return handoutFailed(Error{"--muscle " + options.muscle + ": the side after the dot must be left or right"});
  const atlas::Muscle* muscle = kb->findMuscle(wanted->id);
  if (muscle == nullptr) {
    std::string message = "--muscle: no muscle '" + wanted->id + "' in the knowledge base";
    const std::vector<std::string> near = atlas::nearestMuscleIds(*kb, wanted->id);
    if (!near.empty()) message += atlas::didYouMean(near) + "?";
    return handoutFailed(Error{message});
  }

  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return handoutFailed(body.error());
  const atlas::SkinMap& skin = *body->skin;
  atlas::PainDrawing drawing;
  drawing.regions = options.regions;
  const std::vector<float> pain = atlas::rasterisePain(skin, drawing);

  // The muscle's trigger points that explain this pain, on the side given or the side that
  // explains it best.
  const atlas::PainLookup lookup(skin, *kb);
  const atlas::HandoutSubject subject =
      atlas::handoutSubject(lookup.rank(pain, 1000), *kb, *muscle, wanted->side,
                            atlas::splitRegionId(options.regions.front()).second.value_or(atlas::Side::Left));
  if (!subject.explainsThePain)
    std::cerr << "myoatlas handout: note: no trigger point of " << muscle->id
              << " refers pain to these regions; the handout shows its first trigger point\n";

  Result<std::unique_ptr<Context>> context = createContext({.kind = ContextKind::Headless});
  if (!context) return handoutFailed(context.error());
  Result<atlas::HandoutPage> page = ui::renderHandout(
      *body, *kb, subject, pain,
      atlas::handoutWords(subject, "Where it hurts: " + regionNames(*kb, options.regions), options.notes,
                          options.date.empty() ? atlas::todayIso() : options.date));
  if (!page) return handoutFailed(page.error());
  // A target that cannot be written is the user's to fix, as in every command (docs/robustness.md).
  if (Status written = atlas::writeHandout(*page, output); !written) return handoutFailed(written.error());
  std::cout << "wrote " << output.string() << " (" << muscle->names.common << ", " << atlas::toString(subject.side)
            << " side)\n";
  return kExitOk;
}

}  // namespace

void addHandoutCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<HandoutOptions>();
  CLI::App* command = app.add_subcommand(
      "handout", "Write an A4 handout for the client (PDF or PNG): the pain drawing, the likely muscle with "
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
