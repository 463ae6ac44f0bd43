// The palpation probe in the real window: D held with the pointer over the body lists the tissues
// under that point of the skin, in order with their depths, beside the cursor — the same list
// `myoatlas probe --at X,Y,Z` gives for the skin point the window reports — and letting go hides it.
// The places are found from the window itself (a selected muscle's centre on screen), not from
// pixel positions that would break when the body changes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "run_command.hpp"
#include "window_session.hpp"

namespace {

using myo::test::Point;
using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

std::vector<std::string> probeIds(const json& layers) {
  std::vector<std::string> ids;
  for (const json& layer : layers) ids.push_back(layer.at("id"));
  return ids;
}

std::string probeList(const json& layers) {
  std::string text;
  for (const json& layer : layers)
    text += layer.value("name", "?") + " " + layer.at("from_mm").dump() + "-" + layer.at("to_mm").dump() + " mm; ";
  return text;
}

bool probeShownAt(const json& s, Point at) {
  if (!s.contains("probe") || !s["probe"].is_object()) return false;
  const json& cursor = s["probe"]["cursor"];
  // Not `settled`: the held key repeats, and every repeat is input.
  return std::abs(cursor["x"].get<double>() - at.x) < 1.5 && std::abs(cursor["y"].get<double>() - at.y) < 1.5 &&
         s["probe"]["panel"]["width"].get<double>() > 0.0;
}

class ProbeWindow : public ::testing::Test {
 protected:
  void SetUp() override {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    ASSERT_TRUE(session_->start()) << session_->why();
  }
  void TearDown() override {
    if (session_) session_->xdotool({"keyup", "d"});
  }
  WindowSession& window() { return *session_; }

