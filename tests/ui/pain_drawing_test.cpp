// "Where does it hurt" in the real window under Xvfb: paint on the body with the mouse (xdotool)
// and read the ranked candidate muscles, choose one, and keep the drawing in a session file.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "myo/atlas/session_autosave.hpp"
#include "golden.hpp"
#include "window_session.hpp"

namespace {

using myo::test::hoveredText;
using myo::test::Point;
using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

const json& pain(const json& state) { return state.at("pain"); }

std::string candidatesText(const json& state) {
  if (!state.contains("pain")) return "no pain state";
  std::string text;
  for (const json& c : pain(state).at("candidates"))
    text += "\n  " + c.at("rank").dump() + ". " + c.at("muscle").get<std::string>() + " (" + c.at("side").get<std::string>() + ")";
  return text.empty() ? " none" : text;
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class PainDrawing : public ::testing::Test {
 protected:
  void SetUp() override {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    beforeStart(session_->folder());
    ASSERT_TRUE(session_->start()) << session_->why();
  }
  // What a test leaves in its folder for the window to find when it opens.
  virtual void beforeStart(const std::filesystem::path& /*folder*/) {}
  WindowSession& window() { return *session_; }

  void turnOnPaintMode() {
    clickWidget("paint_mode");
    ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("paint_mode") == true; }, 30s))
        << "paint mode did not turn on";
  }

  // Moves onto a point and waits until the window reports something of the body under it.
  void hoverTheBodyAt(const Point& point, const std::string& expected = "") {
    // Away and back, so that the window picks again even when the cursor was there already.
    ASSERT_TRUE(window().moveMouse(point.x + 30, point.y));
    ASSERT_TRUE(window().moveMouse(point.x, point.y));
    ASSERT_TRUE(window().waitFor([&](const json& s) {
      return s.contains("hovered") && s["hovered"].is_object() && (expected.empty() || s["hovered"]["id"] == expected);
    }, 30s)) << "the point shows " << hoveredText(window().lastState());
  }

  // A short drag with the left button held: a stroke of several dabs.
  void paintStroke(const Point& from) {
    ASSERT_TRUE(window().xdotool({"mousedown", "1"}));
    for (int step = 1; step <= 6; ++step) {
      ASSERT_TRUE(window().moveMouse(from.x + 3.0 * step, from.y + 2.0 * step));
      // Each move is one frame's dab: wait until the window has taken it before the next.
      const int dabs = pain(window().state()).at("strokes").get<int>();
      window().waitFor([&](const json& s) { return pain(s).at("strokes").get<int>() > dabs; }, 5s);
    }
    ASSERT_TRUE(window().xdotool({"mouseup", "1"}));
    // ImGui 1.86 reads the button's state once a frame: a press on a panel in the same frame as
    // this release would merge with it into one long press. Wait until the window has seen the
    // release: only then does it report what lies under a cursor that moved off the body.
    const json viewport = window().state().at("scene_viewport");
    ASSERT_TRUE(window().moveMouse(viewport.at("x").get<double>() + 10, viewport.at("y").get<double>() + 10));
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("hovered").is_null(); }, 30s))
        << "the window did not see the end of the stroke: " << hoveredText(window().lastState());
  }

  void clickWidget(const std::string& widget) {
    ASSERT_TRUE(window().clickWidget(widget)) << widget << " never came into view";
  }

  // Types a path into the session-file field, over what it held. On a loaded machine the select-all
  // chord has been lost now and then (the path went in at the cursor the click left, in the middle
  // of the old one: seen twice in clean-clone CI runs, never alone), so the field is read back and
  // the typing tried again; what the tests check is the file that opens, not the keyboard.
  void typeSessionFile(const std::string& text) {
    for (int attempt = 0; attempt < 3; ++attempt) {
      clickWidget("pain_session_file");
      ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("session_file_focused") == true; }, 30s))
          << "the session-file field did not take the keyboard";
      ASSERT_TRUE(window().key("ctrl+a"));
      ASSERT_TRUE(window().type(text));
      if (window().waitFor([&](const json& s) { return pain(s).at("session_file") == text; }, 10s)) return;
    }
    FAIL() << "the field shows " << pain(window().lastState()).at("session_file");
  }

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(PainDrawing, PaintingTheChestRanksItsMusclesAndPaintingTheOtherSideChangesTheList) {
  turnOnPaintMode();
  hoverTheBodyAt(myo::test::leftPectoralisPoint(window().state()));  // the skin shows in paint mode
  paintStroke(myo::test::leftPectoralisPoint(window().state()));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const int rank = myo::test::candidateRank(s, "pectoralis_major", "left");
    return pain(s).at("strokes").get<int>() >= 2 && rank >= 1 && rank <= 5 &&
           pain(s).at("candidates")[0].at("side") == "left";
  }, 30s)) << "after painting the left chest (" << pain(window().lastState()).at("strokes")
           << " dabs) the candidates are:" << candidatesText(window().lastState());
  EXPECT_TRUE(window().lastState().at("selection").empty()) << "painting must not select";
  const json firstTop = pain(window().lastState()).at("candidates")[0];

  clickWidget("pain_clear");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return pain(s).at("strokes") == 0 && pain(s).at("candidates").empty();
  }, 30s)) << "Clear left" << candidatesText(window().lastState());

  // The same place on the other side of the chest: now the right side's muscles explain it.
  const Point right = myo::test::rightPectoralisPoint(window().state());
  hoverTheBodyAt(right);
  ASSERT_TRUE(window().click(right.x, right.y));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const int rank = myo::test::candidateRank(s, "pectoralis_major", "right");
    return pain(s).at("strokes") == 1 && rank >= 1 && rank <= 5 && pain(s).at("candidates")[0].at("side") == "right";
  }, 30s)) << "after a dab on the right chest the candidates are:" << candidatesText(window().lastState());
  EXPECT_NE(pain(window().lastState()).at("candidates")[0], firstTop);
}

