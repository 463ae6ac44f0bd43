// loadModel on every file in ../shared/fixtures: what loads has the counts its README (or the file
// itself) gives; what is invalid is refused with a message naming the file and the problem.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "fixtures.hpp"
#include "myo/engine/model_loader.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;

std::string fixture(const std::string& relative) { return myo::test::fixturesDir() + "/" + relative; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool anyWarningContains(const myo::Scene& scene, const std::string& part) {
  for (const std::string& w : scene.warnings)
    if (contains(w, part)) return true;
  return false;
}

void expectBoxTextured(const std::string& file, const std::string& format) {
  myo::Result<myo::Scene> scene = myo::loadModel(fixture(file));
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->format, format);
  EXPECT_EQ(scene->parts.size(), 1u);
  EXPECT_EQ(scene->vertexCount(), 24u);
  EXPECT_EQ(scene->triangleCount(), 12u);
  ASSERT_EQ(scene->materials.size(), 1u);
  ASSERT_EQ(scene->textures.size(), 1u) << "the base colour texture is decoded";
  EXPECT_EQ(scene->materials[0].baseColorTexture, 0);
  EXPECT_GT(scene->textures[0].width, 0);
  EXPECT_EQ(scene->textures[0].pixels.size(),
            static_cast<std::size_t>(scene->textures[0].width) * scene->textures[0].height * 4);
  const myo::Mesh& mesh = scene->parts[0].mesh;
  EXPECT_EQ(mesh.uvs.size(), 24u);
  EXPECT_TRUE(myo::hasUsableNormals(mesh));
  const myo::Bounds b = scene->bounds();
  EXPECT_NEAR(b.min.x, -0.5f, 1e-5f);
  EXPECT_NEAR(b.max.y, 0.5f, 1e-5f);
  EXPECT_TRUE(scene->warnings.empty()) << scene->warnings.front();
}

TEST(LoaderFixtures, BoxTexturedBinary) {
  MYO_REQUIRE_FIXTURES();
  expectBoxTextured("gltf/BoxTextured.glb", "glTF 2.0 (binary)");
}

TEST(LoaderFixtures, BoxTexturedEmbeddedDataUris) {
  MYO_REQUIRE_FIXTURES();
  expectBoxTextured("gltf/BoxTextured-Embedded/BoxTextured.gltf", "glTF 2.0");
}

TEST(LoaderFixtures, BoxTexturedSeparateBinAndPng) {
  MYO_REQUIRE_FIXTURES();
  expectBoxTextured("gltf/BoxTextured-Separate/BoxTextured.gltf", "glTF 2.0");
}

TEST(LoaderFixtures, SimpleSkinLoadsInBindPose) {
  MYO_REQUIRE_FIXTURES();
  myo::Result<myo::Scene> scene = myo::loadModel(fixture("gltf/simple_skin.gltf"));
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->nodes.size(), 3u);  // the skinned mesh and its two joints
  EXPECT_EQ(scene->vertexCount(), 10u);
  EXPECT_EQ(scene->triangleCount(), 8u);
  // Bind pose: the strip stands 2 units tall, unbent.
  const myo::Bounds b = scene->bounds();
  EXPECT_NEAR(b.min.y, 0.0f, 1e-5f);
  EXPECT_NEAR(b.max.y, 2.0f, 1e-5f);
  EXPECT_NEAR(b.max.x, 1.0f, 1e-5f);
}

TEST(LoaderFixtures, PrimitiveModeTrianglesStripsAndFansLoadAsTriangles) {
  MYO_REQUIRE_FIXTURES();
  // 04 strip, 05 fan, 06 triangles (no indices); 11 strip, 12 fan, 13-15 triangles (uint, ubyte,
  // ushort indices). Each draws the same unit square: two triangles.
  for (const char* n : {"04", "05", "06", "11", "12", "13", "14", "15"}) {
    const std::string file = std::string("gltf/PrimitiveMode/Mesh_PrimitiveMode_") + n + ".gltf";
    myo::Result<myo::Scene> scene = myo::loadModel(fixture(file));
    ASSERT_TRUE(scene) << scene.error().message;
    EXPECT_EQ(scene->triangleCount(), 2u) << file;
    EXPECT_TRUE(scene->warnings.empty()) << file << ": " << scene->warnings.front();
    const myo::Bounds b = scene->bounds();
    EXPECT_NEAR(b.size().x, 1.0f, 1e-5f) << file;
    EXPECT_NEAR(b.size().y, 1.0f, 1e-5f) << file;
  }
}

TEST(LoaderFixtures, PrimitiveModePointsAndLinesAreSkippedWithAWarning) {
  MYO_REQUIRE_FIXTURES();
  for (const char* n : {"00", "01", "02", "03", "07", "08", "09", "10"}) {
    const std::string file = std::string("gltf/PrimitiveMode/Mesh_PrimitiveMode_") + n + ".gltf";
    myo::Result<myo::Scene> scene = myo::loadModel(fixture(file));
    ASSERT_TRUE(scene) << scene.error().message;
    EXPECT_EQ(scene->triangleCount(), 0u) << file;
    EXPECT_TRUE(anyWarningContains(*scene, "only triangles")) << file;
  }
}

