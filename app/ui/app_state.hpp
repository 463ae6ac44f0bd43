#pragma once
// Everything the window shows and remembers during a run, in one plain struct the App owns and
// lends to its panels. No GL, no ImGui: the state dump and the unit tests read it as it is.

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/assessment_scoring.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/atlas/quiz.hpp"
#include "myo/atlas/session.hpp"
#include "myo/atlas/structure_index.hpp"
#include "myo/engine/camera.hpp"
#include "label_state.hpp"
#include "probe_state.hpp"
#include "settings.hpp"
#include "tour_state.hpp"
#include "zone_edit_state.hpp"

namespace myo::ui {

enum class CardTab { Anatomy, TriggerPoints, ReferredPain, Techniques, Assessment, Sources };

constexpr EnumTable<CardTab, 6> enumNames(CardTab) {
  return {{
      {CardTab::Anatomy, "anatomy"},
      {CardTab::TriggerPoints, "trigger_points"},
      {CardTab::ReferredPain, "referred_pain"},
      {CardTab::Techniques, "techniques"},
      {CardTab::Assessment, "assessment"},
      {CardTab::Sources, "sources"},
  }};
}

// A referred-pain pattern kept on the heat map while the selection changes.
struct PinnedPattern {
  std::string triggerPoint;         // "trapezius/tp1", or a muscle id for all of its points
  std::optional<atlas::Side> side;  // missing: on both sides
};

// A widget's place on screen, in window coordinates, so that scripts and tests can find it.
struct ScreenRect {
  float x = 0, y = 0, width = 0, height = 0;
};

// The pain drawing the therapist makes with the client ("where does it hurt"), the muscles that
// explain it best, and the client session it belongs to. The rasterised field is view.pain.
struct PainState {
  bool paintMode = false;  // a click or drag on the body paints instead of selecting
  bool eraser = false;
  float radiusCm = 3.0f;   // the brush, measured over the skin
  float intensity = 1.0f;  // 0..1
  atlas::PainDrawing drawing;
  std::vector<atlas::LookupResult> drawn;       // every muscle the drawing touches, by the drawing alone
  std::vector<atlas::LookupResult> candidates;  // best first, the assessment applied
  std::vector<std::vector<std::string>> candidateReasons;  // parallel to candidates, in words
  std::optional<std::size_t> chosenCandidate;   // index into candidates, shown on the body
  // The assessment of the session (docs/assessment.md): codes as ../shared/assessment.md writes them.
  std::string client;
  std::optional<int> painScore;  // 0-10; unset: not rated
  std::vector<std::string> intake;
  std::vector<std::string> findings;
  std::vector<atlas::FoundTriggerPoint> triggerPointsFound;
  std::vector<atlas::TechniqueWarning> warnings;  // for the listed candidates
  std::vector<atlas::ReferAdvice> refer;          // red flags and stops: the banner
  bool assessmentEdited = false;  // changed in the Assessment panel since the last autosave
  std::string notes;
  std::string sessionFile;     // the path field: where Save writes and Open reads
  bool sessionFileFocused = false;  // the path field has the keyboard
  std::string sessionMessage;  // what the last save, open or export did, or why it failed
  bool sessionMessageIsError = false;
  bool openSessionAtStart = false;  // `myoatlas view FILE.myosession`: open sessionFile in the first frame
  bool autosaveOffered = false;  // an autosave from an earlier run waits to be recovered or discarded
};

// What the window showed before a quiz round took the body over, put back when the round ends.
struct ViewBeforeQuiz {
  atlas::AtlasView view;
  std::optional<std::string> chosenTriggerPoint;
  bool showSelectionPattern = false;
  std::vector<PinnedPattern> pinnedPatterns;
  bool skinShownForHeat = false;
  bool paintMode = false;
  CardTab tab = CardTab::Anatomy;
  std::optional<ViewPreset> lastPreset;
  OrbitCamera camera;
};

// A quiz round (app/atlas/quiz.hpp) in the window: the round, what it paints, and the view to go
// back to.
struct QuizState {
  std::optional<atlas::Quiz> round;     // in play, or finished with its summary showing
  std::string message;                  // why the last Start did not start a round
  std::string notice;                   // about the last click on the body ("that is the skin ...")
  std::optional<PinnedPattern> pattern;  // what the question paints: the only pattern, no markers
  std::optional<std::size_t> reviewing;  // the mistake of the summary shown again on the body
  std::optional<ViewBeforeQuiz> before;  // set while the quiz has the body
  // Which muscles lie under which in the body, for "what lies deep to ...?" questions: measured on
  // the first round that asks them (about a second) and kept; the round points into it.
  std::shared_ptr<const atlas::MuscleDepthOrder> depth;

