// loadModel on hostile and broken files: every rule of "safety with untrusted files" (issue 3)
// has a test here, on files crafted into build/test-output. Each refusal must be a Result error
// that starts with the file's path and says the problem in plain words; nothing may crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <limits>
#include <string>

#include "gltf_builder.hpp"
#include "myo/engine/model_loader.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::GltfBuilder;
using myo::test::freshFolder;
using nlohmann::json;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Loads `path` and expects a refusal that starts with the path and contains `problem`.
void expectRefused(const fs::path& path, const std::string& problem, const myo::LoadOptions& options = {}) {
  myo::Result<myo::Scene> scene = myo::loadModel(path, options);
  ASSERT_FALSE(scene) << path << " should be refused";
  const std::string& message = scene.error().message;
  EXPECT_EQ(message.rfind(path.string(), 0), 0u) << "starts with the path: " << message;
  EXPECT_TRUE(contains(message, problem)) << "says '" << problem << "': " << message;
  EXPECT_FALSE(contains(message, "\n")) << "one line: " << message;
}

// --- references that try to leave the model's folder ---------------------------------------------

TEST(LoaderSafety, AbsoluteBufferUriIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const fs::path dir = freshFolder("absolute_uri");
  myo::test::writeBytes(dir / "elsewhere.bin", gltf.bin.data(), gltf.bin.size());
  const fs::path file = gltf.writeReferencing(dir / "model.gltf", fs::absolute(dir / "elsewhere.bin").string());
  expectRefused(file, "absolute path");
}

TEST(LoaderSafety, ParentFolderUriIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const fs::path dir = freshFolder("dotdot_uri");
  fs::create_directories(dir / "model");
  myo::test::writeBytes(dir / "secret.bin", gltf.bin.data(), gltf.bin.size());  // exists: must still be refused
  expectRefused(gltf.writeReferencing(dir / "model" / "model.gltf", "../secret.bin"), "'..'");
  expectRefused(gltf.writeReferencing(dir / "model" / "model2.gltf", "sub/../../secret.bin"), "'..'");
  expectRefused(gltf.writeReferencing(dir / "model" / "model3.gltf", "%2E%2E/secret.bin"), "'..'");
  expectRefused(gltf.writeReferencing(dir / "model" / "model4.gltf", "..\\secret.bin"), "'..'");
}

TEST(LoaderSafety, UrlAndDriveUrisAreRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const fs::path dir = freshFolder("url_uri");
  expectRefused(gltf.writeReferencing(dir / "a.gltf", "file:///etc/passwd"), "URL");
  expectRefused(gltf.writeReferencing(dir / "b.gltf", "https://example.com/x.bin"), "URL");
  expectRefused(gltf.writeReferencing(dir / "c.gltf", "C:/Windows/x.bin"), "URL or a drive");
}

TEST(LoaderSafety, SymbolicLinkOutOfTheFolderIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const fs::path dir = freshFolder("symlink_uri");
  fs::create_directories(dir / "model");
  myo::test::writeBytes(dir / "outside.bin", gltf.bin.data(), gltf.bin.size());
  fs::create_symlink(dir / "outside.bin", dir / "model" / "inside.bin");
  expectRefused(gltf.writeReferencing(dir / "model" / "model.gltf", "inside.bin"), "symbolic link");
}

TEST(LoaderSafety, ImageUriLeavingTheFolderIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["images"] = {{{"uri", "../../../../../../etc/passwd"}}};
  gltf.json["textures"] = {{{"source", 0}}};
  gltf.json["materials"] = {{{"pbrMetallicRoughness", {{"baseColorTexture", {{"index", 0}}}}}}};
  expectRefused(gltf.writeEmbedded(freshFolder("image_uri") / "m.gltf"), "'..'");
}