// The window keeps one GPU copy of the body and restyles it: with the skin shown, a drawing
// cleared must leave the skin on screen as it was before anything was painted, not with the old
// heat map still drawn. Read from the window's own pixels, not only its state file.
// Issue 22's friction: paint mode showed the muscles until the first dab, so the therapist could
// not see the skin they were about to paint on.
TEST_F(PainDrawing, PaintModeShowsTheSkinBeforeTheFirstDab) {
  if (window().state().at("layers").at("skin").at("visible") == true) {
    clickWidget("layer_skin");
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("layers").at("skin").at("visible") == false; }, 30s));
  }
  turnOnPaintMode();
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const json& shown = s.at("layers_shown");
    return std::find(shown.begin(), shown.end(), "skin") != shown.end();
  }, 30s)) << "shown " << window().lastState().at("layers_shown").dump();
  EXPECT_EQ(pain(window().lastState()).at("strokes"), 0) << "the skin showed only after painting";
}

TEST_F(PainDrawing, ClearingTheDrawingTakesItsHeatOffTheSkinOnScreen) {
  clickWidget("layer_skin");
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("layers").at("skin").at("visible") == true; }, 30s))
      << "the skin did not turn on";
  const myo::Result<myo::Image> before = myo::test::sceneScreenshot(window());
  ASSERT_TRUE(before) << before.error().message;

  turnOnPaintMode();
  const Point chest = myo::test::leftPectoralisPoint(window().state());
  hoverTheBodyAt(chest);
  paintStroke(chest);
  ASSERT_TRUE(window().key("b"));  // paint mode off: the brush ring goes from the picture
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return pain(s).at("paint_mode") == false && pain(s).at("strokes").get<int>() > 0;
  }, 30s));
  const myo::Result<myo::Image> painted = myo::test::sceneScreenshot(window());
  ASSERT_TRUE(painted) << painted.error().message;
  ASSERT_GT(myo::test::differingPixels(*painted, *before), 300u) << "the drawing did not show on the skin";

  clickWidget("pain_clear");
  ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("strokes") == 0; }, 30s));
  const myo::Result<myo::Image> cleared = myo::test::sceneScreenshot(window());
  ASSERT_TRUE(cleared) << cleared.error().message;
  EXPECT_LT(myo::test::differingPixels(*cleared, *before), 20u)
      << "heat stayed on the skin after Clear: see " << window().lastState().value("last_screenshot", "");
}

