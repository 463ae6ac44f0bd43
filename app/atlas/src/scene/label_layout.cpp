#include "myo/atlas/label_layout.hpp"

#include <algorithm>
#include <cmath>

namespace myo::atlas {

namespace {

// A label on its way to a box: its size, both candidate anchors and what each side would cost.
struct PendingLabel {
  std::size_t request = 0;
  LabelSize box;
  glm::vec2 leftAnchor{0.0f};   // the anchor nearest the body's left edge
  glm::vec2 rightAnchor{0.0f};  // and its right edge
  float leftCost = 0.0f;        // how far the leader runs inside the body's box on that side
  float rightCost = 0.0f;
  bool left = false;
  glm::vec2 anchor() const { return left ? leftAnchor : rightAnchor; }
};

// The tops of boxes stacked in this order, each as near its wish as the others allow: the least
// squared shift that keeps `gap` between neighbours (isotonic regression by pooling adjacent
// violators), then the whole stack moved inside [top, bottom] where it fits. Boxes never overlap,
// even when the stack is taller than the room (it then runs past `bottom`).
std::vector<float> stackedTops(const std::vector<float>& wishedTops, const std::vector<float>& heights, float gap,
                               float top, float bottom) {
  const std::size_t count = wishedTops.size();
  std::vector<float> offsets(count, 0.0f);  // where box i sits below box 0 when packed tight
  for (std::size_t i = 1; i < count; ++i) offsets[i] = offsets[i - 1] + heights[i - 1] + gap;
  // Pooled blocks of consecutive boxes: each block moves as one, at the mean of its members' wishes.
  struct Block {
    float sum;
    std::size_t size;
    float mean() const { return sum / float(size); }
  };
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < count; ++i) {
    blocks.push_back({wishedTops[i] - offsets[i], 1});
    while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
      const Block last = blocks.back();
      blocks.pop_back();
      blocks.back().sum += last.sum;
      blocks.back().size += last.size;
    }
  }
  const float lowest = count == 0 ? top : bottom - offsets.back() - heights.back();
  std::vector<float> tops;
  tops.reserve(count);
  for (const Block& block : blocks)
    for (std::size_t k = 0; k < block.size; ++k) {
      const std::size_t i = tops.size();
      const float shift = std::max(std::min(block.mean(), lowest), top);
      tops.push_back(shift + offsets[i]);
    }
  return tops;
}

std::vector<float> columnTops(const std::vector<PendingLabel*>& members, float gap, float top, float bottom) {
  std::vector<float> wished, heights;
  for (const PendingLabel* label : members) {
    wished.push_back(label->anchor().y - label->box.height * 0.5f);
    heights.push_back(label->box.height);
  }
  return stackedTops(wished, heights, gap, top, bottom);
}