TEST(LoaderSafety, ObjMaterialLibraryOutsideTheFolderIsRefused) {
  const fs::path dir = freshFolder("obj_mtllib");
  fs::create_directories(dir / "model");
  myo::test::writeText(dir / "outside.mtl", "newmtl stolen\nKd 1 0 0\n");
  myo::test::writeText(dir / "model" / "tri.obj",
                       "mtllib ../outside.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nusemtl stolen\nf 1 2 3\n");
  expectRefused(dir / "model" / "tri.obj", "outside the model's folder");
}

TEST(LoaderSafety, MissingExternalImageIsOnlyAWarning) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["images"] = {{{"uri", "not-there.png"}}};
  gltf.json["textures"] = {{{"source", 0}}};
  gltf.json["materials"] = {{{"pbrMetallicRoughness", {{"baseColorTexture", {{"index", 0}}}}}}};
  myo::Result<myo::Scene> scene = myo::loadModel(gltf.writeEmbedded(freshFolder("missing_image") / "m.gltf"));
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->triangleCount(), 1u);
  bool named = false;
  for (const std::string& w : scene->warnings) named = named || contains(w, "not-there.png");
  EXPECT_TRUE(named) << "a warning names the missing image";
}

// --- size limits ---------------------------------------------------------------------------------

TEST(LoaderSafety, FileOverTheSizeLimitIsRefusedUnread) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const fs::path file = gltf.writeGlb(freshFolder("size_limit") / "m.glb");
  myo::LoadOptions tiny;
  tiny.maxFileBytes = 64;
  expectRefused(file, "limit", tiny);
  myo::LoadOptions enough;
  enough.maxFileBytes = fs::file_size(file);
  EXPECT_TRUE(myo::loadModel(file, enough)) << "a file exactly at the limit loads";
}

TEST(LoaderSafety, ExternalBufferOverTheSizeLimitIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.bin.resize(4096, 0);  // pad the buffer well past the .gltf's own size
  const fs::path file = gltf.writeSeparate(freshFolder("size_limit_bin") / "m.gltf", "m.bin");
  myo::LoadOptions options;
  options.maxFileBytes = fs::file_size(file) + 100;
  expectRefused(file, "limit", options);
}

TEST(LoaderSafety, AssimpFormatsHonourTheSizeLimit) {
  const fs::path dir = freshFolder("size_limit_obj");
  myo::test::writeText(dir / "tri.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
  myo::LoadOptions tiny;
  tiny.maxFileBytes = 10;
  expectRefused(dir / "tri.obj", "limit", tiny);
}

TEST(LoaderSafety, AModelWithMoreTrianglesThanTheLimitIsRefusedWithItsCount) {
  // Twelve triangles in an OBJ (through Assimp) and in a glTF, against a limit of ten; the default
  // limit (4,000,000) refuses a 10,000,000-triangle PLY in a few seconds instead of drawing it for minutes.
  const fs::path dir = freshFolder("triangle_limit");
  std::string obj;
  for (int i = 0; i < 12; ++i) {
    const std::string x = std::to_string(i);
    obj += "v " + x + " 0 0\nv " + x + ".5 0 0\nv " + x + " 1 0\n";
  }
  for (int i = 0; i < 12; ++i) obj += "f " + std::to_string(3 * i + 1) + " " + std::to_string(3 * i + 2) + " " + std::to_string(3 * i + 3) + "\n";
  myo::test::writeText(dir / "twelve.obj", obj);
  myo::LoadOptions ten;
  ten.maxTriangles = 10;
  expectRefused(dir / "twelve.obj", "it has 12 triangles, more than the 10 this program draws", ten);
  myo::LoadOptions twelve;
  twelve.maxTriangles = 12;
  EXPECT_TRUE(myo::loadModel(dir / "twelve.obj", twelve)) << "a model exactly at the limit loads";

  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.addTriangle();
  myo::LoadOptions one;
  one.maxTriangles = 1;
  expectRefused(gltf.writeGlb(dir / "two.glb"), "it has 2 triangles, more than the 1", one);
}

// --- empty, missing, truncated, corrupted ---------------------------------------------------------

TEST(LoaderSafety, MissingFileIsNamed) { expectRefused("/nonexistent/folder/body.glb", "no such file"); }

TEST(LoaderSafety, FolderIsNotAModel) { expectRefused(freshFolder("a_folder"), "folder"); }

TEST(LoaderSafety, EmptyFilesAreRefused) {
  const fs::path dir = freshFolder("empty");
  for (const char* name : {"e.glb", "e.gltf", "e.stl", "e.fbx"}) {
    myo::test::writeText(dir / name, "");
    expectRefused(dir / name, "empty");
  }
}

TEST(LoaderSafety, TruncatedGlbIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const std::vector<std::uint8_t> bytes = gltf.glbBytes();
  const fs::path dir = freshFolder("truncated");
  myo::test::writeBytes(dir / "half.glb", bytes.data(), bytes.size() / 2);
  expectRefused(dir / "half.glb", "truncated");
  myo::test::writeBytes(dir / "header.glb", bytes.data(), 10);
  expectRefused(dir / "header.glb", "truncated");
  myo::test::writeBytes(dir / "no-bin-end.glb", bytes.data(), bytes.size() - 4);
  expectRefused(dir / "no-bin-end.glb", "truncated");
}

TEST(LoaderSafety, EveryPrefixOfAGlbIsRefusedWithoutCrashing) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const std::vector<std::uint8_t> bytes = gltf.glbBytes();
  const fs::path file = freshFolder("prefixes") / "p.glb";
  for (std::size_t n = 1; n < bytes.size(); ++n) {
    myo::test::writeBytes(file, bytes.data(), n);
    myo::Result<myo::Scene> scene = myo::loadModel(file);
    EXPECT_FALSE(scene) << "a " << n << "-byte prefix loaded";
  }
}

