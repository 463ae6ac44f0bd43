// What a student reads beyond one muscle, in the real window under Xvfb: Help → About trigger
// points, and with every PNF stretch its method, the hypermobility caution and the note on the
// licence assisted stretching needs. The tests read what the window drew from its state file.
#include <gtest/gtest.h>

#include <memory>

#include "window_session.hpp"

namespace {

using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

class Background : public ::testing::Test {
 protected:
  void SetUp() override {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    ASSERT_TRUE(session_->start()) << session_->why();
  }
  WindowSession& window() { return *session_; }

  static std::string shown(const json& state, const char* key) {
    if (!state.contains("shown_texts") || !state["shown_texts"].contains(key)) return "";
    return state["shown_texts"][key].get<std::string>();
  }

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(Background, HelpOpensAboutTriggerPointsWithTheBackgroundAStudentNeeds) {
  ASSERT_TRUE(window().key("F1"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("widgets").contains("about_trigger_points_button"); }, 30s))
      << "the help window has no About trigger points button";
  ASSERT_TRUE(window().clickWidget("about_trigger_points_button"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("about_trigger_points_visible") == true && !shown(s, "about_trigger_points").empty();
  }, 30s)) << "the About window did not open";
  const std::string text = shown(window().lastState(), "about_trigger_points");
  for (const char* part : {"What a trigger point is", "taut band", "tender nodule", "referred pain", "local twitch response",
                           "An active trigger point", "A latent one", "A key trigger point", "satellite",
                           "Systemic perpetuating factors", "sleep", "vitamin D", "vitamin B12", "folate", "iron",
                           "thyroid", "chronic infection", "stress", "1. Intake", "2. Posture", "3. Range of motion",
                           "4. Tests", "5. Palpation", "6. Treatment", "Hold-relax", "Contract-relax:",
                           "Contract-relax-antagonist-contract (CRAC)", "Hypermobile clients",
                           "additional licence to practise assisted stretching",
                           "What the evidence does and does not support", "Lucas et al. 2009", "Quintner"})
    EXPECT_NE(text.find(part), std::string::npos) << "About trigger points lacks \"" << part << "\"";
}

TEST_F(Background, EveryPnfStretchShowsItsMethodAndTheAssistedStretchingLicensingNote) {
  const myo::test::Point box = myo::test::widgetPoint(window().state(), "search_box");
  ASSERT_TRUE(window().click(box.x, box.y));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.value("search_focused", false); }, 30s));
  ASSERT_TRUE(window().type("gastrocnemius"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return !s.at("search_results").empty() && s.at("search_results")[0] == "gastrocnemius";
  }, 30s));
  ASSERT_TRUE(window().key("Return"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("card_title") == "Gastrocnemius"; }, 30s))
      << "card " << window().lastState().at("card_title");
  ASSERT_TRUE(window().clickWidget("tab_techniques"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("card_tab") == "techniques"; }, 30s));
  // Fold the palpation steps so the PNF section's title is in view, then open it.
  ASSERT_TRUE(window().clickWidget("palpation_header"));
  ASSERT_TRUE(window().clickWidget("pnf_header"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return !shown(s, "pnf_licensing").empty(); }, 30s))
      << "the PNF stretch did not open: " << window().lastState().value("shown_texts", json::object()).dump();
  const json& state = window().lastState();
  EXPECT_NE(shown(state, "pnf_method").find("Contract-relax-antagonist-contract (CRAC)"), std::string::npos)
      << shown(state, "pnf_method");
  EXPECT_NE(shown(state, "pnf_licensing").find("Some US states require an additional licence to practise assisted stretching"),
            std::string::npos);
  EXPECT_NE(shown(state, "pnf_licensing").find("refers the client to a provider who specialises"), std::string::npos);
  EXPECT_NE(shown(state, "pnf_hypermobility").find("Hypermobile clients"), std::string::npos);
}

}  // namespace
