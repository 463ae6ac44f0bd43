#include "info_card.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "heat_legend.hpp"
#include "layers_panel.hpp"
#include "myo/atlas/assessment_scoring.hpp"
#include "myo/atlas/card_sections.hpp"
#include "myo/atlas/finding.hpp"
#include "myo/atlas/practice_notes.hpp"
#include "structure_names.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

using atlas::Muscle;

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

std::string joined(const std::vector<std::string>& items, const char* separator = ", ") {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

std::string zoneInWords(const std::vector<atlas::ZonePatch>& zone, const atlas::KnowledgeBase& kb) {
  std::vector<std::string> parts;
  for (const atlas::ZonePatch& patch : zone) {
    const atlas::Region* region = kb.regions().findBase(patch.region);
    parts.push_back((region != nullptr ? region->baseName : patch.region) + " (" + percent(patch.weight) + ")");
  }
  return parts.empty() ? std::string("none") : joined(parts);
}

const char* referralSideInWords(atlas::ReferralSide side) {
  switch (side) {
    case atlas::ReferralSide::Ipsilateral: return "Felt on the same side as the trigger point.";
    case atlas::ReferralSide::Contralateral: return "Felt on the opposite side.";
    case atlas::ReferralSide::Bilateral: return "Felt on both sides.";
  }
  return "";
}

class CardView {
 public:
  CardView(PanelContext& context, const Muscle& muscle, atlas::StructureRef ref)
      : c_(context), kb_(*context.kb), muscle_(muscle), ref_(std::move(ref)) {}

  void draw() {
    header();
    // Tabs as buttons that wrap onto a second row: a tab bar would cut the names short in a
    // narrow column or at a large UI scale.
    for (const atlas::CardSectionEntry& section : atlas::kCardSections) {
      const std::string label(section.title);
      const CardTab which = tabOf(section.id).which;
      if (section.id != atlas::kCardSections.front().id) sameLineIfItFits(label.c_str());
      const bool active = c_.state.tab == which;
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(active ? ImGuiCol_ButtonActive : ImGuiCol_FrameBg));
      if (ImGui::Button(label.c_str())) c_.state.tab = which;
      ImGui::PopStyleColor();
      recordLastItem(c_.state, std::string("tab_") + std::string(toString(which)));
    }
    ImGui::Separator();
    ImGui::BeginChild("tab_body");
    for (const atlas::CardSectionEntry& section : atlas::kCardSections)
      if (const Tab& tab = tabOf(section.id); c_.state.tab == tab.which) (this->*tab.body)();
    ImGui::EndChild();
  }

 private:
  // How the window shows each section of the card; their order and titles are atlas::kCardSections.
  struct Tab {
    atlas::CardSection section;
    CardTab which;
    void (CardView::*body)();
  };
  static const Tab& tabOf(atlas::CardSection section) {
    static constexpr Tab kTabs[] = {{atlas::CardSection::Anatomy, CardTab::Anatomy, &CardView::anatomy},
                                    {atlas::CardSection::TriggerPoints, CardTab::TriggerPoints, &CardView::triggerPoints},
                                    {atlas::CardSection::ReferredPain, CardTab::ReferredPain, &CardView::referredPain},
                                    {atlas::CardSection::Clinical, CardTab::Assessment, &CardView::assessment},
                                    {atlas::CardSection::Techniques, CardTab::Techniques, &CardView::techniques},
                                    {atlas::CardSection::Sources, CardTab::Sources, &CardView::sources}};
    for (const Tab& tab : kTabs)
      if (tab.section == section) return tab;
    return kTabs[0];
  }

  void header() {
    ImGui::PushFont(c_.fonts.heading);
    ImGui::TextWrapped("%s", displayName(ref_, &kb_).c_str());
    ImGui::PopFont();
    hint(muscle_.names.latin + "  ·  " + idInWords(std::string(atlas::toString(muscle_.region))) + "  ·  " +
         std::string(atlas::toString(muscle_.layer)) + " layer");
    if (!muscle_.names.aliases.empty()) hint("Also: " + joined(muscle_.names.aliases));
    if (ImGui::Button("Frame (F)")) c_.commands.frameSelection();
    auto& focus = c_.state.view.display.focus;
    const char* isolateLabel = focus == atlas::FocusMode::Isolate ? "Show all" : "Isolate";
    sameLineIfItFits(isolateLabel);
    if (ImGui::Button(isolateLabel)) {
      focus = focus == atlas::FocusMode::Isolate ? atlas::FocusMode::Normal : atlas::FocusMode::Isolate;
      c_.commands.sceneChanged();
    }
    sameLineIfItFits("Clear (Esc)");
    if (ImGui::Button("Clear (Esc)")) c_.commands.clearSelection();
    // Selected in a layer that is peeled or switched off, the muscle would show as floating markers only.
    if (const std::optional<atlas::Layer> hidden = hiddenLayerOfSelection(c_.state.view.display, kb_)) {
      const std::string why = "Its layer (" + std::string(atlas::layerName(*hidden)) + ") is hidden.";
      ImGui::TextColored(ImVec4(0.95f, 0.55f, 0.2f, 1.0f), "%s", why.c_str());
      c_.state.shownTexts["selection_layer_hidden"] = why;
      ImGui::SameLine();
      if (ImGui::SmallButton("Show its layer")) {
        atlas::DisplayState& display = c_.state.view.display;
        display.layers[static_cast<std::size_t>(*hidden)].visible = true;
        if (atlas::isPeeled(display, *hidden)) display.peel = peelForSliderPosition(static_cast<int>(*hidden));
        c_.commands.sceneChanged();
      }
      recordLastItem(c_.state, "show_selection_layer");
    }
  }

  // Other muscles named by a card, as links; ids without a card are shown as they are.
  void muscleLinks(const char* label, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotLines), "%s", label);
    ImGui::Indent();
    for (const std::string& id : ids) {
      const Muscle* other = kb_.findMuscle(id);
      if (other == nullptr) {
        ImGui::BulletText("%s", idInWords(id).c_str());
        continue;
      }
      ImGui::Bullet();
      if (textLink(other->names.common, other)) c_.commands.selectStructure({other->id, ref_.side});
    }
    ImGui::Unindent();
  }

  void anatomy() {
    const atlas::Anatomy& a = muscle_.anatomy;
    if (muscle_.isGroup()) labelledText("Members", joined(muscle_.members));
    labelledText("Origin", a.origin);
    labelledText("Insertion", a.insertion);
    subheading("Actions");
    bulletList(a.actions);
    labelledText("Innervation", a.innervation.nerve + (a.innervation.roots.empty() ? "" : " (" + joined(a.innervation.roots) + ")"));
    labelledText("Blood supply", a.bloodSupply);
    muscleLinks("Synergists", a.synergists);
    muscleLinks("Antagonists", a.antagonists);
    labelledText("Notes", a.notes);
  }

  void triggerPoints() {
    hint("Choose a trigger point to see where it sends pain; its marker turns blue.");
    if (checkbox("Show the pain of every trigger point", &c_.state.showSelectionPattern)) c_.commands.sceneChanged();
    for (std::size_t i = 0; i < muscle_.triggerPoints.size(); ++i) {
      const atlas::TriggerPoint& tp = muscle_.triggerPoints[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::Separator();
      const bool chosen = c_.state.chosenTriggerPoint == tp.id;
      const std::string label = std::to_string(i + 1) + ". " + tp.name;
      if (ImGui::Selectable(label.c_str(), chosen)) {
        c_.state.chosenTriggerPoint = chosen ? std::nullopt : std::optional<std::string>(tp.id);
        c_.commands.sceneChanged();
      }
      recordLastItem(c_.state, "trigger_point_" + std::to_string(i + 1));
      ImGui::Indent();
      ImGui::TextWrapped("%s", tp.location.description.c_str());
      hint(std::string("In the ") + std::string(atlas::toString(tp.location.depth)) + " part of the muscle" +
           (tp.location.member ? ", in " + *tp.location.member : std::string()));
      if (ImGui::SmallButton("Keep on the heat map")) {
        c_.state.pinnedPatterns.push_back({tp.id, ref_.side});
        c_.commands.sceneChanged();
      }
      ImGui::Unindent();
      ImGui::PopID();
    }
  }

  void referredPain() {
    for (const atlas::TriggerPoint& tp : muscle_.triggerPoints) {
      subheading(tp.name.c_str());
      ImGui::TextWrapped("%s", tp.referral.description.c_str());
      hint(referralSideInWords(tp.referral.side));
      labelledText("Essential zone", zoneInWords(tp.referral.essential, kb_));
      labelledText("Spillover zone", zoneInWords(tp.referral.spillover, kb_));
    }
    ImGui::Separator();
    drawHeatLegend(c_.state.settings.colormap);
  }

  void techniques() {
    const atlas::Techniques& t = muscle_.techniques;
    // The cautions come before any technique, so nobody reaches a step without them.
    const ImVec4 warning(0.95f, 0.55f, 0.2f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, warning);
    ImGui::TextWrapped("Cautions: read before any technique");
    ImGui::PopStyleColor();
    for (const std::string& caution : muscle_.clinical.cautions) {
      ImGui::TextColored(warning, "!");
      ImGui::SameLine();
      ImGui::TextWrapped("%s", caution.c_str());
    }
    if (!t.licensingNote.empty()) labelledText("Licensing", t.licensingNote);
    clientWarnings(warning);
    const bool palpationOpen = ImGui::CollapsingHeader("1. Palpation", ImGuiTreeNodeFlags_DefaultOpen);
    recordLastItem(c_.state, "palpation_header");
    if (palpationOpen) {
      warningsFor(atlas::Technique::Palpation, warning);
      labelledText("Patient position", t.palpation.patientPosition);
      labelledText("Landmarks", joined(t.palpation.landmarks, "; "));
      labelledText("Fibre direction", t.palpation.fibreDirection);
      labelledText("Grip", std::string(atlas::toString(t.palpation.grip)));
      numberedSteps(t.palpation.steps);
    }
    if (ImGui::CollapsingHeader("2. Trigger-point pressure release")) {
      warningsFor(atlas::Technique::PressureRelease, warning);
      hint(std::string(atlas::pressureScaleNote()));
      numberedSteps(t.pressureRelease.steps);
    }
    if (ImGui::CollapsingHeader("3. Positional release")) {
      warningsFor(atlas::Technique::PositionalRelease, warning);
      hint(std::string(atlas::positionalReleaseInASession()));
      labelledText("Tender point", t.positionalRelease.tenderPoint);
      labelledText("Position of ease", t.positionalRelease.positionOfEase);
      labelledText("Hold", std::to_string(t.positionalRelease.holdSeconds) + " seconds, then return slowly and passively");
      numberedSteps(t.positionalRelease.steps);
    }
    const bool pnfOpen = ImGui::CollapsingHeader("4. PNF stretch");
    recordLastItem(c_.state, "pnf_header");
    if (pnfOpen) {
      warningsFor(atlas::Technique::PnfStretch, warning);
      pnfStretch(t.pnfStretch, warning);
    }
    if (ImGui::CollapsingHeader("5. Self-care for the client")) {
      warningsFor(atlas::Technique::SelfCare, warning);
      numberedSteps(t.selfCare.steps);
    }
  }

  // The session's intake flags that change this muscle's techniques, on the side shown.
  std::vector<atlas::TechniqueWarning> intakeWarnings() const {
    std::vector<atlas::IntakeEntry> intake;
    for (const std::string& text : c_.state.pain.intake)
      if (myo::Result<atlas::IntakeEntry> entry = atlas::parseIntake(text, kb_)) intake.push_back(*entry);
    return atlas::techniqueWarnings(muscle_, ref_.side.value_or(atlas::Side::Left), intake, kb_);
  }

  // Above the techniques: how many of them the client's intake changes, and which.
  void clientWarnings(const ImVec4& warning) {
    const std::vector<atlas::TechniqueWarning> warnings = intakeWarnings();
    if (warnings.empty()) return;
    std::string techniques;
    for (const atlas::TechniqueWarning& w : warnings) {
      std::string name(atlas::toString(w.technique));
      std::replace(name.begin(), name.end(), '_', ' ');
      if (techniques.find(name) == std::string::npos) techniques += (techniques.empty() ? "" : ", ") + name;
    }
    ImGui::TextColored(warning, "!");
    ImGui::SameLine();
    const std::string text = "This client's intake changes: " + techniques + ". See the warning under each.";
    ImGui::TextWrapped("%s", text.c_str());
    c_.state.shownTexts["intake_warnings"] = text;
  }

  void warningsFor(atlas::Technique technique, const ImVec4& warning) {
    std::string shown;
    for (const atlas::TechniqueWarning& w : intakeWarnings()) {
      if (w.technique != technique) continue;
      ImGui::TextColored(warning, "Intake (%s):", w.flag.c_str());
      ImGui::SameLine();
      ImGui::TextWrapped("%s", w.text.c_str());
      shown += (shown.empty() ? "" : "\n") + w.text;
    }
    if (!shown.empty()) c_.state.shownTexts["intake_warnings_" + std::string(atlas::toString(technique))] = shown;
  }

  void pnfStretch(const atlas::PnfStretch& stretch, const ImVec4& warning) {
    const std::string method = std::string(atlas::pnfMethodShortName(stretch.method)) + ", " +
                               std::to_string(stretch.repetitions) + " repetitions";
    labelledText("Method", method);
    const std::string definition(atlas::pnfMethodDefinition(stretch.method));
    hint(definition);
    const std::string licensing(atlas::assistedStretchingLicensingNote());
    const std::string hypermobile(atlas::pnfHypermobilityCaution());
    ImGui::TextColored(warning, "!");
    ImGui::SameLine();
    ImGui::TextWrapped("%s", hypermobile.c_str());
    labelledText("Licensing", licensing);
    labelledText("Position", stretch.position);
    labelledText("Contraction", stretch.contraction);
    labelledText("Relaxation", stretch.relaxation);
    labelledText("New range", stretch.newRange);
    numberedSteps(stretch.steps);
    hint(std::string(atlas::pnfPurpose()));
    c_.state.shownTexts["pnf_method"] = method + ". " + definition;
    c_.state.shownTexts["pnf_licensing"] = licensing;
    c_.state.shownTexts["pnf_hypermobility"] = hypermobile;
  }

  void assessment() {
    const atlas::Clinical& c = muscle_.clinical;
    const auto list = [](const char* title, const std::vector<std::string>& items) {
      if (items.empty()) return;
      subheading(title);
      bulletList(items);
    };
    list("Symptoms", c.symptoms);
    list("Activating factors", c.activatingFactors);
    list("Perpetuating factors", c.perpetuatingFactors);
    list("Posture", c.assessment.posture);
    list("Range of motion", c.assessment.rangeOfMotion);
    list("Muscle tests", c.assessment.muscleTests);
    // The same knowledge as the assessment's codes: what moves this muscle up the candidates.
    if (!muscle_.findings.empty()) {
      std::vector<std::string> links;
      for (const atlas::FindingLink& link : muscle_.findings) {
        std::string words = kb_.assessment().label(link.kind, link.code, std::nullopt);
        if (link.side) words += link.side == atlas::RelativeSide::Same ? " (same side)" : " (other side)";
        links.push_back(words + ": " + link.reason);
      }
      list("Findings that point to it", links);
    }
    muscleLinks("Associated trigger points", c.associatedTriggerPoints);
    muscleLinks("Satellite trigger points", c.satelliteTriggerPoints);
    list("Often mistaken for", c.differential);
  }

  void sources() {
    for (const atlas::SourceCitation& source : muscle_.sources) {
      std::string citation;
      if (const atlas::Reference* reference = kb_.findReference(source.ref)) {
        citation = atlas::citationText(*reference);
      } else {
        citation = source.ref;
      }
      citation += ", chapter " + source.chapter + ".";
      ImGui::Bullet();
      ImGui::TextWrapped("%s", citation.c_str());
      std::vector<std::string> parts;
      for (atlas::RecordPart part : source.covers) parts.push_back(idInWords(std::string(atlas::toString(part))));
      ImGui::Indent();
      hint("For: " + joined(parts));
      ImGui::Unindent();
    }
    labelledText("Evidence", muscle_.evidenceNote);
  }

  PanelContext& c_;
  const atlas::KnowledgeBase& kb_;
  const Muscle& muscle_;
  atlas::StructureRef ref_;
};

