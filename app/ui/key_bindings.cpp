#include "key_bindings.hpp"

#include <GLFW/glfw3.h>

namespace myo::ui {

namespace {

using enum KeyScope;

const std::vector<KeyBinding> kWindowBindings{
    {{{GLFW_KEY_1, Plain}, {GLFW_KEY_2, Plain}, {GLFW_KEY_3, Plain}, {GLFW_KEY_4, Plain}, {GLFW_KEY_5, Plain}},
     WindowCommand::View, "1  2  3  4  5", "front, back, left, right, top view"},
    {{{GLFW_KEY_F, Plain}}, WindowCommand::FrameSelection, "F", "frame the selection, or the whole body"},
    {{{GLFW_KEY_X, Plain}}, WindowCommand::ToggleXray, "X", "x-ray what lies over the selection"},
    {{{GLFW_KEY_I, Plain}, {GLFW_KEY_H, Plain}}, WindowCommand::Focus, "I  /  H", "isolate / hide the selection"},
    {{{GLFW_KEY_RIGHT_BRACKET, Plain}, {GLFW_KEY_LEFT_BRACKET, Plain}},
     WindowCommand::Peel, "]  /  [", "peel one layer more / put one back"},
    // Held, not pressed: the window reads the key's state each frame (PalpationProbe); a press does nothing.
    {{{GLFW_KEY_D, Plain}}, WindowCommand::Probe, "D  (hold)",
     "palpation probe: the tissues under the pointer, in order, with their depths"},
    {{{GLFW_KEY_B, Plain}}, WindowCommand::TogglePainting, "B", "paint where it hurts (pain drawing) / select again"},
    {{{GLFW_KEY_C, Plain}}, WindowCommand::ToggleClientView, "C",
     "explain to the client: the pattern as a chart over their drawing, the muscle through the skin"},
    {{{GLFW_KEY_1, Panel}, {GLFW_KEY_2, Panel}, {GLFW_KEY_3, Panel}, {GLFW_KEY_4, Panel}},
     WindowCommand::QuizAnswer, "1  2  3  4", "quiz: choose an answer (while a question is open)"},
    {{{GLFW_KEY_ENTER, Panel}, {GLFW_KEY_KP_ENTER, Panel}, {GLFW_KEY_N, Panel}},
     WindowCommand::QuizNext, "Enter  or  N", "quiz: next question (after an answer)"},
    {{{GLFW_KEY_F, Ctrl}}, WindowCommand::SearchMuscle, "Ctrl+F", "search for a muscle"},
    {{{GLFW_KEY_F12, Always}, {GLFW_KEY_P, Plain}},
     WindowCommand::Screenshot, "F12  or  P", "screenshot (Shift: without the panels)"},
    {{{GLFW_KEY_EQUAL, Ctrl}, {GLFW_KEY_KP_ADD, Ctrl}, {GLFW_KEY_MINUS, Ctrl}, {GLFW_KEY_KP_SUBTRACT, Ctrl},
      {GLFW_KEY_0, Ctrl}},
     WindowCommand::TextSize, "Ctrl +  /  Ctrl -  /  Ctrl 0", "bigger / smaller / normal text (UI scale)"},
    {{{GLFW_KEY_T, Plain}}, WindowCommand::ToggleTheme, "T", "dark / light theme"},
    {{{GLFW_KEY_ESCAPE, Plain}}, WindowCommand::Escape, "Esc", "close this help, or clear the selection"},
    // "?" is a character, not a key: the window toggles the help on it too (App::handleKeys).
    {{{GLFW_KEY_F1, Always}}, WindowCommand::ToggleHelp, "F1  or  ?", "show / hide this help"},
    {{{GLFW_KEY_F5, Always}}, WindowCommand::TogglePresenter, "F5", "presenter mode: full screen, large captions"},
    {{{GLFW_KEY_Q, Ctrl}}, WindowCommand::Quit, "Ctrl+Q", "quit (settings are saved)"},
};

bool reaches(const KeyChord& chord, KeyScope scope, int key, bool ctrl) {
  if (chord.key != key || chord.scope != scope) return false;
  switch (scope) {
    case Ctrl: return ctrl;
    case Plain: return !ctrl;
    case Always:
    case Panel: return true;
  }
  return false;
}

}  // namespace

std::span<const KeyBinding> windowKeyBindings() { return kWindowBindings; }

std::vector<HelpRow> helpOverlayRows() {
  std::vector<HelpRow> rows;
  for (const KeyBinding& binding : kWindowBindings) rows.push_back({binding.keys, binding.help});
  return rows;
}

std::optional<BoundKey> findBinding(std::span<const KeyBinding> bindings, KeyScope scope, int key, bool ctrl) {
  for (const KeyBinding& binding : bindings)
    for (std::size_t i = 0; i < binding.chords.size(); ++i)
      if (reaches(binding.chords[i], scope, key, ctrl)) return BoundKey{&binding, i};
  return std::nullopt;
}

}  // namespace myo::ui
