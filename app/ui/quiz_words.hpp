#pragma once
// What the quiz's panels call things, and the colours of right and wrong, in one place so the
// set-up, the card and the summary agree.

#include <imgui.h>

#include <string>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/quiz.hpp"

namespace myo::ui {

// Readable on the dark and the light theme alike, and told apart by the words beside them too.
inline const ImVec4 kRightColour{0.30f, 0.72f, 0.36f, 1.0f};
inline const ImVec4 kWrongColour{0.90f, 0.36f, 0.30f, 1.0f};

const char* quizModeTitle(atlas::QuizMode mode);  // the question as the student reads it
const char* bodyAreaLabel(atlas::BodyArea area);
const char* layerLabel(atlas::Layer layer);

}  // namespace myo::ui
