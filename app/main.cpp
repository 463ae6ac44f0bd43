// Parses the command line and dispatches to a subcommand; nothing else.
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"MyoAtlas: an offline 3D atlas of the muscles, their trigger points and referred pain.",
               "myoatlas"};
  app.require_subcommand(0, 1);
  myo::cli::Action action;
  myo::cli::addViewCommand(app, action);
  myo::cli::addRenderCommand(app, action);
  myo::cli::addInspectCommand(app, action);
  myo::cli::addBenchCommand(app, action);
  myo::cli::addBakeCommand(app, action);
  myo::cli::addMusclesCommand(app, action);
  myo::cli::addRegionsCommand(app, action);
  myo::cli::addShowCommand(app, action);
  myo::cli::addValidateCommand(app, action);
  myo::cli::addLookupCommand(app, action);
  myo::cli::addHandoutCommand(app, action);
  myo::cli::addMeasureCommand(app, action);
  myo::cli::addZonesCommand(app, action);
  myo::cli::addChartCommand(app, action);
  myo::cli::addFindingsCommand(app, action);
  myo::cli::addTestsCommand(app, action);
  myo::cli::addReportCommand(app, action);
  myo::cli::addProbeCommand(app, action);
  myo::cli::addSheetCommand(app, action);
  app.footer("Run `myoatlas COMMAND --help` for the options of a command. Without a command, "
             "myoatlas opens the viewer.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::RequiredError& e) {
    // CLI11 checks required options before unknown ones: `lookup --frob` said only that --region
    // was missing. A mistyped option is the likelier mistake, so it is named first.
    const std::vector<std::string> unknown = app.remaining(true);
    std::cerr << "myoatlas: " << e.what() << "\n";
    for (const std::string& argument : unknown)
      std::cerr << "myoatlas: unknown option or argument: " << argument << " (see --help)\n";
    return myo::cli::kExitBadInput;
  } catch (const CLI::ParseError& e) {
    std::cerr << "myoatlas: " << e.what() << "\n";
    return myo::cli::kExitBadInput;
  }
  if (!action) return myo::cli::kExitBadInput;
  return action();
}
