#pragma once
// How the window looks: the DejaVu TrueType fonts at the UI scale, and the dark or light theme
// (ImGui colours and the 3D background together, so the body never sits on a clashing backdrop).

#include <glm/vec4.hpp>

#include "myo/atlas/caption_sizes.hpp"
#include "settings.hpp"

struct ImFont;

namespace myo::ui {

struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* heading = nullptr;  // bold and larger, for the card title
  // Presenter mode's caption, sized to the screen (CaptionSizes); the heading and regular fonts
  // when no screen height was given.
  ImFont* captionTitle = nullptr;
  ImFont* captionText = nullptr;
  ImFont* captionLabel = nullptr;
  bool trueType = false;      // false when DejaVu is missing and ImGui's bitmap font stands in
};

// Presenter mode's caption in pixels (shared with the captioned slides).
using atlas::CaptionSizes;
using atlas::captionSizesFor;

// Rebuilds the font atlas for this scale, and the caption fonts for a screen this high (0: none);
// call between frames, then recreate the font texture (ImGui_ImplOpenGL3_DestroyFontsTexture /
// CreateFontsTexture).
UiFonts loadFonts(float uiScale, float captionScreenHeight = 0.0f);

void applyTheme(Theme theme, float uiScale);

glm::vec4 sceneBackground(Theme theme);  // display-encoded

}  // namespace myo::ui
