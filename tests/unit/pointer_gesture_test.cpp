// The mouse on the body as a user meets it, driven with synthetic events: a press and release on
// the spot selects; a drag turns the camera and selects nothing; a quick second click frames; in
// paint mode a drag is a brush stroke; the wheel zooms only over the body.
#include <gtest/gtest.h>

#include <optional>
#include <vector>

#include "pointer_gesture.hpp"

namespace {

using myo::ui::PointerAction;
using myo::ui::PointerButton;
using myo::ui::PointerGesture;
using myo::ui::PointerPress;
using Kind = PointerAction::Kind;

PointerPress down(glm::vec2 at, double time = 1.0, PointerButton button = PointerButton::Left) {
  return {.button = button, .pressed = true, .at = at, .time = time, .onScene = true};
}

PointerPress up(glm::vec2 at, double time = 1.1, PointerButton button = PointerButton::Left) {
  return {.button = button, .pressed = false, .at = at, .time = time};
}

PointerPress brushDown(glm::vec2 at) {
  PointerPress press = down(at);
  press.brushing = true;
  return press;
}

// Everything the gesture answered, in order, as a user's frames would produce it.
struct Recorder {
  PointerGesture gesture;
  std::vector<PointerAction> actions;

  void take(const std::optional<PointerAction>& action) {
    if (action) actions.push_back(*action);
  }
  void button(const PointerPress& press) { take(gesture.button(press)); }
  void move(glm::vec2 cursor, bool shift = false) { take(gesture.moveTo(cursor, shift)); }
  std::vector<Kind> kinds() const {
    std::vector<Kind> kinds;
    for (const PointerAction& action : actions) kinds.push_back(action.kind);
    return kinds;
  }
};

TEST(PointerGesture, PressAndReleaseWithoutMovingIsAClickWhereAndWhenItWasReleased) {
  Recorder mouse;
  mouse.move({100.0f, 200.0f});
  mouse.button(down({100.0f, 200.0f}, 2.0));
  mouse.button(up({100.0f, 200.0f}, 2.05));
  ASSERT_EQ(mouse.kinds(), std::vector<Kind>{Kind::Click});
  EXPECT_EQ(mouse.actions[0].at, glm::vec2(100.0f, 200.0f));
  EXPECT_DOUBLE_EQ(mouse.actions[0].time, 2.05);
}

TEST(PointerGesture, AHandTremorWithinTheSlopIsStillAClickAndTurnsNothing) {
  Recorder mouse;
  mouse.move({100.0f, 200.0f});
  mouse.button(down({100.0f, 200.0f}));
  mouse.move({102.0f, 201.0f});
  mouse.button(up({102.0f, 201.0f}));
  EXPECT_EQ(mouse.kinds(), std::vector<Kind>{Kind::Click});
}

TEST(PointerGesture, MovingBeyondTheSlopIsADragThatOrbitsAndDoesNotSelect) {
  Recorder mouse;
  mouse.move({100.0f, 200.0f});
  mouse.button(down({100.0f, 200.0f}));
  mouse.move({110.0f, 195.0f});
  mouse.move({120.0f, 195.0f});
  // Back over the spot it started from: still a drag, so the release selects nothing.
  mouse.move({100.0f, 200.0f});
  mouse.button(up({100.0f, 200.0f}));
  ASSERT_EQ(mouse.kinds(), (std::vector<Kind>{Kind::Orbit, Kind::Orbit, Kind::Orbit}));
  EXPECT_EQ(mouse.actions[0].delta, glm::vec2(10.0f, -5.0f));
  EXPECT_EQ(mouse.actions[1].delta, glm::vec2(10.0f, 0.0f));
  EXPECT_EQ(mouse.actions[2].delta, glm::vec2(-20.0f, 5.0f));
}

TEST(PointerGesture, AReleaseFarFromThePressWithoutAMoveSeenBetweenIsNoClick) {
  // A slow frame may see the press and release but no cursor in between.
  Recorder mouse;
  mouse.button(down({100.0f, 200.0f}));
  mouse.button(up({140.0f, 200.0f}));
  EXPECT_TRUE(mouse.actions.empty());
}

TEST(PointerGesture, ShiftDragAndRightOrMiddleDragPanInsteadOfOrbiting) {
  Recorder shiftDrag;
  shiftDrag.move({100.0f, 100.0f});
  shiftDrag.button(down({100.0f, 100.0f}));
  shiftDrag.move({110.0f, 100.0f}, true);
  EXPECT_EQ(shiftDrag.kinds(), std::vector<Kind>{Kind::Pan});

  for (PointerButton button : {PointerButton::Right, PointerButton::Middle}) {
    Recorder mouse;
    mouse.move({100.0f, 100.0f});
    mouse.button(down({100.0f, 100.0f}, 1.0, button));
    // Panning starts at once: there is no click to tell apart.
    mouse.move({101.0f, 103.0f});
    mouse.button(up({101.0f, 103.0f}, 1.1, button));
    mouse.move({120.0f, 120.0f});
    ASSERT_EQ(mouse.kinds(), std::vector<Kind>{Kind::Pan});
    EXPECT_EQ(mouse.actions[0].delta, glm::vec2(1.0f, 3.0f));
  }
}

TEST(PointerGesture, APressOverAPanelOrOutsideTheViewNeitherClicksNorDrags) {
  Recorder mouse;
  PointerPress overPanel = down({10.0f, 10.0f});
  overPanel.onScene = false;
  mouse.button(overPanel);
  mouse.move({60.0f, 10.0f});
  mouse.button(up({60.0f, 10.0f}));
  mouse.button(up({60.0f, 10.0f}));
  EXPECT_TRUE(mouse.actions.empty());
  EXPECT_FALSE(mouse.gesture.buttonHeld());
}

TEST(PointerGesture, MovingWithNoButtonHeldDoesNothing) {
  Recorder mouse;
  mouse.move({10.0f, 10.0f});
  mouse.move({50.0f, 80.0f});
  EXPECT_TRUE(mouse.actions.empty());
  EXPECT_EQ(mouse.gesture.cursor(), glm::vec2(50.0f, 80.0f));
}

// Two clicks no panel took, the first carried out in a frame that ended at firstFrameEnd.
bool secondClickIsDouble(glm::vec2 first, double firstTime, double firstFrameEnd, glm::vec2 second, double secondTime) {
  PointerGesture gesture;
  EXPECT_FALSE(gesture.countClick(first, firstTime));
  gesture.frameEnded(firstFrameEnd);
  return gesture.countClick(second, secondTime);
}

TEST(PointerGesture, TwoClicksOnTheSameSpotWithinTheDoubleClickTimeAreADoubleClick) {
  EXPECT_TRUE(secondClickIsDouble({100.0f, 200.0f}, 5.0, 5.1, {101.0f, 200.0f}, 5.3));
}

TEST(PointerGesture, AThirdQuickClickStartsOverInsteadOfMakingASecondDoubleClick) {
  PointerGesture gesture;
  gesture.countClick({100.0f, 200.0f}, 5.0);
  gesture.frameEnded(5.1);
  ASSERT_TRUE(gesture.countClick({100.0f, 200.0f}, 5.3));
  gesture.frameEnded(5.4);
  EXPECT_FALSE(gesture.countClick({100.0f, 200.0f}, 5.5));
}

TEST(PointerGesture, ClicksTooSlowOrTooFarApartAreTwoSingleClicks) {
  EXPECT_FALSE(secondClickIsDouble({100.0f, 200.0f}, 5.0, 5.0, {100.0f, 200.0f},
                                   5.0 + PointerGesture::kDoubleClickSeconds + 0.01));
  EXPECT_FALSE(secondClickIsDouble({100.0f, 200.0f}, 5.0, 5.0, {130.0f, 200.0f}, 5.1));
}

TEST(PointerGesture, TheFirstClickCountsFromTheEndOfTheFrameThatCarriedItOut) {
  // A slow frame (software GL) after the first click: the second click, queued during it, came
  // more than the double-click time after the first by its own time but right after the frame.
  EXPECT_TRUE(secondClickIsDouble({100.0f, 200.0f}, 5.0, 5.5, {100.0f, 200.0f}, 5.6));
}

TEST(PointerGesture, InPaintModeADragIsAStrokeThatStartsMovesAndEnds) {
  Recorder mouse;
  mouse.move({100.0f, 200.0f});
  mouse.button(brushDown({100.0f, 200.0f}));
  mouse.move({101.0f, 200.0f});  // within the slop: a dab all the same
  mouse.move({130.0f, 210.0f});
  mouse.move({130.0f, 210.0f});  // no move this frame: no dab
  mouse.button(up({130.0f, 210.0f}));
  ASSERT_EQ(mouse.kinds(), (std::vector<Kind>{Kind::BrushStart, Kind::BrushMove, Kind::BrushMove, Kind::BrushEnd}));
  EXPECT_EQ(mouse.actions[0].at, glm::vec2(100.0f, 200.0f));
  EXPECT_EQ(mouse.actions[2].at, glm::vec2(130.0f, 210.0f));
}

TEST(PointerGesture, APaintStrokeWhoseReleaseWasNotSeenEndsWhenTheButtonIsFoundUp) {
  Recorder mouse;
  mouse.button(brushDown({100.0f, 200.0f}));
  mouse.move({150.0f, 200.0f});
  mouse.take(mouse.gesture.leftButtonUpUnseen());
  mouse.move({180.0f, 200.0f});
  EXPECT_EQ(mouse.kinds(), (std::vector<Kind>{Kind::BrushStart, Kind::BrushMove, Kind::BrushEnd}));
  EXPECT_FALSE(mouse.gesture.buttonHeld());
  // Nothing further to end.
  EXPECT_FALSE(mouse.gesture.leftButtonUpUnseen());
}

TEST(PointerGesture, ADragWhoseReleaseWasNotSeenStopsTurningTheCamera) {
  Recorder mouse;
  mouse.button(down({100.0f, 200.0f}));
  mouse.move({150.0f, 200.0f});
  EXPECT_FALSE(mouse.gesture.leftButtonUpUnseen());  // a drag has no stroke to end
  mouse.move({180.0f, 200.0f});
  EXPECT_EQ(mouse.kinds(), std::vector<Kind>{Kind::Orbit});
}

TEST(PointerGesture, TheWheelZoomsTowardTheCursorOnlyOverTheBody) {
  PointerGesture gesture;
  const std::optional<PointerAction> zoom = gesture.wheel({300.0f, 400.0f}, 2.0f, true);
  ASSERT_TRUE(zoom);
  EXPECT_EQ(zoom->kind, Kind::Zoom);
  EXPECT_EQ(zoom->at, glm::vec2(300.0f, 400.0f));
  EXPECT_FLOAT_EQ(zoom->wheelSteps, 2.0f);
  EXPECT_FALSE(gesture.wheel({300.0f, 400.0f}, 2.0f, false));  // over a panel: the panel scrolls
  EXPECT_FALSE(gesture.wheel({300.0f, 400.0f}, 0.0f, true));
}

TEST(PointerGesture, AButtonHeldOnTheBodyHoldsTheHoverBack) {
  PointerGesture gesture;
  EXPECT_FALSE(gesture.buttonHeld());
  gesture.button(down({100.0f, 200.0f}, 1.0, PointerButton::Right));
  EXPECT_TRUE(gesture.buttonHeld());
  gesture.button(up({100.0f, 200.0f}, 1.1, PointerButton::Right));
  EXPECT_FALSE(gesture.buttonHeld());
}

}  // namespace
