#pragma once
// What people call a structure in the window: the card's common name for a muscle, the id in
// words for the rest ("hip_bone" → "Hip bone"), with the side when it has one.

#include <string>

#include "myo/atlas/display.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/structure_index.hpp"

namespace myo::ui {

std::string displayName(const atlas::StructureInfo& info, const atlas::KnowledgeBase* kb);
std::string displayName(const atlas::StructureRef& ref, const atlas::KnowledgeBase* kb);
// A muscle's common name; the id itself when the knowledge base has no such muscle.
std::string muscleName(const atlas::KnowledgeBase& kb, const std::string& id);
std::string idInWords(const std::string& id);  // "levator_scapulae" → "Levator scapulae"

}  // namespace myo::ui