TEST(LoaderFixtures, ObjWithAndWithoutMaterialLibrary) {
  MYO_REQUIRE_FIXTURES();
  myo::Result<myo::Scene> box = myo::loadModel(fixture("obj/box.obj"));
  ASSERT_TRUE(box) << box.error().message;
  EXPECT_EQ(box->format, "Wavefront OBJ");
  EXPECT_EQ(box->triangleCount(), 12u);  // six quads, triangulated
  EXPECT_TRUE(myo::hasUsableNormals(box->parts[0].mesh));

  myo::Result<myo::Scene> cube = myo::loadModel(fixture("obj/cube_usemtl.obj"));
  ASSERT_TRUE(cube) << cube.error().message;
  EXPECT_EQ(cube->triangleCount(), 12u);
  bool found = false;
  for (const myo::Material& m : cube->materials) found = found || m.name == "mtl2";
  EXPECT_TRUE(found) << "materials come from cube_usemtl.mtl";
}

TEST(LoaderFixtures, StlAsciiAndBinary) {
  MYO_REQUIRE_FIXTURES();
  myo::Result<myo::Scene> triangle = myo::loadModel(fixture("stl/triangle.stl"));
  ASSERT_TRUE(triangle) << triangle.error().message;
  EXPECT_EQ(triangle->triangleCount(), 1u);
  EXPECT_EQ(triangle->vertexCount(), 3u);
  myo::Result<myo::Scene> spider = myo::loadModel(fixture("stl/Spider_binary.stl"));
  ASSERT_TRUE(spider) << spider.error().message;
  // The file holds 1368 triangles, 36 of them exact repeats of another, which the loader leaves out
  // (a stack of repeats made rendering quadratic) and says so.
  EXPECT_EQ(spider->triangleCount(), 1332u);
  bool told = false;
  for (const std::string& warning : spider->warnings) told = told || warning.find("36 triangles repeat another") != std::string::npos;
  EXPECT_TRUE(told) << "no warning names the 36 repeated triangles";
  for (const myo::MeshPart& part : spider->parts) EXPECT_TRUE(myo::hasUsableNormals(part.mesh));
}

TEST(LoaderFixtures, PlyAsciiAndBinary) {
  MYO_REQUIRE_FIXTURES();
  for (const char* file : {"ply/cube.ply", "ply/cube_binary.ply"}) {
    myo::Result<myo::Scene> scene = myo::loadModel(fixture(file));
    ASSERT_TRUE(scene) << scene.error().message;
    EXPECT_EQ(scene->format, "Stanford PLY");
    EXPECT_EQ(scene->triangleCount(), 12u) << file;
    const myo::Bounds b = scene->bounds();
    EXPECT_NEAR(b.max.x - b.min.x, 1.0f, 1e-5f) << file;
  }
}

TEST(LoaderFixtures, Fbx) {
  MYO_REQUIRE_FIXTURES();
  myo::Result<myo::Scene> scene = myo::loadModel(fixture("fbx/box.fbx"));
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->format, "Autodesk FBX");
  EXPECT_EQ(scene->triangleCount(), 12u);
}

// --- invalid/ -----------------------------------------------------------------------------------

void expectRefused(const std::string& file, const std::string& problem) {
  const std::string path = fixture(file);
  myo::Result<myo::Scene> scene = myo::loadModel(path);
  ASSERT_FALSE(scene) << file << " should be refused";
  const std::string& message = scene.error().message;
  EXPECT_EQ(message.rfind(path, 0), 0u) << "starts with the file's path: " << message;
  EXPECT_TRUE(contains(message, problem)) << "says '" << problem << "': " << message;
  EXPECT_FALSE(contains(message, "\n")) << "one line: " << message;
}

TEST(LoaderFixtures, InvalidEmptyObj) {
  MYO_REQUIRE_FIXTURES();
  expectRefused("invalid/empty.obj", "empty");
}

TEST(LoaderFixtures, InvalidEmptyPly) {
  MYO_REQUIRE_FIXTURES();
  expectRefused("invalid/empty.ply", "empty");
}

TEST(LoaderFixtures, InvalidIndexOutOfRange) {
  MYO_REQUIRE_FIXTURES();
  expectRefused("invalid/gltf-IndexOutOfRange/IndexOutOfRange.gltf", "out of range");
}

TEST(LoaderFixtures, InvalidMissingBin) {
  MYO_REQUIRE_FIXTURES();
  expectRefused("invalid/gltf-MissingBin/BoxTextured.gltf", "'BoxTextured0.bin', which is not in its folder");
}

TEST(LoaderFixtures, InvalidRecursiveNodes) {
  MYO_REQUIRE_FIXTURES();
  expectRefused("invalid/gltf-RecursiveNodes.gltf", "cycle");
}

TEST(LoaderFixtures, InvalidMalformedObj) {
  MYO_REQUIRE_FIXTURES();
  expectRefused("invalid/malformed.obj", "face index");
}

}  // namespace
