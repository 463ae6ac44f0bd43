// The zone editor in the real window under Xvfb, on a copy of the assets (MYO_ASSETS_DIR): select
// the left pectoralis major, choose its first trigger point, draw a band by dragging on the chest
// and a spillover area by clicking its outline, save — and the card file holds the new drawing,
// `myoatlas validate` passes on the copy, and the user's own assets are as they were.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <filesystem>

#include "knowledge_fixture.hpp"
#include "window_session.hpp"

namespace {

using myo::test::Point;
using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

const std::string kPoint = "pectoralis_major/tp1";

const json& zoneEdit(const json& state) { return state.at("zone_edit"); }

std::size_t shapesIn(const json& state, const char* zone) { return zoneEdit(state).at(zone).size(); }

// The first trigger point's drawing in a card file: how many shapes each zone has.
json drawingIn(const std::filesystem::path& card) {
  const json document = json::parse(myo::test::readText(card), nullptr, false);
  if (!document.is_object()) return nullptr;
  for (const json& tp : document.at("trigger_points"))
    if (tp.at("id") == kPoint) return tp.at("referral").at("drawing");
  return nullptr;
}

class ZoneEditorWindow : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::filesystem::path folder = myo::test::freshTestFolder(myo::test::currentTestName());
    assets_ = folder / "assets";
    std::filesystem::copy(myo::test::sourceAssetsDir(), assets_, std::filesystem::copy_options::recursive);
    originalCard_ = myo::test::readText(sourceCard());
    session_ = std::make_unique<WindowSession>(folder);
    ASSERT_TRUE(session_->start({}, {"MYO_ASSETS_DIR=" + assets_.string()})) << session_->why();
  }
  void TearDown() override {
    session_.reset();
    EXPECT_EQ(myo::test::readText(sourceCard()), originalCard_) << "the user's own card changed";
  }
  WindowSession& window() { return *session_; }
  std::filesystem::path sourceCard() const {
    return myo::test::sourceAssetsDir() / "knowledge" / "muscles" / "pectoralis_major.json";
  }
  std::filesystem::path copiedCard() const { return assets_ / "knowledge" / "muscles" / "pectoralis_major.json"; }

  void clickWidget(const std::string& widget) {
    ASSERT_TRUE(window().clickWidget(widget)) << widget << " never came into view";
  }

  // Moves onto a point and waits until the window reports something of the body under it.
  void hoverTheBodyAt(const Point& point) {
    ASSERT_TRUE(window().moveMouse(point.x + 30, point.y));
    ASSERT_TRUE(window().moveMouse(point.x, point.y));
    ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("hovered").is_object(); }, 30s))
        << "nothing of the body under " << point.x << ", " << point.y;
  }

  // The window has seen the cursor here (it reports the cursor of the frame it drew); xdotool
  // moves to whole pixels.
  void waitForCursor(double x, double y) {
    const double px = std::floor(x), py = std::floor(y);
    EXPECT_TRUE(window().waitFor([&](const json& s) {
      return std::abs(s.at("cursor").at("x").get<double>() - px) < 0.5 && std::abs(s.at("cursor").at("y").get<double>() - py) < 0.5;
    }, 5s)) << "the window did not see the cursor at " << px << ", " << py << ": " << window().lastState().at("cursor");
  }

  std::filesystem::path assets_;
  std::string originalCard_;

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(ZoneEditorWindow, ABandDraggedAndAnAreaClickedOnTheChestAreSavedIntoTheCardAndPassValidate) {
  const json before = drawingIn(copiedCard());
  ASSERT_TRUE(before.is_object()) << "the copied card has no drawing for " << kPoint;

  // Select the left pectoralis major and choose its first trigger point in the zone editor.
  const Point chest = myo::test::leftPectoralisPoint(window().state());
  hoverTheBodyAt(chest);
  ASSERT_TRUE(window().click(chest.x, chest.y));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("selection") == json::array({"pectoralis_major.left"}); }, 30s))
      << "selection " << window().lastState().at("selection");
  clickWidget("section_Zone editor");
  clickWidget("zone_tp_1");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("chosen_trigger_point") == kPoint && zoneEdit(s).at("trigger_point") == kPoint &&
           s.at("patterns") == json::array({kPoint + ".left"});
  }, 30s)) << "the zone editor did not take " << kPoint << ": " << zoneEdit(window().lastState()).dump();
  const std::size_t essentialBefore = shapesIn(window().lastState(), "essential");
  const std::size_t spilloverBefore = shapesIn(window().lastState(), "spillover");
  EXPECT_EQ(essentialBefore, before.at("essential").size()) << "the editor starts from the card's drawing";

  clickWidget("zone_draw_mode");
  ASSERT_TRUE(window().waitFor([](const json& s) { return zoneEdit(s).at("draw_mode") == true; }, 30s));

  // A band: drag down the chest, a step at a time, each seen by the window before the next.
  hoverTheBodyAt(chest);
  ASSERT_TRUE(window().xdotool({"mousedown", "1"}));
  for (int step = 1; step <= 8; ++step) {
    ASSERT_TRUE(window().moveMouse(chest.x + 2.0 * step, chest.y + 9.0 * step));
    waitForCursor(chest.x + 2.0 * step, chest.y + 9.0 * step);
  }
  ASSERT_TRUE(window().xdotool({"mouseup", "1"}));
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    return shapesIn(s, "essential") == essentialBefore + 1 && zoneEdit(s).at("in_progress").is_null();
  }, 30s)) << "no band after the drag: " << zoneEdit(window().lastState()).dump();
  const json band = zoneEdit(window().lastState()).at("essential").back();
  EXPECT_EQ(band.at("kind"), "stroke");
  EXPECT_GE(band.at("points").get<int>(), 3) << "a point every 2 cm of a drag over several centimetres";
  EXPECT_TRUE(zoneEdit(window().lastState()).at("unsaved").get<bool>());

  // A spillover area: four clicks around a patch of the abdomen, where the skin is smooth (an
  // outline over a sharp bend of this body's skin may not close), then Close area.
  clickWidget("zone_spillover");
  clickWidget("zone_area");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return zoneEdit(s).at("zone") == "spillover" && zoneEdit(s).at("tool") == "area";
  }, 30s));
  const Point centre{chest.x - 5.0, chest.y + 160.0};
  for (const Point offset : {Point{-14, -14}, Point{14, -14}, Point{14, 14}, Point{-14, 14}}) {
    const Point corner{centre.x + offset.x, centre.y + offset.y};
    const int points = zoneEdit(window().state()).at("in_progress").is_null()
                           ? 0 : zoneEdit(window().state()).at("in_progress").at("points").get<int>();
    ASSERT_TRUE(window().moveMouse(corner.x, corner.y));
    waitForCursor(corner.x, corner.y);
    ASSERT_TRUE(window().click(corner.x, corner.y));
    ASSERT_TRUE(window().waitFor([&](const json& s) {
      return zoneEdit(s).at("in_progress").is_object() && zoneEdit(s).at("in_progress").at("points") == points + 1;
    }, 30s)) << "the click at " << corner.x << ", " << corner.y << " added no point: " << zoneEdit(window().lastState()).dump();
  }
  clickWidget("zone_close_area");
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    return shapesIn(s, "spillover") == spilloverBefore + 1 && zoneEdit(s).at("in_progress").is_null();
  }, 30s)) << "the outline did not close: " << zoneEdit(window().lastState()).dump();
  EXPECT_TRUE(zoneEdit(window().lastState()).at("problems").empty()) << zoneEdit(window().lastState()).at("problems");

  // What the teacher sees before saving, kept beside the test's output.
  const std::string shot = window().state().value("last_screenshot", "");
  ASSERT_TRUE(window().key("F12"));
  window().waitFor([&](const json& s) { return s.value("last_screenshot", "") != shot; }, 30s);

  clickWidget("zone_save");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return zoneEdit(s).at("message").get<std::string>().rfind("Saved into", 0) == 0 && zoneEdit(s).at("unsaved") == false;
  }, 60s)) << "not saved: " << zoneEdit(window().lastState()).dump();
  EXPECT_FALSE(zoneEdit(window().lastState()).at("message_is_error").get<bool>());

  const json after = drawingIn(copiedCard());
  ASSERT_TRUE(after.is_object()) << "the saved card does not parse";
  EXPECT_EQ(after.at("essential").size(), essentialBefore + 1);
  EXPECT_EQ(after.at("spillover").size(), spilloverBefore + 1);
  EXPECT_EQ(after.at("spillover").back().contains("area"), true);

  const myo::test::CommandResult validated = myo::test::runMyoatlas({"validate", assets_.string()});
  EXPECT_EQ(validated.exitCode, 0) << validated.out << validated.err;
}

}  // namespace
