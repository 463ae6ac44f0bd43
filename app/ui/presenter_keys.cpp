#include "presenter_keys.hpp"

#include <GLFW/glfw3.h>

#include <utility>

namespace myo::ui {

namespace {

constexpr std::size_t kMostDigits = 3;  // no tour has a thousand steps

constexpr int kCommandMods = GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER;  // the window's shortcuts

PresenterCommand command(PresenterAction action) { return {action, 0}; }

bool isDigitKey(int key) {
  return (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) || (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9);
}

}  // namespace

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
  switch (key) {
    case GLFW_KEY_RIGHT:
    case GLFW_KEY_SPACE:
    case GLFW_KEY_PAGE_DOWN: return command(PresenterAction::Next);
    case GLFW_KEY_LEFT:
    case GLFW_KEY_BACKSPACE:
    case GLFW_KEY_PAGE_UP: return command(PresenterAction::Previous);
    case GLFW_KEY_HOME: return command(PresenterAction::First);
    case GLFW_KEY_END: return command(PresenterAction::Last);
    case GLFW_KEY_H: return command(PresenterAction::ToggleHeat);
    case GLFW_KEY_L: return command(PresenterAction::CycleLayers);
    case GLFW_KEY_O: return command(PresenterAction::TogglePointer);
    case GLFW_KEY_ESCAPE:
    case GLFW_KEY_F5: return command(PresenterAction::Leave);
    default: return command(PresenterAction::None);
  }
}

}  // namespace myo::ui
