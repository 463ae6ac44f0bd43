#pragma once
// What a client handout shows, one rule for `myoatlas handout` and the window's Handout button:
// the muscle and which of its trigger points (numbered), the three pictures — the pain drawing,
// the muscle with its trigger points, the pattern drawn as a chart over the client's drawing —
// each with its view, framing and exact camera, and where each trigger point falls in them so the
// page can print its number beside the X; and the page's words. Rendering the pictures
// (a SnapshotRenderer with sceneLook) is the caller's: this library draws nothing.
//
//   HandoutSubject subject = handoutSubject(ranked, kb, *muscle, std::nullopt, Side::Left);
//   HandoutPictures pictures = planHandoutPictures(body, subject, painField);
//   for (PlannedPicture* p : pictures.all()) snapshots.render(p->request, sceneLook(body, &kb, p->view))

#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/handout_page.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/engine/picture_request.hpp"

namespace myo::atlas {

struct HandoutSubject {
  const Muscle* muscle = nullptr;
  Side side = Side::Left;
  std::vector<const TriggerPoint*> points;   // numbered 1, 2 ... in this order
  bool explainsThePain = true;               // false: none of its points refers pain to the drawing
};

// The muscle's trigger points that explain the pain (ranked: a lookup of it), on `side` or, when
// no side is given, the side that explains it best; when none does, its first trigger point on
// `side` or else `fallbackSide`.
HandoutSubject handoutSubject(const std::vector<LookupResult>& ranked, const KnowledgeBase& kb, const Muscle& muscle,
                              std::optional<Side> side, Side fallbackSide);

struct PlannedPicture {
  AtlasView view;
  SnapshotRequest request;             // with its exact camera, on paper white
  std::string caption;
  std::vector<PictureLabel> labels;    // each trigger point's number where its X falls
};

struct HandoutPictures {
  PlannedPicture painDrawing;
  PlannedPicture muscle;
  PlannedPicture pattern;
};

// The pain drawing alone, with enough of the body around it to see where it is (the handout's
// first picture, and the therapist's report's). pain: one value per skin vertex (rasterisePain).
// The body must have a skin.
PlannedPicture planPainPicture(const AtlasScene& body, const std::vector<float>& pain);

// pain: the client's drawing, one value per skin vertex (rasterisePain). The body must have a skin.
HandoutPictures planHandoutPictures(const AtlasScene& body, const HandoutSubject& subject,
                                    const std::vector<float>& pain);

// The page's words: the muscle's name and side, its trigger points, their pattern, every self-care
// step of its card and the stretching note when a step is a stretch. Pictures are left empty.
HandoutPage handoutWords(const HandoutSubject& subject, const std::string& painCaption, const std::string& notes,
                         const std::string& date);

}  // namespace myo::atlas