void welcome() {
  ImGui::TextWrapped("Click a muscle on the body, or find one by name on the left, to read its card here.");
  ImGui::Spacing();
  hint("Drag to turn the body, right-drag to move it, scroll to zoom toward the cursor. Keys 1 to 5 "
       "show the front, back, left, right and top. F1 lists every shortcut.");
}

}  // namespace

void InfoCard::draw(PanelContext& context) {
  // The quiz card above asks about the muscle: its card would give the answer away.
  if (context.state.quiz.hidesNames()) return;
  const auto& selection = context.state.view.display.selection;
  if (selection.empty()) {
    welcome();
    return;
  }
  const atlas::StructureRef ref = selection.front();
  const Muscle* muscle = context.kb != nullptr ? context.kb->findMuscle(ref.id) : nullptr;
  if (muscle == nullptr) {
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextWrapped("%s", displayName(ref, context.kb).c_str());
    ImGui::PopFont();
    hint("Bones and the skin are shown for orientation; they have no card.");
    if (ImGui::Button("Frame (F)")) context.commands.frameSelection();
    ImGui::SameLine();
    if (ImGui::Button("Clear (Esc)")) context.commands.clearSelection();
    return;
  }
  CardView(context, *muscle, ref).draw();
}

}  // namespace myo::ui
