#pragma once
// Small glTF files made on the spot for the loader tests: a JSON document (tests may edit `json`
// freely) and one binary buffer, written as .gltf with an embedded data: URI, .gltf + .bin, or
// .glb. Crafted files cover what the shared fixtures do not: every component type, sparse and
// interleaved accessors, hostile references, NaN positions and so on.

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "knowledge_fixture.hpp"  // writeText
#include "run_command.hpp"

namespace myo::test {

constexpr int kByte = 5120, kUnsignedByte = 5121, kShort = 5122, kUnsignedShort = 5123, kUnsignedInt = 5125,
              kFloat = 5126;

// A fresh folder under build/test-output for one test.
inline std::filesystem::path freshFolder(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::path(testOutputDir()) / "loader" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void writeBytes(const std::filesystem::path& path, const void* data, std::size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
}

inline std::vector<std::uint8_t> readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string base64(const std::vector<std::uint8_t>& bytes) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::uint32_t b0 = bytes[i];
    const std::uint32_t b1 = i + 1 < bytes.size() ? bytes[i + 1] : 0;
    const std::uint32_t b2 = i + 2 < bytes.size() ? bytes[i + 2] : 0;
    const std::uint32_t triple = (b0 << 16) | (b1 << 8) | b2;
    out += table[(triple >> 18) & 63];
    out += table[(triple >> 12) & 63];
    out += i + 1 < bytes.size() ? table[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? table[triple & 63] : '=';
  }
  return out;
}

class GltfBuilder {
 public:
  nlohmann::json json;
  std::vector<std::uint8_t> bin;

  GltfBuilder() {
    json = {{"asset", {{"version", "2.0"}}},
            {"scene", 0},
            {"scenes", {{{"nodes", nlohmann::json::array()}}}},
            {"nodes", nlohmann::json::array()},
            {"meshes", nlohmann::json::array()},
            {"accessors", nlohmann::json::array()},
            {"bufferViews", nlohmann::json::array()}};
  }

  // Appends bytes (4-byte aligned) to the buffer and a buffer view over them.
  int addView(const void* data, std::size_t size, std::size_t stride = 0) {
    while (bin.size() % 4) bin.push_back(0);
    const std::size_t offset = bin.size();
    const auto* p = static_cast<const std::uint8_t*>(data);
    bin.insert(bin.end(), p, p + size);
    nlohmann::json view = {{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}};
    if (stride) view["byteStride"] = stride;
    json["bufferViews"].push_back(view);
    return static_cast<int>(json["bufferViews"].size()) - 1;
  }
  template <class T>
  int addView(const std::vector<T>& values, std::size_t stride = 0) {
    return addView(values.data(), values.size() * sizeof(T), stride);
  }

  int addAccessor(int view, int componentType, std::size_t count, const std::string& type,
                  std::size_t byteOffset = 0, bool normalized = false) {
    nlohmann::json a = {{"componentType", componentType}, {"count", count}, {"type", type}};
    if (view >= 0) a["bufferView"] = view;
    if (byteOffset) a["byteOffset"] = byteOffset;
    if (normalized) a["normalized"] = true;
    json["accessors"].push_back(a);
    return static_cast<int>(json["accessors"].size()) - 1;
  }

  int addPositions(const std::vector<float>& xyz) {
    return addAccessor(addView(xyz), kFloat, xyz.size() / 3, "VEC3");
  }
  int addIndices(const std::vector<std::uint32_t>& indices) {
    return addAccessor(addView(indices), kUnsignedInt, indices.size(), "SCALAR");
  }

  // A mesh of the given primitives and a root node drawing it; returns the node index.
  int addMeshNode(const nlohmann::json& primitives, const std::string& name = "") {
    json["meshes"].push_back({{"primitives", primitives}});
    nlohmann::json node = {{"mesh", json["meshes"].size() - 1}};
    if (!name.empty()) node["name"] = name;
    return addRootNode(node);
  }
  int addRootNode(const nlohmann::json& node) {
    json["nodes"].push_back(node);
    const int index = static_cast<int>(json["nodes"].size()) - 1;
    json["scenes"][0]["nodes"].push_back(index);
    return index;
  }

  // One triangle, as the simplest valid model: positions (and optionally indices).
  int addTriangle(const std::string& name = "triangle") {
    const int positions = addPositions({0, 0, 0, 1, 0, 0, 0, 1, 0});
    const int indices = addIndices({0, 1, 2});
    return addMeshNode({{{"attributes", {{"POSITION", positions}}}, {"indices", indices}}}, name);
  }

  std::filesystem::path writeEmbedded(const std::filesystem::path& path) {
    nlohmann::json doc = json;
    doc["buffers"] = {{{"byteLength", bin.size()}, {"uri", "data:application/octet-stream;base64," + base64(bin)}}};
    writeText(path, doc.dump(1));
    return path;
  }

  // .gltf with its buffer in `binName` beside it.
  std::filesystem::path writeSeparate(const std::filesystem::path& path, const std::string& binName) {
    writeBytes(path.parent_path() / binName, bin.data(), bin.size());
    return writeReferencing(path, binName);
  }

  // Only the .gltf, its buffer referring to `uri` as written (tests pass hostile ones and put the
  // bytes, if anywhere, themselves).
  std::filesystem::path writeReferencing(const std::filesystem::path& path, const std::string& uri) {
    nlohmann::json doc = json;
    doc["buffers"] = {{{"byteLength", bin.size()}, {"uri", uri}}};
    writeText(path, doc.dump(1));
    return path;
  }

  std::vector<std::uint8_t> glbBytes() const {
    nlohmann::json doc = json;
    doc["buffers"] = {{{"byteLength", bin.size()}}};
    std::string text = doc.dump();
    while (text.size() % 4) text += ' ';
    std::vector<std::uint8_t> data = bin;
    while (data.size() % 4) data.push_back(0);
    std::vector<std::uint8_t> out = {'g', 'l', 'T', 'F'};  // (an insert into the empty vector trips GCC 12's -Wstringop-overflow)
    auto put32 = [&](std::uint32_t v) {
      std::uint8_t b[4];
      std::memcpy(b, &v, 4);
      out.insert(out.end(), b, b + 4);
    };
    put32(2);
    put32(static_cast<std::uint32_t>(12 + 8 + text.size() + 8 + data.size()));
    put32(static_cast<std::uint32_t>(text.size()));
    put32(0x4E4F534A);
    out.insert(out.end(), text.begin(), text.end());
    put32(static_cast<std::uint32_t>(data.size()));
    put32(0x004E4942);
    out.insert(out.end(), data.begin(), data.end());
    return out;
  }

  std::filesystem::path writeGlb(const std::filesystem::path& path) const {
    const std::vector<std::uint8_t> bytes = glbBytes();
    writeBytes(path, bytes.data(), bytes.size());
    return path;
  }
};

}  // namespace myo::test
