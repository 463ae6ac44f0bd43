// Labels on the body in the real window: the selected muscle's name with a leader onto it, and
// "Label this layer" naming every muscle of the layer without overlaps. Read from the state file,
// which reports each label as drawn: its box, its leader and what shows under the leader's end.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "window_session.hpp"

namespace {

using namespace myo::test;
using nlohmann::json;
using namespace std::chrono_literals;

bool boxesOverlap(const json& a, const json& b) {
  auto edge = [](const json& box, const char* key) { return box.at(key).get<double>(); };
  return edge(a, "x") < edge(b, "x") + edge(b, "width") && edge(b, "x") < edge(a, "x") + edge(a, "width") &&
         edge(a, "y") < edge(b, "y") + edge(b, "height") && edge(b, "y") < edge(a, "y") + edge(a, "height");
}

bool insideBox(const json& box, const json& point) {
  const double x = point.at("x").get<double>(), y = point.at("y").get<double>();
  return x >= box.at("x").get<double>() && y >= box.at("y").get<double>() &&
         x <= box.at("x").get<double>() + box.at("width").get<double>() &&
         y <= box.at("y").get<double>() + box.at("height").get<double>();
}

// The window started in this test's own folder, or null with the reason recorded as a failure.
std::unique_ptr<WindowSession> openWindow() {
  auto session = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
  if (session->start()) return session;
  ADD_FAILURE() << session->why();
  return nullptr;
}

TEST(WindowLabels, TheSelectedMuscleIsLabelledWithALeaderEndingOnIt) {
  const std::unique_ptr<WindowSession> session = openWindow();
  ASSERT_TRUE(session);
  WindowSession& window = *session;
  ASSERT_TRUE(window.state().at("labels").at("shown").empty()) << "nothing is labelled before a selection";
  const Point chest = myo::test::leftPectoralisPoint(window.state());
  ASSERT_TRUE(window.moveMouse(chest.x, chest.y));
  ASSERT_TRUE(window.waitFor([](const json& s) { return hovering(s, "pectoralis_major"); }, 30s))
      << "the chest point shows " << hoveredText(window.lastState());
  ASSERT_TRUE(window.click(chest.x, chest.y));
  ASSERT_TRUE(window.waitFor([](const json& s) {
    return s.at("selection") == json::array({"pectoralis_major.left"}) && s.at("settled").get<bool>() &&
           s.at("labels").at("shown").size() == 1;
  }, 30s)) << window.lastState().at("labels").dump();
  const json state = window.state();
  const json& label = state.at("labels").at("shown")[0];
  EXPECT_EQ(label.at("muscle"), "pectoralis_major");
  EXPECT_EQ(label.at("text"), "Pectoralis major");
  // The leader ends on the muscle as the window shows it: the left one, the one selected.
  EXPECT_EQ(label.at("under_anchor"), "pectoralis_major.left");
  // In the 3D view, its box off the leader's end.
  EXPECT_TRUE(insideBox(state.at("scene_viewport"), label.at("anchor"))) << label.dump();
  EXPECT_TRUE(insideBox(state.at("scene_viewport"), label.at("line_start"))) << label.dump();
  EXPECT_FALSE(insideBox(label.at("box"), label.at("anchor"))) << label.dump();
}

TEST(WindowLabels, LabelThisLayerNamesEveryShownMuscleOfTheLayerWithoutOverlaps) {
  const std::unique_ptr<WindowSession> session = openWindow();
  ASSERT_TRUE(session);
  WindowSession& window = *session;
  ASSERT_TRUE(window.clickWidget("label_layer_superficial"));
  ASSERT_TRUE(window.waitFor([](const json& s) {
    return s.at("labels").at("layers") == json::array({"superficial"}) && s.at("settled").get<bool>() &&
           s.at("labels").at("shown").size() >= 10;
  }, 60s)) << window.lastState().at("labels").dump();
  const json shown = window.state().at("labels").at("shown");
  std::set<std::string> muscles;
  for (const json& label : shown) {
    SCOPED_TRACE(label.dump());
    EXPECT_TRUE(muscles.insert(label.at("muscle").get<std::string>()).second) << "labelled twice";
    // Each leader ends on its own muscle.
    const std::string under = label.at("under_anchor").get<std::string>();
    EXPECT_EQ(under.substr(0, under.find('.')), label.at("muscle").get<std::string>());
  }
  for (std::size_t i = 0; i < shown.size(); ++i)
    for (std::size_t j = i + 1; j < shown.size(); ++j)
      EXPECT_FALSE(boxesOverlap(shown[i].at("box"), shown[j].at("box"))) << shown[i].dump() << " and " << shown[j].dump();
  // The front of the superficial layer: its big muscles are among the names.
  for (const char* id : {"pectoralis_major", "deltoid", "rectus_abdominis"})
    EXPECT_TRUE(muscles.contains(id)) << id;
  // Unticked, the labels go.
  ASSERT_TRUE(window.clickWidget("label_layer_superficial"));
  EXPECT_TRUE(window.waitFor([](const json& s) { return s.at("labels").at("shown").empty(); }, 30s))
      << window.lastState().at("labels").dump();
}

// A tour step that names its muscles (the low-back tour's deep layer, three outlined shapes a class
// could not tell apart) labels them in presenter mode, each leader on its own muscle, the boxes
// apart and in the view, clear of the caption.
TEST(WindowLabels, ATourStepsLabelsShowInPresenterMode) {
  const std::filesystem::path tour = std::filesystem::path(MYO_ASSETS_DIR) / "tours" / "low-back-and-hip-pain.json";
  WindowSession window(myo::test::freshTestFolder(myo::test::currentTestName()));
  ASSERT_TRUE(window.start({"--tour", tour.string(), "--present"})) << window.why();
  ASSERT_TRUE(window.waitFor([](const json& s) { return s.at("tour").at("step_number") == 1 && s.at("settled") == true; }, 30s));
  ASSERT_TRUE(window.key("End"));
  ASSERT_TRUE(window.waitFor([](const json& s) {
    return s.at("tour").at("step_title") == "The deep layer" && s.at("camera_moving") == false && s.at("settled") == true &&
           s.at("labels").at("shown").size() == 3;
  }, 30s)) << window.lastState().at("labels").dump();
  const json state = window.state();
  const json& view = state.at("scene_viewport");
  const json& shown = state.at("labels").at("shown");
  std::set<std::string> named;
  for (const json& label : shown) {
    SCOPED_TRACE(label.dump());
    named.insert(label.at("muscle").get<std::string>());
    EXPECT_EQ(label.at("under_anchor"), label.at("muscle").get<std::string>() + ".left") << "the leader ends elsewhere";
    const json& box = label.at("box");
    EXPECT_TRUE(insideBox(view, {{"x", box.at("x")}, {"y", box.at("y")}}) &&
                insideBox(view, {{"x", box.at("x").get<double>() + box.at("width").get<double>()},
                                 {"y", box.at("y").get<double>() + box.at("height").get<double>()}}))
        << "the box is not all in the view " << view.dump();
    // Read across a room: as high as the caption's smallest line (2.7% of the screen), not the
    // panels' 13-pixel text.
    EXPECT_GE(box.at("height").get<double>(), 0.025 * state.at("window").at("height").get<double>());
  }
  EXPECT_EQ(named, (std::set<std::string>{"quadratus_lumborum", "gluteus_minimus", "piriformis"}));
  for (std::size_t i = 0; i < shown.size(); ++i)
    for (std::size_t j = i + 1; j < shown.size(); ++j)
      EXPECT_FALSE(boxesOverlap(shown[i].at("box"), shown[j].at("box"))) << shown[i].dump() << " and " << shown[j].dump();
  // The step before names nothing: its labels go with it.
  ASSERT_TRUE(window.key("Left"));
  EXPECT_TRUE(window.waitFor([](const json& s) {
    return s.at("tour").at("step_number") == 14 && s.at("settled") == true && s.at("labels").at("shown").empty();
  }, 30s)) << window.lastState().at("labels").dump();
}

}  // namespace
