#include "io/gltf_accessor.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>

namespace myo::io {

namespace {

std::string accessorName(int index) { return "accessor " + std::to_string(index); }

int componentSize(int componentType) {
  switch (componentType) {
    case TINYGLTF_COMPONENT_TYPE_BYTE:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return 1;
    case TINYGLTF_COMPONENT_TYPE_SHORT:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return 2;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT:
    case TINYGLTF_COMPONENT_TYPE_FLOAT: return 4;
    default: return 0;  // INT and DOUBLE are not glTF 2.0 accessor types
  }
}

int componentsOf(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR: return 1;
    case TINYGLTF_TYPE_VEC2: return 2;
    case TINYGLTF_TYPE_VEC3: return 3;
    case TINYGLTF_TYPE_VEC4: return 4;
    default: return 0;  // matrices are never vertex data we read
  }
}

const char* typeName(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR: return "SCALAR";
    case TINYGLTF_TYPE_VEC2: return "VEC2";
    case TINYGLTF_TYPE_VEC3: return "VEC3";
    case TINYGLTF_TYPE_VEC4: return "VEC4";
    case TINYGLTF_TYPE_MAT2: return "MAT2";
    case TINYGLTF_TYPE_MAT3: return "MAT3";
    case TINYGLTF_TYPE_MAT4: return "MAT4";
    default: return "an unknown type";
  }
}

Error tooMany(int accessor, std::size_t count);

// a + b <= limit, without overflow.
bool fits(std::uint64_t a, std::uint64_t b, std::uint64_t limit) { return a <= limit && b <= limit - a; }

// A checked byte range of one buffer.
struct Range {
  const BufferBytes* buffer = nullptr;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

// Where the elements of one accessor (or one half of a sparse accessor) are, after checking.
struct Layout {
  Range bytes;           // buffer == nullptr: every element is zero (no buffer view)
  std::size_t stride = 0;
  std::size_t count = 0;
  int componentType = 0;
  int components = 0;
  bool normalized = false;

