#pragma once
// Finding a muscle: a search box that ranks muscles as you type (names, Latin names, aliases,
// forgiving typos; Enter selects the best match), and, while it is empty, the muscles as a tree
// by body part and layer. Choosing here and clicking on the body make the same selection.

#include "panel.hpp"

namespace myo::ui {

class MuscleBrowser : public Panel {
 public:
  const char* title() const override { return "Find a muscle"; }
  void draw(PanelContext& context) override;

 private:
  void results(PanelContext& context);
  void tree(PanelContext& context);
  std::string rankedFor_;  // the search text the results were ranked for
};

}  // namespace myo::ui
