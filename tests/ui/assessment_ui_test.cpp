// The Assessment section in the real window under Xvfb: intake, posture, a named test, a measured
// range and palpation of a muscle clicked in the list move the candidates and say why; the intake's
// warnings reach the candidates and the card's technique tab; a red flag shows the referral
// banner; the report button writes the therapist's record.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "window_session.hpp"

namespace {

using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

const json& pain(const json& state) { return state.at("pain"); }

std::string candidatesText(const json& state) {
  if (!state.contains("pain")) return "no pain state";
  std::string text;
  for (const json& c : pain(state).at("candidates"))
    text += "\n  " + c.at("rank").dump() + ". " + c.at("muscle").get<std::string>() + " (" + c.at("side").get<std::string>() +
            ") " + c.at("reasons").dump();
  return text.empty() ? " none" : text;
}

bool firstIs(const json& state, const std::string& muscle, const std::string& side) {
  const json& candidates = pain(state).at("candidates");
  return !candidates.empty() && candidates[0].at("muscle") == muscle && candidates[0].at("side") == side;
}

std::size_t rankOf(const json& state, const std::string& muscle, const std::string& side) {
  for (const json& c : pain(state).at("candidates"))
    if (c.at("muscle") == muscle && c.at("side") == side) return c.at("rank").get<std::size_t>();
  return 0;
}

// A session with the client's buttock and back-of-thigh pain drawn, nothing assessed yet.
const char* kButtockSession = R"({"format": "myoatlas-session", "version": 2, "client": "Ben", "date": "2026-12-04",
  "pain_score": 7, "pain": {"regions": ["right_buttock", "right_thigh_posterior"], "strokes": []},
  "intake": [], "findings": [], "muscles": [], "trigger_points_found": [], "notes": ""})";

class Assessment : public ::testing::Test {
 protected:
  void SetUp() override {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    sessionFile_ = session_->folder() / "ben.myosession";
    std::ofstream(sessionFile_) << kButtockSession;
    ASSERT_TRUE(session_->start({sessionFile_.string()})) << session_->why();
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.contains("pain") && !pain(s).at("candidates").empty(); }, 60s))
        << "the session's drawing gave no candidates";
    clickWidget("section_Assessment");
  }
  WindowSession& window() { return *session_; }
  void clickWidget(const std::string& widget) { ASSERT_TRUE(window().clickWidget(widget)) << widget << " never came into view"; }
  // Unfolds a tree node of the panel once its first widget is not in view yet.
  void unfold(const std::string& node, const std::string& inside) {
    if (window().state().at("widgets").contains(inside)) return;
    clickWidget(node);
    ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("widgets").contains(inside); }, 30s)) << node << " did not open";
  }

  std::unique_ptr<WindowSession> session_;
  std::filesystem::path sessionFile_;
};

