#include "quiz_words.hpp"

namespace myo::ui {

const char* quizModeTitle(atlas::QuizMode mode) {
  switch (mode) {
    case atlas::QuizMode::ReferredPain: return "Which muscle refers pain here?";
    case atlas::QuizMode::NameMuscle: return "Name this muscle";
  }
  return "";
}

const char* bodyAreaLabel(atlas::BodyArea area) {
  switch (area) {
    case atlas::BodyArea::HeadAndNeck: return "Head and neck";
    case atlas::BodyArea::ShoulderAndArm: return "Shoulder and arm";
    case atlas::BodyArea::TrunkAndBack: return "Chest, trunk and back";
    case atlas::BodyArea::HipAndLeg: return "Hip and leg";
  }
  return "";
}

const char* layerLabel(atlas::Layer layer) {
  switch (layer) {
    case atlas::Layer::Superficial: return "Superficial";
    case atlas::Layer::Intermediate: return "Intermediate";
    case atlas::Layer::Deep: return "Deep";
    case atlas::Layer::Skin: return "Skin";
    case atlas::Layer::Bone: return "Bone";
  }
  return "";
}

}  // namespace myo::ui
