#include "render_tour.hpp"

#include <algorithm>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "commands.hpp"
#include "myo/atlas/caption_sizes.hpp"
#include "myo/atlas/captioned_slide.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/tour.hpp"
#include "myo/engine/context.hpp"

namespace myo::cli {

namespace {

constexpr std::size_t kMaxSlugLength = 48;

int fail(const Error& error) {
  std::cerr << "myoatlas render: " << error.message << "\n";
  return exitCodeFor(error);
}

// Every step's words as its slide shows them: "3 / 8" counts the steps.
std::vector<atlas::SlideCaption> slideCaptions(const atlas::Tour& tour) {
  std::vector<atlas::SlideCaption> captions;
  for (std::size_t i = 0; i < tour.steps.size(); ++i)
    captions.push_back({.tourTitle = tour.title,
                        .counter = std::to_string(i + 1) + " / " + std::to_string(tour.steps.size()),
                        .title = tour.steps[i].title,
                        .text = tour.steps[i].caption});
  return captions;
}

// Without captions the picture is the whole slide.
atlas::SlideLayout layoutFor(const TourSlideOptions& options, const std::vector<atlas::SlideCaption>& captions) {
  if (options.captions) return atlas::slideLayout(options.size.width, options.size.height, captions);
  atlas::SlideLayout whole{.width = options.size.width, .height = options.size.height};
  whole.picture = {0, 0, options.size.width, options.size.height};
  return whole;
}

// "07-...png", "12-...png": the names slideFileName gives.
bool looksLikeASlide(const std::string& name) {
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  return digits >= 2 && digits < name.size() && name[digits] == '-' && name.ends_with(".png");
}

// Slides of an earlier, longer or different tour would pass for this one's in a slide show: say
// which, and leave them (they may be the user's).
void noteOtherSlides(const std::filesystem::path& dir, const std::set<std::string>& written) {
  std::vector<std::string> others;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (looksLikeASlide(name) && !written.contains(name)) others.push_back(name);
  }
  if (others.empty()) return;
  std::sort(others.begin(), others.end());
  std::string list;
  for (std::size_t i = 0; i < others.size() && i < 5; ++i) list += (i > 0 ? ", " : "") + others[i];
  if (others.size() > 5) list += " and " + std::to_string(others.size() - 5) + " more";
  std::cerr << "myoatlas render: note: " << dir.string() << " also holds " << others.size()
            << (others.size() == 1 ? " slide" : " slides") << " this tour did not write (" << list
            << "); they were left as they are\n";
}

}  // namespace

std::string slideSlug(const std::string& title) {
  std::string slug;
  bool dash = false;
  for (const char c : title) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool capital = c >= 'A' && c <= 'Z';
    if (letter || capital) {
      if (dash && !slug.empty()) slug += '-';
      slug += capital ? char(c - 'A' + 'a') : c;
      dash = false;
    } else {
      dash = true;
    }
    if (slug.size() >= kMaxSlugLength) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "step" : slug;
}

std::string slideFileName(std::size_t index, std::size_t count, const std::string& title) {
  const std::size_t width = std::max<std::size_t>(2, std::to_string(count).size());
  std::string number = std::to_string(index + 1);
  number.insert(0, width - number.size(), '0');
  return number + "-" + slideSlug(title) + ".png";
}

int renderTourSlides(const TourSlideOptions& options) {
  namespace fs = std::filesystem;
  const fs::path dir(options.outputDir);
  std::error_code error;
  if (fs::exists(dir, error) && !fs::is_directory(dir, error))
    return fail(Error{dir.string() + ": is a file; with --tour, -o names the folder for the slides"});

  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return fail(kb.error());
  Result<atlas::Tour> tour = atlas::openTour(options.tour, *kb);
  if (!tour) return fail(tour.error());
  Result<atlas::AtlasScene> scene = loadRenderScene(options.model);
  if (!scene) return fail(scene.error());

  // The picture is framed for the part of the slide the caption leaves it.
  const std::vector<atlas::SlideCaption> captions = slideCaptions(*tour);
  const atlas::SlideLayout layout = layoutFor(options, captions);
  const PictureSize pictureSize{layout.picture.width, layout.picture.height};

  // Every step is staged before the first slide is drawn: a tour that cannot be shown whole
  // leaves no half set of slides behind.
  Result<std::vector<atlas::StagedStep>> stagedTour = atlas::stageTour(*tour, options.tour, *kb, *scene, pictureSize.aspect());
  if (!stagedTour) return fail(stagedTour.error());
  const std::vector<atlas::StagedStep>& staged = *stagedTour;

  if (fs::create_directories(dir, error); error)
    return fail(Error{dir.string() + ": cannot create the folder: " + error.message()});
  Result<std::unique_ptr<Context>> context =
      createContext({.kind = options.headless ? ContextKind::Headless : ContextKind::Auto});
  if (!context) return fail(context.error());
  Result<SnapshotRenderer> snapshots = SnapshotRenderer::create(scene->scene);
  if (!snapshots) return fail(snapshots.error());
  std::set<std::string> written;
  // A slide is read across a room: its labels as large as the caption's smallest line, as in
  // presenter mode.
  const float labelPixels = atlas::captionSizesFor(float(options.size.height)).label;
  for (std::size_t i = 0; i < staged.size(); ++i) {
    Result<Image> image = drawStagedStep(*snapshots, *scene, &*kb, staged[i], pictureSize, options.colormap, labelPixels);
    if (image && options.captions) image = atlas::composeSlide(*image, captions[i], layout);
    if (!image) return fail(Error{atlas::stepName(i, tour->steps[i]) + ": " + image.error().message, image.error().kind});
    const fs::path file = dir / slideFileName(i, staged.size(), tour->steps[i].title);
    if (Status saved = writePng(*image, file); !saved) return fail(saved.error());
    written.insert(file.filename().string());
    std::cout << "wrote " << file.string() << " (" << options.size.width << "x" << options.size.height << ", "
              << atlas::stepName(i, tour->steps[i]) << ")\n";
  }
  noteOtherSlides(dir, written);
  return kExitOk;
}

}  // namespace myo::cli
