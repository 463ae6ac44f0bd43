#include "client_handout.hpp"

#include "myo/engine/snapshot.hpp"

namespace myo::ui {

Result<atlas::HandoutPage> renderHandout(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb,
                                         const atlas::HandoutSubject& subject, const std::vector<float>& pain,
                                         atlas::HandoutPage words) {
  if (!body.skin) return Error{"the body has no skin map: there is nothing to draw the pain on"};
  if (subject.muscle == nullptr) return Error{"no muscle chosen for the handout"};
  const atlas::HandoutPictures planned = atlas::planHandoutPictures(body, subject, pain);
  Result<SnapshotRenderer> snapshots = SnapshotRenderer::create(body.scene);
  if (!snapshots) return snapshots.error();
  const auto render = [&](const atlas::PlannedPicture& picture) {
    return snapshots->render(picture.request, atlas::sceneLook(body, &kb, picture.view));
  };
  Result<Image> painPicture = render(planned.painDrawing);
  if (!painPicture) return painPicture.error();
  Result<Image> musclePicture = render(planned.muscle);
  if (!musclePicture) return musclePicture.error();
  Result<Image> patternPicture = render(planned.pattern);
  if (!patternPicture) return patternPicture.error();
  words.painDrawing = std::move(*painPicture);
  words.views.push_back({std::move(*musclePicture), planned.muscle.caption, planned.muscle.labels});
  words.views.push_back({std::move(*patternPicture), planned.pattern.caption, planned.pattern.labels});
  return words;
}

Result<Image> renderPainPicture(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb, const std::vector<float>& pain) {
  if (!body.skin) return Error{"the body has no skin map: there is nothing to draw the pain on"};
  const atlas::PlannedPicture planned = atlas::planPainPicture(body, pain);
  Result<SnapshotRenderer> snapshots = SnapshotRenderer::create(body.scene);
  if (!snapshots) return snapshots.error();
  return snapshots->render(planned.request, atlas::sceneLook(body, &kb, planned.view));
}

}  // namespace myo::ui
