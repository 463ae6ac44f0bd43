#pragma once
// What the pain-drawing panel does, without ImGui, so that unit tests can drive it: edits of the
// drawing (dabs of the brush, regions, mirror, clear) update the field painted on the skin
// (AppState::view.pain) and the ranked candidate muscles (AppState::pain.candidates); choosing a
// candidate shows that muscle, its matched trigger point and pattern; and the drawing goes to and
// from a client session.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include <glm/vec3.hpp>

#include "app_state.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/atlas/session.hpp"
#include "myo/atlas/skin_map.hpp"

namespace myo::ui {

// How many candidate muscles the panel lists.
inline constexpr std::size_t kPainCandidatesShown = 8;

class PainEditor {
 public:
  PainEditor(const atlas::SkinMap& skin, const atlas::KnowledgeBase& kb) : skin_(skin), kb_(kb) {}

  // One dab of the brush (state.pain's radius, intensity and eraser) at a point of the body.
  void dab(AppState& state, const glm::vec3& point);
  // Adds the region to the drawing, or takes it out when it is in it already.
  void toggleRegion(AppState& state, const std::string& regionId);
  void mirrorToOtherSide(AppState& state);
  void clear(AppState& state);
  // Replaces the drawing (an opened or recovered session).
  void setDrawing(AppState& state, atlas::PainDrawing drawing);

  // The pain lookup is built on first use: it takes about half a second.
  bool lookupBuilt() const { return lookup_ != nullptr; }
  // The lookup for the knowledge base as it is now (built or rebuilt when needed).
  const atlas::PainLookup& lookup(const AppState& state);

 private:
  void rasterise(AppState& state);
  void rank(AppState& state);

  const atlas::SkinMap& skin_;
  const atlas::KnowledgeBase& kb_;
  std::unique_ptr<atlas::PainLookup> lookup_;
  std::uint64_t lookupRevision_ = 0;  // AppState::knowledgeRevision it was built for
};

// Selects the candidate's muscle on its side, shows its best-matching trigger point (marker and
// referral pattern over the drawing), makes the skin see-through and the muscle layers over it
// ghosts, so the muscle shows under the drawing.
void chooseCandidate(AppState& state, const atlas::KnowledgeBase& kb, std::size_t index);

// Paint mode on or off. On, the skin shows at once (peeled away, it comes back): the brush paints
// on it, and the user should see where before the first dab.
void setPaintMode(AppState& state, bool on);

// The session being edited: today's drawing, the chosen muscle and the notes.
atlas::Session sessionOf(const AppState& state);

}  // namespace myo::ui
