#pragma once
// The keys of presenter mode, as a clicker or a keyboard on a lectern sends them: what a press
// asks for. Digits build up a step number that Enter jumps to (Backspace takes the last digit
// back). Keys this does not claim keep their usual meaning in the window (T, X, F1, F12 ...).
// One list of bindings carries each key's help, as the window's do (key_bindings.hpp). Pure (GLFW
// key codes in, an action out), so it is unit-tested.

#include <cstddef>
#include <string>
#include <vector>

#include "key_bindings.hpp"

namespace myo::ui {

enum class PresenterAction {
  None,           // not a presenter key: the window's usual shortcut, if any
  Handled,        // taken (a digit typed toward a step number) with nothing more to do
  Next,
  Previous,
  First,
  Last,
  GoToStep,       // to PresenterCommand::step
  ToggleHeat,
  CycleLayers,
  TogglePointer,
  Leave,
};

struct PresenterCommand {
  PresenterAction action = PresenterAction::None;
  std::size_t step = 0;  // GoToStep: the index (the number typed minus one)
};

// While a quiz round is in play the quiz owns the digits, Enter and N (the instructor keys the
// class's answer 1-4 and moves on), whether or not a tour is loaded too.
bool quizTakesPresenterKey(int key, int mods);

// typedStep: the digits typed so far (PresenterState::typedStep), updated.
PresenterCommand presenterCommandFor(int key, int mods, std::string& typedStep);

// The help overlay's rows for presenter mode, from the same list presenterCommandFor reads.
std::vector<HelpRow> presenterHelpRows();

}  // namespace myo::ui
