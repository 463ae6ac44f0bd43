#include "skin_builder.hpp"

#include <algorithm>

#include "myo/engine/mesh_smoothing.hpp"
#include "myo/engine/polygonize.hpp"

namespace myo::atlas {

Mesh buildSkin(const SdfGrid& body, const SkinSpec& spec) {
  SdfGrid field = body;
  if (spec.creaseRadius > 0) {
    const SdfGrid soft = blurred(body, spec.creaseRadius, 3);
    std::vector<float>& v = field.values();
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = std::min(v[i], soft.values()[i]);
  }
  Mesh skin = polygonize(field, spec.offset);
  taubinSmooth(skin, spec.smoothing);
  computeSmoothNormals(skin);
  return skin;
}

}  // namespace myo::atlas
