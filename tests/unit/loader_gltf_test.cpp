// glTF features on crafted files: every component and index type, interleaved and sparse
// accessors, strips and fans, node transforms, the default scene, extras, Unicode names and paths,
// materials and textures, and when normals are kept, rescaled or generated.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>

#include <glm/geometric.hpp>

#include "gltf_builder.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/model_loader.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::GltfBuilder;
using myo::test::freshFolder;
using nlohmann::json;

myo::Scene loadOk(const fs::path& path) {
  myo::Result<myo::Scene> scene = myo::loadModel(path);
  EXPECT_TRUE(scene) << scene.error().message;
  return scene ? std::move(*scene) : myo::Scene{};
}

template <class T>
std::vector<std::uint8_t> bytesOf(const std::vector<T>& values) {
  std::vector<std::uint8_t> out(values.size() * sizeof(T));
  std::memcpy(out.data(), values.data(), out.size());
  return out;
}

// Positions of one triangle stored with `componentType`, normalised or not; returns the loaded
// positions.
template <class T>
std::vector<glm::vec3> loadPositionsAs(int componentType, bool normalized, const std::vector<T>& xyz,
                                       const std::string& name) {
  GltfBuilder gltf;
  // VEC3 of 1- and 2-byte types needs padding to 4-byte element strides (glTF 3.6.2.4).
  const std::size_t stride = ((3 * sizeof(T) + 3) / 4) * 4;
  std::vector<std::uint8_t> data(stride * 3, 0);
  for (int v = 0; v < 3; ++v) std::memcpy(data.data() + v * stride, &xyz[3 * v], 3 * sizeof(T));
  const int view = gltf.addView(data.data(), data.size(), stride == 3 * sizeof(T) ? 0 : stride);
  const int positions = gltf.addAccessor(view, componentType, 3, "VEC3", 0, normalized);
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}}}}});
  gltf.json["extensionsUsed"] = {"KHR_mesh_quantization"};
  gltf.json["extensionsRequired"] = {"KHR_mesh_quantization"};
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder(name) / "positions.glb"));
  EXPECT_TRUE(scene.warnings.empty()) << (scene.warnings.empty() ? "" : scene.warnings.front());
  return scene.parts.empty() ? std::vector<glm::vec3>{} : scene.parts[0].mesh.positions;
}

TEST(LoaderGltf, EveryComponentTypeForVertexData) {
  using V = std::vector<glm::vec3>;
  auto near = [](const V& got, const V& want) {
    if (got.size() != want.size()) return false;
    for (std::size_t i = 0; i < got.size(); ++i)
      if (glm::length(got[i] - want[i]) > 1e-4f) return false;
    return true;
  };
  const V unit = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  EXPECT_TRUE(near(loadPositionsAs<float>(myo::test::kFloat, false, {0, 0, 0, 1, 0, 0, 0, 1, 0}, "float"), unit));
  EXPECT_TRUE(near(loadPositionsAs<std::uint8_t>(myo::test::kUnsignedByte, true, {0, 0, 0, 255, 0, 0, 0, 255, 0}, "ubyte_n"), unit));
  EXPECT_TRUE(near(loadPositionsAs<std::uint8_t>(myo::test::kUnsignedByte, false, {0, 0, 0, 1, 0, 0, 0, 1, 0}, "ubyte"), unit));
  EXPECT_TRUE(near(loadPositionsAs<std::int8_t>(myo::test::kByte, true, {0, 0, 0, 127, 0, 0, 0, 127, 0}, "byte_n"), unit));
  EXPECT_TRUE(near(loadPositionsAs<std::int8_t>(myo::test::kByte, true, {0, 0, 0, -128, 0, 0, 0, -127, 0}, "byte_n_neg"),
                   V{{0, 0, 0}, {-1, 0, 0}, {0, -1, 0}}))
      << "-128 and -127 both map to -1";
  EXPECT_TRUE(near(loadPositionsAs<std::uint16_t>(myo::test::kUnsignedShort, true, {0, 0, 0, 65535, 0, 0, 0, 65535, 0}, "ushort_n"), unit));
  EXPECT_TRUE(near(loadPositionsAs<std::int16_t>(myo::test::kShort, true, {0, 0, 0, 32767, 0, 0, 0, 32767, 0}, "short_n"), unit));
  EXPECT_TRUE(near(loadPositionsAs<std::int16_t>(myo::test::kShort, false, {0, 0, 0, 3, 0, 0, 0, -3, 0}, "short"),
                   V{{0, 0, 0}, {3, 0, 0}, {0, -3, 0}}));
}

