#include "presenter_keys.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace myo::ui {

namespace {

constexpr std::size_t kMostDigits = 3;  // no tour has a thousand steps

constexpr int kCommandMods = GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER;  // the window's shortcuts

struct PresenterBinding {
  std::vector<int> keys;  // GLFW_KEY_*; none for the rows the step number and the quiz handle
  PresenterAction action;
  std::string_view keysText;
  std::string_view help;
};

// In the order the help lists them. The step number (digits, then Enter) and the quiz's keys are
// read before these (presenterCommandFor, quizTakesPresenterKey): their rows are for the help.
const std::vector<PresenterBinding> kPresenterBindings{
    {{GLFW_KEY_RIGHT, GLFW_KEY_SPACE, GLFW_KEY_PAGE_DOWN}, PresenterAction::Next, "Right  Space  Page Down", "next step"},
    {{GLFW_KEY_LEFT, GLFW_KEY_BACKSPACE, GLFW_KEY_PAGE_UP}, PresenterAction::Previous, "Left  Backspace  Page Up",
     "previous step"},
    {{GLFW_KEY_HOME}, PresenterAction::First, "Home  /  End", "first / last step"},
    {{GLFW_KEY_END}, PresenterAction::Last, "", ""},
    {{}, PresenterAction::GoToStep, "Digits, then Enter", "go to that step"},
    {{}, PresenterAction::Handled, "1  2  3  4,  Enter  or  N", "quiz round: answer, next question (the tour waits)"},
    {{GLFW_KEY_H}, PresenterAction::ToggleHeat, "H", "heat map off / on"},
    {{GLFW_KEY_L}, PresenterAction::CycleLayers, "L", "peel one layer deeper (after the bone: all back)"},
    {{GLFW_KEY_O}, PresenterAction::TogglePointer, "O", "pointer: a bright ring around the mouse"},
    {{GLFW_KEY_ESCAPE, GLFW_KEY_F5}, PresenterAction::Leave, "Esc  or  F5", "leave presenter mode"},
};

PresenterCommand command(PresenterAction action) { return {action, 0}; }

bool isDigitKey(int key) {
  return (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) || (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9);
}

}  // namespace

std::vector<HelpRow> presenterHelpRows() {
  std::vector<HelpRow> rows;
  for (const PresenterBinding& binding : kPresenterBindings)
    if (!binding.keysText.empty()) rows.push_back({binding.keysText, binding.help});
  return rows;
}

bool quizTakesPresenterKey(int key, int mods) {
  if ((mods & kCommandMods) != 0) return false;
  return isDigitKey(key) || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER || key == GLFW_KEY_N;
}

PresenterCommand presenterCommandFor(int key, int mods, std::string& typedStep) {
  if ((mods & kCommandMods) != 0) return command(PresenterAction::None);
  const bool digitKey = key >= GLFW_KEY_0 && key <= GLFW_KEY_9;
  if (isDigitKey(key)) {
    if (typedStep.size() < kMostDigits) typedStep += char('0' + (key - (digitKey ? GLFW_KEY_0 : GLFW_KEY_KP_0)));
    return command(PresenterAction::Handled);
  }
  if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) {
    const std::string typed = std::exchange(typedStep, std::string());
    const unsigned long number = typed.empty() ? 0 : std::stoul(typed);
    if (number == 0) return command(PresenterAction::Handled);
    return {PresenterAction::GoToStep, number - 1};
  }
  if (key == GLFW_KEY_BACKSPACE && !typedStep.empty()) {
    typedStep.pop_back();
    return command(PresenterAction::Handled);
  }
  if (key != GLFW_KEY_LEFT_SHIFT && key != GLFW_KEY_RIGHT_SHIFT) typedStep.clear();  // any other key abandons the number
  for (const PresenterBinding& binding : kPresenterBindings)
    if (std::find(binding.keys.begin(), binding.keys.end(), key) != binding.keys.end()) return command(binding.action);
  return command(PresenterAction::None);
}

}  // namespace myo::ui
