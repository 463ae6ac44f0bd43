#pragma once
// What the Assessment panel does, without ImGui, so that unit tests can drive it: the session's
// intake flags and findings as codes in AppState::pain, edited one at a time, and the candidates
// of the pain drawing ranked again with them (atlas::assess), with their reasons, the warnings on
// their techniques and the red flags' referral.

#include <optional>
#include <string>
#include <string_view>

#include "app_state.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace myo::ui {

// How many candidates the panel lists.
inline constexpr std::size_t kAssessedCandidatesShown = 8;

// Ranks state.pain.drawn again with the findings and intake (codes that do not parse are passed
// over: the session's check names them), fills candidates, their reasons, warnings and refer, and
// keeps the chosen candidate chosen while it is listed.
void applyAssessment(AppState& state, const atlas::KnowledgeBase& kb);

// Whether the session holds this code (a finding or an intake flag, written as in assessment.md).
bool hasCode(const std::vector<std::string>& codes, std::string_view code);
// Adds the code, or takes it out when it is there.
void toggleCode(std::vector<std::string>& codes, const std::string& code);

// A measured range of motion in the findings ("rom:neck_rotation.left=55" → 55).
std::optional<double> measuredRange(const AppState& state, const std::string& movement, std::optional<atlas::Side> side);
// Sets or (nullopt) removes a measured range; a limited/painful finding of the same movement and
// side stays. Values outside 0–360 (0–100 mm) are refused: false.
bool setMeasuredRange(AppState& state, const atlas::KnowledgeBase& kb, const std::string& movement,
                      std::optional<atlas::Side> side, std::optional<double> value);

// Palpation of a muscle on a side, recorded as `palpation:<muscle>.<side>:<result>`; recording a
// result again takes it out.
void togglePalpation(AppState& state, const std::string& muscle, atlas::Side side, atlas::FindingResult result);

// A trigger point found in a muscle on a side: active or latent, or (nullopt) not found.
void setTriggerPointFound(AppState& state, const std::string& muscle, atlas::Side side,
                          std::optional<atlas::TriggerPointStatus> status);

}  // namespace myo::ui
