#pragma once
// The card of the selection, beside the body, in tabs: the sections of atlas::kCardSections
// (Anatomy, Trigger points, Referred pain, Clinical picture, Techniques, Sources). Other muscles it names are links that select them; choosing a
// trigger point shows its referral pattern and marker on the body.

#include "panel.hpp"

namespace myo::ui {

class InfoCard : public Panel {
 public:
  const char* title() const override { return "Card"; }
  PanelColumn column() const override { return PanelColumn::Right; }
  void draw(PanelContext& context) override;
};

}  // namespace myo::ui
