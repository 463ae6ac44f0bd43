#include "knowledge/assessment_reader.hpp"

#include <algorithm>
#include <string>

#include "knowledge/identifiers.hpp"

namespace myo::atlas {

namespace {

constexpr std::string_view kSchemaPage = "docs/assessment.md";
constexpr auto NotEmpty = Emptiness::NotEmpty;
constexpr auto MayBeEmpty = Emptiness::MayBeEmpty;

template <class E>
std::vector<E> enumList(const JsonNode& node, E fallback) {
  std::vector<E> values;
  node.forEach(NotEmpty, [&](const JsonNode& item) { values.push_back(item.enumValue(fallback)); });
  return values;
}

SourceRef readSource(const JsonNode& node, const std::vector<Reference>* references) {
  SourceRef source;
  if (!node.expectObject({"ref", "chapter"}, kSchemaPage)) return source;
  const JsonNode ref = node["ref"];
  source.ref = ref.text();
  source.chapter = node["chapter"].text();
  if (references != nullptr && !source.ref.empty() &&
      std::none_of(references->begin(), references->end(), [&](const Reference& r) { return r.id == source.ref; }))
    ref.report("unknown reference \"" + source.ref + "\"; add it to knowledge/references.json");
  return source;
}

IntakeRule readRule(const JsonNode& node) {
  IntakeRule rule;
  if (!node.expectObject({"techniques", "muscles", "body_parts", "when_text_mentions", "text"}, kSchemaPage))
    return rule;
  rule.techniques = enumList(node["techniques"], Technique::Palpation);
  if (node.has("muscles")) rule.muscles = node["muscles"].textList(NotEmpty);
  if (node.has("body_parts")) rule.bodyParts = enumList(node["body_parts"], BodyPart::Neck);
  if (node.has("when_text_mentions")) rule.whenTextMentions = node["when_text_mentions"].textList(NotEmpty);
  rule.text = node["text"].text();
  return rule;
}

template <class T>
void checkUnique(const std::vector<T>& items, const std::string& id, const JsonNode& node, std::string_view what) {
  const auto same = std::count_if(items.begin(), items.end(), [&](const T& item) {
    if constexpr (requires { item.code; })
      return item.code == id;
    else
      return item.id == id;
  });
  if (same > 0) node.report("duplicate " + std::string(what) + " \"" + id + "\"");
  if (!id.empty() && !isSnakeCaseId(id)) node.report("must be a snake_case code such as \"forward_head\"");
}

std::vector<IntakeFlag> readIntake(const JsonNode& node) {
  std::vector<IntakeFlag> flags;
  node.forEach(NotEmpty, [&](const JsonNode& item) {
    if (!item.expectObject({"code", "sided", "kind", "label", "question", "refer", "rules"}, kSchemaPage)) return;
    IntakeFlag flag;
    flag.code = item["code"].text();
    checkUnique(flags, flag.code, item["code"], "intake flag");
    flag.sided = item["sided"].boolean();
    flag.kind = item["kind"].enumValue(IntakeKind::Caution);
    flag.label = item["label"].text();
    flag.question = item["question"].text();
    if (item.has("refer")) flag.refer = item["refer"].text();
    if (flag.kind != IntakeKind::Caution && flag.refer.empty())
      item.report("a red flag or a stop needs \"refer\": what to do instead of treating");
    if (item.has("rules")) item["rules"].forEach(NotEmpty, [&](const JsonNode& rule) { flag.rules.push_back(readRule(rule)); });
    flags.push_back(std::move(flag));
  });
  return flags;
}

std::vector<PostureCode> readPosture(const JsonNode& node) {
  std::vector<PostureCode> codes;
  node.forEach(NotEmpty, [&](const JsonNode& item) {
    if (!item.expectObject({"code", "sided", "label"}, kSchemaPage)) return;
    PostureCode code{item["code"].text(), item["sided"].boolean(), item["label"].text()};
    checkUnique(codes, code.code, item["code"], "posture code");
    codes.push_back(std::move(code));
  });
  return codes;
}

std::vector<Movement> readMovements(const JsonNode& node) {
  std::vector<Movement> movements;
  node.forEach(NotEmpty, [&](const JsonNode& item) {
    if (!item.expectObject({"code", "sided", "label", "normal", "unit", "source"}, kSchemaPage)) return;
    Movement movement;
    movement.code = item["code"].text();
    checkUnique(movements, movement.code, item["code"], "movement");
    movement.sided = item["sided"].boolean();
    movement.label = item["label"].text();
    const JsonNode normal = item["normal"];
    if (normal.isList() && normal.size() == 2) {
      movement.normalLow = normal.element(0).number(0.0, 360.0);
      movement.normalHigh = normal.element(1).number(movement.normalLow, 360.0);
    } else {
      movement.normalLow = movement.normalHigh = normal.number(0.0, 360.0);
    }
    movement.unit = item["unit"].text();
    if (movement.unit != "deg" && movement.unit != "mm") item["unit"].report("must be \"deg\" or \"mm\"");
    movement.source = readSource(item["source"], nullptr);
    movements.push_back(std::move(movement));
  });
  return movements;
}

std::vector<NamedTest> readTests(const JsonNode& root) {
  std::vector<NamedTest> tests;
  if (!root.expectObject({"tests"}, kSchemaPage)) return tests;
  root["tests"].forEach(NotEmpty, [&](const JsonNode& item) {
    if (!item.expectObject({"id", "name", "sided", "how", "positive", "source"}, kSchemaPage)) return;
    NamedTest test;
    test.id = item["id"].text();
    checkUnique(tests, test.id, item["id"], "test id");
    test.name = item["name"].text();
    test.sided = item["sided"].boolean();
    test.how = item["how"].text();
    test.positive = item["positive"].text();
    test.source = readSource(item["source"], nullptr);
    tests.push_back(std::move(test));
  });
  return tests;
}

std::optional<RelativeSide> readRelativeSide(const JsonNode& item, bool sided, std::string_view what) {
  if (!item.has("side")) {
    if (sided) item.report(std::string(what) + " is sided: add \"side\": \"same\" or \"opposite\"");
    return std::nullopt;
  }
  if (!sided) {
    item["side"].report(std::string(what) + " takes no side");
    return std::nullopt;
  }
  return item["side"].enumValue(RelativeSide::Same);
}

// The results a link may name: rom limited/painful, resisted painful/weak.
bool resultFitsKind(FindingKind kind, FindingResult result) {
  if (kind == FindingKind::RangeOfMotion) return result == FindingResult::Limited || result == FindingResult::Painful;
  if (kind == FindingKind::Resisted) return result == FindingResult::Painful || result == FindingResult::Weak;
  return false;
}

FindingLink readLink(const JsonNode& item, const AssessmentVocabulary& vocabulary, const std::vector<Reference>& references) {
  FindingLink link;
  if (!item.expectObject({"finding", "side", "results", "reason", "source"}, kSchemaPage)) return link;
  const JsonNode findingNode = item["finding"];
  const std::string text = findingNode.text();
  const std::size_t colon = text.find(':');
  const std::optional<FindingKind> kind =
      colon == std::string::npos ? std::nullopt : parseEnum<FindingKind>(std::string_view(text).substr(0, colon));
  if (!text.empty() && (!kind || *kind == FindingKind::Palpation)) {
    findingNode.report("must be posture:<code>, rom:<movement>, resisted:<movement> or test:<id>, not \"" + text + "\"");
    return link;
  }
  if (!kind) return link;
  link.kind = *kind;
  link.code = text.substr(colon + 1);
  const std::optional<bool> sided = vocabulary.isSided(link.kind, link.code);
  if (!sided) {
    findingNode.report("unknown " + std::string(toString(link.kind)) + " code \"" + link.code +
                       "\"; knowledge/assessment.json and tests.json list them");
    return link;
  }
  link.side = readRelativeSide(item, *sided, text);
  if (item.has("results")) {
    const JsonNode results = item["results"];
    results.forEach(NotEmpty, [&](const JsonNode& result) {
      const FindingResult value = result.enumValue(FindingResult::Limited);
      if (!resultFitsKind(link.kind, value))
        result.report("\"" + std::string(toString(value)) + "\" is not a result of a " + std::string(toString(link.kind)) + " finding");
      link.results.push_back(value);
    });
  }
  link.reason = item["reason"].text();
  link.source = readSource(item["source"], &references);
  return link;
}

IntakeWarning readWarning(const JsonNode& item, const AssessmentVocabulary& vocabulary) {
  IntakeWarning warning;
  if (!item.expectObject({"flag", "side", "techniques", "text"}, kSchemaPage)) return warning;
  warning.flag = item["flag"].text();
  const IntakeFlag* flag = vocabulary.findIntake(warning.flag);
  if (flag == nullptr && !warning.flag.empty())
    item["flag"].report("unknown intake flag \"" + warning.flag + "\"; knowledge/assessment.json lists them");
  warning.side = readRelativeSide(item, flag != nullptr && flag->sided, "intake:" + warning.flag);
  warning.techniques = enumList(item["techniques"], Technique::Palpation);
  warning.text = item["text"].text();
  return warning;
}

}  // namespace

AssessmentVocabulary readAssessmentVocabulary(const JsonDocument& assessment, const ProblemLog& assessmentLog,
                                              const JsonDocument& tests, const ProblemLog& testsLog) {
  const JsonNode root(assessment, assessmentLog);
  std::vector<IntakeFlag> intake;
  std::vector<PostureCode> posture;
  std::vector<Movement> movements;
  if (root.expectObject({"intake", "posture", "movements", "results"}, kSchemaPage)) {
    intake = readIntake(root["intake"]);
    posture = readPosture(root["posture"]);
    movements = readMovements(root["movements"]);
    // The results' words are documentation of the codes; the program spells them itself.
    if (root.has("results") && !root["results"].isObject()) root["results"].report("must be an object");
  }
  return AssessmentVocabulary(std::move(intake), std::move(posture), std::move(movements),
                              readTests(JsonNode(tests, testsLog)));
}

void readFindingsFile(const JsonDocument& document, const ProblemLog& log, const AssessmentVocabulary& vocabulary,
                      const std::vector<Reference>& references, const std::vector<std::string>& unreadable,
                      std::vector<Muscle>& muscles, std::vector<std::string>& claimed) {
  const JsonNode root(document, log);
  if (!root.expectObject({"muscles"}, kSchemaPage)) return;
  root["muscles"].forEachMember([&](const std::string& id, const JsonNode& entry) {
    const auto muscle = std::lower_bound(muscles.begin(), muscles.end(), id,
                                         [](const Muscle& m, const std::string& key) { return m.id < key; });
    if (muscle == muscles.end() || muscle->id != id) {
      if (std::find(unreadable.begin(), unreadable.end(), id) != unreadable.end()) return;
      entry.report("no muscle \"" + id + "\" in the knowledge base");
      return;
    }
    if (std::find(claimed.begin(), claimed.end(), id) != claimed.end()) {
      entry.report("\"" + id + "\" already has its findings in another findings file");
      return;
    }
    claimed.push_back(id);
    if (!entry.expectObject({"findings", "intake"}, kSchemaPage)) return;
    entry["findings"].forEach(NotEmpty, [&](const JsonNode& item) {
      muscle->findings.push_back(readLink(item, vocabulary, references));
    });
    if (entry.has("intake"))
      entry["intake"].forEach(MayBeEmpty, [&](const JsonNode& item) {
        muscle->intakeWarnings.push_back(readWarning(item, vocabulary));
      });
  });
}

}  // namespace myo::atlas
