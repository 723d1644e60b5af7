// `frontline xapi SESSION... [--out FILE] [--send URL --auth-file F] [--queue FILE]`: the xAPI 1.0.3
// statements of recorded sessions and their facilitator notes (docs/xapi.md). Without --send they are
// printed (or written to --out) as one JSON array; with --send they go through the offline queue to the LRS.
// `frontline xapi --send URL --auth-file F` alone sends what is still queued. Exit 0 when every session was
// read and (with --send) every statement accepted; 1 otherwise (queued statements are kept for the next run).
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "core/atomic_file.h"
#include "core/notes.h"
#include "core/xapi.h"
#include "facilitator.h"
#include "lrs_client.h"

namespace frontline::cli {
namespace {

struct XapiArgs {
    std::vector<std::string> sessions;
    std::string out;
    std::string send;
    std::string authFile;
    std::string queue;
    std::string scenario;
    core::XapiOptions options;
};

int run(const XapiArgs& a) {
    if (a.sessions.empty() && a.send.empty()) {
        std::cerr << "frontline xapi: give session files, or --send URL to send the queue\n";
        return 2;
    }
    LrsAuth auth;
    if (!a.send.empty()) {
        std::string error;
        if (a.authFile.empty()) {
            std::cerr << "frontline xapi: --send needs --auth-file F (user:password, or 'Basic ...' / 'Bearer ...')\n";
            return 2;
        }
        if (!readLrsAuth(a.authFile, auth, error)) {
            std::cerr << "frontline xapi: " << error << "\n";
            return 2;
        }
    }
    bool failed = false;
    core::SessionScorer scorer(scorerOptions(a.scenario, false));
    nlohmann::json all = nlohmann::json::array();
    for (const std::string& file : a.sessions) {
        core::ScoredSessionLoad loaded = scorer.load(file);
        printDiagnostics(loaded.diagnostics, "frontline xapi", std::cerr);
        if (!loaded.session) {
            std::cerr << "frontline xapi: cannot read session '" << file << "'; its statements are left out\n";
            failed = true;
            continue;
        }
        core::NotesLoad notes =
            core::loadNotes(core::notesPathFor(file), std::filesystem::path(file).filename().string());
        printDiagnostics(notes.diagnostics, "frontline xapi", std::cerr);
        if (!notes.notes) {
            std::cerr << "frontline xapi: the notes of '" << file
                      << "' cannot be read; sending the session without them\n";
            failed = true;
        }
        for (auto& st : core::xapiStatements(*loaded.session, notes.notes ? &*notes.notes : nullptr, a.options))
            all.push_back(std::move(st));
    }
    if (a.send.empty()) {
        const std::string text = all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        if (a.out.empty()) {
            std::cout << text;
        } else {
            std::string error;
            if (!core::writeFileAtomically(a.out, text, &error)) {
                std::cerr << "frontline xapi: " << error << "\n";
                return 1;
            }
            std::cout << all.size() << " statements written to " << a.out << "\n";
        }
        return failed ? 1 : 0;
    }
    const std::string queue = a.queue.empty() ? defaultQueuePath() : a.queue;
    SendOutcome sent = sendThroughQueue(all, queue, a.send, auth);
    for (const std::string& m : sent.messages) std::cerr << "frontline xapi: " << m << "\n";
    std::cout << sent.accepted << " statements accepted by the LRS";
    if (sent.conflicts) std::cout << ", " << sent.conflicts << " refused as conflicting";
    if (sent.kept) std::cout << ", " << sent.kept << " kept in the queue " << queue << " (run again to send them)";
    std::cout << "\n";
    return failed || sent.kept || sent.conflicts ? 1 : 0;
}

}  // namespace

void addXapiCommand(CLI::App& app) {
    auto a = std::make_shared<XapiArgs>();
    auto* cmd =
        app.add_subcommand("xapi", "xAPI statements of sessions and notes, printed or sent to an LRS (docs/xapi.md)");
    cmd->add_option("sessions", a->sessions, "session files");
    cmd->add_option("--out", a->out, "write the statements (a JSON array) to this file");
    cmd->add_option("--send", a->send, "the LRS's xAPI endpoint, e.g. https://lrs.example.com/xapi");
    cmd->add_option("--auth-file", a->authFile,
                    "file whose first line is user:password (or 'Basic ...' / 'Bearer ...')");
    cmd->add_option("--queue", a->queue, "the offline queue file (default: $XDG_DATA_HOME/frontline/xapi-queue.json)");
    cmd->add_option("--scenario", a->scenario, "score against this scenario file instead of the recorded one");
    cmd->add_option("--base", a->options.base,
                    "IRI prefix of activities and accounts (default: https://frontline.invalid)");
    cmd->add_option("--pass-index", a->options.passIndex, "Index from which a session is passed (default: 65)");
    cmd->callback([a] {
        int code = run(*a);
        if (code != 0) throw CLI::RuntimeError(code);
    });
}

}  // namespace frontline::cli