  std::size_t elementSize() const { return static_cast<std::size_t>(componentSize(componentType)) * components; }
  bool tight() const { return stride == elementSize(); }
};

struct SparseLayout {
  Layout indices;  // SCALAR
  Layout values;   // same type as the accessor
};

// The byte range of a buffer view, checked against its buffer.
Result<Range> viewRange(const tinygltf::Model& model, const BufferSpans& buffers, int view) {
  if (view < 0 || static_cast<std::size_t>(view) >= model.bufferViews.size())
    return Error{"buffer view " + std::to_string(view) + " does not exist"};
  const tinygltf::BufferView& v = model.bufferViews[static_cast<std::size_t>(view)];
  if (v.buffer < 0 || static_cast<std::size_t>(v.buffer) >= buffers.size())
    return Error{"buffer view " + std::to_string(view) + " refers to buffer " + std::to_string(v.buffer) +
                 ", which does not exist"};
  const BufferBytes& buffer = buffers[static_cast<std::size_t>(v.buffer)];
  if (!fits(v.byteOffset, v.byteLength, buffer.size()))
    return Error{"buffer view " + std::to_string(view) + " (bytes " + std::to_string(v.byteOffset) + " to " +
                 std::to_string(v.byteOffset + v.byteLength) + ") reaches past the end of buffer " +
                 std::to_string(v.buffer) + " (" + std::to_string(buffer.size()) + " bytes)"};
  return Range{&buffer, v.byteOffset, v.byteLength};
}

// The part of `view` holding `count` elements of `elementSize` bytes, `stride` apart, from `offset`.
Result<Range> elementRange(const Range& view, std::uint64_t offset, std::uint64_t count, std::uint64_t stride,
                           std::uint64_t elementSize, const std::string& what) {
  if (count == 0) return Range{view.buffer, view.offset, 0};
  const std::uint64_t limit = view.length;
  const std::uint64_t last = count - 1;
  const bool ok = (stride == 0 || last <= limit / stride) && fits(offset, last * stride, limit) &&
                  fits(offset + last * stride, elementSize, limit);
  if (!ok)
    return Error{what + " (" + std::to_string(count) + " elements from byte " + std::to_string(offset) +
                 ") reaches past the end of its " + std::to_string(limit) + "-byte buffer view"};
  return Range{view.buffer, view.offset + offset, last * stride + elementSize};
}

Result<Layout> resolve(const tinygltf::Model& model, const BufferSpans& buffers, int index) {
  const tinygltf::Accessor& a = model.accessors[static_cast<std::size_t>(index)];
  const std::string name = accessorName(index);
  Layout layout;
  layout.componentType = a.componentType;
  layout.components = componentsOf(a.type);
  layout.normalized = a.normalized;
  layout.count = a.count;
  if (componentSize(a.componentType) == 0)
    return Error{name + " has component type " + std::to_string(a.componentType) + ", which glTF 2.0 does not allow"};
  if (layout.components == 0) return Error{name + " has type " + typeName(a.type) + ", not a vertex or index type"};
  if (a.count > kMaxAccessorElements) return tooMany(index, a.count);
  const std::size_t elementSize = layout.elementSize();
  layout.stride = elementSize;
  if (a.bufferView < 0) return layout;  // all zeros, unless a sparse part overrides some elements

  Result<Range> view = viewRange(model, buffers, a.bufferView);
  if (!view) return Error{name + ": " + view.error().message};
  const tinygltf::BufferView& v = model.bufferViews[static_cast<std::size_t>(a.bufferView)];
  if (v.byteStride != 0) layout.stride = v.byteStride;
  if (layout.stride < elementSize)
    return Error{name + ": buffer view " + std::to_string(a.bufferView) + " has a byteStride of " +
                 std::to_string(v.byteStride) + ", smaller than one " + std::to_string(elementSize) + "-byte element"};
  Result<Range> range = elementRange(*view, a.byteOffset, a.count, layout.stride, elementSize, name);
  if (!range) return range.error();
  layout.bytes = *range;
  return layout;
}

Result<SparseLayout> resolveSparse(const tinygltf::Model& model, const BufferSpans& buffers, int index,
                                   const Layout& dense) {
  const tinygltf::Accessor& a = model.accessors[static_cast<std::size_t>(index)];
  const std::string name = accessorName(index) + " (sparse part)";
  const auto& s = a.sparse;
  if (s.count < 1 || static_cast<std::size_t>(s.count) > a.count)
    return Error{name + " replaces " + std::to_string(s.count) + " elements of an accessor with " +
                 std::to_string(a.count)};
  if (s.indices.byteOffset < 0 || s.values.byteOffset < 0) return Error{name + " has a negative byte offset"};
  const int type = s.indices.componentType;
  if (type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE && type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT &&
      type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT)
    return Error{name + ": its indices must be unsigned byte, short or int"};
  const auto indexSize = static_cast<std::size_t>(componentSize(type));
  const auto count = static_cast<std::size_t>(s.count);

  SparseLayout sparse;
  Result<Range> indexView = viewRange(model, buffers, s.indices.bufferView);
  if (!indexView) return Error{name + ": " + indexView.error().message};
  Result<Range> indexRange = elementRange(*indexView, static_cast<std::uint64_t>(s.indices.byteOffset), count,
                                          indexSize, indexSize, name + " indices");
  if (!indexRange) return indexRange.error();
  sparse.indices = Layout{*indexRange, indexSize, count, type, 1, false};

  const std::size_t elementSize = dense.elementSize();
  Result<Range> valueView = viewRange(model, buffers, s.values.bufferView);
  if (!valueView) return Error{name + ": " + valueView.error().message};
  Result<Range> valueRange = elementRange(*valueView, static_cast<std::uint64_t>(s.values.byteOffset), count,
                                          elementSize, elementSize, name + " values");
  if (!valueRange) return valueRange.error();
  sparse.values = dense;
  sparse.values.bytes = *valueRange;
  sparse.values.stride = elementSize;
  sparse.values.count = count;
  return sparse;
}

// The bytes of a checked range: a pointer into memory, or read from the file into `scratch`.
Result<const std::uint8_t*> bytesOf(const Range& range, std::vector<std::uint8_t>& scratch) {
  if (range.buffer->file == nullptr) return range.buffer->memory.data() + range.offset;
  scratch.resize(static_cast<std::size_t>(range.length));
  if (Status ok = range.buffer->file->readAt(range.buffer->fileOffset + range.offset, scratch.data(), scratch.size());
      !ok)
    return ok.error();
  return scratch.data();
}

// Copies a tightly packed range as it is into `out` (which has room for range.length bytes).
Status copyRaw(const Range& range, void* out) {
  if (range.length == 0) return {};
  if (range.buffer->file == nullptr) {
    std::memcpy(out, range.buffer->memory.data() + range.offset, static_cast<std::size_t>(range.length));
    return {};
  }
  return range.buffer->file->readAt(range.buffer->fileOffset + range.offset, out, static_cast<std::size_t>(range.length));
}

// --- conversion ----------------------------------------------------------------------------------

template <class C>
C load(const std::uint8_t* p) {
  C value;
  std::memcpy(&value, p, sizeof(C));  // no alignment assumption: offsets come from the file
  return value;
}

// The glTF 2.0 rules for normalised integers (section 3.11).
template <class C>
float toFloat(C value, bool normalized) {
  if constexpr (std::is_floating_point_v<C>) {
    return static_cast<float>(value);
  } else {
    if (!normalized) return static_cast<float>(value);
    constexpr float maxValue = static_cast<float>(std::numeric_limits<C>::max());
    return std::max(static_cast<float>(value) / maxValue, -1.0f);
  }
}

// Converts the layout's elements from `data` into `out` (outComponents floats per element).
template <class C>
void convertFloats(const Layout& layout, const std::uint8_t* data, int outComponents, float* out) {
  const int n = std::min(layout.components, outComponents);
  for (std::size_t i = 0; i < layout.count; ++i, data += layout.stride, out += outComponents)
    for (int c = 0; c < n; ++c) out[c] = toFloat(load<C>(data + c * sizeof(C)), layout.normalized);
}

void convertFloats(const Layout& layout, const std::uint8_t* data, int outComponents, float* out) {
  switch (layout.componentType) {
    case TINYGLTF_COMPONENT_TYPE_BYTE: return convertFloats<std::int8_t>(layout, data, outComponents, out);
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return convertFloats<std::uint8_t>(layout, data, outComponents, out);
    case TINYGLTF_COMPONENT_TYPE_SHORT: return convertFloats<std::int16_t>(layout, data, outComponents, out);
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return convertFloats<std::uint16_t>(layout, data, outComponents, out);
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: return convertFloats<std::uint32_t>(layout, data, outComponents, out);
    case TINYGLTF_COMPONENT_TYPE_FLOAT: return convertFloats<float>(layout, data, outComponents, out);
    default: return;  // excluded by resolve()
  }
}

// Reads the layout's elements into `out`: a straight copy when they are tightly packed floats of
// the wanted width (the common case), a conversion otherwise.
Status readFloatElements(const Layout& layout, int outComponents, float* out) {
  if (layout.bytes.buffer == nullptr || layout.count == 0) return {};
  if (layout.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT && layout.components == outComponents && layout.tight())
    return copyRaw(layout.bytes, out);
  std::vector<std::uint8_t> scratch;
  Result<const std::uint8_t*> data = bytesOf(layout.bytes, scratch);
  if (!data) return data.error();
  convertFloats(layout, *data, outComponents, out);
  return {};
}

template <class C>
void convertIndices(const Layout& layout, const std::uint8_t* data, std::uint32_t* out) {
  for (std::size_t i = 0; i < layout.count; ++i, data += layout.stride) out[i] = load<C>(data);
}

Status readIndexElements(const Layout& layout, std::uint32_t* out) {
  if (layout.bytes.buffer == nullptr || layout.count == 0) return {};
  if (layout.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT && layout.tight()) return copyRaw(layout.bytes, out);
  std::vector<std::uint8_t> scratch;
  Result<const std::uint8_t*> data = bytesOf(layout.bytes, scratch);
  if (!data) return data.error();
  switch (layout.componentType) {
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: convertIndices<std::uint8_t>(layout, *data, out); break;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: convertIndices<std::uint16_t>(layout, *data, out); break;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: convertIndices<std::uint32_t>(layout, *data, out); break;
    default: break;
  }
  return {};
}

// The sparse indices, checked against the accessor's element count.
Result<std::vector<std::uint32_t>> sparseTargets(const SparseLayout& sparse, std::size_t denseCount, int accessor) {
  std::vector<std::uint32_t> targets(sparse.indices.count);
  if (Status ok = readIndexElements(sparse.indices, targets.data()); !ok) return ok.error();
  for (std::uint32_t t : targets)
    if (t >= denseCount)
      return Error{accessorName(accessor) + " (sparse part) replaces element " + std::to_string(t) +
                   " of an accessor with " + std::to_string(denseCount) + " elements"};
  return targets;
}

Error tooMany(int accessor, std::size_t count) {
  return Error{accessorName(accessor) + " claims " + std::to_string(count) + " elements, more than MyoAtlas accepts (" +
               std::to_string(kMaxAccessorElements) + ")"};
}

}  // namespace

