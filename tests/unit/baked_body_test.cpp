// The built-in body is baked once by the build: a command takes that file while it was baked from
// the anatomy description as it is now, and builds the body again when the description changed
// (after an edit, or with MYO_ASSETS_DIR pointing at another copy).
#include <gtest/gtest.h>

#include <filesystem>

#include "gltf_builder.hpp"
#include "myo/atlas/baked_body.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::GltfBuilder;
using myo::test::freshFolder;
using myo::test::writeText;

// A stand-in for a baked body: one triangle on a node named `name`, with `key` in its asset extras.
fs::path bakedStandIn(const fs::path& folder, const std::string& key, const std::string& name) {
  GltfBuilder gltf;
  gltf.addTriangle(name);
  gltf.json["asset"]["extras"] = {{myo::atlas::kBakeKeyMetadata, key}};
  return gltf.writeGlb(folder / "body.glb");
}

TEST(BakedBody, TheKeyChangesWithAnyByteOfTheDescriptionAndOnlyThen) {
  const fs::path folder = freshFolder("bake_key");
  fs::create_directories(folder / "anatomy" / "muscles");
  writeText(folder / "anatomy" / "body.json", "{\"stature_m\": 1.75}");
  writeText(folder / "anatomy" / "muscles" / "a.json", "{}");
  const std::string key = myo::atlas::bakeKey(folder / "anatomy");
  EXPECT_EQ(key.size(), 16u);
  writeText(folder / "anatomy" / "muscles" / "a.json", "{}");
  EXPECT_EQ(myo::atlas::bakeKey(folder / "anatomy"), key) << "the same bytes written again";
  writeText(folder / "anatomy" / "muscles" / "a.json", "{ }");
  EXPECT_NE(myo::atlas::bakeKey(folder / "anatomy"), key) << "a byte changed";
}

TEST(BakedBody, TheBakedFileIsTakenWhileItMatchesTheDescriptionAndNotAfterAnEdit) {
  const fs::path folder = freshFolder("baked_body");
  const fs::path anatomy = folder / "anatomy";
  fs::create_directories(anatomy);
  writeText(anatomy / "body.json", "{}");  // not a description a body can be built from
  const fs::path baked = bakedStandIn(folder, myo::atlas::bakeKey(anatomy), "the_baked_one");

  const myo::Result<myo::Scene> taken = myo::atlas::bakedOrBuiltBody(anatomy, baked);
  ASSERT_TRUE(taken) << taken.error().message;
  ASSERT_EQ(taken->nodes.size(), 1u);
  EXPECT_EQ(taken->nodes[0].name, "the_baked_one");

  // Edited since: the file is stale, so the body is built from the description, which here fails.
  writeText(anatomy / "body.json", "{\"edited\": true}");
  const myo::Result<myo::Scene> rebuilt = myo::atlas::bakedOrBuiltBody(anatomy, baked);
  EXPECT_FALSE(rebuilt) << "a body baked from another description was taken";

  // A file without a key (baked by hand, or by an older program) is never taken either.
  GltfBuilder plain;
  plain.addTriangle("no_key");
  EXPECT_FALSE(myo::atlas::bakedOrBuiltBody(anatomy, plain.writeGlb(folder / "plain.glb")));
}

}  // namespace
