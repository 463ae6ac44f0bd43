#pragma once
// The quiz round beside the body, above the muscle's card: the score and streak, the question,
// four big choices (keys 1-4, or a click on the muscle on the body), then right or wrong in colour
// and in words with the right answer named, and Next (Enter or N). At the end of the round, the
// summary and the mistakes, each of which can be shown on the body again.

#include "panel.hpp"

namespace myo::ui {

class QuizCard : public Panel {
 public:
  const char* title() const override { return "Quiz round"; }
  PanelColumn column() const override { return PanelColumn::Right; }
  void draw(PanelContext& context) override;
  bool takeSceneClick(PanelContext& context, const SceneClick& click) override;
  bool takeKey(PanelContext& context, int key, int mods) override;

 private:
  void drawScore(PanelContext& context);
  void drawQuestion(PanelContext& context);
  void drawChoices(PanelContext& context);
  void drawFeedback(PanelContext& context);
  void drawSummary(PanelContext& context);
  void answered(PanelContext& context);  // shows the answer on the body
  void next(PanelContext& context);
};

}  // namespace myo::ui