// Whether two leaders cross (sharing an end point does not count).
bool leadersCross(glm::vec2 a, glm::vec2 b, glm::vec2 c, glm::vec2 d) {
  auto turn = [](glm::vec2 p, glm::vec2 q, glm::vec2 r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
  const float d1 = turn(c, d, a), d2 = turn(c, d, b), d3 = turn(a, b, c), d4 = turn(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

float columnHeight(const std::vector<PendingLabel*>& column, float gap) {
  float total = 0.0f;
  for (const PendingLabel* label : column) total += label->box.height + gap;
  return column.empty() ? 0.0f : total - gap;
}

// Places one side's labels: sorted by anchor height, dealt into as many columns as their height
// needs (every k-th label to the same column, so each column keeps the order), columns stepping
// outward from the body.
void placeSide(std::vector<PendingLabel*> side, bool left, const LabelLayoutInput& input,
               std::vector<PlacedLabel>& placed) {
  if (side.empty()) return;
  std::stable_sort(side.begin(), side.end(),
                   [](const PendingLabel* a, const PendingLabel* b) { return a->anchor().y < b->anchor().y; });
  const float top = input.viewport.y + input.margin;
  const float bottom = input.viewport.bottom() - input.margin;
  const float room = std::max(bottom - top, 1.0f);
  const std::size_t columns =
      std::clamp<std::size_t>(std::size_t(std::ceil(columnHeight(side, input.gap) / room)), 1, side.size());
  float edge = left ? input.body.x - input.margin : input.body.right() + input.margin;
  for (std::size_t column = 0; column < columns; ++column) {
    std::vector<PendingLabel*> members;
    for (std::size_t i = column; i < side.size(); i += columns) members.push_back(side[i]);
    float widest = 0.0f;
    for (const PendingLabel* label : members) widest = std::max(widest, label->box.width);
    const float lineX = edge;  // every box of the column touches it: the leaders leave from it
    std::vector<float> tops = columnTops(members, input.gap, top, bottom);
    // Anchors at about one height but at different depths into the body can still give crossing
    // leaders; swapping the two boxes uncrosses them (it shortens the two leaders together, so
    // this ends; the bound is a guard).
    for (std::size_t round = 0; round < members.size() * members.size(); ++round) {
      bool swapped = false;
      for (std::size_t i = 0; i + 1 < members.size() && !swapped; ++i)
        for (std::size_t j = i + 1; j < members.size() && !swapped; ++j) {
          const glm::vec2 startI{lineX, tops[i] + members[i]->box.height * 0.5f};
          const glm::vec2 startJ{lineX, tops[j] + members[j]->box.height * 0.5f};
          if (!leadersCross(startI, members[i]->anchor(), startJ, members[j]->anchor())) continue;
          std::swap(members[i], members[j]);
          tops = columnTops(members, input.gap, top, bottom);
          swapped = true;
        }
      if (!swapped) break;
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
      const PendingLabel& label = *members[i];
      PlacedLabel out;
      out.request = label.request;
      out.text = input.labels[label.request].text;
      out.box = {left ? edge - label.box.width : edge, tops[i], label.box.width, label.box.height};
      // Inside the viewport even when that covers the body: a label off the picture helps nobody.
      out.box.x = std::clamp(out.box.x, input.viewport.x + input.margin,
                             std::max(input.viewport.right() - input.margin - out.box.width, input.viewport.x));
      out.anchor = label.anchor();
      out.lineStart = {left ? out.box.right() : out.box.x, out.box.y + out.box.height * 0.5f};
      out.leftOfBody = left;
      placed.push_back(std::move(out));
    }
    edge += left ? -(widest + input.gap) : widest + input.gap;
  }
}

}  // namespace

std::vector<PlacedLabel> layoutLabels(const LabelLayoutInput& input) {
  std::vector<PendingLabel> pending;
  for (std::size_t i = 0; i < input.labels.size(); ++i) {
    const LabelRequest& request = input.labels[i];
    if (request.anchors.empty()) continue;
    PendingLabel label;
    label.request = i;
    const LabelSize text = input.measure ? input.measure(request.text) : LabelSize{};
    label.box = {text.width + 2.0f * input.padding, text.height + 2.0f * input.padding};
    label.leftAnchor = *std::min_element(request.anchors.begin(), request.anchors.end(),
                                         [](glm::vec2 a, glm::vec2 b) { return a.x < b.x; });
    label.rightAnchor = *std::max_element(request.anchors.begin(), request.anchors.end(),
                                          [](glm::vec2 a, glm::vec2 b) { return a.x < b.x; });
    label.leftCost = label.leftAnchor.x - input.body.x;
    label.rightCost = input.body.right() - label.rightAnchor.x;
    // A side too narrow for the box costs its width: the box would cover the body there.
    const float leftRoom = input.body.x - input.margin - (input.viewport.x + input.margin);
    const float rightRoom = input.viewport.right() - input.margin - (input.body.right() + input.margin);
    if (leftRoom < label.box.width) label.leftCost += label.box.width - leftRoom;
    if (rightRoom < label.box.width) label.rightCost += label.box.width - rightRoom;
    label.left = label.leftCost < label.rightCost;
    pending.push_back(label);
  }

  // A side taller than the viewport gives its cheapest-to-move labels to the other side while
  // that side has room.
  const float room = input.viewport.height - 2.0f * input.margin;
  auto sideHeight = [&](bool left) {
    float total = 0.0f;
    for (const PendingLabel& label : pending)
      if (label.left == left) total += label.box.height + input.gap;
    return total;
  };
  std::vector<PendingLabel*> byRegret;
  for (PendingLabel& label : pending) byRegret.push_back(&label);
  std::stable_sort(byRegret.begin(), byRegret.end(), [](const PendingLabel* a, const PendingLabel* b) {
    return std::abs(a->leftCost - a->rightCost) < std::abs(b->leftCost - b->rightCost);
  });
  for (bool fromLeft : {true, false})
    for (PendingLabel* label : byRegret) {
      if (sideHeight(fromLeft) <= room) break;
      if (label->left != fromLeft) continue;
      if (sideHeight(!fromLeft) + label->box.height + input.gap > room) continue;
      label->left = !fromLeft;
    }

  std::vector<PlacedLabel> placed;
  for (bool left : {true, false}) {
    std::vector<PendingLabel*> side;
    for (PendingLabel& label : pending)
      if (label.left == left) side.push_back(&label);
    placeSide(std::move(side), left, input, placed);
  }
  std::sort(placed.begin(), placed.end(), [](const PlacedLabel& a, const PlacedLabel& b) { return a.request < b.request; });
  return placed;
}

}  // namespace myo::atlas
