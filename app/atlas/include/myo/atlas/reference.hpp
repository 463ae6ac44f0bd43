#pragma once
// A published reference the knowledge base cites (assets/knowledge/references.json).

#include <string>

namespace myo::atlas {

struct Reference {
  std::string id;  // what `sources[].ref` in a muscle file names
  std::string title;
  std::string edition;  // may be empty (journal articles)
  int year = 0;
  std::string authors;
};

// "Authors. Title (2nd edition, 2019)", as a card cites it.
std::string citationText(const Reference& reference);

}  // namespace myo::atlas
