#pragma once
// Labels drawn on a picture with cairo: each name in dark text on a pale box with a thin border,
// a thin dark leader from the box to its anchor, and a dot with a light ring on the anchor, so it
// shows on any muscle colour. The text is measured by the same font it is drawn with
// (labelTextMeasure), so a layout made with it fits.
//
//   auto measure = labelTextMeasure(labelFontPixels(image.height));
//   std::vector<BodyLabel> labels = labelBody(atlas, &kb, ids, {}, measure);
//   Image labelled = drawLabels(image, placedOf(labels), labelFontPixels(image.height));
//
// Not here: where labels go (label_layout.hpp, body_labels.hpp). A cairo page (a study sheet)
// draws with drawLabelsOn in src/print/label_drawing.hpp instead.

#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "myo/atlas/body_labels.hpp"
#include "myo/atlas/label_layout.hpp"
#include "myo/engine/image.hpp"

namespace myo::atlas {

// The size of a label's text in DejaVu Sans at `fontPixels`.
std::function<LabelSize(std::string_view)> labelTextMeasure(float fontPixels);

// The picture with the labels drawn over it.
Image drawLabels(const Image& picture, std::span<const PlacedLabel> labels, float fontPixels);

std::vector<PlacedLabel> placedOf(const std::vector<BodyLabel>& labels);

}  // namespace myo::atlas
