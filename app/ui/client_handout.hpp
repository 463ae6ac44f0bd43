#pragma once
// The client handout made whole: the pictures atlas::planHandoutPictures plans, rendered on the
// current GL context, laid into the page's words. `myoatlas handout` and the window's Handout
// button both make it here, so the client gets the same page from either.
//
//   Result<atlas::HandoutPage> page = renderHandout(body, kb, subject, pain, words);
//   if (page) status = atlas::writeHandout(*page, "anna-handout.pdf");

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/handout_page.hpp"
#include "myo/atlas/handout_plan.hpp"
#include "myo/engine/result.hpp"

namespace myo::ui {

// words: handoutWords(...); its pictures are filled in here. pain: one value per skin vertex.
Result<atlas::HandoutPage> renderHandout(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb,
                                         const atlas::HandoutSubject& subject, const std::vector<float>& pain,
                                         atlas::HandoutPage words);

// The pain drawing on the body, as the handout's first picture shows it (the therapist's report).
Result<Image> renderPainPicture(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb, const std::vector<float>& pain);

}  // namespace myo::ui
