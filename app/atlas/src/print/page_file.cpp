#include "print/page_file.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cctype>

#include "print/cairo_text.hpp"
#include "myo/engine/file_writing.hpp"

namespace myo::atlas {

namespace {

constexpr double kPngDpi = 150.0;

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string lowerExtension(const std::filesystem::path& file) {
  std::string name = file.extension().string();
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return name;
}

}  // namespace

Status writePage(const std::filesystem::path& file, PageSize size, const std::string& title, const std::string& what,
                 const std::function<void(cairo_t*, const NextPage& nextPage)>& draw) {
  const std::string extension = lowerExtension(file);
  if (extension != ".pdf" && extension != ".png")
    return Error{file.string() + ": " + what + " is written as .pdf or .png; name the file with one of them"};
  std::string bytes;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  if (extension == ".pdf") {
    cairo::Surface surface(cairo_pdf_surface_create_for_stream(appendBytes, &bytes, size.width, size.height));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "MyoAtlas");
    {
      cairo::Context cr(cairo_create(surface.get()));
      draw(cr.get(), [&] { cairo_show_page(cr.get()); });
      cairo_show_page(cr.get());
      status = cairo_status(cr.get());
    }
    cairo_surface_finish(surface.get());
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface.get());
  } else {
    // Drawn once as vectors, pages one under the other, then rasterised at the height that takes.
    cairo::Surface recording(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr));
    int pages = 1;
    {
      cairo::Context cr(cairo_create(recording.get()));
      draw(cr.get(), [&] {
        cairo_translate(cr.get(), 0, size.height);
        ++pages;
      });
      status = cairo_status(cr.get());
    }
    const double scale = kPngDpi / 72.0;
    cairo::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, int(size.width * scale + 0.5),
                                                      int(size.height * pages * scale + 0.5)));
    if (status == CAIRO_STATUS_SUCCESS) {
      cairo::Context cr(cairo_create(surface.get()));
      cairo_scale(cr.get(), scale, scale);
      cairo_set_source_surface(cr.get(), recording.get(), 0, 0);
      cairo_paint(cr.get());
      status = cairo_status(cr.get());
    }
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_write_to_png_stream(surface.get(), appendBytes, &bytes);
  }
  if (status != CAIRO_STATUS_SUCCESS)
    return Error{file.string() + ": " + what + " could not be laid out: " + cairo_status_to_string(status)};
  return replaceFile(file, bytes, FileAccess::OwnerOnly);
}

}  // namespace myo::atlas
