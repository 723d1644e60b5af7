// `frontline notes SESSION [--decision N] [--text TEXT] [--author NAME] [--json]`: adds a facilitator note to
// a recorded session (with --text), or lists its notes. Notes live in NAME.notes.json beside NAME.json; the
// session file itself is only read. Exit 0 on success, 1 on a bad session or notes file or a decision that
// is not on the session's path.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "command_failure.h"
#include "commands.h"
#include "core/notes.h"
#include "core/recording.h"
#include "utc_time.h"

namespace frontline::cli {
namespace {

struct NotesArgs {
    std::string session;
    int decision = 0;
    std::string text;
    std::string author;
    bool json = false;
};

const CommandFailure fail{"notes", 1};

void run(const NotesArgs& a) {
    core::RecordLoad loaded = core::loadSessionRecord(a.session);
    for (const auto& d : loaded.diagnostics) std::cerr << core::format(d) << "\n";
    if (!loaded.record) fail("cannot read session '" + a.session + "'");
    const std::vector<core::RecordedEvent> path = core::effectiveEvents(*loaded.record);

    const std::string notesPath = core::notesPathFor(a.session);
    const std::string sessionName = std::filesystem::path(a.session).filename().string();
    core::NotesLoad notes = core::loadNotes(notesPath, sessionName);
    for (const auto& d : notes.diagnostics) std::cerr << core::format(d) << "\n";
    if (!notes.notes)
        fail("cannot read the notes file '" + notesPath + "' (fix or remove it; the session is untouched)");

    if (!a.text.empty()) {
        core::Note n;
        if (a.decision != 0) {
            if (a.decision < 1 || a.decision > static_cast<int>(path.size()))
                fail("decision " + std::to_string(a.decision) + " is not on this session's path (it has " +
                     std::to_string(path.size()) + " decision" + (path.size() == 1 ? "" : "s") + ": 1.." +
                     std::to_string(path.size()) + ")");
            n.decision = a.decision;
        }
        n.text = a.text;
        n.author = a.author;
        if (n.author.empty())
            if (const char* user = std::getenv("USER")) n.author = user;
        n.time = utcNow();
        notes.notes->notes.push_back(n);
        std::string error;
        if (!core::saveNotesAtomically(*notes.notes, notesPath, &error)) fail(error);
        std::cout << "note added to "
                  << (n.decision ? "decision " + std::to_string(*n.decision) : std::string("the session")) << " in "
                  << notesPath << "\n";
        return;
    }
    if (a.decision != 0) fail("--decision needs --text (to list, give the session alone)");
    if (a.json) {
        std::cout << core::serializeNotes(*notes.notes);
        return;
    }
    const auto& list = notes.notes->notes;
    if (list.empty()) {
        std::cout << "no notes on " << sessionName << " (add one with: frontline notes " << a.session
                  << " --text \"...\" [--decision N])\n";
        return;
    }
    std::cout << list.size() << " note" << (list.size() == 1 ? "" : "s") << " on " << sessionName << ":\n";
    for (const core::Note& n : list) {
        std::string where = "session";
        if (n.decision) {
            where = "decision " + std::to_string(*n.decision);
            if (*n.decision <= static_cast<int>(path.size())) {
                const auto& e = path[*n.decision - 1];
                where += " (" + e.node + " → " + e.choice + ")";
            } else {
                where += " (not on the path)";
            }
        }
        std::cout << "  " << where << ": " << n.text;
        if (!n.author.empty() || !n.time.empty())
            std::cout << " — " << n.author << (n.author.empty() ? "" : ", ") << n.time;
        std::cout << "\n";
    }
}

}  // namespace

void addNotesCommand(CLI::App& app) {
    auto a = std::make_shared<NotesArgs>();
    auto* cmd =
        app.add_subcommand("notes", "add or list facilitator notes on a recorded session (kept in NAME.notes.json)");
    cmd->add_option("session", a->session, "session file")->required();
    cmd->add_option("--decision", a->decision,
                    "the decision (1, 2, ... along the path) the note is about; default: the whole session");
    cmd->add_option("--text", a->text, "the note to add (without it, the notes are listed)");
    cmd->add_option("--author", a->author, "who writes the note (default: the login name)");
    cmd->add_flag("--json", a->json, "list the notes file as JSON");
    cmd->callback([a] { run(*a); });
}

}  // namespace frontline::cli
