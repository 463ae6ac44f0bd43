// The window's shortcuts and the help overlay (F1) come from one list: every binding says what it
// does, the overlay shows exactly the bindings, and no key is bound twice where it is dispatched.
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "key_bindings.hpp"

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
