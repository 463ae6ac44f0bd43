#pragma once
// The window's keyboard shortcuts, each carrying the words the help overlay (F1) shows for it, as
// f3d's addBinding does: the one list both dispatches the keys and draws the help, so the two
// cannot drift apart. Pure (GLFW key codes in, a command out), so it is unit-tested.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace myo::ui {

// When a key reaches its binding.
enum class KeyScope {
  Always,  // whatever else is going on, with any modifiers (F1, F5, F12)
  Ctrl,    // with Ctrl held, even while a text field has the keyboard
  Plain,   // without Ctrl, when no text field has the keyboard and no panel took the key
  Panel,   // taken by a panel itself (the quiz card's answers); listed here for the help only
};

struct KeyChord {
  int key;  // GLFW_KEY_*
  KeyScope scope;
};

enum class WindowCommand {
  ToggleHelp,
  Screenshot,
  TogglePresenter,
  SearchMuscle,
  Quit,
  TextSize,  // by chord: bigger, smaller, normal
  View,      // by chord: the five view presets
  FrameSelection,
  TogglePainting,
  ToggleClientView,
  ToggleXray,
  Focus,     // by chord: isolate, hide
  Peel,      // by chord: one layer more, one back
  ToggleTheme,
  Escape,    // closes the help, else clears the selection
  QuizAnswer,
  QuizNext,
  Probe,     // held: the palpation probe (probe_overlay.hpp)
};

struct KeyBinding {
  std::vector<KeyChord> chords;
  WindowCommand command;
  std::string_view keys;  // the keys as the help shows them
  std::string_view help;  // what they do, as the help shows it
};

struct BoundKey {
  const KeyBinding* binding;
  std::size_t chord;  // which of binding->chords matched: picks the view, the peel step, the size
};

// The window's bindings, in the order the help lists them.
std::span<const KeyBinding> windowKeyBindings();

struct HelpRow {
  std::string_view keys;
  std::string_view help;
};

// The key rows of the help overlay (F1): one per binding, in order.
std::vector<HelpRow> helpOverlayRows();

// The binding a press reaches in `scope`; ctrl: whether Ctrl is held (Plain wants it up, Ctrl down).
std::optional<BoundKey> findBinding(std::span<const KeyBinding> bindings, KeyScope scope, int key, bool ctrl);

}  // namespace myo::ui
