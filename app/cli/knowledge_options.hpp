#pragma once
// What the knowledge-base commands (muscles, regions, show) share: the --assets option and
// opening the knowledge base with messages a user can act on.
//
// These commands are forgiving on purpose: a teacher in the middle of editing one muscle file can
// still list the others and read their cards. Problems are announced in one line on stderr and
// listed by `myoatlas validate`; stdout stays clean for --json.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "myo/atlas/knowledge_base.hpp"

namespace myo::cli {

// Adds `--assets DIR` to a command, storing the directory in `dir` (empty: the default).
void addAssetsOption(CLI::App& command, std::string& dir);

// The assets directory to use: `dir` when given, else $MYO_ASSETS_DIR, else the built-in one.
std::filesystem::path assetsDirOrDefault(const std::string& dir);

// Reads the knowledge base for `commandName`. When the directory holds no knowledge base, says
// so on stderr and returns nullopt (a usage error). When files have problems, says how many on
// stderr and returns what could be read, problems included.
std::optional<atlas::KnowledgeBaseReading> openKnowledgeBase(const std::string& commandName, const std::string& dir);

// The problems found in one file.
std::vector<atlas::Problem> problemsIn(const std::vector<atlas::Problem>& problems, const std::filesystem::path& file);

}  // namespace myo::cli
