#include "myo/atlas/reference.hpp"

namespace myo::atlas {

std::string citationText(const Reference& reference) {
  std::string text = reference.authors + ". " + reference.title + " (";
  if (!reference.edition.empty()) text += reference.edition + " edition, ";
  return text + std::to_string(reference.year) + ")";
}

}  // namespace myo::atlas
