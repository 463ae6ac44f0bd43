// Explaining to a client in the real window under Xvfb: paint where it hurts, choose the likely
// muscle, press C — the picture (a screenshot's pixels) shows the client's drawing outlined in
// blue and a large X at the trigger point, in presenter mode too — and hand the client the page:
// the Handout button writes a PDF with every self-care step of the card and nothing that points
// to the program.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "knowledge_fixture.hpp"
#include "myo/engine/image.hpp"
#include "pdf_text.hpp"
#include "window_session.hpp"

namespace {

using myo::test::Point;
using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

const json& pain(const json& state) { return state.at("pain"); }


// The client's outline colour (FrameSettings::fieldOutlineColor): a strong blue.
bool isOutlineBlue(const std::uint8_t* p) { return p[2] > 170 && p[0] < 110 && p[1] < 150; }

std::string flattened(const std::string& text) {
  std::string flat;
  for (char c : text) {
    const bool space = c == '\n' || c == ' ' || c == '\f';
    if (!(space && !flat.empty() && flat.back() == ' ')) flat += space ? ' ' : c;
  }
  return flat;
}

class ClientView : public ::testing::Test {
 protected:
  void SetUp() override {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    ASSERT_TRUE(session_->start()) << session_->why();
  }
  WindowSession& window() { return *session_; }

  // A dab of pain on the left chest, and the left pectoralis major chosen among the candidates.
  void paintTheChestAndChooseThePectoralis() {
    ASSERT_TRUE(window().clickWidget("paint_mode"));
    ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("paint_mode") == true; }, 30s));
    chest_ = myo::test::leftPectoralisPoint(window().state());
    ASSERT_TRUE(window().moveMouse(chest_.x + 30, chest_.y));
    ASSERT_TRUE(window().moveMouse(chest_.x, chest_.y));
    ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("hovered").is_object(); }, 30s));
    ASSERT_TRUE(window().click(chest_.x, chest_.y));
    ASSERT_TRUE(window().waitFor([](const json& s) { return myo::test::candidateRank(s, "pectoralis_major", "left") > 0; }, 30s))
        << "the left pectoralis major is not among the candidates";
    const int rank = myo::test::candidateRank(window().lastState(), "pectoralis_major", "left");
    ASSERT_TRUE(window().clickWidget("pain_candidate_" + std::to_string(rank - 1)));
    ASSERT_TRUE(window().waitFor([](const json& s) {
      return s.at("chosen_trigger_point").is_string() && pain(s).at("chosen_candidate").is_number();
    }, 30s));
    ASSERT_TRUE(window().key("b"));  // paint mode off: the view is for looking now
    ASSERT_TRUE(window().waitFor([](const json& s) { return pain(s).at("paint_mode") == false; }, 30s));
  }

  // The 3D view without the panels, as the window drew it.
  myo::Image screenshotOfTheBody() {
    myo::Result<myo::Image> picture = myo::test::sceneScreenshot(window());
    EXPECT_TRUE(picture) << (picture ? "" : picture.error().message);
    return picture ? std::move(*picture) : myo::Image(1, 1);
  }

  // The X of the chosen trigger point on the screenshot: ink along its four arms.
  void expectAnX(const json& state, const myo::Image& picture, float atLeastRadius) {
    const json viewport = state.at("scene_viewport");
    const json* cross = nullptr;
    for (const json& marker : state.at("markers_on_screen"))
      if (marker.at("shape") == "x") cross = &marker;
    ASSERT_NE(cross, nullptr) << "no X among the markers: " << state.at("markers_on_screen");
    const float radius = cross->at("radius").get<float>();
    EXPECT_GE(radius, atLeastRadius) << "the X is not large";
    const int cx = int(cross->at("x").get<double>() - viewport.at("x").get<double>());
    const int cy = int(cross->at("y").get<double>() - viewport.at("y").get<double>());
    for (float sx : {-1.0f, 1.0f})
      for (float sy : {-1.0f, 1.0f}) {
        const int x = cx + int(sx * 0.35f * radius);
        const int y = cy + int(sy * 0.35f * radius);
        ASSERT_TRUE(x >= 0 && y >= 0 && x < picture.width && y < picture.height) << "the X is off the picture";
        const std::uint8_t* p = picture.at(x, y);
        EXPECT_LT(std::max({p[0], p[1], p[2]}), 90) << "no ink on the X's arm at " << x << "," << y << ": rgb "
                                                    << int(p[0]) << "," << int(p[1]) << "," << int(p[2]);
      }
  }

  // The drawing's outline: blue pixels around the dab, not at its centre.
  void expectTheDrawingOutlined(const json& state, const myo::Image& picture) {
    const json viewport = state.at("scene_viewport");
    const int cx = int(chest_.x - viewport.at("x").get<double>());
    const int cy = int(chest_.y - viewport.at("y").get<double>());
    int blue = 0;
    for (int y = std::max(0, cy - 60); y < std::min(picture.height, cy + 60); ++y)
      for (int x = std::max(0, cx - 60); x < std::min(picture.width, cx + 60); ++x) blue += isOutlineBlue(picture.at(x, y));
    EXPECT_GT(blue, 40) << "no blue outline around the client's drawing";
    EXPECT_FALSE(isOutlineBlue(picture.at(cx, cy))) << "the drawing is filled, not outlined";
  }

  Point chest_;

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(ClientView, CShowsTheDrawingOutlinedInBlueAndALargeXAndPresenterModeKeepsIt) {
  paintTheChestAndChooseThePectoralis();
  const myo::Image before = screenshotOfTheBody();
  int blueBefore = 0;
  for (int y = 0; y < before.height; ++y)
    for (int x = 0; x < before.width; ++x) blueBefore += isOutlineBlue(before.at(x, y));
  EXPECT_LT(blueBefore, 10) << "blue before the client view";

  const json skinBefore = window().state().at("layers").at("skin");
  ASSERT_TRUE(window().key("c"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("client_view") == true && s.at("settled") == true && s.at("layers").at("skin").at("visible") == true;
  }, 30s));
  EXPECT_EQ(window().lastState().at("layers").at("skin").at("opacity"), 1.0) << "the skin is not opaque";
  const myo::Image client = screenshotOfTheBody();
  expectTheDrawingOutlined(window().lastState(), client);
  expectAnX(window().lastState(), client, 10.0f);

  ASSERT_TRUE(window().key("F5"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("presenter").at("presenting") == true && s.at("settled") == true;
  }, 30s));
  EXPECT_EQ(window().lastState().at("client_view"), true) << "presenter mode dropped the client view";
  const myo::Image presenting = screenshotOfTheBody();
  expectAnX(window().lastState(), presenting, 10.0f);

  // C again, out of presenter mode: the layers as they were, no outline.
  ASSERT_TRUE(window().key("F5"));
  ASSERT_TRUE(window().key("c"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("client_view") == false && s.at("presenter").at("presenting") == false && s.at("settled") == true;
  }, 30s));
  EXPECT_EQ(window().lastState().at("layers").at("skin"), skinBefore);
}