TEST(LoaderGltf, EveryIndexType) {
  for (int type : {myo::test::kUnsignedByte, myo::test::kUnsignedShort, myo::test::kUnsignedInt}) {
    GltfBuilder gltf;
    const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0});
    const std::vector<std::uint32_t> wanted = {0, 1, 2, 2, 1, 3};
    std::vector<std::uint8_t> data;
    for (std::uint32_t i : wanted) {
      const std::size_t size = type == myo::test::kUnsignedByte ? 1 : type == myo::test::kUnsignedShort ? 2 : 4;
      const std::size_t at = data.size();
      data.resize(at + size);
      std::memcpy(data.data() + at, &i, size);  // little-endian: the low bytes first
    }
    const int indices = gltf.addAccessor(gltf.addView(data), type, wanted.size(), "SCALAR");
    gltf.addMeshNode({{{"attributes", {{"POSITION", positions}}}, {"indices", indices}}});
    const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("index_type_" + std::to_string(type)) / "quad.glb"));
    ASSERT_EQ(scene.parts.size(), 1u);
    const myo::Mesh& mesh = scene.parts[0].mesh;
    ASSERT_EQ(mesh.triangleCount(), 2u) << type;
    // Normals were generated (none in the file) and may have split vertices, so compare positions.
    for (std::size_t k = 0; k < wanted.size(); ++k) {
      const glm::vec3 expected(wanted[k] & 1, (wanted[k] >> 1) & 1, 0);
      EXPECT_EQ(mesh.positions[mesh.indices[k]], expected) << "type " << type << " index " << k;
    }
  }
}

TEST(LoaderGltf, InterleavedAttributes) {
  // position (12 bytes), normal (12), uv (8): one 32-byte vertex.
  struct Vertex {
    float p[3], n[3], uv[2];
  };
  const std::vector<Vertex> vertices = {
      {{0, 0, 0}, {0, 0, 1}, {0, 0}}, {{1, 0, 0}, {0, 0, 1}, {1, 0}}, {{0, 1, 0}, {0, 0, 1}, {0, 1}}};
  GltfBuilder gltf;
  const int view = gltf.addView(vertices, sizeof(Vertex));
  const int p = gltf.addAccessor(view, myo::test::kFloat, 3, "VEC3", 0);
  const int n = gltf.addAccessor(view, myo::test::kFloat, 3, "VEC3", 12);
  const int uv = gltf.addAccessor(view, myo::test::kFloat, 3, "VEC2", 24);
  gltf.addMeshNode({{{"attributes", {{"POSITION", p}, {"NORMAL", n}, {"TEXCOORD_0", uv}}}}});
  for (const bool binary : {true, false}) {
    const fs::path dir = freshFolder(binary ? "interleaved_glb" : "interleaved_gltf");
    const myo::Scene scene = loadOk(binary ? gltf.writeGlb(dir / "i.glb") : gltf.writeEmbedded(dir / "i.gltf"));
    ASSERT_EQ(scene.parts.size(), 1u);
    const myo::Mesh& mesh = scene.parts[0].mesh;
    ASSERT_EQ(mesh.vertexCount(), 3u);
    EXPECT_EQ(mesh.positions[1], glm::vec3(1, 0, 0));
    EXPECT_EQ(mesh.normals[2], glm::vec3(0, 0, 1));
    EXPECT_EQ(mesh.uvs[2], glm::vec2(0, 1));
  }
}

