// `myoatlas [view] [FILE]`: the interactive window.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "commands.hpp"
#include "enum_option.hpp"
#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/session.hpp"
#include "myo/atlas/tour.hpp"
#include "myo/engine/context.hpp"
#include "viewer.hpp"

namespace myo::cli {

namespace {

// How --quiz spells a round's mode: shorter than the files' spellings (referred_pain, name_muscle).
constexpr EnumTable<atlas::QuizMode, 9> kQuizModeOptions{{
    {atlas::QuizMode::ReferredPain, "pain"},
    {atlas::QuizMode::NameMuscle, "name"},
    {atlas::QuizMode::Origin, "origin"},
    {atlas::QuizMode::Insertion, "insertion"},
    {atlas::QuizMode::Action, "action"},
    {atlas::QuizMode::Nerve, "nerve"},
    {atlas::QuizMode::DeepTo, "deep"},
    {atlas::QuizMode::SuperficialTo, "superficial"},
    {atlas::QuizMode::Study, "study"},
}};

struct ViewArguments {
  std::string file;
  std::string stateFile;
  std::string tourFile;
  bool present = false;
  std::string quiz;  // one of kQuizModeOptions: start a quiz round as the window opens
  std::vector<std::string> quizKinds;  // of kQuizModeOptions but study: what a study round mixes
  std::optional<std::uint64_t> quizSeed;
  int quizQuestions = 10;
};

std::optional<atlas::QuizOptions> quizOptions(const ViewArguments& args) {
  if (args.quiz.empty()) return std::nullopt;
  atlas::QuizOptions options;
  options.mode = parseIn(kQuizModeOptions, args.quiz).value_or(atlas::QuizMode::ReferredPain);
  if (!args.quizKinds.empty()) {
    options.studyKinds.clear();
    for (const std::string& kind : args.quizKinds)
      if (const std::optional<atlas::QuizMode> mode = parseIn(kQuizModeOptions, kind)) options.studyKinds.push_back(*mode);
  }
  options.questions = args.quizQuestions;
  options.seed = args.quizSeed.value_or(std::random_device{}());
  return options;
}

int runView(const ViewArguments& args) {
  if (!args.quizKinds.empty() && args.quiz != "study") {
    std::cerr << "myoatlas: --quiz-kinds chooses what a study round mixes: give it with --quiz study\n";
    return kExitBadInput;
  }
  if (std::find(args.quizKinds.begin(), args.quizKinds.end(), "study") != args.quizKinds.end()) {
    std::cerr << "myoatlas: --quiz-kinds lists the kinds a study round mixes (pain, name, origin, insertion, action, "
                 "nerve, deep, superficial), not study itself\n";
    return kExitBadInput;
  }
  // Said before anything about the display, so that a mistyped command (`myoatlas rendr`, taken as
  // a file to view) is told as such wherever it runs.
  std::error_code ec;
  if (!args.file.empty() && !std::filesystem::exists(args.file, ec)) {
    std::cerr << "myoatlas: " << args.file << ": no such file, nor a command (`myoatlas --help` lists the commands)\n";
    return kExitBadInput;
  }
  // A session is opened on the built-in body, in the pain-drawing panel; a damaged one is told here.
  const bool isSession = std::filesystem::path(args.file).extension() == ".myosession";
  if (isSession)
    if (Result<atlas::Session> session = atlas::openSession(args.file); !session) {
      std::cerr << "myoatlas: " << session.error().message << "\n";
      return exitCodeFor(session.error());
    }
  const std::string modelFile = isSession ? std::string() : args.file;
  // Cards and patterns need the knowledge base; an imported model is viewed without it.
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) std::cerr << "myoatlas: the muscle cards are not available: " << kb.error().message << "\n";
  // A tour is checked before anything about the display too: its author fixes it wherever they run it.
  std::optional<atlas::Tour> tour;
  if (!args.tourFile.empty()) {
    if (!kb) {
      std::cerr << "myoatlas: --tour " << args.tourFile << ": a tour needs the muscle cards, which did not load\n";
      return kExitFailure;
    }
    Result<atlas::Tour> opened = atlas::openTour(args.tourFile, *kb);
    if (!opened) {
      std::cerr << "myoatlas: " << opened.error().message << "\n";
      return exitCodeFor(opened.error());
    }
    tour = std::move(*opened);
  }
  if (!displayAvailable()) {
    std::cerr << "myoatlas: no display to open a window on (DISPLAY is unset). "
                 "Use `myoatlas render -o picture.png` to draw a picture headless instead.\n";
    return kExitFailure;
  }
  if (!args.stateFile.empty()) {
    const std::filesystem::path folder = std::filesystem::absolute(args.stateFile).parent_path();
    if (!std::filesystem::is_directory(folder)) {
      std::cerr << "myoatlas: --state-file: the folder " << folder.string() << " does not exist\n";
      return kExitBadInput;
    }
  }
  Result<Scene> scene = loadSceneOrDefault(modelFile);
  if (!scene) {
    std::cerr << "myoatlas: " << scene.error().message << "\n";
    return exitCodeFor(scene.error());
  }
  Result<atlas::AtlasScene> atlasScene = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
  if (!atlasScene) {
    std::cerr << "myoatlas: " << atlasScene.error().message << "\n";
    return exitCodeFor(atlasScene.error());
  }
  // Every step must be drawable on this scene: a custom model may lack a muscle a step names.
  // Said before the window opens, naming the step, as openTour does for what is wrong in the file.
  constexpr float kAnyAspect = 16.0f / 9.0f;
  if (tour)
    if (auto shows = atlas::stageTour(*tour, args.tourFile, *kb, *atlasScene, kAnyAspect); !shows) {
      std::cerr << "myoatlas: " << shows.error().message << "\n";
      return exitCodeFor(shows.error());
    }
  ui::ViewerOptions options;
  options.modelLabel = modelFile.empty() ? std::string("Built-in body") : std::filesystem::path(modelFile).filename().string();
  options.title = "MyoAtlas — " + options.modelLabel;
  options.stateFile = args.stateFile;
  options.tour = std::move(tour);
  options.tourFile = args.tourFile;
  options.present = args.present;
  options.quiz = quizOptions(args);
  if (isSession) options.session = args.file;
  if (Status shown = ui::runViewer(std::move(*atlasScene), kb ? &*kb : nullptr, std::move(options)); !shown) {
    std::cerr << "myoatlas: " << shown.error().message << "\n";
    return exitCodeFor(shown.error());
  }
  return kExitOk;
}

}  // namespace