TEST(LoaderSafety, CorruptedBytesNeverCrash) {
  GltfBuilder gltf;
  gltf.addTriangle();
  const std::vector<std::uint8_t> original = gltf.glbBytes();
  const fs::path file = freshFolder("corrupted") / "c.glb";
  // Every byte position, set to values that make lengths, offsets and counts extreme.
  for (std::size_t i = 0; i < original.size(); ++i) {
    for (std::uint8_t value : {std::uint8_t{0x00}, std::uint8_t{0x7f}, std::uint8_t{0xff}, std::uint8_t{'9'}}) {
      std::vector<std::uint8_t> bytes = original;
      bytes[i] = value;
      myo::test::writeBytes(file, bytes.data(), bytes.size());
      myo::Result<myo::Scene> scene = myo::loadModel(file);
      if (!scene) {
        EXPECT_EQ(scene.error().message.rfind(file.string(), 0), 0u) << scene.error().message;
      }
    }
  }
}

TEST(LoaderSafety, NotJsonIsRefused) {
  const fs::path dir = freshFolder("not_json");
  myo::test::writeText(dir / "m.gltf", "this is not JSON at all");
  expectRefused(dir / "m.gltf", "not valid JSON");
}

TEST(LoaderSafety, DeeplyNestedJsonIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  std::string text = gltf.json.dump();
  text.insert(text.size() - 1, ",\"extras\":" + std::string(100000, '[') + std::string(100000, ']'));
  const fs::path dir = freshFolder("nested");
  myo::test::writeText(dir / "m.gltf", text);
  expectRefused(dir / "m.gltf", "levels deep");
}