TEST(LoaderGltf, SparseAccessorsWithAndWithoutABufferView) {
  GltfBuilder gltf;
  // Base positions all at the origin except vertex 0; the sparse part moves vertices 1 and 2.
  const int base = gltf.addPositions({5, 5, 5, 0, 0, 0, 0, 0, 0});
  const int sparseIndices = gltf.addView(std::vector<std::uint16_t>{1, 2});
  const int sparseValues = gltf.addView(std::vector<float>{1, 0, 0, 0, 1, 0});
  json sparse = {{"count", 2},
                 {"indices", {{"bufferView", sparseIndices}, {"componentType", myo::test::kUnsignedShort}}},
                 {"values", {{"bufferView", sparseValues}}}};
  gltf.json["accessors"][base]["sparse"] = sparse;
  // A second accessor with no buffer view: zeros, then the same replacements.
  const int zeros = gltf.addAccessor(-1, myo::test::kFloat, 3, "VEC3");
  gltf.json["accessors"][zeros]["sparse"] = sparse;
  gltf.addMeshNode({{{"attributes", {{"POSITION", base}}}}, {{"attributes", {{"POSITION", zeros}}}}});
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("sparse") / "sparse.glb"));
  ASSERT_EQ(scene.parts.size(), 2u);
  EXPECT_EQ(scene.parts[0].mesh.positions[0], glm::vec3(5, 5, 5));
  EXPECT_EQ(scene.parts[0].mesh.positions[1], glm::vec3(1, 0, 0));
  EXPECT_EQ(scene.parts[0].mesh.positions[2], glm::vec3(0, 1, 0));
  EXPECT_EQ(scene.parts[1].mesh.positions[0], glm::vec3(0, 0, 0));
  EXPECT_EQ(scene.parts[1].mesh.positions[2], glm::vec3(0, 1, 0));
}

TEST(LoaderGltf, StripsAndFansBecomeTriangleLists) {
  GltfBuilder gltf;
  // A flat strip of 5 vertices (3 triangles) and a fan of 5 (3 triangles), with normals so the
  // loader keeps the vertices as they are.
  const int strip = gltf.addPositions({0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 2, 0, 0});
  const int fan = gltf.addPositions({0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, -1, 1, 0});
  const int normals = gltf.addPositions({0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1});
  gltf.addMeshNode({{{"attributes", {{"POSITION", strip}, {"NORMAL", normals}}}, {"mode", 5}},
                    {{"attributes", {{"POSITION", fan}, {"NORMAL", normals}}}, {"mode", 6}}});
  const myo::Scene scene = loadOk(gltf.writeEmbedded(freshFolder("strip_fan") / "modes.gltf"));
  ASSERT_EQ(scene.parts.size(), 2u);
  EXPECT_EQ(scene.parts[0].mesh.indices, (std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2, 2, 3, 4}));
  EXPECT_EQ(scene.parts[1].mesh.indices, (std::vector<std::uint32_t>{1, 2, 0, 2, 3, 0, 3, 4, 0}));
}

