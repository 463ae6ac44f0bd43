#include "structure_names.hpp"

#include <algorithm>
#include <cctype>

namespace myo::ui {

std::string idInWords(const std::string& id) {
  std::string name = id;
  std::replace(name.begin(), name.end(), '_', ' ');
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

std::string displayName(const atlas::StructureRef& ref, const atlas::KnowledgeBase* kb) {
  std::string name = idInWords(ref.id);
  if (kb != nullptr)
    if (const atlas::Muscle* muscle = kb->findMuscle(ref.id)) name = muscle->names.common;
  if (ref.side) name += " (" + std::string(atlas::toString(*ref.side)) + ")";
  return name;
}

std::string displayName(const atlas::StructureInfo& info, const atlas::KnowledgeBase* kb) {
  if (info.kind == atlas::StructureKind::Skin) return "Skin";
  return displayName(atlas::StructureRef{info.id, info.side}, kb);
}

std::string muscleName(const atlas::KnowledgeBase& kb, const std::string& id) {
  const atlas::Muscle* muscle = kb.findMuscle(id);
  return muscle != nullptr ? muscle->names.common : id;
}

}  // namespace myo::ui