TEST_F(PainDrawing, ChoosingACandidateSelectsItAndShowsItsTriggerPointOverTheDrawing) {
  turnOnPaintMode();
  const Point chest = myo::test::leftPectoralisPoint(window().state());
  hoverTheBodyAt(chest);  // the skin shows in paint mode
  ASSERT_TRUE(window().click(chest.x, chest.y));
  ASSERT_TRUE(window().waitFor([](const json& s) { return !pain(s).at("candidates").empty(); }, 30s))
      << "no candidates after a dab";
  const json top = pain(window().lastState()).at("candidates")[0];
  clickWidget("pain_candidate_0");
  const std::string selected = top.at("muscle").get<std::string>() + "." + top.at("side").get<std::string>();
  const std::string point = top.at("trigger_points")[0];
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    return s.at("selection") == json::array({selected}) && s.at("chosen_trigger_point") == point &&
           s.at("patterns") == json::array({point + "." + top.at("side").get<std::string>()}) &&
           pain(s).at("chosen_candidate") == 0;
  }, 30s)) << "selection " << window().lastState().at("selection") << ", trigger point "
           << window().lastState().at("chosen_trigger_point") << ", patterns " << window().lastState().at("patterns");
  // The drawing stays on the skin, which stays shown under the pattern.
  EXPECT_EQ(pain(window().lastState()).at("strokes"), 1);
  EXPECT_EQ(window().lastState().at("layers").at("skin").at("visible"), true);
}

TEST_F(PainDrawing, ASessionIsAutosavedSavedAndOpenedAgain) {
  turnOnPaintMode();
  const Point chest = myo::test::leftPectoralisPoint(window().state());
  hoverTheBodyAt(chest);  // the skin shows in paint mode
  ASSERT_TRUE(window().click(chest.x, chest.y));
  ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("strokes") == 1; }, 30s));
  // Every change is autosaved to the state folder until the session has a file of its own.
  const std::filesystem::path autosave = window().folder() / "state" / "myoatlas" / "untitled.myosession.autosave";
  EXPECT_TRUE(window().waitFor([&](const json&) { return std::filesystem::exists(autosave); }, 30s)) << autosave;

  const std::filesystem::path file = window().folder() / "anna.myosession";
  typeSessionFile(file.string());
  clickWidget("pain_save");
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    return pain(s).at("session_message") == "Saved to " + file.string();
  }, 30s)) << "the window says: " << pain(window().lastState()).at("session_message");
  EXPECT_TRUE(std::filesystem::exists(file));
  EXPECT_FALSE(std::filesystem::exists(autosave)) << "the autosave outlived the save";

  clickWidget("pain_clear");
  ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("strokes") == 0 && pain(s).at("candidates").empty(); }, 30s));
  clickWidget("pain_open");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return pain(s).at("strokes") == 1 && !pain(s).at("candidates").empty() && pain(s).at("session_message_is_error") == false;
  }, 30s)) << "after Open: " << pain(window().lastState()).at("session_message") << candidatesText(window().lastState());
}

TEST_F(PainDrawing, ADamagedSessionFileIsRefusedWithItsNameAndLeftAlone) {
  const std::filesystem::path damaged = window().folder() / "damaged.myosession";
  { std::ofstream(damaged) << "{\"format\": \"myoatlas-session\", \"version\": 1, \"pain\": ["; }
  const std::string before = slurp(damaged);
  typeSessionFile(damaged.string());
  clickWidget("pain_open");
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    const std::string message = pain(s).at("session_message");
    return pain(s).at("session_message_is_error") == true && message.find(damaged.string()) != std::string::npos;
  }, 30s)) << "the window says: " << pain(window().lastState()).at("session_message");
  const std::string refusedOpen = pain(window().lastState()).at("session_message");
  clickWidget("pain_save");  // saving over it is refused too
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    return pain(s).at("session_message_is_error") == true && pain(s).at("session_message") != refusedOpen;
  }, 30s)) << "the window says: " << pain(window().lastState()).at("session_message");
  EXPECT_EQ(slurp(damaged), before) << "the damaged file was changed";
}

