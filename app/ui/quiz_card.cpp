#include "quiz_card.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "quiz_staging.hpp"
#include "quiz_words.hpp"
#include "structure_names.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr float kChoiceHeightInLines = 2.2f;

void colouredWrapped(const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

void QuizCard::draw(PanelContext& context) {
  QuizState& quiz = context.state.quiz;
  if (!quiz.round || context.kb == nullptr) return;
  ImGui::PushFont(context.fonts.heading);
  ImGui::TextUnformatted(quiz.round->finished() ? "Quiz: the round is over" : "Quiz");
  ImGui::PopFont();
  drawScore(context);
  ImGui::Separator();
  if (quiz.round->finished()) {
    drawSummary(context);
  } else {
    drawQuestion(context);
    drawChoices(context);
    drawFeedback(context);
  }
  ImGui::Separator();
  ImGui::Spacing();
}

void QuizCard::drawScore(PanelContext& context) {
  const atlas::Quiz& round = *context.state.quiz.round;
  const atlas::QuizScore& score = round.score();
  if (!round.finished()) {
    ImGui::Text("Question %d of %d", round.number(), round.length());
    sameLineIfItFits("Score 00 / 00");
  }
  ImGui::Text("Score %d / %d", score.right, score.asked);
  recordLastItem(context.state, "quiz_score");
  sameLineIfItFits("Streak 00   Best 00");
  ImGui::Text("Streak %d   Best %d", score.streak, score.bestStreak);
}

void QuizCard::drawQuestion(PanelContext& context) {
  const atlas::QuizQuestion& question = context.state.quiz.round->question();
  ImGui::PushFont(context.fonts.heading);
  ImGui::TextWrapped("%s", quizQuestionTitle(*context.kb, question).c_str());
  ImGui::PopFont();
  recordLastItem(context.state, "quiz_question");
  const std::string side(atlas::toString(question.side));
  if (question.mode == atlas::QuizMode::ReferredPain) {
    hint("The pain of one trigger point, on the " + side +
         " side: solid where nearly everyone feels it, dotted where some do.");
  } else if (!question.clue.empty()) {
    ImGui::TextWrapped("%s", (quizClueLead(question.mode) + question.clue).c_str());
    recordLastItem(context.state, "quiz_clue");
    hint("From the muscle's card; ____ stands for its own name.");
  } else if (!question.subject.empty()) {
    hint("The highlighted muscle, on the " + side + " side, with the muscles over it see-through. " +
         (question.mode == atlas::QuizMode::DeepTo ? "Which one lies under it?" : "Which one lies over it?"));
  } else {
    hint("The highlighted muscle, on the " + side + " side; the muscles over it are see-through.");
  }
}

void QuizCard::drawChoices(PanelContext& context) {
  AppState& state = context.state;
  atlas::Quiz& round = *state.quiz.round;
  const atlas::QuizQuestion& question = round.question();
  const std::optional<atlas::QuizAnswer>& answer = round.answer();
  const ImVec2 size(-1.0f, ImGui::GetTextLineHeightWithSpacing() * kChoiceHeightInLines);
  for (std::size_t i = 0; i < atlas::kQuizChoices; ++i) {
    const std::string& id = question.choices[i];
    if (id.empty()) continue;
    ImGui::PushID(static_cast<int>(i));
    // Once answered: the right answer green, a wrong choice red, the rest as they were.
    int colours = 0;
    if (answer && (id == question.muscle || id == answer->muscle)) {
      const ImVec4 colour = id == question.muscle ? kRightColour : kWrongColour;
      for (ImGuiCol which : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive})
        ImGui::PushStyleColor(which, colour);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 1.0f, 1.0f, 1.0f));
      colours = 4;
    }
    const std::string label = choiceLabel(*context.kb, question, i);
    ImGui::BeginDisabled(answer.has_value() && colours == 0);
    if (ImGui::Button(label.c_str(), size) && round.answerChoice(i)) answered(context);
    ImGui::EndDisabled();
    recordLastItem(state, "quiz_choice_" + std::to_string(i));
    if (colours > 0) ImGui::PopStyleColor(colours);
    ImGui::PopID();
  }
  if (!answer) {
    const bool pain = question.mode == atlas::QuizMode::ReferredPain;
    const bool musclesShown = state.view.display.layers[static_cast<int>(atlas::Layer::Superficial)].visible;
    if (pain && !musclesShown) {
      hint("Keys 1 to 4 answer too. To answer by clicking the muscle on the body, show the muscles:");
      if (ImGui::Button("Show the muscles under the pain")) showMusclesUnderQuizPain(context);
      recordLastItem(state, "quiz_show_muscles");
    } else {
      hint("Keys 1 to 4 answer too, or click the muscle on the body.");
    }
    if (!state.quiz.notice.empty()) hint(state.quiz.notice);
    // Esc, or a layer turned off, may have taken the question off the body.
    const auto& selection = state.view.display.selection;
    const std::string& highlighted = question.subject.empty() ? question.muscle : question.subject;
    const bool inWords = !question.clue.empty();  // nothing on the body to lose
    const bool shown = pain      ? state.quiz.pattern.has_value()
                       : inWords ? true
                                 : !selection.empty() && selection.front().id == highlighted;
    if (!shown && ImGui::SmallButton("Show the question on the body again")) showQuizQuestion(context, question, false);
  }
}