// The built-in body keeps its levels of detail in each primitive's extras, so that no program
// opening it simplifies its meshes again; broken ones are not trusted (they are made again at
// upload), with a note.
TEST(LoaderGltf, LevelsOfDetailKeptInTheFileAreTakenAndBrokenOnesAreMadeAgain) {
  GltfBuilder gltf;
  // A square of two triangles, with normals so the loader keeps the vertices as they are.
  const int square = gltf.addPositions({0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0});
  const int normals = gltf.addPositions({0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1});
  const int indices = gltf.addIndices({0, 1, 2, 0, 2, 3});
  const int coarse = gltf.addIndices({0, 1, 2});
  const int pastTheEnd = gltf.addIndices({0, 1, 7});
  const json attributes = {{"POSITION", square}, {"NORMAL", normals}};
  gltf.addMeshNode({{{"attributes", attributes}, {"indices", indices},
                     {"extras", {{myo::kDetailLevelsKey, {{{"indices", coarse}, {"error", 0.25}}}}}}},
                    {{"attributes", attributes}, {"indices", indices},
                     {"extras", {{myo::kDetailLevelsKey, {{{"indices", pastTheEnd}, {"error", 0.25}}}}}}}});
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("detail_levels") / "square.glb"));
  ASSERT_EQ(scene.parts.size(), 2u);
  ASSERT_TRUE(scene.parts[0].detail.has_value());
  ASSERT_EQ(scene.parts[0].detail->size(), 1u);
  EXPECT_EQ(scene.parts[0].detail->front().indices, (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_FLOAT_EQ(scene.parts[0].detail->front().error, 0.25f);
  EXPECT_FALSE(scene.parts[1].detail.has_value());
  const bool noted = std::any_of(scene.warnings.begin(), scene.warnings.end(), [](const std::string& w) {
    return w.find(myo::kDetailLevelsKey) != std::string::npos && w.find("does not exist") != std::string::npos;
  });
  EXPECT_TRUE(noted) << "no warning names the broken levels of detail";
}

TEST(LoaderGltf, NodeMatricesAndTrsGiveWorldTransforms) {
  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  gltf.json["meshes"].push_back({{"primitives", {{{"attributes", {{"POSITION", positions}}}}}}});
  // root: translate x+10; child: column-major matrix scaling by 2; grandchild: TRS rotating 90
  // degrees about z and translating y+1.
  const double s = std::sqrt(0.5);
  gltf.json["nodes"] = {
      {{"name", "root"}, {"translation", {10, 0, 0}}, {"children", {1}}},
      {{"name", "scaled"}, {"matrix", {2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1}}, {"children", {2}}},
      {{"name", "turned"}, {"mesh", 0}, {"rotation", {0, 0, s, s}}, {"translation", {0, 1, 0}}}};
  gltf.json["scenes"][0]["nodes"] = {0};
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("transforms") / "t.glb"));
  ASSERT_EQ(scene.nodes.size(), 3u);
  EXPECT_EQ(scene.nodes[2].name, "turned");
  EXPECT_EQ(scene.nodes[2].parent, 1);
  EXPECT_EQ(scene.nodes[1].parent, 0);
  // (1,0,0) turned 90 degrees -> (0,1,0), moved up 1 -> (0,2,0), scaled -> (0,4,0), moved -> (10,4,0)
  const glm::vec4 p = scene.nodes[2].world * glm::vec4(1, 0, 0, 1);
  EXPECT_NEAR(p.x, 10.0f, 1e-5f);
  EXPECT_NEAR(p.y, 4.0f, 1e-5f);
  const myo::Bounds b = scene.bounds();
  EXPECT_NEAR(b.min.x, 8.0f, 1e-5f);  // (0,1,0) turned -> (-1,0,0) -> x 10 - 2
  EXPECT_NEAR(b.max.y, 4.0f, 1e-5f);
}

TEST(LoaderGltf, TheDefaultSceneIsShown) {
  GltfBuilder gltf;
  gltf.addTriangle("in scene 0");
  gltf.addTriangle("in scene 1");
  gltf.json["scenes"] = {{{"nodes", {0}}}, {{"nodes", {1}}}};
  gltf.json["scene"] = 1;
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("default_scene") / "scenes.glb"));
  ASSERT_EQ(scene.nodes.size(), 1u);
  EXPECT_EQ(scene.nodes[0].name, "in scene 1");

  gltf.json.erase("scene");  // without "scene", the first one
  const myo::Scene first = loadOk(gltf.writeGlb(freshFolder("first_scene") / "scenes.glb"));
  ASSERT_EQ(first.nodes.size(), 1u);
  EXPECT_EQ(first.nodes[0].name, "in scene 0");
}