// Issue 23, item 1: the parse error quoted the raw byte, and writing it into the state file threw
// and ended the window.
TEST_F(PainDrawing, ASessionWithInvalidUtf8IsRefusedAndTheWindowCarriesOn) {
  const std::filesystem::path latin1 = window().folder() / "latin1.myosession";
  { std::ofstream(latin1, std::ios::binary) << "{\"format\": \"myoatlas-session\", \"version\": 1, \"notes\": \"\xe7" "a va\"}"; }
  typeSessionFile(latin1.string());
  clickWidget("pain_open");
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    const std::string message = pain(s).at("session_message");
    return pain(s).at("session_message_is_error") == true && message.find(latin1.string()) != std::string::npos;
  }, 30s)) << "the window says: " << pain(window().lastState()).at("session_message") << "\n" << window().appOutput();
  EXPECT_NE(pain(window().lastState()).at("session_message").get<std::string>().find("\\xE7"), std::string::npos)
      << "the byte is shown escaped: " << pain(window().lastState()).at("session_message");
  // Still alive: it answers the next action.
  clickWidget("pain_clear");
  EXPECT_TRUE(window().waitFor([](const json& s) { return pain(s).at("strokes") == 0; }, 30s));
}

// Issue 23, item 4: a huge session kept the main thread parsing for minutes. The size is checked
// before reading. (A sparse file: it takes no disk, and is removed with the test's folder.)
TEST_F(PainDrawing, A500MegabyteSessionIsRefusedAtOnce) {
  const std::filesystem::path huge = window().folder() / "huge.myosession";
  { std::ofstream(huge) << "{\"format\": \"myoatlas-session\", \"version\": 1, \"notes\": \""; }
  std::filesystem::resize_file(huge, std::uintmax_t{500} << 20);
  typeSessionFile(huge.string());
  const auto start = std::chrono::steady_clock::now();
  clickWidget("pain_open");
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    const std::string message = pain(s).at("session_message");
    return pain(s).at("session_message_is_error") == true && message.find("limit") != std::string::npos;
  }, 30s)) << "the window says: " << pain(window().lastState()).at("session_message");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::filesystem::remove(huge);
  // The click itself (scrolling the field into view, waiting for it to settle) is in the figure.
  EXPECT_LT(seconds, 5.0) << "refused after " << seconds << " s";
}

