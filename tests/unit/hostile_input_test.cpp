// What a hostile-input probe found (issue 23), at the library level: the writers that replaced a
// FIFO, the readers that read a whole file to refuse it by its first bytes, stacked triangles,
// sessions too big for the window, and messages that said the wrong thing. Each test failed
// before its fix. Large files are sparse (no disk is used) and removed afterwards.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "gltf_builder.hpp"
#include "myo/atlas/session.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/model_loader.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::freshFolder;
using myo::test::GltfBuilder;
using myo::test::writeText;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool isFifo(const fs::path& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISFIFO(info.st_mode);
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A file of `bytes` zero bytes that takes no disk, removed when the test ends.
class SparseFile {
 public:
  SparseFile(fs::path path, std::uintmax_t bytes, const std::string& start = "") : path_(std::move(path)) {
    writeText(path_, start);
    fs::resize_file(path_, bytes);
  }
  ~SparseFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  SparseFile(const SparseFile&) = delete;
  SparseFile& operator=(const SparseFile&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// --- item 3: writers replace only regular files ---------------------------------------------------

TEST(HostileInput, EveryWriterRefusesAFifoOrAFolderAndLeavesItAsItWas) {
  const fs::path dir = freshFolder("hostile_writers");
  const fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const fs::path folder = dir / "folder";
  fs::create_directories(folder);
  const std::uint8_t bytes[] = {1, 2, 3};
  for (const fs::path& target : {fifo, folder}) {
    const myo::Status bytesWritten = myo::replaceFile(target, bytes);  // PNG, GLB
    ASSERT_FALSE(bytesWritten) << target;
    EXPECT_TRUE(contains(bytesWritten.error().message, target.string())) << bytesWritten.error().message;
    const myo::Status textWritten = myo::replaceFile(target, "text", myo::FileAccess::OwnerOnly);  // sessions, PDF
    ASSERT_FALSE(textWritten) << target;
    EXPECT_TRUE(contains(textWritten.error().message, "left as it is")) << textWritten.error().message;
  }
  EXPECT_TRUE(contains(myo::replaceFile(fifo, "x", myo::FileAccess::OwnerOnly).error().message, "FIFO"));
  EXPECT_TRUE(isFifo(fifo)) << "the FIFO is still a FIFO";
  EXPECT_TRUE(fs::is_directory(folder) && fs::is_empty(folder)) << "the folder is as it was";
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2) << "no temporary file is left";
}

TEST(HostileInput, WritersWriteThroughALinkAndRefuseADanglingOrLoopingOne) {
  const fs::path dir = freshFolder("hostile_links");
  writeText(dir / "real.myosession", "old");
  fs::create_symlink("real.myosession", dir / "link.myosession");
  ASSERT_TRUE(myo::replaceFile(dir / "link.myosession", "new", myo::FileAccess::OwnerOnly));
  EXPECT_TRUE(fs::is_symlink(dir / "link.myosession")) << "the link stays a link";
  std::ifstream in(dir / "real.myosession");
  std::string text;
  std::getline(in, text);
  EXPECT_EQ(text, "new") << "the file it points to was replaced";

  fs::create_symlink("nowhere", dir / "dangling.png");
  const myo::Status dangling = myo::replaceFile(dir / "dangling.png", std::span<const std::uint8_t>{});
  ASSERT_FALSE(dangling);
  EXPECT_TRUE(contains(dangling.error().message, "link to nothing")) << dangling.error().message;
  fs::create_symlink("loop2.png", dir / "loop1.png");
  fs::create_symlink("loop1.png", dir / "loop2.png");
  const myo::Status loop = myo::replaceFile(dir / "loop1.png", std::span<const std::uint8_t>{});
  ASSERT_FALSE(loop);
  EXPECT_TRUE(contains(loop.error().message, "loop")) << loop.error().message;
}

// --- item 2: stacked triangles --------------------------------------------------------------------

TEST(HostileInput, TrianglesRepeatingAnotherAreLeftOutWithAWarning) {
  const fs::path dir = freshFolder("hostile_stacked");
  std::string obj = "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 0\nv 1 0 0\nv 0 1 0\n";
  for (int i = 0; i < 50000; ++i) obj += "f 1 2 3\nf 5 6 4\n";  // own vertices, rotated: the same triangle
  obj += "f 1 3 2\n";  // facing the other way: kept
  writeText(dir / "stacked.obj", obj);
  const auto start = std::chrono::steady_clock::now();
  const myo::Result<myo::Scene> scene = myo::loadModel(dir / "stacked.obj");
  const double seconds = secondsSince(start);
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->triangleCount(), 2u);
  bool warned = false;
  for (const std::string& warning : scene->warnings) warned = warned || contains(warning, "99999 triangles repeat");
  EXPECT_TRUE(warned) << "a warning says how many were left out";
  EXPECT_LT(seconds, 5.0);
}

// --- item 7: the first bytes first ----------------------------------------------------------------

TEST(HostileInput, ALargeFileOfTheWrongKindIsRefusedByItsFirstBytes) {
  const fs::path dir = freshFolder("hostile_signature");
  const std::uintmax_t oneGiB = std::uintmax_t{1} << 30;  // at the model-size limit: passes the size check
  struct Case {
    const char* name;
    const char* problem;
  };
  for (const Case& c : {Case{"big.ply", "not a PLY file"}, Case{"big.glb", "not a binary glTF file"},
                        Case{"big.obj", "binary data"}}) {
    const SparseFile file(dir / c.name, oneGiB);
    const auto start = std::chrono::steady_clock::now();
    const myo::Result<myo::Scene> scene = myo::loadModel(file.path());
    const double seconds = secondsSince(start);
    ASSERT_FALSE(scene) << c.name;
    EXPECT_TRUE(contains(scene.error().message, c.problem)) << scene.error().message;
    EXPECT_LT(seconds, 1.0) << c.name << " took " << seconds << " s";
  }
}

// --- item 9: what Assimp reads, the pre-check lets through ---------------------------------------

TEST(HostileInput, APlyWithAnUnknownHeaderLineFromOldBlenderLoads) {
  const fs::path dir = freshFolder("hostile_blender_ply");
  writeText(dir / "blender247.ply",
            "ply\nformat ascii 1.0\nCreated by Blender3D 247 - www.blender.org, source file: 'cube.blend'\n"
            "element vertex 3\nproperty float x\nproperty float y\nproperty float z\nelement face 1\n"
            "property list uchar uint vertex_indices\nend_header\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n");
  const myo::Result<myo::Scene> scene = myo::loadModel(dir / "blender247.ply");
  ASSERT_TRUE(scene) << scene.error().message;
  EXPECT_EQ(scene->triangleCount(), 1u);
}

// --- item 10: messages that said the wrong thing --------------------------------------------------

TEST(HostileInput, SizesJustOverTheLimitAreToldInBytes) {
  const fs::path dir = freshFolder("hostile_limit_message");
  const SparseFile file(dir / "big.glb", (std::uintmax_t{1025}) << 20, "glTF");
  const myo::Result<myo::Scene> scene = myo::loadModel(file.path());
  ASSERT_FALSE(scene);
  EXPECT_TRUE(contains(scene.error().message, "1074790400 bytes, over the 1073741824-byte limit")) << scene.error().message;
}

TEST(HostileInput, AFifoOrAFolderAsAGltfBufferIsCalledWhatItIs) {
  const fs::path dir = freshFolder("hostile_buffer");
  GltfBuilder gltf;
  gltf.addTriangle();
  ASSERT_EQ(::mkfifo((dir / "pipe.bin").c_str(), 0600), 0);
  const myo::Result<myo::Scene> fifo = myo::loadModel(gltf.writeReferencing(dir / "fifo.gltf", "pipe.bin"));
  ASSERT_FALSE(fifo);
  EXPECT_TRUE(contains(fifo.error().message, "FIFO")) << fifo.error().message;
  fs::create_directories(dir / "folder.bin");
  const myo::Result<myo::Scene> folder = myo::loadModel(gltf.writeReferencing(dir / "folder.gltf", "folder.bin"));
  ASSERT_FALSE(folder);
  EXPECT_TRUE(contains(folder.error().message, "folder")) << folder.error().message;
  EXPECT_FALSE(contains(folder.error().message, "not in its folder")) << folder.error().message;
}

TEST(HostileInput, AChildListedTwiceIsSaidSo) {
  GltfBuilder gltf;
  gltf.addTriangle();
  gltf.json["nodes"].push_back({{"children", {0, 0}}});
  const myo::Result<myo::Scene> scene = myo::loadModel(gltf.writeGlb(freshFolder("hostile_twice") / "m.glb"));
  ASSERT_FALSE(scene);
  EXPECT_TRUE(contains(scene.error().message, "twice")) << scene.error().message;
  EXPECT_FALSE(contains(scene.error().message, "both node 1 and node 1")) << scene.error().message;
}

// --- item 4 and 10: sessions ----------------------------------------------------------------------

TEST(HostileInput, A500MegabyteSessionIsRefusedWithinASecond) {
  const fs::path dir = freshFolder("hostile_big_session");
  const SparseFile file(dir / "huge.myosession", std::uintmax_t{500} << 20, "{\"format\": \"myoatlas-session\", \"notes\": \"");
  const auto start = std::chrono::steady_clock::now();
  const myo::Result<myo::atlas::Session> session = myo::atlas::openSession(file.path());
  const double seconds = secondsSince(start);
  ASSERT_FALSE(session);
  EXPECT_TRUE(contains(session.error().message, file.path().string())) << session.error().message;
  EXPECT_TRUE(contains(session.error().message, "over the 16.0 MiB limit")) << session.error().message;
  EXPECT_LT(seconds, 1.0);
}

TEST(HostileInput, SessionListsAndNotesOverTheirLimitsAreRefused) {
  const fs::path dir = freshFolder("hostile_session_lists");
  std::string muscles;
  for (int i = 0; i < 1001; ++i) muscles += std::string(i ? "," : "") + "{\"muscle\": \"trapezius\", \"side\": \"left\"}";
  writeText(dir / "many.myosession", "{\"format\": \"myoatlas-session\", \"version\": 1, \"muscles\": [" + muscles + "]}");
  const myo::Result<myo::atlas::Session> many = myo::atlas::openSession(dir / "many.myosession");
  ASSERT_FALSE(many);
  EXPECT_TRUE(contains(many.error().message, "/muscles: holds 1001 muscles, over the limit of 1000")) << many.error().message;

  writeText(dir / "notes.myosession",
            "{\"format\": \"myoatlas-session\", \"version\": 1, \"notes\": \"" + std::string(100001, 'a') + "\"}");
  const myo::Result<myo::atlas::Session> notes = myo::atlas::openSession(dir / "notes.myosession");
  ASSERT_FALSE(notes);
  EXPECT_TRUE(contains(notes.error().message, "/notes: holds 100001 bytes of notes")) << notes.error().message;

  writeText(dir / "deep.myosession", "{\"format\": \"myoatlas-session\", \"notes\": " + std::string(100, '[') +
                                         std::string(100, ']') + "}");
  const myo::Result<myo::atlas::Session> deep = myo::atlas::openSession(dir / "deep.myosession");
  ASSERT_FALSE(deep);
  EXPECT_TRUE(contains(deep.error().message, "nested more than 32 levels")) << deep.error().message;
}

TEST(HostileInput, ASessionWithANulByteOrInvalidUtf8IsRefusedWithAPrintableMessage) {
  const fs::path dir = freshFolder("hostile_session_bytes");
  writeText(dir / "nul.myosession", std::string("{\"format\": \"myoatlas-session\", \"notes\": \"a\0b\"}", 46));
  const myo::Result<myo::atlas::Session> nul = myo::atlas::openSession(dir / "nul.myosession");
  ASSERT_FALSE(nul);
  EXPECT_TRUE(contains(nul.error().message, "NUL byte at byte 42")) << nul.error().message;

  writeText(dir / "latin1.myosession", "{\"format\": \"myoatlas-session\", \"notes\": \"\xe7" "a va\"}");
  const myo::Result<myo::atlas::Session> latin1 = myo::atlas::openSession(dir / "latin1.myosession");
  ASSERT_FALSE(latin1);
  const std::string& message = latin1.error().message;
  EXPECT_TRUE(contains(message, "\\xE7")) << message;
  for (const char c : message) EXPECT_LT(static_cast<unsigned char>(c), 0x80u) << "no raw byte in: " << message;
}

TEST(HostileInput, ASessionThatIsAFolderOrAFifoIsCalledWhatItIs) {
  const fs::path dir = freshFolder("hostile_session_kind");
  fs::create_directories(dir / "folder.myosession");
  ASSERT_EQ(::mkfifo((dir / "pipe.myosession").c_str(), 0600), 0);
  const myo::Result<myo::atlas::Session> folder = myo::atlas::openSession(dir / "folder.myosession");
  ASSERT_FALSE(folder);
  EXPECT_TRUE(contains(folder.error().message, "is a folder")) << folder.error().message;
  const myo::Result<myo::atlas::Session> fifo = myo::atlas::openSession(dir / "pipe.myosession");
  ASSERT_FALSE(fifo);
  EXPECT_TRUE(contains(fifo.error().message, "FIFO")) << fifo.error().message;
}

}  // namespace
