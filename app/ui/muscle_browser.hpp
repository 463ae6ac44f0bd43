#pragma once
// Finding a muscle: a search box that ranks muscles as you type (names, Latin names, aliases,
// forgiving typos; Enter selects the best match), and, while it is empty, the muscles as a tree
// by where students look for them (muscle_groups.hpp) and layer. Choosing here and clicking on the body make the same selection.

#include <set>
#include <string>
#include <string_view>

#include "panel.hpp"

namespace myo::ui {

class MuscleBrowser : public Panel {
 public:
  const char* title() const override { return "Find a muscle"; }
  const char* section() const override { return "Find"; }
  bool wantsShowing(const AppState& state) const override { return state.focusSearch; }
  void draw(PanelContext& context) override;

 private:
  void results(PanelContext& context);
  void tree(PanelContext& context);
  // A group's line of the list; true while it is open.
  bool groupHeader(AppState& state, std::string_view id, const std::string& label);
  std::string rankedFor_;  // the search text the results were ranked for
  std::set<std::string> openGroups_;
};

}  // namespace myo::ui
