#pragma once
// A muscle's card as text, laid out for a student to read in a terminal or on paper: names,
// anatomy, each trigger point and where its pain goes, the clinical picture, the five techniques
// as numbered steps with the cautions beside them, and where it all comes from.

#include <ostream>

#include "myo/atlas/knowledge_base.hpp"

namespace myo::cli {

// `knowledgeBase` supplies what the record only names by id: other muscles, regions, references.
void writeMuscleCard(std::ostream& out, const atlas::Muscle& muscle, const atlas::KnowledgeBase& knowledgeBase);

}  // namespace myo::cli
