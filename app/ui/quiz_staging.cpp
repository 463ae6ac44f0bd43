#include "quiz_staging.hpp"

#include <algorithm>

#include "heat_patterns.hpp"
#include "myo/atlas/structure_bounds.hpp"
#include "myo/atlas/view_choice.hpp"

namespace myo::ui {

namespace {

// Room around a highlighted muscle or a painted pattern: the subject fills most of the view (a
// class reads it from the back of the room), with a little of the body around it.
constexpr float kMuscleFrameMargin = 1.35f;
constexpr float kPatternFrameMargin = 1.1f;  // paintedFrame leaves room already
// See-through enough that clicks pass through the skin to the muscles (picking skips items under
// half opacity), with the pain still on it.
constexpr float kSkinOverMusclesToClick = 0.35f;
constexpr float kPatternFrameAtLeast = 0.4f;  // metres across: a small patch with the limb or face around it

ViewBeforeQuiz remember(const PanelContext& context) {
  const AppState& state = context.state;
  ViewBeforeQuiz before;
  before.view = state.view;
  before.chosenTriggerPoint = state.chosenTriggerPoint;
  before.showSelectionPattern = state.showSelectionPattern;
  before.pinnedPatterns = state.pinnedPatterns;
  before.skinShownForHeat = state.skinShownForHeat;
  before.paintMode = state.pain.paintMode;
  before.tab = state.tab;
  before.lastPreset = state.lastPreset;
  before.camera = context.commands.camera();
  return before;
}

// Only what the question needs: no other pattern, pain drawing or selection on the body.
void clearTheBody(AppState& state) {
  state.view.display = atlas::DisplayState{};
  state.view.pain.clear();
  state.chosenTriggerPoint.reset();
  state.showSelectionPattern = false;
  state.pinnedPatterns.clear();
  state.skinShownForHeat = false;
  state.pain.paintMode = false;  // a click answers, it does not paint
  state.quiz.pattern.reset();
  state.quiz.notice.clear();
}

void facePattern(PanelContext& context, const atlas::QuizQuestion& question, bool withMuscle) {
  if (context.kb == nullptr) return;
  Result<std::vector<atlas::TriggerPointOnSide>> points =
      atlas::resolveTriggerPoints(*context.kb, question.triggerPoint, atlas::showing(question.side));
  if (!points) return;
  atlas::AtlasView painted;
  painted.patterns = *points;
  Bounds box = atlas::paintedFrame(context.atlas, painted);
  if (withMuscle && !box.empty()) {
    const Bounds muscle = atlas::structureBounds(context.atlas.scene, context.atlas.index, question.muscle, question.side);
    if (!muscle.empty()) box.add(muscle);
  }
  if (box.empty()) return;
  const glm::vec3 grow = glm::max(glm::vec3(0.0f), glm::vec3(kPatternFrameAtLeast) - box.size()) * 0.5f;
  box.add(box.min - grow);
  box.add(box.max + grow);
  context.commands.lookAt(atlas::viewFacingPainted(context.atlas, painted), box, kPatternFrameMargin);
}

// The muscle the question shows: the subject of "what lies deep to ...?", or else the answer.
void faceMuscle(PanelContext& context, const atlas::QuizQuestion& question) {
  const Scene& scene = context.atlas.scene;
  const std::string& shown = question.subject.empty() ? question.muscle : question.subject;
  const Bounds box = atlas::structureBounds(scene, context.atlas.index, shown, question.side);
  if (!box.empty())
    context.commands.lookAt(atlas::viewFacingStructure(scene, context.atlas.index, shown, question.side), box,
                            kMuscleFrameMargin);
}

}  // namespace

void startQuizRound(PanelContext& context, const atlas::QuizOptions& options) {
  QuizState& quiz = context.state.quiz;
  if (context.kb == nullptr) {
    quiz.message = "This model has no muscle cards to ask about.";
    return;
  }
  const bool asksDepth = options.mode == atlas::QuizMode::Study
                            ? std::any_of(options.studyKinds.begin(), options.studyKinds.end(), atlas::needsDepthOrder)
                            : atlas::needsDepthOrder(options.mode);
  if (asksDepth && !quiz.depth && context.atlas.index.isBody())
    quiz.depth = std::make_shared<const atlas::MuscleDepthOrder>(atlas::MuscleDepthOrder::fromBody(context.atlas));
  Result<atlas::Quiz> round = atlas::Quiz::start(*context.kb, options, quiz.depth.get());
  if (!round) {
    quiz.message = round.error().message;
    return;
  }
  quiz.message.clear();
  if (!quiz.before) quiz.before = remember(context);
  quiz.round = std::move(*round);
  quiz.reviewing.reset();
  showQuizQuestion(context, quiz.round->question(), false);
}

void showQuizQuestion(PanelContext& context, const atlas::QuizQuestion& question, bool revealed) {
  AppState& state = context.state;
  const bool sameQuestion = revealed && state.quiz.round && &question == &state.quiz.round->question();
  clearTheBody(state);
  atlas::DisplayState& display = state.view.display;
  atlas::LayerSetting& skin = display.layers[static_cast<int>(atlas::Layer::Skin)];
  if (question.mode == atlas::QuizMode::ReferredPain && !revealed) {
    // The pain alone on an opaque skin: no muscle under it, nor one poking through it in red.
    skin = {true, 1.0f};
    for (int l = static_cast<int>(atlas::Layer::Superficial); l <= static_cast<int>(atlas::Layer::Bone); ++l)
      display.layers[l].visible = false;
    state.quiz.pattern = PinnedPattern{question.triggerPoint, question.side};
  } else if (question.mode == atlas::QuizMode::ReferredPain && context.kb != nullptr) {
    skin = {true, 1.0f};
    showUnderThePain(state, *context.kb, {question.muscle, question.side}, question.triggerPoint);
  } else if (!question.clue.empty() && !revealed) {
    // A question in words: the muscles bare to click one, none singled out (that would answer it).
    skin.visible = false;
  } else if (!question.subject.empty() && !revealed) {
    display.selection.assign(1, {question.subject, question.side});
    display.xray = true;  // what lies under it shows through the ghosts of what lies over it
  } else {
    display.selection.assign(1, {question.muscle, question.side});
    display.xray = true;  // the layers over the muscle are ghosts, so it shows wherever it lies
  }
  // A name question's answer is shown where the student was already looking; a pattern's answer
  // brings its trigger point, often far from the pain, into the picture; a question in words turns
  // to its answer once given.
  if (question.mode == atlas::QuizMode::ReferredPain) facePattern(context, question, revealed);
  else if (!question.clue.empty()) {
    if (revealed) faceMuscle(context, question);
  } else if (!sameQuestion) faceMuscle(context, question);
  context.commands.sceneChanged();
}

void showMusclesUnderQuizPain(PanelContext& context) {
  atlas::DisplayState& display = context.state.view.display;
  display.layers[static_cast<int>(atlas::Layer::Skin)] = {true, kSkinOverMusclesToClick};
  for (int l = static_cast<int>(atlas::Layer::Superficial); l <= static_cast<int>(atlas::Layer::Bone); ++l)
    display.layers[l].visible = true;
  context.commands.sceneChanged();
}

void restoreViewBeforeQuiz(PanelContext& context) {
  AppState& state = context.state;
  state.quiz.pattern.reset();
  state.quiz.reviewing.reset();
  if (!state.quiz.before) return;
  const ViewBeforeQuiz& before = *state.quiz.before;
  state.view = before.view;
  state.chosenTriggerPoint = before.chosenTriggerPoint;
  state.showSelectionPattern = before.showSelectionPattern;
  state.pinnedPatterns = before.pinnedPatterns;
  state.skinShownForHeat = before.skinShownForHeat;
  state.pain.paintMode = before.paintMode;
  state.tab = before.tab;
  context.commands.moveCamera(before.camera);
  state.lastPreset = before.lastPreset;
  context.commands.sceneChanged();
}

void closeQuiz(PanelContext& context) {
  restoreViewBeforeQuiz(context);
  context.state.quiz.before.reset();
  context.state.quiz.round.reset();
  context.state.quiz.notice.clear();
}

}  // namespace myo::ui
