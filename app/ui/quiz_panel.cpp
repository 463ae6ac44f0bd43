#include "quiz_panel.hpp"

#include <imgui.h>

#include <random>

#include "quiz_staging.hpp"
#include "quiz_words.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr int kFewestQuestions = 3;
constexpr int kMostQuestions = 40;
constexpr int kStudyMode = 2;  // the third radio button

const char* studyKindLabel(atlas::QuizMode kind) {
  switch (kind) {
    case atlas::QuizMode::Origin: return "Origin";
    case atlas::QuizMode::Insertion: return "Insertion";
    case atlas::QuizMode::Action: return "Action";
    case atlas::QuizMode::Nerve: return "Nerve";
    case atlas::QuizMode::DeepTo: return "Deep to";
    case atlas::QuizMode::SuperficialTo: return "Superficial to";
    default: return "";
  }
}
constexpr std::array kLayers{atlas::Layer::Superficial, atlas::Layer::Intermediate, atlas::Layer::Deep};

}  // namespace

void QuizPanel::draw(PanelContext& context) {
  AppState& state = context.state;
  if (context.kb == nullptr || !context.atlas.index.isBody()) {
    hint("The quiz asks about the muscles of the atlas body; this model has none.");
    return;
  }
  if (state.quiz.round && !state.quiz.round->finished()) {
    const atlas::Quiz& round = *state.quiz.round;
    ImGui::TextWrapped("A round is on beside the body: question %d of %d.", round.number(), round.length());
    if (ImGui::Button("Cancel the quiz")) closeQuiz(context);
    recordLastItem(state, "quiz_cancel");
    return;
  }
  radioRow({"Which muscle refers pain here?", "Name this muscle", "Study: origin, action, nerve, layers"}, mode_);
  recordLastItem(state, "quiz_mode_study");
  if (mode_ == kStudyMode) {
    for (std::size_t i = 0; i < atlas::kStudyKinds.size(); ++i) {
      const char* label = studyKindLabel(atlas::kStudyKinds[i]);
      if (i > 0) sameLineIfItFits(label, ImGui::GetFrameHeight());
      ImGui::Checkbox(label, &studyKinds_[i]);
      recordLastItem(state, "quiz_kind_" + std::string(atlas::toString(atlas::kStudyKinds[i])));
    }
  }
  subheading("Body areas");
  for (const auto& [area, id] : namesOf<atlas::BodyArea>()) {
    const auto index = static_cast<std::size_t>(area);
    if (index > 0) sameLineIfItFits(bodyAreaLabel(area), ImGui::GetFrameHeight());
    checkbox(bodyAreaLabel(area), &areas_[index]);
    recordLastItem(state, "quiz_area_" + std::string(id));
  }
  subheading("Layers");
  for (std::size_t i = 0; i < kLayers.size(); ++i) {
    const char* label = layerLabel(kLayers[i]);
    if (i > 0) sameLineIfItFits(label, ImGui::GetFrameHeight());
    checkbox(label, &layers_[i]);
    recordLastItem(state, "quiz_layer_" + std::string(atlas::layerName(kLayers[i])));
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderInt("##questions", &questions_, kFewestQuestions, kMostQuestions, "%d questions");
  recordLastItem(state, "quiz_length");
  if (ImGui::Button("Start the quiz")) {
    atlas::QuizOptions options;
    options.mode = mode_ == kStudyMode ? atlas::QuizMode::Study : static_cast<atlas::QuizMode>(mode_);
    options.studyKinds.clear();
    for (std::size_t i = 0; i < atlas::kStudyKinds.size(); ++i)
      if (studyKinds_[i]) options.studyKinds.push_back(atlas::kStudyKinds[i]);
    options.areas.clear();
    for (const auto& [area, id] : namesOf<atlas::BodyArea>())
      if (areas_[static_cast<std::size_t>(area)]) options.areas.push_back(area);
    options.layers.clear();
    for (std::size_t i = 0; i < kLayers.size(); ++i)
      if (layers_[i]) options.layers.push_back(kLayers[i]);
    options.questions = questions_;
    options.seed = std::random_device{}();  // a new round each time; tests pass a seed on the command line
    startQuizRound(context, options);
  }
  recordLastItem(state, "quiz_start");
  if (!state.quiz.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kWrongColour);
    ImGui::TextWrapped("%s", state.quiz.message.c_str());
    ImGui::PopStyleColor();
  }
  hint("Answer with the buttons beside the body, keys 1 to 4, or by clicking the muscle on the body.");
}

}  // namespace myo::ui
