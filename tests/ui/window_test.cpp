// The real window under Xvfb, driven with real mouse and keyboard input (xdotool). Each test
// checks what the user would see: the state the window reports, or the pixels it saved.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "myo/engine/image.hpp"
#include "window_session.hpp"

namespace {

using myo::test::hoveredText;
using myo::test::hovering;
using myo::test::leftPectoralisPoint;
using myo::test::Point;
using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

class Window : public ::testing::Test {
 protected:
  void SetUp() override {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    ASSERT_TRUE(session_->start()) << session_->why();
  }
  WindowSession& window() { return *session_; }

  // Hovers the chest point until the window names the left pectoralis major there.
  Point pointOnLeftPectoralis() {
    const Point point = leftPectoralisPoint(window().state());
    EXPECT_TRUE(window().moveMouse(point.x, point.y));
    EXPECT_TRUE(window().waitFor([](const json& s) { return hovering(s, "pectoralis_major"); }, 30s))
        << "the chest point shows " << hoveredText(window().lastState());
    return point;
  }

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(Window, ClickingAMuscleSelectsItAndTheCardShowsItsName) {
  const Point chest = pointOnLeftPectoralis();
  ASSERT_TRUE(window().click(chest.x, chest.y));
  EXPECT_TRUE(window().waitFor([](const json& s) {
    return s.at("selection") == json::array({"pectoralis_major.left"}) && s.at("card_title") == "Pectoralis major (left)";
  }, 30s)) << "selection " << window().lastState().at("selection").dump() << ", card "
           << window().lastState().at("card_title");
}

TEST_F(Window, DoubleClickingAMuscleFramesIt) {
  const double wholeBody = window().state().at("camera_distance").get<double>();
  pointOnLeftPectoralis();
  ASSERT_TRUE(window().xdotool({"click", "--repeat", "2", "--delay", "80", "1"}));
  EXPECT_TRUE(window().waitFor([&](const json& s) {
    return s.at("selection") == json::array({"pectoralis_major.left"}) && !s.at("camera_moving").get<bool>() &&
           s.at("camera_distance").get<double>() < wholeBody * 0.5;
  }, 30s)) << "the camera is " << window().lastState().at("camera_distance") << " m away, the whole body at " << wholeBody;
}

TEST_F(Window, TypingPartOfANameAndEnterSelectsTheBestMatchAndFramesIt) {
  const double wholeBody = window().state().at("camera_distance").get<double>();
  const Point box = myo::test::widgetPoint(window().state(), "search_box");
  ASSERT_TRUE(window().click(box.x, box.y));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.value("search_focused", false); }, 30s))
      << "the search box did not take the keyboard";
  ASSERT_TRUE(window().type("levator sca"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("search_text") == "levator sca" && !s.at("search_results").empty() &&
           s.at("search_results")[0] == "levator_scapulae";
  }, 30s)) << "search shows " << window().lastState().at("search_text") << " → "
           << window().lastState().at("search_results").dump();
  ASSERT_TRUE(window().key("Return"));
  EXPECT_TRUE(window().waitFor([&](const json& s) {
    return s.at("selection") == json::array({"levator_scapulae"}) && s.at("card_title") == "Levator scapulae" &&
           !s.at("camera_moving").get<bool>() && s.at("camera_distance").get<double>() < wholeBody * 0.5;
  }, 30s)) << "card " << window().lastState().at("card_title") << ", the camera "
           << window().lastState().at("camera_distance") << " m away, the whole body at " << wholeBody;
}

TEST_F(Window, ASingleClickInTheMuscleListSelectsTheMuscleAndFramesIt) {
  const double wholeBody = window().state().at("camera_distance").get<double>();
  ASSERT_TRUE(window().clickWidget("search_box"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.value("search_focused", false); }, 30s));
  ASSERT_TRUE(window().type("soleus"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("widgets").contains("muscle_row_soleus"); }, 30s))
      << "no soleus row in " << window().lastState().at("search_results").dump();
  ASSERT_TRUE(window().clickWidget("muscle_row_soleus"));
  EXPECT_TRUE(window().waitFor([&](const json& s) {
    return s.at("selection") == json::array({"soleus"}) && !s.at("camera_moving").get<bool>() &&
           s.at("camera_distance").get<double>() < wholeBody * 0.5;
  }, 30s)) << "selection " << window().lastState().at("selection").dump() << ", the camera "
           << window().lastState().at("camera_distance") << " m away, the whole body at " << wholeBody;
}

