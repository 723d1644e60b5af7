// `frontline report SESSION --html OUT.html [--locale zh|en] [--scenario FILE]`: writes the printable debrief
// of one session (report_html.h) with the facilitator's notes from NAME.notes.json. Exit 0 on success, 1 when
// the session, its scenario or its notes cannot be read, or OUT cannot be written.
#include <filesystem>
#include <iostream>

#include "command_failure.h"
#include "commands.h"
#include "core/atomic_file.h"
#include "core/notes.h"
#include "facilitator.h"
#include "report_html.h"

namespace frontline::cli {
namespace {

struct ReportArgs {
    std::string session;
    std::string html;
    std::string locale;
    std::string scenario;
};

const CommandFailure fail{"report", 1};

void run(const ReportArgs& a) {
    core::SessionScorer scorer(scorerOptions(a.scenario, true));
    core::ScoredSessionLoad loaded = scorer.load(a.session);
    printDiagnostics(loaded.diagnostics, "frontline report", std::cerr);
    if (!loaded.session) fail("cannot report on '" + a.session + "'");
    const core::ScoredSession& s = *loaded.session;

    const std::string notesPath = core::notesPathFor(a.session);
    core::NotesLoad notes = core::loadNotes(notesPath, std::filesystem::path(a.session).filename().string());
    printDiagnostics(notes.diagnostics, "frontline report", std::cerr);
    if (!notes.notes) fail("cannot read the notes file '" + notesPath + "'");

    HtmlReportInput in;
    in.session = &s;
    in.notes = &*notes.notes;
    std::optional<core::ScoreReport> bestReport;
    if (const core::ExplorationResult* explored = scorer.exploration(s); explored && explored->best.found) {
        in.best = &explored->best;
        core::ScoreResult best = core::scorePath(*s.scenario, *s.rubric, explored->best.choiceIds, explored->ranges);
        if (best.report) bestReport = std::move(best.report);
        in.bestReport = bestReport ? &*bestReport : nullptr;
    }
    in.locale = !a.locale.empty() ? a.locale : !s.record.locale.empty() ? s.record.locale : "en";
    in.version = FRONTLINE_VERSION;
    std::string error;
    if (!core::writeFileAtomically(a.html, renderHtmlReport(in), &error)) fail(error);
    std::cout << "report written to " << a.html << "\n";
}

}  // namespace

void addReportCommand(CLI::App& app) {
    auto a = std::make_shared<ReportArgs>();
    auto* cmd =
        app.add_subcommand("report", "write a printable HTML debrief of a session (after-action review, notes)");
    cmd->add_option("session", a->session, "session file")->required();
    cmd->add_option("--html", a->html, "the HTML file to write")->required();
    cmd->add_option("--locale", a->locale, "report language (default: the session's)")
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--scenario", a->scenario, "report against this scenario file instead of the recorded one");
    cmd->callback([a] { run(*a); });
}

}  // namespace frontline::cli
