#pragma once
// The quiz's set-up, in the left column: the mode ("Which muscle refers pain here?", "Name
// this muscle", or study: a mix of the kinds ticked — origin, insertion, action, nerve, deep to,
// superficial to), the body areas and layers to drill, the round's length, and Start. The round
// itself plays in the quiz card beside the body (quiz_card.hpp).

#include <array>

#include "panel.hpp"

namespace myo::ui {

class QuizPanel : public Panel {
 public:
  const char* title() const override { return "Quiz"; }
  void draw(PanelContext& context) override;

 private:
  int mode_ = 0;  // 0 referred pain, 1 name, 2 study
  std::array<bool, 6> studyKinds_{true, true, true, true, true, true};  // by atlas::kStudyKinds
  std::array<bool, 4> areas_{true, true, true, true};  // by atlas::BodyArea
  std::array<bool, 3> layers_{true, true, true};       // superficial, intermediate, deep
  int questions_ = 10;
};

}  // namespace myo::ui