TEST_F(Window, ThePeelSliderHidesTheSuperficialLayer) {
  const Point chest = pointOnLeftPectoralis();
  ASSERT_TRUE(window().scrollIntoView("peel_slider"));
  const Point slider = myo::test::widgetPoint(window().state(), "peel_slider", 0.6);
  ASSERT_TRUE(window().click(slider.x, slider.y));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const json& shown = s.at("layers_shown");
    return !s.at("peel").is_null() && std::find(shown.begin(), shown.end(), "superficial") == shown.end();
  }, 30s)) << "peel " << window().lastState().at("peel") << ", shown " << window().lastState().at("layers_shown").dump();
  // What the user sees: the same point of the chest now shows what lay under the pectoralis.
  ASSERT_TRUE(window().moveMouse(chest.x + 40, chest.y));
  ASSERT_TRUE(window().moveMouse(chest.x, chest.y));
  EXPECT_TRUE(window().waitFor([](const json& s) {
    return s.contains("hovered") && s["hovered"].is_object() && s["hovered"].value("layer", "") != "superficial";
  }, 30s)) << "the chest point still shows " << hoveredText(window().lastState());
}

// Issue 22's frictions: the first peel step did nothing visible with the skin already off, and
// the boxes of peeled layers stayed ticked.
TEST_F(Window, APeelStepAlwaysTakesAwaySomethingThatShowsAndPeeledLayersAreNotTicked) {
  if (window().state().at("layers").at("skin").at("visible") == true) {
    ASSERT_TRUE(window().clickWidget("layer_skin"));
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("layers").at("skin").at("visible") == false; }, 30s));
  }
  const json viewport = window().state().at("scene_viewport");
  ASSERT_TRUE(window().moveMouse(viewport.at("x").get<double>() + 20, viewport.at("y").get<double>() + 20));
  ASSERT_TRUE(window().key("bracketright"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return !s.at("peel").is_null(); }, 30s));
  const json peeled = window().state();
  EXPECT_EQ(peeled.at("peel"), "intermediate") << "one step with the skin off takes the superficial muscles away";
  const json& shown = peeled.at("layers_shown");
  EXPECT_EQ(std::find(shown.begin(), shown.end(), "superficial"), shown.end()) << shown.dump();
  EXPECT_EQ(peeled.at("layers").at("superficial").at("ticked"), false) << peeled.at("layers").dump();
  EXPECT_EQ(peeled.at("layers").at("intermediate").at("ticked"), true) << peeled.at("layers").dump();
  // Back one step: the superficial muscles return.
  ASSERT_TRUE(window().key("bracketleft"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("layers").at("superficial").at("ticked") == true; }, 30s))
      << window().lastState().at("layers").dump();
}

// Issue 22's friction: a muscle selected in a peeled layer showed only floating markers, with no
// hint that its layer was hidden.
TEST_F(Window, AMuscleSelectedInAPeeledLayerSaysSoAndCanBringItsLayerBack) {
  const json viewport = window().state().at("scene_viewport");
  ASSERT_TRUE(window().moveMouse(viewport.at("x").get<double>() + 20, viewport.at("y").get<double>() + 20));
  // Peeled down to the deep layer, one step at a time (the skin may be off already).
  for (int i = 0; i < 4 && window().state().at("peel") != "deep"; ++i) {
    const json before = window().state().at("peel");
    ASSERT_TRUE(window().key("bracketright"));
    ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("peel") != before; }, 30s));
  }
  ASSERT_EQ(window().state().at("peel"), "deep");
  ASSERT_TRUE(window().clickWidget("search_box"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.value("search_focused", false); }, 30s));
  ASSERT_TRUE(window().type("trapezius"));
  ASSERT_TRUE(window().key("Return"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("selection") == json::array({"trapezius"}) && s.at("shown_texts").contains("selection_layer_hidden");
  }, 30s)) << window().lastState().at("shown_texts").dump();
  EXPECT_EQ(window().lastState().at("shown_texts").at("selection_layer_hidden"), "Its layer (superficial) is hidden.");
  ASSERT_TRUE(window().clickWidget("show_selection_layer"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const json& shown = s.at("layers_shown");
    return std::find(shown.begin(), shown.end(), "superficial") != shown.end() && !s.at("shown_texts").contains("selection_layer_hidden");
  }, 30s)) << window().lastState().at("layers_shown").dump();
}