TEST(LoaderGltf, ExtrasBecomeNodeMetadata) {
  GltfBuilder gltf;
  const int node = gltf.addTriangle("muscle.trapezius.left");
  gltf.json["nodes"][node]["extras"] = {{"layer", "superficial"}, {"structure_id", 7}, {"tags", {"neck", "back"}}};
  gltf.json["meshes"][0]["extras"] = {{"layer", "ignored: the node's own value wins"}, {"mesh_only", true}};
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("extras") / "extras.glb"));
  ASSERT_EQ(scene.nodes.size(), 1u);
  const auto& metadata = scene.nodes[0].metadata;
  EXPECT_EQ(metadata.at("layer"), "superficial");
  EXPECT_EQ(metadata.at("structure_id"), "7");
  EXPECT_EQ(metadata.at("tags"), R"(["neck","back"])");
  EXPECT_EQ(metadata.at("mesh_only"), "true");
}

TEST(LoaderGltf, UnicodeNamesAndPaths) {
  GltfBuilder gltf;
  gltf.addTriangle("Trapèze supérieur 僧帽筋");
  const fs::path dir = freshFolder("unicode") / "Modèles ü 模型";
  fs::create_directories(dir);
  // The buffer's URI is percent-encoded as glTF requires; the file on disk has the plain name.
  myo::test::writeBytes(dir / "données ü.bin", gltf.bin.data(), gltf.bin.size());
  const fs::path file = gltf.writeReferencing(dir / "мышца.gltf", "donn%C3%A9es%20%C3%BC.bin");
  const myo::Scene scene = loadOk(file);
  ASSERT_EQ(scene.nodes.size(), 1u);
  EXPECT_EQ(scene.nodes[0].name, "Trapèze supérieur 僧帽筋");
  EXPECT_EQ(scene.triangleCount(), 1u);
}

TEST(LoaderGltf, BaseColourFactorAndTextureFromABufferView) {
  myo::Image pixels(2, 2);
  for (int i = 0; i < 4; ++i) {
    pixels.pixels[4 * i] = static_cast<std::uint8_t>(60 * i);
    pixels.pixels[4 * i + 3] = 255;
  }
  const fs::path dir = freshFolder("texture");
  ASSERT_TRUE(myo::writePng(pixels, dir / "tiny.png"));
  const std::vector<std::uint8_t> png = myo::test::readBytes(dir / "tiny.png");

  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  const int uvs = gltf.addAccessor(gltf.addView(std::vector<float>{0, 0, 1, 0, 0, 1}), myo::test::kFloat, 3, "VEC2");
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}, {"TEXCOORD_0", uvs}}}, {"material", 0}}});
  gltf.json["images"] = {{{"bufferView", gltf.addView(png)}, {"mimeType", "image/png"}}};
  gltf.json["textures"] = {{{"source", 0}}};
  gltf.json["materials"] = {{{"name", "skin"},
                             {"pbrMetallicRoughness",
                              {{"baseColorFactor", {0.8, 0.5, 0.25, 1.0}}, {"baseColorTexture", {{"index", 0}}}}}}};
  const myo::Scene scene = loadOk(gltf.writeGlb(dir / "textured.glb"));
  ASSERT_EQ(scene.materials.size(), 1u);
  EXPECT_EQ(scene.materials[0].name, "skin");
  EXPECT_NEAR(scene.materials[0].baseColor.g, 0.5f, 1e-6f);
  ASSERT_EQ(scene.materials[0].baseColorTexture, 0);
  ASSERT_EQ(scene.textures.size(), 1u);
  EXPECT_EQ(scene.textures[0].width, 2);
  EXPECT_EQ(scene.textures[0].pixels, pixels.pixels);
  EXPECT_EQ(scene.parts[0].material, 0);
}