TEST_F(Assessment, IntakePostureATestARangeAndPalpationMoveTheCandidatesAndTheWarningsFollow) {
  ASSERT_FALSE(firstIs(window().state(), "piriformis", "right")) << "the drawing alone already puts piriformis first";
  const std::size_t rankBefore = rankOf(window().state(), "piriformis", "right");

  // Intake: a hip replaced from behind, on the right. The stretches of that hip are warned.
  unfold("intake_node", "intake_hip_replacement_posterior_right");
  clickWidget("intake_hip_replacement_posterior_right");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const json& warnings = pain(s).at("warnings");
    return std::any_of(warnings.begin(), warnings.end(), [](const json& w) {
      return w.at("flag") == "hip_replacement_posterior.right" && w.at("technique") == "pnf_stretch" && w.at("side") == "right";
    });
  }, 30s)) << pain(window().lastState()).at("warnings").dump(2);
  clickWidget("intake_node");  // folded again: the rest of the panel comes closer

  // Posture: the pelvis tilted back, as short inner hamstrings hold it; they say so.
  unfold("posture_node", "posture_posterior_pelvic_tilt");
  clickWidget("posture_posterior_pelvic_tilt");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    for (const json& c : pain(s).at("candidates"))
      if (c.at("muscle") == "semimembranosus" && c.at("reasons").dump().find("Pelvis tilted back") != std::string::npos) return true;
    return false;
  }, 30s)) << candidatesText(window().lastState());
  clickWidget("posture_node");

  // A named test: FAIR positive on the right.
  unfold("tests_node", "test_fair_right");
  clickWidget("test_fair_right");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const json& f = pain(s).at("findings");
    return std::find(f.begin(), f.end(), "test:fair.right:positive") != f.end();
  }, 30s));
  clickWidget("tests_node");

  // A measured range: right hip internal rotation 20° (normal 45°), typed into its cell.
  unfold("rom_node", "rom_group_Hip");
  unfold("rom_group_Hip", "rom_hip_internal_rotation_right");
  clickWidget("rom_hip_internal_rotation_right");
  ASSERT_TRUE(window().type("20"));
  ASSERT_TRUE(window().key("Return"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    const json& f = pain(s).at("findings");
    return std::find(f.begin(), f.end(), "rom:hip_internal_rotation.right=20") != f.end() &&
           s.at("widgets").contains("rom_hip_internal_rotation_right_short");
  }, 30s)) << pain(window().lastState()).at("findings").dump();
  ASSERT_TRUE(window().waitFor([&](const json& s) { return rankOf(s, "piriformis", "right") > 0 && rankOf(s, "piriformis", "right") <= 2; }, 30s))
      << "rank before " << rankBefore << ":" << candidatesText(window().lastState());
  const json withFindings = window().state();
  for (const json& c : pain(withFindings).at("candidates"))
    if (c.at("muscle") == "piriformis") {
      const std::string reasons = c.at("reasons").dump();
      EXPECT_NE(reasons.find("FAIR test"), std::string::npos) << reasons;
      EXPECT_NE(reasons.find("Right hip internal rotation is limited (20°, normal 45°)"), std::string::npos) << reasons;
    }

  // Palpation: choose piriformis in the list (it is selected on the body), press: it reproduces the pain.
  const std::size_t rank = rankOf(withFindings, "piriformis", "right");
  clickWidget("pain_candidate_" + std::to_string(rank - 1));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("card_title").get<std::string>().find("Piriformis") == 0; }, 30s))
      << window().lastState().at("card_title");
  clickWidget("palpation_reproduces_pain");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return firstIs(s, "piriformis", "right") &&
           pain(s).at("candidates")[0].at("reasons").dump().find("pressing it reproduced the familiar pain") != std::string::npos;
  }, 30s)) << candidatesText(window().lastState());

  // The card's techniques carry the intake's warning for this client.
  clickWidget("tab_techniques");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("shown_texts").contains("intake_warnings") &&
           s.at("shown_texts").at("intake_warnings").get<std::string>().find("pnf stretch") != std::string::npos;
  }, 30s)) << window().lastState().at("shown_texts").dump(2);
}

TEST_F(Assessment, ARedFlagShowsTheBannerThatSaysToRefer) {
  EXPECT_FALSE(window().state().at("widgets").contains("refer_banner"));
  unfold("intake_node", "intake_red_flag_saddle_numbness");
  clickWidget("intake_red_flag_saddle_numbness");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("widgets").contains("refer_banner") && s.at("shown_texts").contains("refer_banner") &&
           s.at("shown_texts").at("refer_banner").get<std::string>().find("Refer at once") != std::string::npos;
  }, 30s)) << pain(window().lastState()).at("refer").dump();
  // Taken back, the banner goes.
  clickWidget("intake_red_flag_saddle_numbness");
  ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("refer").empty(); }, 30s));
}

TEST_F(Assessment, TheReportButtonWritesTheRecordBesideTheSessionAndTheSessionKeepsTheAssessment) {
  unfold("intake_node", "intake_anticoagulants");
  clickWidget("intake_anticoagulants");
  ASSERT_TRUE(window().waitFor([](const json& s) { return !pain(s).at("intake").empty(); }, 30s));
  clickWidget("pain_report");
  const std::filesystem::path report = window().folder() / "ben-report.pdf";
  ASSERT_TRUE(window().waitFor([&](const json& s) {
    return pain(s).at("session_message").get<std::string>() == "Report written to " + report.string();
  }, 60s)) << pain(window().lastState()).at("session_message");
  EXPECT_GT(std::filesystem::file_size(report), 10000u);
  // Saved, the session holds the flag.
  clickWidget("pain_save");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return pain(s).at("session_message").get<std::string>().rfind("Saved to", 0) == 0;
  }, 30s)) << pain(window().lastState()).at("session_message");
  // The saved visit lines up under Visits, in the Assessment section (Save is in the Pain one).
  clickWidget("section_Assessment");
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("shown_texts").contains("visits") &&
           s.at("shown_texts").at("visits").get<std::string>().find(": pain 7 / 10") != std::string::npos;
  }, 30s)) << window().lastState().at("shown_texts").dump(2);
  std::ifstream in(sessionFile_);
  const json saved = json::parse(in);
  EXPECT_EQ(saved.at("intake"), json::array({"anticoagulants"}));
  EXPECT_EQ(saved.at("client"), "Ben");
  EXPECT_EQ(saved.at("pain_score"), 7);
}

}  // namespace
