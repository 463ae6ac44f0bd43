#include "io/glb_container.hpp"

#include <cstring>

namespace myo::io {

namespace {

constexpr std::uint32_t kChunkJson = 0x4E4F534A;  // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942;   // "BIN\0"

std::uint32_t readU32(const std::uint8_t* p) {
  // glTF is little-endian; so is every platform MyoAtlas runs on.
  std::uint32_t value;
  std::memcpy(&value, p, 4);
  return value;
}

}  // namespace

bool looksLikeGlb(std::span<const std::uint8_t> bytes) {
  return bytes.size() >= 4 && std::memcmp(bytes.data(), "glTF", 4) == 0;
}

Result<GlbLayout> readGlbLayout(const ReadOnlyFile& file) {
  const std::uint64_t size = file.size();
  std::uint8_t header[20] = {};
  if (Status ok = file.readAt(0, header, size < 20 ? static_cast<std::size_t>(size) : 20); !ok) return ok.error();
  if (!looksLikeGlb({header, 4})) return Error{"not a binary glTF file (it does not start with 'glTF')"};
  if (size < 20)
    return Error{"the binary glTF file is truncated: " + std::to_string(size) + " bytes, too short for its header"};
  const std::uint32_t version = readU32(header + 4);
  if (version != 2) return Error{"binary glTF version " + std::to_string(version) + " is not supported (only 2)"};
  const std::uint64_t declared = readU32(header + 8);
  if (declared > size)
    return Error{"the binary glTF file is truncated: its header says " + std::to_string(declared) +
                 " bytes but the file has " + std::to_string(size)};
  if (declared < 20)
    return Error{"the binary glTF header declares an impossible length of " + std::to_string(declared) + " bytes"};

  const std::uint64_t jsonLength = readU32(header + 12);
  if (readU32(header + 16) != kChunkJson) return Error{"the binary glTF file does not begin with a JSON chunk"};
  if (20 + jsonLength > declared)
    return Error{"the binary glTF file is truncated: its JSON chunk needs " + std::to_string(jsonLength) +
                 " bytes but only " + std::to_string(declared - 20) + " remain"};
  GlbLayout layout;
  layout.json.resize(static_cast<std::size_t>(jsonLength));
  if (Status ok = file.readAt(20, layout.json.data(), layout.json.size()); !ok) return ok.error();

  // The BIN chunk follows the JSON chunk directly (the JSON chunk is padded to 4 bytes by spec).
  const std::uint64_t offset = 20 + jsonLength;
  if (offset + 8 <= declared) {
    std::uint8_t chunk[8];
    if (Status ok = file.readAt(offset, chunk, 8); !ok) return ok.error();
    const std::uint64_t binLength = readU32(chunk);
    if (readU32(chunk + 4) == kChunkBin) {
      if (offset + 8 + binLength > declared)
        return Error{"the binary glTF file is truncated: its BIN chunk needs " + std::to_string(binLength) +
                     " bytes but only " + std::to_string(declared - offset - 8) + " remain"};
      layout.binOffset = offset + 8;
      layout.binLength = binLength;
    }
    // Chunks of other types belong to extensions; the specification says to skip them.
  } else if (offset < declared) {
    return Error{"the binary glTF file is truncated in the middle of a chunk header"};
  }
  return layout;
}

}  // namespace myo::io
