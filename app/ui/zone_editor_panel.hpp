#pragma once
// "Zone editor": a teacher draws or corrects the referral zones of the chosen trigger point on the
// skin — strokes and areas into the essential or the spillover zone — sees the heat map change as
// they draw, and saves the drawing into the muscle's card. The logic is ZoneEditor's
// (zone_editor.hpp); this file is its ImGui face and its mouse on the body.

#include <memory>

#include "panel.hpp"
#include "zone_editor.hpp"

namespace myo::ui {

class ZoneEditorPanel : public Panel {
 public:
  const char* title() const override { return "Zone editor"; }
  const char* section() const override { return "Zones"; }
  void draw(PanelContext& context) override;
  bool takeSceneClick(PanelContext& context, const SceneClick& click) override;
  bool takesSceneDrags(const AppState& state) const override;
  void sceneDragEnded(PanelContext& context) override;

 private:
  ZoneEditor* editor(PanelContext& context);  // null without a skin map or knowledge base
  // Starts editing the chosen trigger point when it is not the one being edited.
  void follow(PanelContext& context, const atlas::Muscle* muscle);
  void drawSubject(PanelContext& context, const atlas::Muscle* muscle);
  void drawTool(PanelContext& context);
  void drawShapes(PanelContext& context);
  void drawActions(PanelContext& context, const atlas::Muscle* muscle);

  std::unique_ptr<ZoneEditor> editor_;  // built when the panel is first used
  bool pressed_ = false;  // the button is down on the body: further calls are the drag
};

}  // namespace myo::ui