// Assimp 5.2's PLY reader crashes or hangs on damaged files; the loader checks their structure
// first (ply_check.hpp). Each case below crashed or hung Assimp before that check.
TEST(LoaderSafety, DamagedPlyIsRefusedBeforeAssimpSeesIt) {
  const std::string header = "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                             "property float z\nelement face 1\nproperty list uchar int vertex_indices\n";
  const std::string vertices = "0 0 0\n1 0 0\n0 1 0\n";
  const fs::path dir = freshFolder("ply_damaged");
  myo::test::writeText(dir / "ok.ply", header + "end_header\n" + vertices + "3 0 1 2\n");
  ASSERT_TRUE(myo::loadModel(dir / "ok.ply")) << "the undamaged file loads";

  myo::test::writeText(dir / "bad_magic.ply", "ply4" + header.substr(3) + "end_header\n" + vertices + "3 0 1 2\n");
  expectRefused(dir / "bad_magic.ply", "not a PLY file");
  myo::test::writeText(dir / "no_end.ply", header + "end_heaxer\n" + vertices + "3 0 1 2\n");
  expectRefused(dir / "no_end.ply", "PLY header");
  myo::test::writeText(dir / "bad_type.ply", "ply\nformat ascii 1.0\nelement vertex 3\nproperty floot x\nend_header\n0\n1\n2\n");
  expectRefused(dir / "bad_type.ply", "not a valid property");
  myo::test::writeText(dir / "empty_face.ply", header + "end_header\n" + vertices + "0\n");
  expectRefused(dir / "empty_face.ply", "no vertices");
  myo::test::writeText(dir / "short.ply", header + "end_header\n" + vertices + "3 0 1\n");
  expectRefused(dir / "short.ply", "cut short");
  myo::test::writeText(dir / "not_number.ply", header + "end_header\n" + vertices + "3 0 1 x\n");
  expectRefused(dir / "not_number.ply", "not a number");

  // Binary: a face list claiming 200 indices in a file that has three.
  std::string binary = "ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                       "property float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n";
  binary.append(36, '\0');
  binary += static_cast<char>(200);
  binary.append(12, '\0');
  myo::test::writeText(dir / "list_past_end.ply", binary);
  expectRefused(dir / "list_past_end.ply", "runs past the end");
}

// --- the node graph ------------------------------------------------------------------------------

TEST(LoaderSafety, NodeCyclesAreRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  // 0 -> 1 -> 2 -> 1: the cycle does not include the scene's root.
  gltf.json["nodes"][0]["children"] = {1};
  gltf.json["nodes"].push_back({{"children", {2}}});
  gltf.json["nodes"].push_back({{"children", {1}}});
  expectRefused(gltf.writeGlb(freshFolder("cycle") / "m.glb"), "cycle");

  GltfBuilder self;
  self.addTriangle();
  self.json["nodes"][0]["children"] = {0};
  expectRefused(self.writeGlb(freshFolder("self_child") / "m.glb"), "its own child");
}

TEST(LoaderSafety, NodeWithTwoParentsIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["nodes"].push_back({{"children", {0}}});
  gltf.json["nodes"].push_back({{"children", {0}}});
  expectRefused(gltf.writeGlb(freshFolder("two_parents") / "m.glb"), "only one parent");
}

TEST(LoaderSafety, MissingChildNodeIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["nodes"][0]["children"] = {42};
  expectRefused(gltf.writeGlb(freshFolder("missing_child") / "m.glb"), "does not exist");
}

// --- bounds of accessors and indices ----------------------------------------------------------------

TEST(LoaderSafety, AccessorPastItsBufferViewIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["accessors"][0]["count"] = 1000;  // positions: 3 in the view
  expectRefused(gltf.writeGlb(freshFolder("accessor_past_view") / "m.glb"), "reaches past the end");
}

TEST(LoaderSafety, BufferViewPastItsBufferIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["bufferViews"][0]["byteOffset"] = 1u << 30;
  expectRefused(gltf.writeGlb(freshFolder("view_past_buffer") / "m.glb"), "reaches past the end");
}

TEST(LoaderSafety, HugeCountsAreRefusedWithoutAllocating) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["accessors"][0].erase("bufferView");  // zeros, no data to bound the count
  gltf.json["accessors"][0]["count"] = std::uint64_t{1} << 40;
  expectRefused(gltf.writeGlb(freshFolder("huge_count") / "m.glb"), "more than MyoAtlas accepts");

  GltfBuilder stride;
  stride.addTriangle();
  stride.json["bufferViews"][0]["byteStride"] = 4;  // smaller than a VEC3 of floats
  expectRefused(stride.writeGlb(freshFolder("small_stride") / "m.glb"), "byteStride");
}