Result<std::size_t> GltfAccessors::count(int accessor) const {
  if (accessor < 0 || static_cast<std::size_t>(accessor) >= model_.accessors.size())
    return Error{accessorName(accessor) + " does not exist"};
  return model_.accessors[static_cast<std::size_t>(accessor)].count;
}

Status GltfAccessors::readFloats(int accessor, int outComponents, bool acceptVec3AsVec4, float* out,
                                 std::size_t expectedCount) const {
  Result<Layout> layout = resolve(model_, buffers_, accessor);
  if (!layout) return layout.error();
  const bool typeOk = layout->components == outComponents ||
                      (acceptVec3AsVec4 && outComponents == 4 && layout->components == 3);
  if (!typeOk)
    return Error{accessorName(accessor) + " has type " +
                 typeName(model_.accessors[static_cast<std::size_t>(accessor)].type) + ", expected VEC" +
                 std::to_string(outComponents)};
  if (layout->count != expectedCount) return Error{accessorName(accessor) + " changed size"};

  if (Status ok = readFloatElements(*layout, outComponents, out); !ok) return ok;
  if (layout->components == 3 && outComponents == 4)
    for (std::size_t i = 0; i < layout->count; ++i) out[4 * i + 3] = 1.0f;

  if (model_.accessors[static_cast<std::size_t>(accessor)].sparse.isSparse) {
    Result<SparseLayout> sparse = resolveSparse(model_, buffers_, accessor, *layout);
    if (!sparse) return sparse.error();
    Result<std::vector<std::uint32_t>> targets = sparseTargets(*sparse, layout->count, accessor);
    if (!targets) return targets.error();
    // Convert the replacement values into a scratch array, then scatter them.
    std::vector<float> values(sparse->values.count * static_cast<std::size_t>(outComponents), 1.0f);
    if (Status ok = readFloatElements(sparse->values, outComponents, values.data()); !ok) return ok;
    for (std::size_t k = 0; k < targets->size(); ++k)
      std::copy_n(values.data() + k * outComponents, outComponents,
                  out + static_cast<std::size_t>((*targets)[k]) * outComponents);
  }
  return {};
}

