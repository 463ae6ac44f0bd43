#pragma once
// How the window looks: the DejaVu TrueType fonts at the UI scale, and the dark or light theme
// (ImGui colours and the 3D background together, so the body never sits on a clashing backdrop).

#include <glm/vec4.hpp>

#include "settings.hpp"

struct ImFont;

namespace myo::ui {

struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* heading = nullptr;  // bold and larger, for the card title
  bool trueType = false;      // false when DejaVu is missing and ImGui's bitmap font stands in
};

// Rebuilds the font atlas for this scale; call between frames, then recreate the font texture
// (ImGui_ImplOpenGL3_DestroyFontsTexture / CreateFontsTexture).
UiFonts loadFonts(float uiScale);

void applyTheme(Theme theme, float uiScale);

glm::vec4 sceneBackground(Theme theme);  // display-encoded

}  // namespace myo::ui
