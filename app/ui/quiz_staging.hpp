#pragma once
// What a quiz round does to the body: it remembers the user's view when the round starts, shows
// each question (the pattern on an opaque skin, or the muscle highlighted with x-ray over it) with
// the camera turned to face it, reveals the answer, and puts the user's view back at the end.
// No ImGui: the quiz panel and the quiz card share these.

#include "myo/atlas/quiz.hpp"
#include "panel.hpp"

namespace myo::ui {

// Starts a round: remembers the view (unless the quiz has the body already) and shows the first
// question. A round that cannot start (too few muscles) leaves state.quiz.message and the view as
// they were.
void startQuizRound(PanelContext& context, const atlas::QuizOptions& options);

// Shows a question on the body; revealed: with its answer (the muscle selected, its trigger point
// marked), as after an answer or in the review.
void showQuizQuestion(PanelContext& context, const atlas::QuizQuestion& question, bool revealed);

// During a pain question: the muscles and bones back under a see-through skin that keeps the pain,
// so that the student can click the muscle.
void showMusclesUnderQuizPain(PanelContext& context);

// Puts back the view the user had before the round, and keeps the round (its summary shows).
void restoreViewBeforeQuiz(PanelContext& context);

// Ends the round altogether (cancel, or closing the summary): the view goes back as it was.
void closeQuiz(PanelContext& context);

}  // namespace myo::ui