TEST_F(Window, F1ShowsTheHelpAndQuestionMarkHidesIt) {
  const json viewport = window().state().at("scene_viewport");
  ASSERT_TRUE(window().moveMouse(viewport.at("x").get<double>() + 20, viewport.at("y").get<double>() + 20));
  const json before = window().state();
  ASSERT_TRUE(window().key("F1"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("help_visible") == true && s.at("widgets").contains("help_window") &&
           s["widgets"]["help_window"].value("height", 0.0) > 100.0;
  }, 30s)) << "help " << window().lastState().at("help_visible");
  // Only the panels changed: the body's picture is presented again, not drawn again.
  EXPECT_EQ(window().lastState().at("scene_renders"), before.at("scene_renders"));
  ASSERT_TRUE(window().key("question"));
  EXPECT_TRUE(window().waitFor([](const json& s) {
    return s.at("help_visible") == false && !s.at("widgets").contains("help_window");
  }, 30s));
}

// Share of pixels in a rectangle that differ from the colour at its top-left corner.
double shareNotLikeCorner(const myo::Image& image, int x0, int y0, int x1, int y1) {
  const std::uint8_t* corner = image.at(x0, y0);
  int differing = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const std::uint8_t* p = image.at(x, y);
      if (std::abs(p[0] - corner[0]) + std::abs(p[1] - corner[1]) + std::abs(p[2] - corner[2]) > 30) ++differing;
    }
  return double(differing) / double((x1 - x0) * (y1 - y0));
}

TEST_F(Window, TheScreenshotKeyWritesAPngOfTheWindow) {
  const json start = window().state();
  const json& viewport = start.at("scene_viewport");
  const int sceneX = viewport.at("x").get<int>();
  const int sceneWidth = viewport.at("width").get<int>();
  ASSERT_TRUE(window().moveMouse(sceneX + 10, 10));
  ASSERT_TRUE(window().key("F12"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return !s.at("last_screenshot").get<std::string>().empty(); }, 30s))
      << window().appOutput();
  const std::string path = window().lastState().at("last_screenshot");
  EXPECT_EQ(std::filesystem::path(path).parent_path(), window().folder() / "home" / "Pictures" / "MyoAtlas");
  EXPECT_NE(window().lastState().at("status_message").get<std::string>().find(path), std::string::npos)
      << "the window does not say where the screenshot went";
  myo::Result<myo::Image> picture = myo::readPng(path);
  ASSERT_TRUE(picture) << picture.error().message;
  EXPECT_EQ(picture->width, start.at("window").at("width").get<int>());
  EXPECT_EQ(picture->height, start.at("window").at("height").get<int>());
  // The body stands in the middle of the 3D view, and the panel beside it has text.
  EXPECT_GT(shareNotLikeCorner(*picture, sceneX, 0, sceneX + sceneWidth, picture->height), 0.08);
  EXPECT_GT(shareNotLikeCorner(*picture, 0, 0, sceneX, picture->height / 3), 0.02);

  // Shift+F12: the 3D view alone, without the panels.
  ASSERT_TRUE(window().key("shift+F12"));
  ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("last_screenshot") != path; }, 30s));
  myo::Result<myo::Image> bare = myo::readPng(window().lastState().at("last_screenshot").get<std::string>());
  ASSERT_TRUE(bare) << bare.error().message;
  EXPECT_EQ(bare->width, sceneWidth);
}

}  // namespace
