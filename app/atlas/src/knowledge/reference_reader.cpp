#include "knowledge/reference_reader.hpp"

#include <algorithm>

#include "knowledge/identifiers.hpp"

namespace myo::atlas {

std::vector<Reference> readReferences(const JsonDocument& document, const ProblemLog& log) {
  const JsonNode root(document, log);
  std::vector<Reference> references;
  if (!root.expectObject({"references"})) return references;
  root["references"].forEach(Emptiness::NotEmpty, [&](const JsonNode& item) {
    if (!item.expectObject({"id", "title", "edition", "year", "authors"})) return;
    Reference reference;
    const JsonNode idNode = item["id"];
    reference.id = idNode.text();
    reference.title = item["title"].text();
    reference.edition = item["edition"].text(Emptiness::MayBeEmpty);  // journal articles have none
    reference.year = item["year"].wholeNumber(1500, 2100);
    reference.authors = item["authors"].text();
    if (reference.id.empty()) return;
    if (!isSnakeCaseId(reference.id)) idNode.report("must be a snake_case id such as \"travell_simons_v1\"");
    const bool repeated = std::any_of(references.begin(), references.end(),
                                      [&](const Reference& other) { return other.id == reference.id; });
    if (repeated) {
      idNode.report("duplicate reference id \"" + reference.id + "\"");
      return;
    }
    references.push_back(std::move(reference));
  });
  return references;
}

}  // namespace myo::atlas
