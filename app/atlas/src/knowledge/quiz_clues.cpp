#include "myo/atlas/quiz_clues.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <utility>

namespace myo::atlas {

namespace {

// A name's words that name no muscle in particular: blanking them would blank half the card.
const std::set<std::string, std::less<>> kGenericNameWords{
    "muscle",    "muscles",  "musculus",  "musculi",    "major",     "minor",         "longus",   "brevis",
    "magnus",    "superior", "inferior",  "anterior",   "posterior", "medialis",      "lateralis", "medius",
    "minimus",   "maximus",  "capitis",   "cervicis",   "thoracis",  "lumborum",      "abdominis", "femoris",
    "brachii",   "digitorum", "carpi",    "hallucis",   "pollicis",  "internus",      "externus",  "internal",
    "external",  "profundus", "superficialis", "radialis", "ulnaris", "digiti",      "minimi",    "indicis",
    "fibres",    "upper",    "lower",     "middle",     "short",     "flexor",        "extensor",  "abductor",
    "adductor",  "pronator", "levator",   "depressor",  "rotator",   "rotators",      "other",     "group"};

// Words too common in attachments and nerves to tell two of them apart.
const std::set<std::string, std::less<>> kPlainWords{
    "with",    "from",     "into",    "that",     "this",     "their",    "the",      "and",      "part",
    "parts",   "upper",    "lower",   "surface",  "surfaces", "border",   "borders",  "side",     "sides",
    "fibres",  "fibre",    "tendon",  "tendons",  "head",     "heads",    "also",     "some",     "more",
    "most",    "over",     "under",   "along",    "between",  "about",    "which",    "where",    "each",
    "both",    "half",     "third",   "thirds",   "front",    "back",     "outer",    "inner",    "edge",
    "near",    "just",     "often",   "usually",  "variable", "sometimes", "small",   "large",    "nerve",
    "nerves",  "branch",   "branches", "division", "supplies", "twigs",   "through",  "lateral",  "medial",
    "anterior", "posterior", "superior", "inferior", "proximal", "distal", "deep",    "superficial", "muscle",
    "muscles", "adjacent", "whole",   "rest",     "runs",     "passes",   "given",    "gives",    "bone",
    "bones",   "level",    "first",   "second",   "third",    "fourth",   "fifth",    "other",    "main",
    "mainly",  "them",     "these",   "those",    "there",    "when",     "below",    "above",    "beside"};

std::string clueLowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string> clueWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (isLetter(c)) {
      word += char(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The names a card may give itself away by: its names, aliases and members, whole.
std::vector<std::string> ownNames(const Muscle& muscle) {
  std::vector<std::string> names{muscle.names.common, muscle.names.latin};
  names.insert(names.end(), muscle.names.aliases.begin(), muscle.names.aliases.end());
  for (std::string member : muscle.members) {
    std::replace(member.begin(), member.end(), '_', ' ');
    names.push_back(member);
  }
  std::string id = muscle.id;
  std::replace(id.begin(), id.end(), '_', ' ');
  names.push_back(id);
  std::vector<std::string> out;
  for (const std::string& name : names) {
    std::string low = clueLowered(name);
    for (const char* prefix : {"musculus ", "musculi ", "m. "})
      if (low.rfind(prefix, 0) == 0) low = low.substr(std::string_view(prefix).size());
    if (low.size() >= 3) out.push_back(low);
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

// The beginnings of words that would name the muscle: "rhombo" blanks rhomboid and rhomboids.
std::vector<std::string> ownStems(const Muscle& muscle) {
  constexpr std::size_t kStem = 6;
  std::vector<std::string> stems;
  for (const std::string& name : ownNames(muscle))
    for (const std::string& word : clueWords(name))
      if (word.size() >= 5 && kGenericNameWords.count(word) == 0) stems.push_back(word.substr(0, std::min(word.size(), kStem)));
  return stems;
}

std::string blankOwnNames(const Muscle& muscle, const std::string& text) {
  std::string out = text;
  for (const std::string& name : ownNames(muscle)) {
    std::string low = clueLowered(out);
    for (std::size_t at = low.find(name); at != std::string::npos; at = low.find(name, at + 1)) {
      const bool startsWord = at == 0 || !isLetter(low[at - 1]);
      const std::size_t end = at + name.size();
      // A name may end inside a word only as a plural or a Latin ending: "rhomboid" in "rhomboids".
      std::size_t wordEnd = end;
      while (wordEnd < low.size() && isLetter(low[wordEnd])) ++wordEnd;
      if (!startsWord || wordEnd - end > 2) continue;
      out.replace(at, wordEnd - at, kClueBlank);
      low = clueLowered(out);
    }
  }
  const std::vector<std::string> stems = ownStems(muscle);
  std::string result;
  for (std::size_t i = 0; i < out.size();) {
    if (!isLetter(out[i])) {
      result += out[i++];
      continue;
    }
    std::size_t end = i;
    while (end < out.size() && isLetter(out[end])) ++end;
    const std::string word = clueLowered(std::string_view(out).substr(i, end - i));
    const bool own = std::any_of(stems.begin(), stems.end(), [&](const std::string& stem) { return word.rfind(stem, 0) == 0; });
    result += own ? std::string(kClueBlank) : out.substr(i, end - i);
    i = end;
  }
  // "____ ____" where a name of two words was blanked word by word reads as one blank.
  const std::string twice = std::string(kClueBlank) + " " + kClueBlank;
  for (std::size_t at = result.find(twice); at != std::string::npos; at = result.find(twice))
    result.replace(at, twice.size(), kClueBlank);
  return result;
}

std::set<std::string> tellingWords(const std::string& text) {
  std::set<std::string> words;
  for (const std::string& word : clueWords(text))
    if (word.size() >= 4 && kPlainWords.count(word) == 0) words.insert(word);
  return words;
}

// Most of the telling words of the shorter text are in the other (or one of them says nothing to
// tell them apart by).
bool sayTheSame(const std::string& a, const std::string& b) {
  constexpr double kMostWords = 0.5;
  const std::set<std::string> x = tellingWords(a), y = tellingWords(b);
  if (x.empty() || y.empty()) return true;
  std::size_t shared = 0;
  for (const std::string& word : x) shared += y.count(word);
  return double(shared) >= kMostWords * double(std::min(x.size(), y.size()));
}

// The nerves a card names, by the word before "nerve" ("suprascapular", "facial") or the muscle
// after "nerve to" ("to obturator internus"): two cards naming one of the same nerve agree.
std::set<std::string> nervesNamed(const std::string& text) {
  static const std::set<std::string, std::less<>> kNotANerve{"the", "a", "of", "and", "to", "branch", "branches",
                                                             "direct", "from", "by", "its", "or", "each"};
  const std::vector<std::string> words = clueWords(text);
  std::set<std::string> nerves;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] != "nerve" && words[i] != "nerves") continue;
    if (i > 0 && kNotANerve.count(words[i - 1]) == 0) nerves.insert(words[i - 1]);
    std::size_t next = i + 1;
    if (next < words.size() && words[next] == "to") {
      std::string target = "to";
      for (++next; next < words.size() && words[next] == "the"; ++next) {}
      for (std::size_t k = next; k < std::min(next + 2, words.size()); ++k) target += " " + words[k];
      nerves.insert(target);
    }
  }
  return nerves;
}

// The landmarks an attachment names, as pairs of telling words in a row ("lateral epicondyle",
// "ischial tuberosity", "spinous processes"): two cards naming one of the same agree.
std::set<std::string> landmarksNamed(const std::string& text) {
  static const std::set<std::string, std::less<>> kSides{"lateral", "medial", "anterior", "posterior", "superior", "inferior"};
  std::vector<std::string> telling;
  for (const std::string& word : clueWords(text))
    if (word.size() >= 4 && (kPlainWords.count(word) == 0 || kSides.count(word) > 0)) telling.push_back(word);
  std::set<std::string> pairs;
  for (std::size_t i = 0; i + 1 < telling.size(); ++i) pairs.insert(telling[i] + " " + telling[i + 1]);
  return pairs;
}

bool shareAny(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& item) { return b.count(item) > 0; });
}

bool attachmentsAgree(const std::string& a, const std::string& b) {
  return sayTheSame(a, b) || shareAny(landmarksNamed(a), landmarksNamed(b));
}

// Word beginnings of the movements, and what each one is.
const std::pair<const char*, const char*> kMovementWords[] = {
    {"plantarflex", "plantarflex"}, {"dorsiflex", "dorsiflex"}, {"flex", "flex"},        {"bend", "flex"},
    {"extend", "extend"},           {"extens", "extend"},       {"straighten", "extend"}, {"abduct", "abduct"},
    {"adduct", "adduct"},           {"rotat", "rotate"},        {"turn", "rotate"},       {"elevat", "elevate"},
    {"lift", "elevate"},            {"raise", "elevate"},       {"depress", "depress"},   {"protract", "protract"},
    {"protru", "protract"},         {"retract", "retract"},     {"retru", "retract"},     {"supinat", "supinate"},
    {"pronat", "pronate"},          {"invert", "invert"},       {"invers", "invert"},     {"evert", "evert"},
    {"evers", "evert"},             {"compress", "compress"},   {"deviat", "deviate"},    {"oppos", "oppose"},
    {"tilt", "tilt"},               {"close", "close"},         {"open", "open"}};

// Word beginnings of what moves, and the joint each one stands for.
const std::pair<const char*, const char*> kJointWords[] = {
    {"hip", "hip"},         {"thigh", "hip"},           {"femur", "hip"},       {"knee", "knee"},
    {"tibia", "knee"},      {"ankle", "ankle"},         {"foot", "ankle"},      {"heel", "ankle"},
    {"toe", "toes"},        {"shoulder", "shoulder"},   {"arm", "shoulder"},    {"humer", "shoulder"},
    {"elbow", "elbow"},     {"forearm", "forearm"},     {"wrist", "wrist"},     {"hand", "wrist"},
    {"finger", "fingers"},  {"thumb", "thumb"},         {"scapula", "scapula"}, {"clavic", "clavicle"},
    {"mandib", "jaw"},      {"jaw", "jaw"},             {"mouth", "mouth"},     {"head", "head"},
    {"neck", "neck"},       {"trunk", "trunk"},         {"spine", "spine"},     {"lumbar", "spine"},
    {"pelvi", "pelvis"},    {"rib", "ribs"},            {"eye", "eye"},         {"abdom", "abdomen"},
    {"hyoid", "hyoid"},     {"coccyx", "coccyx"},       {"patella", "patella"}, {"chest", "ribs"}};

template <std::size_t N>
std::set<std::string> startingAny(const std::vector<std::string>& words, const std::pair<const char*, const char*> (&table)[N]) {
  std::set<std::string> found;
  for (const std::string& word : words)
    for (const auto& [stem, meaning] : table)
      if (word.rfind(stem, 0) == 0) {
        found.insert(meaning);
        break;
      }
  return found;
}

}  // namespace

