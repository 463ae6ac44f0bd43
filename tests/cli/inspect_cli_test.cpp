// `myoatlas inspect` and `myoatlas bench` as a user runs them.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

std::string fixture(const std::string& relative) { return myo::test::fixturesDir() + "/" + relative; }

std::size_t lineCount(const std::string& text) {
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

TEST(InspectCli, JsonDescribesTheModel) {
  MYO_REQUIRE_FIXTURES();
  const auto result = runMyoatlas({"inspect", fixture("gltf/BoxTextured.glb"), "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json doc = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "stdout is one JSON document: " << result.out;
  std::set<std::string> keys;
  for (const auto& [key, value] : doc.items()) keys.insert(key);
  EXPECT_EQ(keys, (std::set<std::string>{"format", "nodes", "meshes", "vertices", "triangles", "materials", "bounds",
                                         "names", "warnings", "load_ms"}));
  EXPECT_EQ(doc["format"], "glTF 2.0 (binary)");
  EXPECT_EQ(doc["meshes"], 1);
  EXPECT_EQ(doc["vertices"], 24);
  EXPECT_EQ(doc["triangles"], 12);
  EXPECT_EQ(doc["materials"], 1);
  EXPECT_EQ(doc["names"], nlohmann::json::array({"Mesh"}));
  EXPECT_TRUE(doc["warnings"].empty());
  EXPECT_DOUBLE_EQ(doc["bounds"]["min"][0].get<double>(), -0.5);
  EXPECT_DOUBLE_EQ(doc["bounds"]["max"][2].get<double>(), 0.5);
  EXPECT_GE(doc["load_ms"].get<double>(), 0.0);
}

TEST(InspectCli, TextIsForPeople) {
  MYO_REQUIRE_FIXTURES();
  const auto result = runMyoatlas({"inspect", fixture("obj/box.obj")});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("Wavefront OBJ"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("triangles  12"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("load time"), std::string::npos) << result.out;
}

TEST(InspectCli, WarningsAreListed) {
  MYO_REQUIRE_FIXTURES();
  const auto result = runMyoatlas({"inspect", fixture("gltf/PrimitiveMode/Mesh_PrimitiveMode_00.gltf"), "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json doc = nlohmann::json::parse(result.out);
  EXPECT_EQ(doc["triangles"], 0);
  ASSERT_EQ(doc["warnings"].size(), 1u);
  EXPECT_NE(doc["warnings"][0].get<std::string>().find("points"), std::string::npos);
}

TEST(InspectCli, EveryValidFixtureLoads) {
  MYO_REQUIRE_FIXTURES();
  for (const char* file : {"gltf/BoxTextured-Embedded/BoxTextured.gltf", "gltf/BoxTextured-Separate/BoxTextured.gltf",
                           "gltf/simple_skin.gltf", "obj/cube_usemtl.obj", "stl/Spider_binary.stl", "stl/triangle.stl",
                           "ply/cube.ply", "ply/cube_binary.ply", "fbx/box.fbx"}) {
    const auto result = runMyoatlas({"inspect", fixture(file), "--json"});
    EXPECT_EQ(result.exitCode, 0) << file << ": " << result.err;
    const nlohmann::json doc = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << file;
    EXPECT_GT(doc["triangles"].get<int>(), 0) << file;
  }
}

TEST(InspectCli, InvalidFilesExitTwoWithOneLineNamingTheFile) {
  MYO_REQUIRE_FIXTURES();
  for (const char* file : {"invalid/empty.obj", "invalid/empty.ply", "invalid/gltf-IndexOutOfRange/IndexOutOfRange.gltf",
                           "invalid/gltf-MissingBin/BoxTextured.gltf", "invalid/gltf-RecursiveNodes.gltf",
                           "invalid/malformed.obj"}) {
    for (const bool json : {false, true}) {
      std::vector<std::string> args = {"inspect", fixture(file)};
      if (json) args.push_back("--json");
      const auto result = runMyoatlas(args);
      EXPECT_EQ(result.exitCode, 2) << file;
      EXPECT_TRUE(result.out.empty()) << file << ": nothing on stdout, got " << result.out;
      EXPECT_EQ(lineCount(result.err), 1u) << file << ": " << result.err;
      EXPECT_NE(result.err.find(fixture(file)), std::string::npos) << file << ": " << result.err;
    }
  }
}

TEST(InspectCli, MissingFileExitsTwo) {
  const auto result = runMyoatlas({"inspect", "/nonexistent/model.glb"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(lineCount(result.err), 1u) << result.err;
  EXPECT_NE(result.err.find("/nonexistent/model.glb: no such file"), std::string::npos) << result.err;
}

TEST(InspectCli, NoFileIsAUsageError) {
  const auto result = runMyoatlas({"inspect"});
  EXPECT_EQ(result.exitCode, 2);
}

TEST(BenchCli, JsonReportsTheLoaderFigures) {
  const auto result = runMyoatlas({"bench", "--json", "--runs", "1", "--only", "loader"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json doc = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "stdout is one JSON document: " << result.out;
  std::set<std::string> names;
  for (const auto& figure : doc["figures"]) {
    names.insert(figure["name"].get<std::string>());
    EXPECT_GT(figure["value"].get<double>(), 0.0) << figure.dump();
    EXPECT_FALSE(figure["unit"].get<std::string>().empty());
  }
  EXPECT_TRUE(names.count("loader.gltf_1m.baseline_ms"));
  EXPECT_TRUE(names.count("loader.gltf_1m.load_ms"));
  EXPECT_TRUE(names.count("loader.gltf_1m.ratio"));
}

TEST(BenchCli, StartupFiguresComeFromARealProcess) {
  const auto result = runMyoatlas({"bench", "--json", "--runs", "1", "--only", "startup"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json doc = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "stdout is one JSON document: " << result.out;
  std::map<std::string, nlohmann::json> byName;
  for (const auto& figure : doc["figures"]) byName[figure["name"].get<std::string>()] = figure;
  ASSERT_TRUE(byName.count("startup.first_frame_ms")) << doc.dump();
  ASSERT_TRUE(byName.count("startup.peak_memory_mib")) << doc.dump();
  // Starting the program, loading the body and drawing it takes more than 50 ms and 20 MiB anywhere.
  EXPECT_GT(byName["startup.first_frame_ms"]["value"].get<double>(), 50.0);
  EXPECT_GT(byName["startup.peak_memory_mib"]["value"].get<double>(), 20.0);
  EXPECT_EQ(byName["startup.first_frame_ms"]["runs"], 1);
}

TEST(BenchCli, UnknownAreaIsAUsageError) {
  const auto result = runMyoatlas({"bench", "--only", "nothing"});
  EXPECT_EQ(result.exitCode, 2);
}

}  // namespace
