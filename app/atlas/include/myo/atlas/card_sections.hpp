#pragma once
// The sections of a muscle's card, in the order they are shown, with their titles. The window's
// tabs (app/ui/info_card.cpp) and `myoatlas show` (app/cli/muscle_card.cpp) both take them from
// this list, so the two cards cannot drift apart; each decides only how a section is drawn.
//
//   for (const CardSectionEntry& section : kCardSections) heading(section.title), draw(section.id);

#include <array>
#include <string_view>

namespace myo::atlas {

enum class CardSection { Anatomy, TriggerPoints, ReferredPain, Clinical, Techniques, Sources };

struct CardSectionEntry {
  CardSection id;
  std::string_view title;  // as the window shows it; the terminal sets it in capitals
  std::string_view holds;  // which parts of the muscle's record the section shows
};

inline constexpr std::array<CardSectionEntry, 6> kCardSections{{
    {CardSection::Anatomy, "Anatomy",
     "origin, insertion, actions, innervation, blood supply, synergists, antagonists, notes"},
    {CardSection::TriggerPoints, "Trigger points", "each trigger point: its name, id and where it lies on the muscle"},
    {CardSection::ReferredPain, "Referred pain",
     "each trigger point's pattern: the side it is felt on, the essential and spillover zones"},
    {CardSection::Clinical, "Clinical picture",
     "symptoms, activating and perpetuating factors, assessment, associated and satellite trigger points, "
     "what it is often mistaken for"},
    {CardSection::Techniques, "Techniques",
     "the cautions first, then palpation, pressure release, positional release, PNF stretch and self-care"},
    {CardSection::Sources, "Sources", "the reference behind each part of the card and the note on the evidence"},
}};

}  // namespace myo::atlas
