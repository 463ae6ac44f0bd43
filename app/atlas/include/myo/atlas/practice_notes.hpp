#pragma once
// What holds for every muscle card rather than for one muscle: what each PNF method does, what PNF
// stretching is for and whom it does not suit, the licence assisted stretching needs in some
// places, where positional release sits in a session, and the background a student needs to read
// the cards at all (Help → About trigger points). The window, `myoatlas show` and the handout
// print these same words; docs/trigger-points.md says the same at more length, with its sources.

#include <string_view>
#include <vector>

#include "myo/atlas/muscle.hpp"

namespace myo::atlas {

// One sentence: what the steps of a stretch labelled with this method do.
std::string_view pnfMethodDefinition(PnfMethod method);
// "CRAC" for contract-relax-antagonist-contract; the method's own name otherwise.
std::string_view pnfMethodShortName(PnfMethod method);

std::string_view pnfPurpose();
std::string_view pnfHypermobilityCaution();
// Some US states license assisted stretching separately: shown with every PNF stretch.
std::string_view assistedStretchingLicensingNote();
// The same, worded for the client on a handout that gives a stretch.
std::string_view assistedStretchingNoteForClients();
// Whether a self-care step is a stretch (the handout then carries the note above).
bool isStretchStep(std::string_view step);

std::string_view positionalReleaseInASession();
std::string_view pressureScaleNote();

// Help → About trigger points: titled sections of short paragraphs.
struct BackgroundSection {
  std::string_view title;
  std::vector<std::string_view> paragraphs;
};
const std::vector<BackgroundSection>& aboutTriggerPoints();

}  // namespace myo::atlas