TEST(LoaderSafety, OutOfRangeIndexDropsOnlyItsPrimitive) {
  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  const int good = gltf.addIndices({0, 1, 2});
  const int bad = gltf.addIndices({0, 1, 3});
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}}}, {"indices", good}},
                    {{"attributes", {{"POSITION", positions}}}, {"indices", bad}}});
  myo::Result<myo::Scene> scene = myo::loadModel(gltf.writeGlb(freshFolder("bad_index_one") / "m.glb"));
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->triangleCount(), 1u);
  ASSERT_EQ(scene->warnings.size(), 1u);
  EXPECT_TRUE(contains(scene->warnings[0], "index 3")) << scene->warnings[0];
}

TEST(LoaderSafety, OutOfRangeIndexInTheOnlyPrimitiveRefusesTheFile) {
  GltfBuilder gltf;
  const int positions = gltf.addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
  gltf.addMeshNode({{{"attributes", {{"POSITION", positions}}}, {"indices", gltf.addIndices({0, 1, 7})}}});
  expectRefused(gltf.writeGlb(freshFolder("bad_index_only") / "m.glb"), "index 7");
}

TEST(LoaderSafety, SparseIndexOutOfRangeIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["accessors"][0]["sparse"] = {
      {"count", 1},
      {"indices", {{"bufferView", gltf.addView(std::vector<std::uint32_t>{99})}, {"componentType", myo::test::kUnsignedInt}}},
      {"values", {{"bufferView", gltf.addView(std::vector<float>{1, 1, 1})}}}};
  expectRefused(gltf.writeGlb(freshFolder("sparse_oob") / "m.glb"), "replaces element 99");
}

// --- numbers -------------------------------------------------------------------------------------

TEST(LoaderSafety, NanAndInfinitePositionsAreRefused) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  for (const float bad : {nan, inf, -inf}) {
    GltfBuilder gltf;
    const int positions = gltf.addPositions({0, 0, 0, 1, bad, 0, 0, 1, 0});
    gltf.addMeshNode({{{"attributes", {{"POSITION", positions}}}}}, "spiky");
    expectRefused(gltf.writeGlb(freshFolder("nan_position") / "m.glb"), "NaN or infinite");
  }
  const fs::path dir = freshFolder("nan_obj");
  myo::test::writeText(dir / "nan.obj", "v 0 0 0\nv 1 nan 0\nv 0 1 0\nf 1 2 3\n");
  myo::Result<myo::Scene> obj = myo::loadModel(dir / "nan.obj");
  EXPECT_FALSE(obj && obj->triangleCount() > 0 && !std::isfinite(obj->bounds().max.y)) << "never a NaN bounding box";
}

TEST(LoaderSafety, NumbersTooLargeForADoubleAreRefused) {
  GltfBuilder gltf;
  const int node = gltf.addTriangle();
  gltf.json["nodes"][node]["translation"] = {12345.5, 0, 0};
  const fs::path dir = freshFolder("inf_transform");
  gltf.writeEmbedded(dir / "m.gltf");
  // JSON has no NaN or infinity literals; 1e999 is the nearest a file can get to an infinite
  // transform, and the JSON parser already refuses it.
  std::string text;
  for (std::uint8_t c : myo::test::readBytes(dir / "m.gltf")) text += static_cast<char>(c);
  const std::size_t at = text.find("12345.5");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 7, "1e999");
  myo::test::writeText(dir / "m.gltf", text);
  expectRefused(dir / "m.gltf", "number overflow");
}

TEST(LoaderSafety, UnreadableCompressionExtensionIsRefused) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["extensionsUsed"] = {"KHR_draco_mesh_compression"};
  gltf.json["extensionsRequired"] = {"KHR_draco_mesh_compression"};
  expectRefused(gltf.writeGlb(freshFolder("draco") / "m.glb"), "KHR_draco_mesh_compression");
}

}  // namespace
