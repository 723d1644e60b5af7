// `frontline cohort DIR|FILE... [--scenario ID] [--html OUT] [--json] [--csv OUT|-] [--locale zh|en]`: a class
// at once (core/cohort.h). Every *.json in the folders (recursively; notes files and temp files skipped) is
// read as a session; a damaged or foreign file gets one located error on stderr and the others still count.
// Exit 0 when every file was read, 1 when some could not be (the summary covers the rest), 2 when none could.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cohort_html.h"
#include "commands.h"
#include "core/atomic_file.h"
#include "core/cohort.h"
#include "core/utf8.h"
#include "facilitator.h"
#include "report_html.h"

namespace frontline::cli {
namespace {

namespace fs = std::filesystem;

struct CohortArgs {
    std::vector<std::string> inputs;
    std::string scenario;
    std::string html;
    std::string csv;
    std::string locale = "en";
    bool json = false;
};

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> sessionFiles(const std::vector<std::string>& inputs, std::vector<CohortFileError>& errors) {
    std::vector<std::string> files;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (ec) break;
                const std::string name = it->path().filename().string();
                if (!it->is_regular_file(ec) || name.empty() || name[0] == '.' || !endsWith(name, ".json") ||
                    endsWith(name, ".notes.json"))
                    continue;
                found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(in, ec)) {
            files.push_back(in);
        } else {
            errors.push_back({in, in + ": error: no such file or folder [session-unreadable]"});
        }
    }
    return files;
}

void printText(const core::CohortSummary& s, const std::string& loc) {
    std::cout << s.scenarioTitle.in(loc) << " (" << s.scenarioId << "): " << s.sessions << " sessions, " << s.complete
              << " finished, " << s.abandoned << " abandoned part-way\n";
    char buf[200];
    std::snprintf(buf, sizeof buf, "  Index: median %.1f, mean %.1f, range %d-%d\n", s.indexMedian, s.indexMean,
                  s.indexMin, s.indexMax);
    std::cout << buf << "  distribution:";
    for (int i = 0; i < 10; ++i) std::cout << " " << i * 10 << "+:" << s.indexHistogram[i];
    std::cout << "\n  dimensions:";
    for (const auto& d : s.dimensions) {
        if (!d.meanPercent) continue;
        std::snprintf(buf, sizeof buf, " %s %.0f%%", d.id.c_str(), *d.meanPercent);
        std::cout << buf;
    }
    std::cout << "\n";
    for (const auto& n : s.nodes) {
        if (n.trainees == 0) continue;
        std::cout << "  " << n.id << " (" << n.trainees << " trainees, median "
                  << formatDecisionTime(n.medianDecisionMs.value_or(0), loc) << "):";
        for (const auto& c : n.choices) std::cout << " " << c.id << " " << c.trainees;
        std::cout << "\n";
    }
    if (!s.poorDecisions.empty()) {
        std::cout << "  most common poor decisions:";
        for (const auto& p : s.poorDecisions) std::cout << " " << p.node << "→" << p.choice << " " << p.count;
        std::cout << "\n";
    }
    for (const auto& r : s.rows)
        if (!r.complete)
            std::cout << "  abandoned: " << core::printable(r.player) << " stopped at " << core::printable(r.lastNode)
                      << " (" << core::printable(r.file) << ")\n";
}

int run(const CohortArgs& a) {
    std::vector<CohortFileError> errors;
    const std::vector<std::string> files = sessionFiles(a.inputs, errors);
    core::SessionScorer scorer(scorerOptions("", false));
    std::vector<core::ScoredSession> sessions;
    sessions.reserve(files.size());
    int skipped = 0;
    for (const std::string& f : files) {
        core::ScoredSessionLoad loaded = scorer.load(f);
        if (!loaded.session) {
            std::string first;
            for (const auto& d : loaded.diagnostics)
                if (d.severity == core::Severity::Error) {
                    first = core::format(d);
                    break;
                }
            errors.push_back({f, first.empty() ? f + ": error: cannot be scored" : first});
            continue;
        }
        if (!a.scenario.empty() && loaded.session->record.scenarioId != a.scenario) {
            ++skipped;
            continue;
        }
        sessions.push_back(std::move(*loaded.session));
    }
    for (const auto& e : errors) std::cerr << e.message << "\n";
    if (skipped)
        std::cerr << "frontline cohort: " << skipped << " session(s) of other scenarios left out (--scenario "
                  << a.scenario << ")\n";

    // One summary per scenario file, in the order first seen.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const core::ScoredSession*>> byScenario;
    for (const auto& s : sessions) {
        auto& group = byScenario[s.scenarioFile];
        if (group.empty()) order.push_back(s.scenarioFile);
        group.push_back(&s);
    }
    std::vector<core::CohortSummary> summaries;
    for (const std::string& key : order) summaries.push_back(core::summarizeCohort(byScenario[key]));

    if (a.json) {
        nlohmann::json j;
        j["format"] = 1;
        j["cohorts"] = nlohmann::json::array();
        for (const auto& s : summaries) j["cohorts"].push_back(core::toJson(s));
        j["errors"] = nlohmann::json::array();
        for (const auto& e : errors) j["errors"].push_back({{"file", e.file}, {"message", e.message}});
        std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else if (a.csv != "-") {
        for (const auto& s : summaries) printText(s, a.locale);
        std::cout << sessions.size() << " session(s) counted, " << errors.size() << " file(s) could not be read\n";
    }
    std::string error;
    if (!a.csv.empty()) {
        const std::string csv = core::cohortCsv(summaries);
        if (a.csv == "-")
            std::cout << csv;
        else if (!core::writeFileAtomically(a.csv, csv, &error)) {
            std::cerr << "frontline cohort: " << error << "\n";
            return 2;
        }
    }
    if (!a.html.empty() && !core::writeFileAtomically(a.html, renderCohortHtml(summaries, errors, a.locale), &error)) {
        std::cerr << "frontline cohort: " << error << "\n";
        return 2;
    }
    if (sessions.empty()) {
        std::cerr << "frontline cohort: no session could be counted\n";
        return 2;
    }
    return errors.empty() ? 0 : 1;
}

}  // namespace

void addCohortCommand(CLI::App& app) {
    auto a = std::make_shared<CohortArgs>();
    auto* cmd = app.add_subcommand(
        "cohort", "summarise a class: Index distribution, choices per decision, poor decisions, one row per trainee");
    cmd->add_option("inputs", a->inputs, "folders of session files (searched recursively) or session files")
        ->required();
    cmd->add_option("--scenario", a->scenario, "only the sessions of this scenario id");
    cmd->add_option("--html", a->html, "write the class page to this HTML file");
    cmd->add_option("--csv", a->csv, "write one row per trainee to this CSV file ('-': standard output)");
    cmd->add_flag("--json", a->json, "print the summary as JSON");
    cmd->add_option("--locale", a->locale, "language of the text and HTML (default: en)")
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->callback([a] {
        int code = run(*a);
        if (code != 0) throw CLI::RuntimeError(code);
    });
}

}  // namespace frontline::cli