void QuizCard::drawFeedback(PanelContext& context) {
  AppState& state = context.state;
  const atlas::Quiz& round = *state.quiz.round;
  if (!round.answer()) return;
  const atlas::QuizQuestion& question = round.question();
  const QuizFeedbackWords words = quizFeedbackWords(*context.kb, question, *round.answer());
  ImGui::Spacing();
  ImGui::PushFont(context.fonts.heading);
  colouredWrapped(words.right ? kRightColour : kWrongColour, words.headline);
  ImGui::PopFont();
  recordLastItem(state, "quiz_feedback");
  for (const std::string& line : words.lines) ImGui::TextWrapped("%s", line.c_str());
  if (question.mode == atlas::QuizMode::ReferredPain) hint("Its trigger point is marked on the muscle; its card is below.");
  const bool last = round.number() >= round.length();
  if (ImGui::Button(last ? "See the results (Enter)" : "Next question (Enter)")) next(context);
  recordLastItem(state, "quiz_next");
  ImGui::SameLine();
  if (ImGui::Button("End the quiz")) closeQuiz(context);
  recordLastItem(state, "quiz_end");
}

void QuizCard::drawSummary(PanelContext& context) {
  AppState& state = context.state;
  QuizState& quiz = state.quiz;
  const atlas::Quiz& round = *quiz.round;
  const atlas::QuizScore& score = round.score();
  ImGui::PushFont(context.fonts.heading);
  ImGui::Text("%d of %d right", score.right, score.asked);
  ImGui::PopFont();
  hint(quizModeTitle(round.options().mode));
  if (round.mistakes().empty()) {
    colouredWrapped(kRightColour, "No mistakes: well done.");
  } else {
    subheading("Mistakes (click one to see it again)");
    for (std::size_t i = 0; i < round.mistakes().size(); ++i) {
      const atlas::QuizMistake& mistake = round.mistakes()[i];
      ImGui::PushID(static_cast<int>(i));
      const std::string answered = answeredWords(*context.kb, mistake.answer);
      // One selectable row of three lines, with the answers in the colours of right and wrong.
      const ImVec2 start = ImGui::GetCursorPos();
      const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
      // A quiet highlight: the red and green lines must stay readable on it.
      ImGui::PushStyleColor(ImGuiCol_Header, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
      ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
      ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
      const bool clicked = ImGui::Selectable("##mistake", quiz.reviewing == i, ImGuiSelectableFlags_AllowItemOverlap,
                                             ImVec2(0.0f, lineHeight * 3.0f - ImGui::GetStyle().ItemSpacing.y));
      ImGui::PopStyleColor(3);
      if (clicked) {
        showQuizQuestion(context, mistake.question, true);
        quiz.reviewing = i;
      }
      recordLastItem(state, "quiz_review_" + std::to_string(i));
      const ImVec2 end = ImGui::GetCursorPos();
      ImGui::SetCursorPos(start);
      ImGui::TextUnformatted(mistakeTitle(mistake).c_str());
      ImGui::TextColored(kWrongColour, "   You: %s", answered.c_str());
      ImGui::TextColored(kRightColour, "   Answer: %s", muscleName(*context.kb, mistake.question.muscle).c_str());
      ImGui::SetCursorPos(end);
      ImGui::PopID();
    }
  }
  ImGui::Spacing();
  if (ImGui::Button("Another round")) {
    atlas::QuizOptions options = round.options();
    options.seed = options.seed * 6364136223846793005ULL + 1442695040888963407ULL;  // the next round differs
    restoreViewBeforeQuiz(context);
    quiz.before.reset();
    startQuizRound(context, options);
    return;
  }
  recordLastItem(state, "quiz_again");
  ImGui::SameLine();
  if (ImGui::Button("Close")) closeQuiz(context);
  recordLastItem(state, "quiz_close");
}

void QuizCard::answered(PanelContext& context) {
  const atlas::Quiz& round = *context.state.quiz.round;
  context.state.quiz.notice.clear();
  showQuizQuestion(context, round.question(), true);
}

void QuizCard::next(PanelContext& context) {
  atlas::Quiz& round = *context.state.quiz.round;
  round.next();
  if (round.finished()) restoreViewBeforeQuiz(context);
  else showQuizQuestion(context, round.question(), false);
}

bool QuizCard::takeSceneClick(PanelContext& context, const SceneClick& click) {
  QuizState& quiz = context.state.quiz;
  if (!quiz.hidesNames()) return false;
  if (!click.structure) {
    quiz.notice = "That click missed the body.";
  } else if (click.structure->kind != atlas::StructureKind::Muscle) {
    quiz.notice = click.structure->kind == atlas::StructureKind::Skin
                      ? "That is the skin: show the muscles under the pain to click one, or choose a name."
                      : "That is a bone: click a muscle, or choose a name.";
  } else if (quiz.round->answerMuscle(click.structure->id, click.structure->side)) {
    answered(context);
  }
  return true;  // while a question is open a click never selects: it would name the muscle
}

bool QuizCard::takeKey(PanelContext& context, int key, int mods) {
  QuizState& quiz = context.state.quiz;
  if (!quiz.round || quiz.round->finished() || mods != 0) return false;
  if (quiz.round->questionOpen()) {
    int choice = -1;
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_4) choice = key - GLFW_KEY_1;
    if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_4) choice = key - GLFW_KEY_KP_1;
    if (choice < 0) return false;
    if (quiz.round->answerChoice(static_cast<std::size_t>(choice))) answered(context);
    return true;
  }
  if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER || key == GLFW_KEY_N) {
    next(context);
    return true;
  }
  return false;
}

}  // namespace myo::ui
