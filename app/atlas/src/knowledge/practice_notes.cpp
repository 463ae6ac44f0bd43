#include "myo/atlas/practice_notes.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace myo::atlas {

std::string_view pnfMethodDefinition(PnfMethod method) {
  switch (method) {
    case PnfMethod::HoldRelax:
      return "Hold-relax: at the first barrier the muscle being stretched contracts against the therapist's "
             "resistance without any movement (isometric); it then relaxes and the therapist takes the part "
             "passively into the new range.";
    case PnfMethod::ContractRelax:
      return "Contract-relax: the muscle being stretched contracts against resistance and the therapist lets the "
             "part move back through a small range (a concentric contraction); it then relaxes and the therapist "
             "takes the part passively into the new range.";
    case PnfMethod::ContractRelaxAntagonistContract:
      return "Contract-relax-antagonist-contract (CRAC): the muscle being stretched contracts against resistance "
             "(isometrically in these cards) and relaxes; then the client contracts the opposing muscle to move "
             "actively into the new range while the therapist follows and supports.";
  }
  return "";
}

std::string_view pnfMethodShortName(PnfMethod method) {
  return method == PnfMethod::ContractRelaxAntagonistContract ? "CRAC" : toString(method);
}

std::string_view pnfPurpose() {
  return "PNF stretching is used to gain range of motion and flexibility in a muscle that limits movement; done "
         "regularly, its resisted contractions also add some strength. After trigger-point work it restores the "
         "muscle's resting length. The gain comes mostly from a greater tolerance of stretch rather than from the "
         "reflex inhibition once assumed (Sharman et al. 2006; Hindle et al. 2012).";
}

std::string_view pnfHypermobilityCaution() {
  return "Hypermobile clients (generalised joint hypermobility, Ehlers-Danlos or Marfan syndrome) need stability "
         "more than range: stretch only to the first barrier and never past the normal range, or leave PNF "
         "stretching out and favour strengthening.";
}

std::string_view assistedStretchingLicensingNote() {
  return "Some US states require an additional licence to practise assisted stretching. Where that applies, a "
         "neuromuscular therapist without it refers the client to a provider who specialises in assisted "
         "stretching.";
}

std::string_view assistedStretchingNoteForClients() {
  return "About stretching done with a practitioner: some US states require an additional licence to practise "
         "assisted stretching, so your therapist may refer you to a provider who specialises in it. The "
         "stretches on this sheet are ones you do on your own.";
}

bool isStretchStep(std::string_view step) {
  std::string lower(step);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  const auto has = [&](const char* words) { return lower.find(words) != std::string::npos; };
  if (has("stretch")) return true;
  // A position held for seconds is a stretch ("tip the ear toward the shoulder ... 30 seconds"),
  // unless the client is pressing a spot or balancing.
  return has("seconds") && !has("few seconds") && !has("thumb") && !has("ball") && !has("fingertip") && !has("balanc");
}

std::string_view positionalReleaseInASession() {
  return "Positional release comes before massage and pressure work in a session: it is the gentlest technique "
         "and eases the tissue for what follows. The return to neutral is always passive: the therapist moves the "
         "part back slowly while the client stays relaxed (Chaitow & DeLany; Jones).";
}

std::string_view pressureScaleNote() {
  return "The client rates the pressure on a scale of 0 (nothing) to 10 (the worst imaginable); the 0 to 10 scale "
         "is Chaitow & DeLany's (Clinical Application of Neuromuscular Techniques), not the Trigger Point "
         "Manual's.";
}

const std::vector<BackgroundSection>& aboutTriggerPoints() {
  static const std::vector<BackgroundSection> sections = {
      {"What a trigger point is",
       {"A myofascial trigger point is a small, very tender spot in a taut band of skeletal muscle: under the "
        "fingers the band feels like a tight cord across the relaxed fibres, and the spot is a tender nodule "
        "within it (Simons, Travell & Simons, Trigger Point Manual, volume 1, chapter 2).",
        "Pressure on it gives referred pain: pain felt somewhere else, in a zone typical of that muscle. The "
        "cards map these zones as essential (felt by nearly everyone) and spillover (felt by some).",
        "Snapping across the band, or needling it, can give a local twitch response: a brief visible or palpable "
        "contraction of the band's fibres.",
        "An active trigger point causes the client's complaint: it hurts on its own and pressure reproduces the "
        "familiar pain. A latent one hurts only when pressed, but can still stiffen and weaken the muscle.",
        "A key trigger point keeps others going: satellite trigger points develop in its referral zone or in "
        "muscles that work with it, and often fade once the key point is treated. The Assessment tab of a card "
        "lists the satellites the Manual names."}},
      {"Systemic perpetuating factors",
       {"The Manual gives these a chapter of their own (volume 1, chapter 4): trigger points that keep coming "
        "back after good local treatment are often kept going by something in the whole body.",
        "Poor or too little sleep; nutrition: low vitamin D, vitamin B12, folate or iron (and other B vitamins, "
        "vitamin C, calcium, magnesium); an underactive thyroid; a chronic infection (dental, sinus, urinary, "
        "viral or parasitic); and emotional stress, anxiety or depression.",
        "These are for the client's doctor to test and treat; the therapist's part is to ask about them at "
        "intake and to refer."}},
      {"The course of a neuromuscular therapy session",
       {"1. Intake: the history, where and when it hurts (a pain drawing), medication, the cautions and red flags "
        "that mean referral, and consent.",
        "2. Posture: standing and sitting, from the front, back and side.",
        "3. Range of motion: which movements are limited or painful.",
        "4. Tests: the muscle tests that load or lengthen the suspected muscles (the Assessment tab).",
        "5. Palpation: find the taut band and the tender nodule, and ask whether pressure reproduces the familiar "
        "pain.",
        "6. Treatment: positional release first, then pressure release and massage, then PNF stretching, and self-"
        "care for home; then test again (Chaitow & DeLany, Clinical Application of Neuromuscular Techniques)."}},
      {"PNF stretching",
       {pnfPurpose(), pnfMethodDefinition(PnfMethod::HoldRelax), pnfMethodDefinition(PnfMethod::ContractRelax),
        pnfMethodDefinition(PnfMethod::ContractRelaxAntagonistContract), pnfHypermobilityCaution(),
        assistedStretchingLicensingNote()}},
      {"What the evidence does and does not support",
       {"Supported: pain from muscle can be referred to a distant zone (shown by injecting muscles with saline); "
        "the tissue around active trigger points differs chemically from normal muscle (Shah et al. 2005); and "
        "pressure techniques relieve pain in the short term in several trials (Cagnie et al. 2015).",
        "Not established: examiners agree poorly on where trigger points are (Lucas et al. 2009); how they form "
        "is unproven and the whole idea is disputed (Quintner, Bove & Cohen 2015); the referral maps are "
        "clinical observations, not measurements; and lasting benefit is not shown.",
        "So: use the maps as a guide to where to look, refer what does not fit, and never let a trigger point "
        "stand in for a medical diagnosis."}},
  };
  return sections;
}

}  // namespace myo::atlas