TEST(LoaderGltf, AnUndecodableTextureIsAWarningNotAFailure) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["meshes"][0]["primitives"][0]["material"] = 0;
  gltf.json["images"] = {{{"bufferView", gltf.addView(std::vector<std::uint8_t>{1, 2, 3, 4})}, {"mimeType", "image/png"}}};
  gltf.json["textures"] = {{{"source", 0}}};
  gltf.json["materials"] = {{{"pbrMetallicRoughness", {{"baseColorTexture", {{"index", 0}}}}}}};
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("bad_texture") / "t.glb"));
  ASSERT_EQ(scene.materials.size(), 1u);
  EXPECT_EQ(scene.materials[0].baseColorTexture, -1);
  ASSERT_FALSE(scene.warnings.empty());
  EXPECT_NE(scene.warnings[0].find("image 0"), std::string::npos) << scene.warnings[0];
}

TEST(LoaderGltf, MissingNormalsAreGenerated) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("no_normals") / "n.glb"));
  ASSERT_EQ(scene.parts.size(), 1u);
  const myo::Mesh& mesh = scene.parts[0].mesh;
  ASSERT_TRUE(myo::hasUsableNormals(mesh));
  EXPECT_NEAR(std::abs(mesh.normals[0].z), 1.0f, 1e-5f);
  EXPECT_TRUE(scene.warnings.empty()) << "generating absent normals is not worth a warning";
}

TEST(LoaderGltf, ValidNormalsAreKeptAndUnnormalisedOnesRescaled) {
  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  // Deliberately not the face normal: the file's own normals must survive.
  const int kept = gltf.addPositions({0, 0.6f, 0.8f, 0, 0.6f, 0.8f, 0, 0.6f, 0.8f});
  const int longNormals = gltf.addPositions({0, 0, 3, 0, 0, 3, 0, 0, 3});
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}, {"NORMAL", kept}}}},
                    {{"attributes", {{"POSITION", positions}, {"NORMAL", longNormals}}}}});
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("normals_kept") / "n.glb"));
  ASSERT_EQ(scene.parts.size(), 2u);
  EXPECT_EQ(scene.parts[0].mesh.normals[1], glm::vec3(0, 0.6f, 0.8f));
  EXPECT_EQ(scene.parts[1].mesh.normals[1], glm::vec3(0, 0, 1));
  EXPECT_TRUE(scene.warnings.empty());
}

TEST(LoaderGltf, BrokenNormalsAreRegeneratedWithAWarning) {
  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  const int zero = gltf.addPositions({0, 0, 0, 0, 0, 0, 0, 0, 0});
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}, {"NORMAL", zero}}}}}, "flat");
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("normals_broken") / "n.glb"));
  ASSERT_EQ(scene.parts.size(), 1u);
  EXPECT_TRUE(myo::hasUsableNormals(scene.parts[0].mesh));
  ASSERT_EQ(scene.warnings.size(), 1u);
  EXPECT_NE(scene.warnings[0].find("normals"), std::string::npos) << scene.warnings[0];
}

TEST(LoaderGltf, VertexColoursWithAndWithoutAlpha) {
  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  const int rgb = gltf.addAccessor(gltf.addView(std::vector<std::uint8_t>{255, 0, 0, 0, 0, 255, 0, 0, 0, 0, 255, 0}),
                                   myo::test::kUnsignedByte, 3, "VEC3", 0, true);
  gltf.json["bufferViews"][gltf.json["accessors"][rgb]["bufferView"].get<int>()]["byteStride"] = 4;
  const int rgba = gltf.addAccessor(gltf.addView(std::vector<float>{1, 0, 0, 0.5f, 0, 1, 0, 0.5f, 0, 0, 1, 0.5f}),
                                    myo::test::kFloat, 3, "VEC4");
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}, {"COLOR_0", rgb}}}},
                    {{"attributes", {{"POSITION", positions}, {"COLOR_0", rgba}}}}});
  const myo::Scene scene = loadOk(gltf.writeGlb(freshFolder("colours") / "c.glb"));
  ASSERT_EQ(scene.parts.size(), 2u);
  EXPECT_EQ(scene.parts[0].mesh.colors[1], glm::vec4(0, 1, 0, 1));
  EXPECT_EQ(scene.parts[1].mesh.colors[2], glm::vec4(0, 0, 1, 0.5f));
}

}  // namespace