  // A question is waiting for its answer: nothing on screen may name the muscle.
  bool hidesNames() const { return round && round->questionOpen(); }
};

// "Explain to the client" (C): the chosen pattern drawn as a chart over the client's own drawing,
// on an opaque skin with a window onto the muscle (heat_patterns.cpp applies it); the layers as
// they were are put back when it ends.
struct ClientViewState {
  bool on = false;
  std::array<atlas::LayerSetting, 5> layersBefore{};
  bool dimOthersBefore = false;
};

// A text or a row of widgets as wide as it needs to be against the room it was given, in pixels:
// more than the room is cut by the edge of its window (text_fit.cpp measures them).
struct TextFit {
  std::string where;  // the window ("##left"), or a named text ("muscle_group_neck")
  float needed = 0.0f;
  float available = 0.0f;
};

// The left column shows one section at a time (panel_columns.cpp).
struct LeftColumnState {
  std::string shown;                  // the section shown; empty: the first
  std::vector<std::string> sections;  // the buttons, in order
  std::string drawing;                // while the column draws: the section the recorded widgets belong to
  // The section each widget was last drawn in: scripts open it to reach a widget of a hidden one.
  std::map<std::string, std::string> widgetSections;
};

struct AppState {
  atlas::AtlasView view;  // what the 3D scene shows: display state, patterns, markers
  Settings settings;
  std::optional<std::string> settingsWarning;  // the settings file was damaged and is left alone
  std::string modelLabel;

  std::optional<ViewPreset> lastPreset = ViewPreset::Anterior;  // unset once the user orbits

  std::string searchText;
  bool focusSearch = false;  // put the keyboard in the search box on the next frame
  bool searchFocused = false;  // the search box has the keyboard
  std::vector<std::string> searchResults;  // muscle ids, best first

  CardTab tab = CardTab::Anatomy;
  std::optional<std::string> chosenTriggerPoint;  // of the selected muscle: its pattern and marker
  bool showSelectionPattern = false;              // every pattern of the selected muscle
  std::vector<PinnedPattern> pinnedPatterns;
  bool skinShownForHeat = false;  // the skin was turned on to carry a heat map, and goes with it

  PainState pain;
  ZoneEditState zoneEdit;
  // Counts the referrals saved from the window (the zone editor): what was computed from the
  // knowledge base before (the pain lookup) is computed again.
  std::uint64_t knowledgeRevision = 0;
  ClientViewState clientView;
  TourState tour;
  PresenterState presenter;
  QuizState quiz;
  LabelState labels;  // names on the body (the selection's, a layer's, a tour step's)

  bool helpVisible = false;
  bool aboutTriggerPointsVisible = false;  // Help → About trigger points
  std::string lastScreenshot;
  std::string statusMessage;  // a short notice at the bottom of the 3D view
  double statusUntil = 0.0;   // glfwGetTime() when the notice goes

  std::optional<atlas::StructureInfo> hovered;
  std::optional<ProbeShown> probe;  // the palpation probe's stack, while its key (D) is held over the body
  bool cameraMoving = false;
  std::map<std::string, ScreenRect> widgets;
  LeftColumnState leftColumn;
  std::vector<TextFit> textFits;  // this frame's
  // Texts that hold for every card (the PNF method, the licensing note) and the background window,
  // as drawn this frame: the state file reports them so tests read what the window shows.
  std::map<std::string, std::string> shownTexts;
};

}  // namespace myo::ui