std::string quizClue(const Muscle& muscle, QuizMode mode) {
  std::string text;
  switch (mode) {
    case QuizMode::Origin: text = muscle.anatomy.origin; break;
    case QuizMode::Insertion: text = muscle.anatomy.insertion; break;
    case QuizMode::Nerve: text = muscle.anatomy.innervation.nerve; break;
    case QuizMode::Action:
      for (const std::string& action : muscle.anatomy.actions) text += (text.empty() ? "" : " ") + action;
      break;
    default: return {};
  }
  return blankOwnNames(muscle, text);
}

std::vector<std::string> movementsOf(const Muscle& muscle) {
  std::set<std::string> pairs;
  for (const std::string& action : muscle.anatomy.actions) {
    const std::vector<std::string> words = clueWords(action);
    for (const std::string& movement : startingAny(words, kMovementWords))
      for (const std::string& joint : startingAny(words, kJointWords)) pairs.insert(movement + " " + joint);
  }
  return {pairs.begin(), pairs.end()};
}

bool cardsAgree(const Muscle& a, const Muscle& b, QuizMode mode) {
  switch (mode) {
    case QuizMode::Origin: return attachmentsAgree(a.anatomy.origin, b.anatomy.origin);
    case QuizMode::Insertion: return attachmentsAgree(a.anatomy.insertion, b.anatomy.insertion);
    case QuizMode::Nerve: {
      const std::string& x = a.anatomy.innervation.nerve;
      const std::string& y = b.anatomy.innervation.nerve;
      return sayTheSame(x, y) || shareAny(nervesNamed(x), nervesNamed(y));
    }
    case QuizMode::Action: {
      const std::vector<std::string> x = movementsOf(a), y = movementsOf(b);
      if (x.empty() || y.empty()) return true;  // nothing to tell them apart by
      return std::any_of(x.begin(), x.end(), [&](const std::string& m) { return std::find(y.begin(), y.end(), m) != y.end(); });
    }
    default: return false;
  }
}

}  // namespace myo::atlas
