#pragma once
// The subcommands of `myoatlas`. Each add*Command registers its options on the parser and, when
// the user chose it, stores in `action` what to run after parsing. An action returns the exit
// code (exit_code.hpp): 0 success, 1 a failure of the program's own, 2 bad input or usage.

#include <functional>

#include <CLI/CLI.hpp>

#include "exit_code.hpp"

namespace myo::cli {

using Action = std::function<int()>;


void addViewCommand(CLI::App& app, Action& action);
void addRenderCommand(CLI::App& app, Action& action);
void addInspectCommand(CLI::App& app, Action& action);
void addBenchCommand(CLI::App& app, Action& action);
void addBakeCommand(CLI::App& app, Action& action);
void addMusclesCommand(CLI::App& app, Action& action);
void addRegionsCommand(CLI::App& app, Action& action);
void addShowCommand(CLI::App& app, Action& action);
void addValidateCommand(CLI::App& app, Action& action);
void addLookupCommand(CLI::App& app, Action& action);
void addHandoutCommand(CLI::App& app, Action& action);
void addMeasureCommand(CLI::App& app, Action& action);
void addZonesCommand(CLI::App& app, Action& action);
void addChartCommand(CLI::App& app, Action& action);
void addFindingsCommand(CLI::App& app, Action& action);
void addTestsCommand(CLI::App& app, Action& action);
void addReportCommand(CLI::App& app, Action& action);
void addProbeCommand(CLI::App& app, Action& action);
void addSheetCommand(CLI::App& app, Action& action);

}  // namespace myo::cli