Status GltfAccessors::read(int accessor, std::vector<float>& out) const {
  Result<std::size_t> n = count(accessor);
  if (!n) return n.error();
  if (*n > kMaxAccessorElements) return tooMany(accessor, *n);
  out.resize(*n);
  return readFloats(accessor, 1, false, out.data(), *n);
}

Status GltfAccessors::read(int accessor, std::vector<glm::vec2>& out) const {
  Result<std::size_t> n = count(accessor);
  if (!n) return n.error();
  if (*n > kMaxAccessorElements) return tooMany(accessor, *n);
  out.resize(*n);
  return readFloats(accessor, 2, false, reinterpret_cast<float*>(out.data()), *n);
}

Status GltfAccessors::read(int accessor, std::vector<glm::vec3>& out) const {
  Result<std::size_t> n = count(accessor);
  if (!n) return n.error();
  if (*n > kMaxAccessorElements) return tooMany(accessor, *n);
  out.resize(*n);
  return readFloats(accessor, 3, false, reinterpret_cast<float*>(out.data()), *n);
}

Status GltfAccessors::read(int accessor, std::vector<glm::vec4>& out) const {
  Result<std::size_t> n = count(accessor);
  if (!n) return n.error();
  if (*n > kMaxAccessorElements) return tooMany(accessor, *n);
  out.resize(*n);
  return readFloats(accessor, 4, true, reinterpret_cast<float*>(out.data()), *n);
}

Status GltfAccessors::readIndices(int accessor, std::vector<std::uint32_t>& out) const {
  Result<std::size_t> n = count(accessor);
  if (!n) return n.error();
  Result<Layout> layout = resolve(model_, buffers_, accessor);
  if (!layout) return layout.error();
  const int type = layout->componentType;
  if (layout->components != 1 || (type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE &&
                                  type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT &&
                                  type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT))
    return Error{accessorName(accessor) + " holds indices but is not a SCALAR of unsigned byte, short or int"};
  out.resize(layout->count);
  if (Status ok = readIndexElements(*layout, out.data()); !ok) return ok;

  if (model_.accessors[static_cast<std::size_t>(accessor)].sparse.isSparse) {
    Result<SparseLayout> sparse = resolveSparse(model_, buffers_, accessor, *layout);
    if (!sparse) return sparse.error();
    Result<std::vector<std::uint32_t>> targets = sparseTargets(*sparse, layout->count, accessor);
    if (!targets) return targets.error();
    std::vector<std::uint32_t> values(sparse->values.count);
    if (Status ok = readIndexElements(sparse->values, values.data()); !ok) return ok;
    for (std::size_t k = 0; k < targets->size(); ++k) out[(*targets)[k]] = values[k];
  }
  return {};
}

Result<std::vector<std::uint8_t>> GltfAccessors::bufferView(int view) const {
  Result<Range> range = viewRange(model_, buffers_, view);
  if (!range) return range.error();
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(range->length));
  if (Status ok = copyRaw(*range, bytes.data()); !ok) return ok.error();
  return bytes;
}

}  // namespace myo::io
