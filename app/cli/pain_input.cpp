#include "pain_input.hpp"

#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/did_you_mean.hpp"

namespace myo::cli {

Status checkRegionIds(const atlas::KnowledgeBase& kb, const std::vector<std::string>& ids) {
  if (ids.empty()) return Error{"no region given: add --region ID[,ID...] (`myoatlas regions` lists them)"};
  for (const std::string& id : ids) {
    if (kb.regions().find(id) != nullptr) continue;
    std::string message = "unknown region '" + id + "'";
    const std::vector<std::string> near = atlas::nearestRegionIds(kb.regions(), id);
    if (near.empty()) {
      message += "; `myoatlas regions` lists them all";
    } else {
      message += atlas::didYouMean(near) + "?";
    }
    return Error{message};
  }
  return {};
}

Result<std::vector<atlas::Finding>> parseFindings(const std::vector<std::string>& texts, const atlas::KnowledgeBase& kb) {
  std::vector<atlas::Finding> findings;
  for (const std::string& text : texts) {
    Result<atlas::Finding> finding = atlas::parseFinding(text, kb);
    if (!finding) return Error{"--finding: " + finding.error().message};
    findings.push_back(std::move(*finding));
  }
  return findings;
}

Result<std::vector<atlas::IntakeEntry>> parseIntakeFlags(const std::vector<std::string>& texts, const atlas::KnowledgeBase& kb) {
  std::vector<atlas::IntakeEntry> entries;
  for (const std::string& text : texts) {
    Result<atlas::IntakeEntry> entry = atlas::parseIntake(text, kb);
    if (!entry) return Error{"--intake: " + entry.error().message};
    entries.push_back(std::move(*entry));
  }
  return entries;
}

Result<atlas::AtlasScene> loadBodyWithSkin() {
  Result<Scene> scene = loadSceneOrDefault("");
  if (!scene) return scene.error();
  Result<atlas::AtlasScene> body = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
  if (!body) return body.error();
  if (!body->skin) return Error{"the built-in body has no skin to compare pain on"};
  return body;
}

}  // namespace myo::cli
