#pragma once
// What the pain commands (`lookup`, `handout`) share: the built-in body with its skin map, and
// checking the region ids a user typed before anything slow is loaded.

#include <string>
#include <vector>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/finding.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/engine/result.hpp"

namespace myo::cli {

// Every id is a region of the vocabulary; the error names the first that is not, with the
// nearest ids ("unknown region 'left_tempel'; did you mean: left_temple, ...").
Status checkRegionIds(const atlas::KnowledgeBase& kb, const std::vector<std::string>& ids);

// Each --finding and --intake parsed; the error names the first bad one and the nearest codes.
Result<std::vector<atlas::Finding>> parseFindings(const std::vector<std::string>& texts, const atlas::KnowledgeBase& kb);
Result<std::vector<atlas::IntakeEntry>> parseIntakeFlags(const std::vector<std::string>& texts, const atlas::KnowledgeBase& kb);

// The built-in body with its skin map (an error when the skin or its region patches are missing).
Result<atlas::AtlasScene> loadBodyWithSkin();

}  // namespace myo::cli
