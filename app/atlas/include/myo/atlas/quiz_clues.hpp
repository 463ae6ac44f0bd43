#pragma once
// The card's words a study question shows ("Which muscle arises from: the lateral epicondyle ..."),
// and when two cards say the same, so that neither is offered as the other's wrong choice.
//
// A clue is the card's text as written, with the muscle's own names blanked ("____"): the nerve
// to subclavius must not name the subclavius. Cards are free text, so sameness is judged on their
// words: attachments agree when they name a landmark in common ("lateral epicondyle": two forearm
// extensors) or most of the telling words of the shorter text are in the other; nerves when they
// name a nerve in common (the suprascapular nerve, however each card goes on; the nerve to
// obturator internus, which also supplies the superior gemellus) or most of the telling words;
// actions when any movement of a joint is the same in both (flexes the hip; bends the knee and
// flexes the knee). Both judge generously: a muscle
// that might be right is never a distractor, at the cost of a few plausible wrong choices.

#include <string>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/quiz.hpp"

namespace myo::atlas {

// What blanks a muscle's own names in a clue.
inline constexpr const char* kClueBlank = "____";

// The words shown for a question of `mode` about `muscle` (Origin, Insertion, Action: its actions
// joined, Nerve); empty for other modes or when the card says nothing.
std::string quizClue(const Muscle& muscle, QuizMode mode);

// Whether `a` and `b` answer the same question of `mode` (Origin, Insertion, Action, Nerve).
bool cardsAgree(const Muscle& a, const Muscle& b, QuizMode mode);

// The movements a card's actions name, as "movement joint" pairs ("flex hip", "rotate_medial
// shoulder"); empty when none is recognised (such a card is not asked about its action).
std::vector<std::string> movementsOf(const Muscle& muscle);

}  // namespace myo::atlas
