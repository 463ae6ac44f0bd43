// The corrections of the clinical review (issue 20), read from the real knowledge base
// (assets/knowledge): each safety precaution and each factual fix the review asked for is still
// on the card. A failure names the card and what it no longer says.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <cctype>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

#include "knowledge_fixture.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace {

using namespace myo::atlas;

const Muscle& card(const std::string& id) {
  const Muscle* found = myo::test::sourceKnowledgeBase().findMuscle(id);
  if (found == nullptr) throw std::runtime_error("assets/knowledge/muscles/" + id + ".json is missing or unreadable");
  return *found;
}

// The texts joined into one, lower-cased, so a test can ask whether any of them says something.
std::string said(const std::vector<std::string>& texts) {
  std::string all;
  for (const std::string& text : texts) all += text + "\n";
  std::transform(all.begin(), all.end(), all.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return all;
}
std::string said(const std::string& text) { return said(std::vector<std::string>{text}); }

bool says(const std::string& lowered, const std::string& phrase) { return lowered.find(phrase) != std::string::npos; }

std::vector<std::string> regionsOf(const std::vector<ZonePatch>& zone) {
  std::vector<std::string> regions;
  for (const ZonePatch& patch : zone) regions.push_back(patch.region);
  return regions;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// ---------------------------------------------------------------------------------------------
// Safety precautions

TEST(KnowledgeBaseReview, DeepHipFlexionWithAdductionStretchesWarnAfterAPosteriorHipReplacement) {
  for (const char* id : {"piriformis", "gluteus_maximus"}) {
    const Muscle& m = card(id);
    const std::string cautions = said(m.clinical.cautions);
    EXPECT_TRUE(says(cautions, "hip replacement") && says(cautions, "posterior approach")) << id << " cautions";
    EXPECT_TRUE(says(said(m.techniques.pnfStretch.steps), "posterior approach"))
        << id << ": the PNF stretch takes the knee toward the opposite shoulder and must carry the precaution";
    for (const std::string& step : m.techniques.selfCare.steps) {
      const std::string s = said(step);
      const bool flexesPast90 = says(s, "opposite shoulder") || says(s, "lean forward from the hips");
      if (flexesPast90) {
        EXPECT_TRUE(says(s, "hip replacement")) << id << " self-care: " << step;
      }
    }
  }
}

TEST(KnowledgeBaseReview, IliopsoasExtensionStretchesWarnAfterAnAnteriorHipReplacement) {
  const Muscle& m = card("iliopsoas");
  EXPECT_TRUE(says(said(m.clinical.cautions), "anterior approach"));
  EXPECT_TRUE(says(said(m.techniques.pnfStretch.steps), "anterior approach"));
  bool kneelingStretchWarns = false;
  for (const std::string& step : m.techniques.selfCare.steps)
    if (says(said(step), "kneel")) kneelingStretchWarns = says(said(step), "hip replacement");
  EXPECT_TRUE(kneelingStretchWarns) << "the kneeling hip-flexor stretch must carry the precaution";
}

TEST(KnowledgeBaseReview, IliopsoasSelfCareSendsNoPressureIntoTheAbdomen) {
  for (const std::string& step : card("iliopsoas").techniques.selfCare.steps) {
    const std::string s = said(step);
    if (says(s, "belly") || says(s, "abdomen")) {
      EXPECT_TRUE(says(s, "do not") || says(s, "never")) << step;
    }
  }
}

TEST(KnowledgeBaseReview, SerratusPosteriorSuperiorStretchKeepsTheBreathFlowing) {
  const Muscle& m = card("serratus_posterior_superior");
  const PnfStretch& pnf = m.techniques.pnfStretch;
  const std::string effort = said(pnf.contraction) + said(pnf.steps);
  EXPECT_TRUE(says(effort, "breathing normally")) << effort;
  EXPECT_FALSE(std::regex_search(effort, std::regex("holds? the breath|breath in held|held for"))) << effort;
  EXPECT_TRUE(says(said(m.clinical.cautions), "blood pressure")) << "a caution for high blood pressure";
}

TEST(KnowledgeBaseReview, QuadratusLumborumTennisBallStaysOffTheFloatingRibs) {
  bool ballStep = false;
  for (const std::string& step : card("quadratus_lumborum").techniques.selfCare.steps) {
    if (!says(said(step), "tennis ball")) continue;
    ballStep = true;
    EXPECT_TRUE(says(said(step), "floating ribs")) << step;
  }
  EXPECT_TRUE(ballStep);
}

TEST(KnowledgeBaseReview, PositionalReleaseReturnsToNeutralPassivelyOnEveryCard) {
  const std::regex passive("passive|without (the client's |their |any )?help|without help from the client|without the client helping");
  for (const Muscle& m : myo::test::sourceKnowledgeBase().muscles())
    EXPECT_TRUE(std::regex_search(said(m.techniques.positionalRelease.steps), passive))
        << m.id << ": the steps must return the part to neutral passively, without the client's help";
}

// ---------------------------------------------------------------------------------------------
// Factual fixes

TEST(KnowledgeBaseReview, SerratusPosteriorSuperiorIsChapter47OfTheManual) {
  const Muscle& m = card("serratus_posterior_superior");
  const auto manual = std::find_if(m.sources.begin(), m.sources.end(), [](const SourceCitation& s) { return s.ref == "travell_simons_v1"; });
  ASSERT_NE(manual, m.sources.end());
  EXPECT_EQ(manual->chapter, "47");
}

TEST(KnowledgeBaseReview, SternocleidomastoidAndTrapeziusNameTheAccessoryNerveWithTheirCervicalRoots) {
  for (const char* id : {"sternocleidomastoid", "trapezius"}) {
    const Innervation& nerve = card(id).anatomy.innervation;
    EXPECT_TRUE(has(nerve.roots, "CN XI")) << id;
    EXPECT_TRUE(has(nerve.roots, "C3")) << id << ": the cervical roots stay";
  }
}

TEST(KnowledgeBaseReview, ScalenesMembersShareTheOnePatternTheCardDescribes) {
  const Muscle& m = card("scalenes");
  ASSERT_EQ(m.triggerPoints.size(), 3u);
  const Referral& first = m.triggerPoints.front().referral;
  EXPECT_TRUE(says(said(first.description), "one combined pattern"));
  for (const TriggerPoint& tp : m.triggerPoints) {
    EXPECT_EQ(regionsOf(tp.referral.essential), regionsOf(first.essential)) << tp.id;
    EXPECT_EQ(regionsOf(tp.referral.spillover), regionsOf(first.spillover)) << tp.id;
    EXPECT_EQ(tp.referral.description, first.description) << tp.id;
  }
}

TEST(KnowledgeBaseReview, DoubtfulCodingsAreDecidedWithTheReasonInTheNotes) {
  const Muscle& scm = card("sternocleidomastoid");
  for (const TriggerPoint& tp : scm.triggerPoints)
    if (says(said(tp.name), "sternal")) {
      EXPECT_FALSE(has(regionsOf(tp.referral.essential), "temple")) << tp.id;
    }
  EXPECT_TRUE(says(said(scm.anatomy.notes), "temple")) << "the sternocleidomastoid notes give the reason";

  const Muscle& ql = card("quadratus_lumborum");
  EXPECT_FALSE(has(regionsOf(ql.triggerPoints.at(0).referral.essential), "buttock")) << "quadratus_lumborum/tp1";
  EXPECT_TRUE(has(regionsOf(ql.triggerPoints.at(3).referral.essential), "buttock")) << "the deep lower point keeps it";
  EXPECT_TRUE(says(said(ql.anatomy.notes), "buttock"));

  const Muscle& medius = card("gluteus_medius");
  EXPECT_EQ(medius.triggerPoints.at(2).referral.side, ReferralSide::Bilateral) << "gluteus_medius/tp3";
  EXPECT_TRUE(says(said(medius.anatomy.notes), "bilateral"));
}

TEST(KnowledgeBaseReview, TrapeziusHasTheManualsSevenTriggerPoints) {
  const Muscle& m = card("trapezius");
  ASSERT_EQ(m.triggerPoints.size(), 7u);
  const auto essential = [&](std::size_t n) { return regionsOf(m.triggerPoints.at(n - 1).referral.essential); };
  // tp4 and tp5: the burning between the shoulder blades now has trigger points behind it.
  for (std::size_t n : {4u, 5u}) {
    EXPECT_TRUE(has(essential(n), "medial_scapular_border")) << "trapezius/tp" << n;
    EXPECT_TRUE(says(said(m.triggerPoints.at(n - 1).referral.description), "burning")) << "trapezius/tp" << n;
  }
  EXPECT_TRUE(has(essential(6), "shoulder_top")) << "tp6 aches over the acromion";
  EXPECT_TRUE(has(essential(7), "upper_arm_lateral")) << "tp7 gives gooseflesh on the outer arm";
  EXPECT_TRUE(says(said(m.triggerPoints.at(6).referral.description), "gooseflesh"));
  for (std::size_t n : {5u, 6u, 7u}) EXPECT_TRUE(says(said(m.triggerPoints.at(n - 1).name), "middle")) << n;
}

TEST(KnowledgeBaseReview, SatelliteTriggerPointsTheManualNames) {
  struct KeyAndSatellite {
    const char* key;
    const char* satellite;
  };
  for (const KeyAndSatellite& pair : {KeyAndSatellite{"sternocleidomastoid", "digastric"},
                                      KeyAndSatellite{"sternocleidomastoid", "temporalis"},
                                      KeyAndSatellite{"trapezius", "temporalis"},
                                      KeyAndSatellite{"quadratus_lumborum", "gluteus_minimus"},
                                      KeyAndSatellite{"gluteus_minimus", "fibularis_longus"},
                                      KeyAndSatellite{"infraspinatus", "deltoid"},
                                      KeyAndSatellite{"scalenes", "deltoid"},
                                      KeyAndSatellite{"sternocleidomastoid", "platysma"},
                                      KeyAndSatellite{"scalenes", "platysma"},
                                      // head and neck (vol. 1 ch. 6, 7, 13, 20, 44)
                                      KeyAndSatellite{"trapezius", "levator_scapulae"},
                                      KeyAndSatellite{"trapezius", "splenius_capitis"},
                                      KeyAndSatellite{"sternocleidomastoid", "orbicularis_oculi"},
                                      KeyAndSatellite{"sternocleidomastoid", "sternalis"},
                                      KeyAndSatellite{"scalenes", "extensor_digitorum"},
                                      // shoulder and arm (vol. 1 ch. 24, 43)
                                      KeyAndSatellite{"latissimus_dorsi", "flexor_carpi_ulnaris"},
                                      KeyAndSatellite{"pectoralis_minor", "flexor_carpi_radialis"},
                                      KeyAndSatellite{"pectoralis_minor", "flexor_carpi_ulnaris"},
                                      // trunk (vol. 2 ch. 4)
                                      KeyAndSatellite{"quadratus_lumborum", "gluteus_maximus"},
                                      KeyAndSatellite{"quadratus_lumborum", "piriformis"},
                                      // hip and leg (vol. 2 ch. 10, 16)
                                      KeyAndSatellite{"piriformis", "biceps_femoris"},
                                      KeyAndSatellite{"piriformis", "semitendinosus"},
                                      KeyAndSatellite{"piriformis", "semimembranosus"},
                                      KeyAndSatellite{"semitendinosus", "gastrocnemius"},
                                      KeyAndSatellite{"semimembranosus", "gastrocnemius"},
                                      // Hong's table of key and satellite trigger points (Hong 1994, as reproduced in Vilensky et al. 2001,
                                      // "Serratus posterior muscles: anatomy, clinical relevance, and function")
                                      KeyAndSatellite{"splenius_capitis", "temporalis"},
                                      KeyAndSatellite{"biceps_femoris", "soleus"},
                                      KeyAndSatellite{"semitendinosus", "soleus"},
                                      KeyAndSatellite{"semimembranosus", "soleus"},
                                      // Hsieh et al. 2007, Am J Phys Med Rehabil 86:397-403 (dry needling
                                      // a key infraspinatus point)
                                      KeyAndSatellite{"infraspinatus", "extensor_carpi_radialis_longus"}})
    EXPECT_TRUE(has(card(pair.key).clinical.satelliteTriggerPoints, pair.satellite)) << pair.key << " → " << pair.satellite;
}

TEST(KnowledgeBaseReview, TheZeroToTenPressureScaleIsCitedToChaitowAndDelany) {
  for (const Muscle& m : myo::test::sourceKnowledgeBase().muscles()) {
    if (!says(said(m.techniques.pressureRelease.steps), "out of 10")) continue;
    const bool cited = std::any_of(m.sources.begin(), m.sources.end(), [](const SourceCitation& s) {
      return s.ref.rfind("chaitow_delany", 0) == 0 &&
             std::find(s.covers.begin(), s.covers.end(), RecordPart::PressureRelease) != s.covers.end();
    });
    EXPECT_TRUE(cited) << m.id << ": its pressure release rates pressure out of 10, a scale of Chaitow & DeLany's";
  }
}

// ---------------------------------------------------------------------------------------------
// PNF methods: each card is labelled by what its steps do.

TEST(KnowledgeBaseReview, EveryPnfStretchIsLabelledByWhatItsStepsDo) {
  std::map<PnfMethod, std::size_t> count;
  for (const Muscle& m : myo::test::sourceKnowledgeBase().muscles()) {
    const PnfStretch& pnf = m.techniques.pnfStretch;
    ++count[pnf.method];
    // CRAC: the client moves actively into the new range (its steps and its new_range say so).
    const bool clientMovesIntoTheNewRange = std::any_of(pnf.steps.begin(), pnf.steps.end(), [](const std::string& step) {
      const std::string s = said(step);
      return step.rfind("Have the client", 0) == 0 && (says(s, "new range") || says(s, "new barrier") || says(s, "further"));
    });
    const std::string newRange = said(pnf.newRange);
    bool clientLeadsTheNewRange = newRange.rfind("the client ", 0) == 0;
    for (const char* passive : {"the client lets", "the client stays", "the client relaxes", "the client breathes",
                                "the client keeps", "the client sinks"})
      if (newRange.rfind(passive, 0) == 0) clientLeadsTheNewRange = false;
    const bool newRangeIsActive = clientLeadsTheNewRange || says(newRange, "actively");
    // Contract-relax: the therapist lets the part move during the contraction (concentric).
    std::vector<std::string> contraction = pnf.steps;
    contraction.push_back(pnf.contraction);
    const std::string c = said(contraction);
    const bool partMovesDuringTheContraction = says(c, "a few centimetres") || says(c, "through a small range");
    if (clientMovesIntoTheNewRange) {
      EXPECT_EQ(pnf.method, PnfMethod::ContractRelaxAntagonistContract)
          << m.id << ": the client moves actively into the new range, so it is contract-relax-antagonist-contract";
      EXPECT_TRUE(newRangeIsActive) << m.id << ": its steps have the client move into the new range, its new_range does not";
    } else {
      EXPECT_NE(pnf.method, PnfMethod::ContractRelaxAntagonistContract)
          << m.id << ": the therapist takes up the new range, so the opposing muscle does not contract";
      EXPECT_FALSE(newRangeIsActive) << m.id << ": its new_range has the client move actively, its steps do not";
      EXPECT_EQ(pnf.method == PnfMethod::ContractRelax, partMovesDuringTheContraction)
          << m.id << (partMovesDuringTheContraction ? ": the part moves during the contraction, so it is contract-relax"
                                                    : ": the part is held still during the contraction, so it is hold-relax");
    }
  }
  EXPECT_GT(count[PnfMethod::HoldRelax], 0u);
  EXPECT_GT(count[PnfMethod::ContractRelax], 0u);
  EXPECT_GT(count[PnfMethod::ContractRelaxAntagonistContract], 0u);
}

// The pelvic-floor cards teach and refer: the work inside the pelvis needs its own training and
// licence, and every card that reaches a muscle internally (rectally or vaginally) says so.
TEST(KnowledgeBaseReview, InternalPelvicWorkCarriesItsTrainingAndLicensingNote) {
  const std::regex internalRoute("rect(um|al)|vagina");
  std::size_t cards = 0;
  for (const Muscle& m : myo::test::sourceKnowledgeBase().muscles()) {
    const bool pelvicFloor = m.id == "levator_ani" || m.id == "coccygeus";
    const std::string note = said(m.techniques.licensingNote);
    if (!pelvicFloor && !std::regex_search(note, internalRoute)) continue;
    ++cards;
    EXPECT_TRUE(std::regex_search(note, internalRoute)) << m.id << ": its note does not name the internal route";
    EXPECT_TRUE(says(note, "training")) << m.id << ": internal work needs its own training";
    EXPECT_TRUE(says(note, "licens")) << m.id << ": internal work needs its own licence";
  }
  EXPECT_GE(cards, 5u);  // levator ani, coccygeus, obturator internus, piriformis, gluteus maximus
}

}  // namespace
