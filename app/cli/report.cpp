// `myoatlas report SESSION -o FILE.pdf|FILE.png`: the therapist's record of a session — intake,
// the drawing, the findings with their normals, the candidates with their reasons, the warnings,
// and the client's earlier visits found beside the session file.
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "pain_input.hpp"
#include "session_report.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/session.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/file_writing.hpp"

namespace myo::cli {

namespace {

struct ReportOptions {
  std::string session;
  std::string output;
};

int refuse(const Error& error) {
  std::cerr << "myoatlas report: " << error.message << "\n";
  return exitCodeFor(error);
}

int runReport(const ReportOptions& options) {
  const std::filesystem::path output(options.output);
  const std::string extension = output.extension().string();
  if (extension != ".pdf" && extension != ".png") return refuse(Error{"-o must name a .pdf or a .png file"});
  if (Status writable = checkReplaceable(output); !writable) return refuse(writable.error());
  Result<atlas::Session> session = atlas::openSession(options.session);
  if (!session) return refuse(session.error());
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return refuse(kb.error());
  if (Status known = atlas::checkSessionIds(*session, *kb, options.session); !known) return refuse(known.error());
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return refuse(body.error());
  const atlas::PainLookup lookup(*body->skin, *kb);
  const std::filesystem::path folder = std::filesystem::path(options.session).parent_path();
  const std::vector<atlas::Visit> visits = atlas::visitsOf(folder.empty() ? "." : folder, session->client);
  Result<std::unique_ptr<Context>> context = createContext({.kind = ContextKind::Headless});
  if (!context) return refuse(context.error());
  Result<atlas::ReportPage> page = ui::makeSessionReport(*body, *kb, lookup, *session, visits);
  if (!page) return refuse(page.error());
  if (Status written = atlas::writeReport(*page, output); !written) return refuse(written.error());
  std::cout << "wrote " << output.string() << " (" << (session->client.empty() ? "unnamed client" : session->client) << ", "
            << session->date << ")\n";
  return kExitOk;
}

}  // namespace

void addReportCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", "Write the therapist's record of a session (PDF or PNG): intake flags, the drawing, the findings with "
                "their normals, the ranked candidates with reasons, warnings, and earlier visits.");
  command->add_option("session", options->session, "A session file saved by the window (.myosession)")
      ->required()
      ->type_name("SESSION");
  command->add_option("-o,--output", options->output, "The file to write: .pdf, or .png (150 dpi); replaced atomically")
      ->required()
      ->type_name("FILE.pdf|FILE.png");
  command->footer("Exit status: 0 written, 2 a damaged session, an unknown code in it, or an output that cannot be "
                  "written, 1 rendering failed.");
  command->callback([&action, options] { action = [options] { return runReport(*options); }; });
}

}  // namespace myo::cli