TEST_F(ClientView, TheHandoutButtonWritesEveryStepOfTheCardAndNoPointerToTheProgram) {
  paintTheChestAndChooseThePectoralis();
  ASSERT_TRUE(window().clickWidget("pain_handout"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return pain(s).at("session_message").get<std::string>().rfind("Handout written to ", 0) == 0;
  }, 180s)) << "the window says: " << pain(window().lastState()).at("session_message");
  const std::string message = pain(window().lastState()).at("session_message");
  const std::filesystem::path pdf = message.substr(std::string("Handout written to ").size());
  ASSERT_TRUE(std::filesystem::exists(pdf)) << pdf;
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed to read the handout";
  const std::string flat = flattened(*text);
  const myo::atlas::Muscle* muscle = myo::test::sourceKnowledgeBase().findMuscle("pectoralis_major");
  ASSERT_NE(muscle, nullptr);
  EXPECT_NE(flat.find("Pectoralis major, left side"), std::string::npos) << flat;
  for (const std::string& step : muscle->techniques.selfCare.steps)
    EXPECT_NE(flat.find(flattened(step)), std::string::npos) << "missing step: " << step << "\nin: " << flat;
  EXPECT_NE(flat.find("Trigger point 1:"), std::string::npos) << flat;
  EXPECT_EQ(flat.find("MyoAtlas"), std::string::npos) << flat;
}

}  // namespace
