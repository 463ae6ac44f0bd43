// The window's shortcuts and the help overlay (F1) come from one list: every binding says what it
// does, the overlay shows exactly the bindings, and no key is bound twice where it is dispatched.
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <utility>

#include "key_bindings.hpp"
#include "presenter_keys.hpp"
#include "probe_overlay.hpp"

namespace {

using myo::ui::findBinding;
using myo::ui::helpOverlayRows;
using myo::ui::KeyBinding;
using myo::ui::KeyScope;
using myo::ui::WindowCommand;
using myo::ui::windowKeyBindings;

TEST(KeyBindings, EveryBindingHasKeysHelpAndAChord) {
  for (const KeyBinding& binding : windowKeyBindings()) {
    EXPECT_FALSE(binding.keys.empty());
    EXPECT_FALSE(binding.help.empty()) << binding.keys;
    EXPECT_FALSE(binding.chords.empty()) << binding.keys;
  }
}

TEST(KeyBindings, TheHelpOverlayListsExactlyTheBindings) {
  const auto rows = helpOverlayRows();
  const auto bindings = windowKeyBindings();
  ASSERT_EQ(rows.size(), bindings.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].keys, bindings[i].keys);
    EXPECT_EQ(rows[i].help, bindings[i].help);
  }
}

TEST(KeyBindings, NoKeyIsBoundTwiceInAScope) {
  std::set<std::pair<int, KeyScope>> seen;
  for (const KeyBinding& binding : windowKeyBindings())
    for (const auto& chord : binding.chords)
      EXPECT_TRUE(seen.insert({chord.key, chord.scope}).second) << binding.keys << ": key " << chord.key;
}

TEST(KeyBindings, APressReachesItsBindingInItsScopeOnly) {
  const auto bindings = windowKeyBindings();
  const auto frame = findBinding(bindings, KeyScope::Plain, GLFW_KEY_F, false);
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->binding->command, WindowCommand::FrameSelection);
  const auto search = findBinding(bindings, KeyScope::Ctrl, GLFW_KEY_F, true);
  ASSERT_TRUE(search);
  EXPECT_EQ(search->binding->command, WindowCommand::SearchMuscle);
  EXPECT_FALSE(findBinding(bindings, KeyScope::Plain, GLFW_KEY_F, true));  // Ctrl+F is not F
  const auto view = findBinding(bindings, KeyScope::Plain, GLFW_KEY_3, false);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->binding->command, WindowCommand::View);
  EXPECT_EQ(view->chord, 2u);
  const auto help = findBinding(bindings, KeyScope::Always, GLFW_KEY_F1, true);
  ASSERT_TRUE(help);
  EXPECT_EQ(help->binding->command, WindowCommand::ToggleHelp);
}

}  // namespace

// Presenter mode's keys and its rows in the help come from one list: every key the help names for
// an action does that action, and every action a key does has its row.
TEST(PresenterKeyBindings, EveryKeyTheHelpNamesDoesWhatItsRowSays) {
  using myo::ui::PresenterAction;
  const std::vector<std::pair<int, PresenterAction>> keys{
      {GLFW_KEY_RIGHT, PresenterAction::Next},        {GLFW_KEY_SPACE, PresenterAction::Next},
      {GLFW_KEY_PAGE_DOWN, PresenterAction::Next},    {GLFW_KEY_LEFT, PresenterAction::Previous},
      {GLFW_KEY_BACKSPACE, PresenterAction::Previous}, {GLFW_KEY_PAGE_UP, PresenterAction::Previous},
      {GLFW_KEY_HOME, PresenterAction::First},        {GLFW_KEY_END, PresenterAction::Last},
      {GLFW_KEY_H, PresenterAction::ToggleHeat},      {GLFW_KEY_L, PresenterAction::CycleLayers},
      {GLFW_KEY_O, PresenterAction::TogglePointer},   {GLFW_KEY_ESCAPE, PresenterAction::Leave},
      {GLFW_KEY_F5, PresenterAction::Leave}};
  for (const auto& [key, action] : keys) {
    std::string typed;
    EXPECT_EQ(myo::ui::presenterCommandFor(key, 0, typed).action, action) << "key " << key;
  }
  std::string typed;
  EXPECT_EQ(myo::ui::presenterCommandFor(GLFW_KEY_T, 0, typed).action, PresenterAction::None)
      << "T keeps the window's meaning";

  const std::vector<myo::ui::HelpRow> rows = myo::ui::presenterHelpRows();
  const auto listed = [&](std::string_view help) {
    return std::any_of(rows.begin(), rows.end(), [&](const myo::ui::HelpRow& row) { return row.help == help; });
  };
  for (std::string_view help : {"next step", "previous step", "first / last step", "go to that step", "heat map off / on",
                                "pointer: a bright ring around the mouse", "leave presenter mode"})
    EXPECT_TRUE(listed(help)) << help;
  for (const myo::ui::HelpRow& row : rows) {
    EXPECT_FALSE(row.keys.empty());
    EXPECT_FALSE(row.help.empty());
  }
}

// The palpation probe's key is held, not pressed: it is listed in the help, free in presenter mode,
// and the one the window reads.
TEST(KeyBindings, DHeldIsThePalpationProbeAndPresenterModeLeavesItToIt) {
  EXPECT_EQ(myo::ui::probeKey(), GLFW_KEY_D);
  const auto probe = findBinding(windowKeyBindings(), KeyScope::Plain, GLFW_KEY_D, false);
  ASSERT_TRUE(probe.has_value());
  EXPECT_EQ(probe->binding->command, WindowCommand::Probe);
  EXPECT_NE(probe->binding->keys.find("hold"), std::string_view::npos);
  std::string typed;
  EXPECT_EQ(myo::ui::presenterCommandFor(GLFW_KEY_D, 0, typed).action, myo::ui::PresenterAction::None);
}