  // Turns to a view (its key), selects a muscle (both sides) by a click on its row in the list,
  // which frames it and leaves the keyboard to the window, and waits until the camera has stopped.
  void selectInView(const std::string& viewKey, const std::string& view, const std::string& muscle) {
    ASSERT_TRUE(window().key(viewKey));
    ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("view") == view && !s.at("camera_moving").get<bool>(); }, 30s));
    ASSERT_TRUE(window().clickWidget("search_box"));
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.value("search_focused", false); }, 30s));
    ASSERT_TRUE(window().type(muscle));
    ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("widgets").contains("muscle_row_" + muscle); }, 30s))
        << window().lastState().at("search_results").dump();
    ASSERT_TRUE(window().clickWidget("muscle_row_" + muscle));
    ASSERT_TRUE(window().waitFor([&](const json& s) {
      return s.at("selection") == json::array({muscle}) && !s.at("camera_moving").get<bool>() &&
             !s.value("search_focused", true) && s.at("selection_on_screen").is_object() && s.value("settled", false);
    }, 30s)) << "selection " << window().lastState().at("selection").dump();
  }

  // A click on the body at `at` (which also takes the keyboard from the search box); the muscle of
  // that side is selected when the click lands on it.
  void clickBody(Point at) {
    ASSERT_TRUE(window().click(at.x, at.y));
    ASSERT_TRUE(window().waitFor([](const json& s) { return !s.value("search_focused", true) && s.value("settled", false); }, 30s));
  }

  static Point selectionPoint(const json& state) {
    return {state.at("selection_on_screen").at("x").get<double>(), state.at("selection_on_screen").at("y").get<double>()};
  }

  // Holds D with the pointer at `at` until the window lists the stack there; the probe's document.
  json holdProbeAt(Point at) {
    EXPECT_TRUE(window().moveMouse(at.x, at.y));
    EXPECT_TRUE(window().xdotool({"keydown", "d"}));
    EXPECT_TRUE(window().waitFor([&](const json& s) { return probeShownAt(s, at); }, 30s))
        << "no probe at " << at.x << "," << at.y << ": " << window().lastState().value("probe", json()).dump();
    return window().lastState().value("probe", json());
  }

  // What `myoatlas probe --at X,Y,Z` lists at the window's skin point.
  static json commandLineProbe(const json& probe) {
    const json& p = probe.at("skin_point");
    char at[96];
    std::snprintf(at, sizeof at, "%.9g,%.9g,%.9g", p[0].get<double>(), p[1].get<double>(), p[2].get<double>());
    const auto result = myo::test::runMyoatlas({"probe", "--at", at, "--json"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return result.exitCode == 0 ? json::parse(result.out) : json::object();
  }

  // The window's list is the command line's, tissue for tissue and depth for depth.
  static void expectSameAsCommandLine(const json& probe) {
    const json cli = commandLineProbe(probe);
    ASSERT_TRUE(cli.contains("layers")) << cli.dump();
    EXPECT_EQ(probeIds(probe.at("layers")), probeIds(cli.at("layers")))
        << "window: " << probeList(probe.at("layers")) << "\ncommand line: " << probeList(cli.at("layers"));
    if (probe.at("layers").size() != cli.at("layers").size()) return;
    for (std::size_t i = 0; i < cli.at("layers").size(); ++i) {
      EXPECT_NEAR(probe["layers"][i]["from_mm"].get<double>(), cli["layers"][i]["from_mm"].get<double>(), 0.11);
      EXPECT_NEAR(probe["layers"][i]["to_mm"].get<double>(), cli["layers"][i]["to_mm"].get<double>(), 0.11);
      EXPECT_EQ(probe["layers"][i]["name"], cli["layers"][i]["name"]);
    }
  }

  // Letting go of D hides it.
  void releaseAndExpectHidden() {
    ASSERT_TRUE(window().xdotool({"keyup", "d"}));
    EXPECT_TRUE(window().waitFor([](const json& s) { return s.at("probe").is_null(); }, 30s))
        << "still shown: " << window().lastState().at("probe").dump();
  }

  // The cross-section sits beside the pointer, not over it, and inside the window.
  void expectBesideThePointer(const json& probe) {
    const json& panel = probe.at("panel");
    const double x = panel.at("x"), y = panel.at("y"), w = panel.at("width"), h = panel.at("height");
    const double cx = probe["cursor"]["x"], cy = probe["cursor"]["y"];
    EXPECT_GT(w, 0.0);
    EXPECT_FALSE(cx >= x && cx <= x + w && cy >= y && cy <= y + h) << "the panel covers the pressed point: " << panel.dump();
    EXPECT_LT(std::min(std::abs(x - cx), std::abs(x + w - cx)), 120.0) << "far from the pointer: " << panel.dump();
    const json& size = window().lastState().at("window");
    EXPECT_GE(x, 0.0);
    EXPECT_GE(y, 0.0);
    EXPECT_LE(x + w, size.at("width").get<double>());
    EXPECT_LE(y + h, size.at("height").get<double>());
  }

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(ProbeWindow, HeldOverTheTempleItListsSkinTemporalisAndSkullAsTheCommandLineDoes) {
  // From the left, both temporalis muscles' centre is drawn on the left temple.
  selectInView("3", "left", "temporalis");
  const json probe = holdProbeAt(selectionPoint(window().lastState()));
  const std::vector<std::string> ids = probeIds(probe.at("layers"));
  ASSERT_GE(ids.size(), 3u) << probeList(probe.at("layers"));
  EXPECT_EQ(ids.front(), "skin");
  EXPECT_NE(std::find(ids.begin(), ids.end(), "temporalis"), ids.end()) << probeList(probe.at("layers"));
  EXPECT_EQ(ids.back(), "skull") << probeList(probe.at("layers"));
  EXPECT_TRUE(probe.at("reaches_bone").get<bool>());
  EXPECT_EQ(probe["layers"][0]["name"], "skin and fat");
  // Pressed straight in: at the temple the skin faces the left, so the fingers go toward -x.
  EXPECT_LT(probe["direction"][0].get<double>(), -0.5) << probe["direction"].dump();
  expectSameAsCommandLine(probe);
  expectBesideThePointer(probe);
  releaseAndExpectHidden();
}

TEST_F(ProbeWindow, HeldOverTheBackOfTheShoulderItListsTheInfraspinatusOnTheScapulaWhateverTheViewShows) {
  // The infraspinatus isolated (I), so that a click on one of its trigger points lands on it and
  // selects that side's muscle; the probe lists every tissue all the same.
  selectInView("2", "posterior", "infraspinatus");
  ASSERT_TRUE(window().key("i"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.value("settled", false); }, 30s));
  const json markers = window().lastState().at("markers_on_screen");
  ASSERT_FALSE(markers.empty());
  std::optional<Point> onMuscle;
  for (const json& marker : markers) {
    const Point at{marker.at("x").get<double>(), marker.at("y").get<double>()};
    ASSERT_TRUE(window().moveMouse(at.x, at.y));
    if (window().waitFor([](const json& s) { return myo::test::hovering(s, "infraspinatus"); }, 3s)) {
      onMuscle = at;
      break;
    }
  }
  ASSERT_TRUE(onMuscle.has_value()) << "no trigger point of the infraspinatus shows the muscle under it";
  clickBody(*onMuscle);
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("selection").size() == 1 && s.at("selection")[0].get<std::string>().rfind("infraspinatus.", 0) == 0 &&
           s.at("selection_on_screen").is_object() && s.value("settled", false);
  }, 30s)) << window().lastState().at("selection").dump();
  const Point shoulder = selectionPoint(window().lastState());
  const json probe = holdProbeAt(shoulder);
  const std::vector<std::string> ids = probeIds(probe.at("layers"));
  EXPECT_EQ(ids.front(), "skin");
  EXPECT_NE(std::find(ids.begin(), ids.end(), "infraspinatus"), ids.end()) << probeList(probe.at("layers"));
  EXPECT_EQ(ids.back(), "scapula") << probeList(probe.at("layers"));
  // Pressed in from behind.
  EXPECT_GT(probe["direction"][2].get<double>(), 0.5) << probe["direction"].dump();
  expectSameAsCommandLine(probe);
  expectBesideThePointer(probe);
  releaseAndExpectHidden();
}

TEST_F(ProbeWindow, PresenterModeShowsItTooAndAScreenshotAtUiScale175KeepsItWhole) {
  // The projector's UI scale; then presenter mode, the left view.
  for (int step = 0; step < 3; ++step) ASSERT_TRUE(window().key("ctrl+equal"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return std::abs(s.at("ui_scale").get<double>() - 1.75) < 0.01; }, 30s));
  selectInView("3", "left", "temporalis");
  ASSERT_TRUE(window().key("F5"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("presenter").at("presenting").get<bool>() && !s.at("camera_moving").get<bool>() && s.value("settled", false) &&
           s.at("selection_on_screen").is_object();
  }, 30s));
  const Point there = selectionPoint(window().lastState());
  const json probe = holdProbeAt(there);
  const std::vector<std::string> ids = probeIds(probe.at("layers"));
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids.front(), "skin");
  EXPECT_EQ(ids.back(), "skull") << probeList(probe.at("layers"));
  expectBesideThePointer(probe);
  // A picture of it, for people to look at (build/test-output/ui/.../screenshots).
  const std::string before = window().lastState().value("last_screenshot", "");
  ASSERT_TRUE(window().key("F12"));
  ASSERT_TRUE(window().waitFor([&](const json& s) { return s.value("last_screenshot", "") != before; }, 30s));
  EXPECT_TRUE(std::filesystem::exists(window().lastState().at("last_screenshot").get<std::string>()));
  releaseAndExpectHidden();
}

}  // namespace