// ... and a large session within the limits opens, and the window draws its frames as quickly as it
// does with a small drawing.
TEST_F(PainDrawing, AFiveMegabyteSessionOpensAndTheWindowStaysResponsive) {
  const auto writeSession = [](const std::filesystem::path& file, int strokes, std::size_t notes) {
    std::ofstream out(file);
    out << "{\"format\": \"myoatlas-session\", \"version\": 1, \"date\": \"2026-12-04\", \"pain\": {\"regions\": [], "
           "\"strokes\": [";
    for (int i = 0; i < strokes; ++i)
      out << (i ? ",\n" : "") << "  {\"point\": [" << 0.07 + 0.00001 * (i % 100) << ", 1.45, 0.12], \"radius\": 0.02, "
          << "\"intensity\": 0.8, \"erase\": false}";
    out << "]}, \"muscles\": [], \"notes\": \"" << std::string(notes, 'n') << "\"}";
  };
  const auto openSession = [&](const std::filesystem::path& file, int strokes) {
    typeSessionFile(file.string());
    clickWidget("pain_open");
    ASSERT_TRUE(window().waitFor([&](const json& s) {
      return pain(s).at("strokes") == strokes && pain(s).at("session_message_is_error") == false;
    }, 60s)) << "the window says: " << pain(window().lastState()).at("session_message");
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("settled") == true; }, 60s));
  };
  // The scene is drawn again, frame after frame, while the camera turns to the back (key 2) or to
  // the left (3); the last frame of a turn is read once the window has settled. The fastest of
  // several turns: this test runs alone (RUN_SERIAL), but the machine may still be shared.
  const auto fastestTurns = [&](int turns, json& lastFrame) {
    double fastest = std::numeric_limits<double>::infinity();
    for (int turn = 0; turn < turns; ++turn) {
      const bool back = turn % 2 == 0;
      EXPECT_TRUE(window().key(back ? "2" : "3"));
      EXPECT_TRUE(window().waitFor([&](const json& s) {
        return s.at("settled") == true && s.at("view") == (back ? "posterior" : "left");
      }, 30s)) << window().lastState().dump().substr(0, 400);
      lastFrame = window().lastState().at("frame_ms");
      fastest = std::min(fastest, lastFrame.at("scene").get<double>());
    }
    return fastest;
  };
  // First a small drawing, one dab, so that the comparison is with the same picture: the skin
  // painted with the pain costs the software renderer more than the bare body, whatever the size
  // of the session.
  const std::filesystem::path small = window().folder() / "small.myosession";
  writeSession(small, 1, 10);
  openSession(small, 1);
  const json viewport = window().state().at("scene_viewport");
  ASSERT_TRUE(window().moveMouse(viewport.at("x").get<double>() + 40, viewport.at("y").get<double>() + 40));
  json frame;
  const double before = fastestTurns(3, frame);
  const double panelsBefore = frame.at("panels_only").get<double>();

  const std::filesystem::path large = window().folder() / "large.myosession";
  constexpr int kStrokes = 60000;
  writeSession(large, kStrokes, 90000);
  ASSERT_GT(std::filesystem::file_size(large), 5'000'000u);
  openSession(large, kStrokes);
  ASSERT_TRUE(window().moveMouse(viewport.at("x").get<double>() + 40, viewport.at("y").get<double>() + 40));
  const double fastestScene = fastestTurns(5, frame);
  EXPECT_LT(fastestScene, std::max(100.0, 1.3 * before))
      << "fastest of five turns " << fastestScene << " ms, the last " << frame.dump() << ", with one dab " << before;
  // Panel frames, drawn as the pointer moves over the left column: the best of five.
  double fastestPanels = frame.at("panels_only").get<double>();
  for (int i = 1; i <= 5; ++i) {
    const double x = viewport.at("x").get<double>() / 2.0;
    const double y = 120.0 + 15.0 * i;
    ASSERT_TRUE(window().moveMouse(x, y));
    ASSERT_TRUE(window().waitFor([&](const json& s) {
      return std::abs(s.at("cursor").at("x").get<double>() - x) < 1.0 && std::abs(s.at("cursor").at("y").get<double>() - y) < 1.0;
    }, 10s)) << window().lastState().at("cursor").dump();
    fastestPanels = std::min(fastestPanels, window().lastState().at("frame_ms").at("panels_only").get<double>());
  }
  EXPECT_LT(fastestPanels, std::max(100.0, 1.3 * panelsBefore))
      << frame.dump() << ", fastest of five panel frames " << fastestPanels << ", with one dab " << panelsBefore;
}

// A run that ended without saving (a crash) left its autosave behind.
class PainDrawingAfterACrash : public PainDrawing {
 protected:
  void beforeStart(const std::filesystem::path& folder) override {
    myo::atlas::Session left{.date = "2026-12-01", .notes = "right-handed, desk job"};
    left.pain.regions = {"left_temple"};
    // The window's XDG_STATE_HOME is folder/state (WindowSession).
    ASSERT_TRUE(myo::atlas::SessionAutosave::untitledIn(folder / "state" / "myoatlas").save(left));
  }
};

TEST_F(PainDrawingAfterACrash, TheWindowOffersToRecoverTheAutosaveAndRecoversIt) {
  ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("autosave_offered") == true; }, 30s))
      << "no offer to recover the autosave";
  clickWidget("pain_recover");
  EXPECT_TRUE(window().waitFor([](const json& s) {
    return pain(s).at("autosave_offered") == false && pain(s).at("regions") == json::array({"left_temple"}) &&
           !pain(s).at("candidates").empty();
  }, 30s)) << "after Recover: " << pain(window().lastState()).at("session_message") << candidatesText(window().lastState());
}

}  // namespace