void addViewCommand(CLI::App& app, Action& action) {
  auto args = std::make_shared<ViewArguments>();
  // `myoatlas FILE` and `myoatlas view FILE` are the same.
  app.add_option("file", args->file, "Model file to open in the viewer (default: the built-in body)")->type_name("FILE");
  CLI::App* command = app.add_subcommand("view", "Open the interactive viewer (the default command).");
  command->add_option("file", args->file, "Model file to open: glTF or any format Assimp reads (default: the built-in body), or a session "
                      "(.myosession), opened on the built-in body in the pain-drawing panel")
      ->type_name("FILE");
  command->add_option("--state-file", args->stateFile,
                      "Testing and scripting aid: keep the window's state (selection, card title and tab, layers, "
                      "peel, help, search, last screenshot, widget positions) as JSON in PATH, rewritten atomically "
                      "whenever it changes")
      ->type_name("PATH");
  command->add_option("--tour", args->tourFile,
                      "Open a guided tour (docs/tours.md) at its first step; the Tour panel steps through it. "
                      "A mistake in the file is reported, naming the step, before the window opens")
      ->type_name("FILE");
  command->add_flag("--present", args->present,
                    "Start in presenter mode: full screen, panels hidden, large captions; with --tour, at step 1. "
                    "F5 or Esc leaves it");
  command->add_option("--quiz", args->quiz,
                      "Start a quiz round as the window opens, over every body area and layer: pain (which muscle "
                      "refers pain here?), name (name this muscle), origin, insertion, action, nerve (which muscle "
                      "does the card describe?), deep, superficial (what lies deep / superficial to the muscle "
                      "shown?), or study (a mix of origin, insertion, action, nerve, deep and superficial; "
                      "--quiz-kinds chooses others)")
      ->check(oneOf(kQuizModeOptions))
      ->type_name("MODE");
  command->add_option("--quiz-kinds", args->quizKinds,
                      "With --quiz study: the kinds of question the round mixes, comma-separated "
                      "(for example origin,insertion,nerve)")
      ->delimiter(',')
      ->check(oneOf(kQuizModeOptions))
      ->type_name("LIST");
  command->add_option("--quiz-seed", args->quizSeed,
                      "The round's random seed: the same seed asks the same questions (one round for a whole class)")
      ->type_name("N");
  command->add_option("--quiz-questions", args->quizQuestions, "Questions in the round")
      ->check(CLI::Range(1, 200))
      ->capture_default_str();
  command->footer("Settings and the window layout are kept in $XDG_CONFIG_HOME/myoatlas/settings.json "
                  "(default ~/.config/myoatlas/settings.json). Screenshots (F12) go to ~/Pictures/MyoAtlas. "
                  "F1 in the window lists the shortcuts.\n");
  action = [args] { return runView(*args); };
  command->callback([&action, args] { action = [args] { return runView(*args); }; });
}

}  // namespace myo::cli
