#pragma once
// Labels drawn into any cairo context (a picture, a PDF page): label_picture.hpp's look, in the
// context's current user units, the labels' coordinates taken as those units.

#include <cairo.h>

#include <span>

#include "myo/atlas/label_layout.hpp"

namespace myo::atlas {

void drawLabelsOn(cairo_t* cr, std::span<const PlacedLabel> labels, double fontSize);

}  // namespace myo::atlas
