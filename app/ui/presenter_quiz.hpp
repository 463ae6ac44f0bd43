#pragma once
// Presenter mode's caption for a quiz round projected to a class: the round's progress on the
// small top line, the question large, the four numbered choices the class calls out; once the
// instructor keys the answer, right or wrong in colour and words with the right muscle named;
// at the end the summary and the mistakes. Pure (no drawing): drawCaption draws it.

#include "caption_band.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/quiz.hpp"

namespace myo::ui {

// While the question is open nothing in it tells which choice is right.
Caption quizCaption(const atlas::Quiz& round, const atlas::KnowledgeBase& kb);

}  // namespace myo::ui
