// `frontline score SESSION... [--locale zh|en] [--json] [--scenario FILE]`: scores recorded sessions from their
// choices alone (never from anything else stored in the file). Exit 0 on success, 1 when any session or its
// scenario is missing or bad, or its choices cannot be replayed (the other files are still scored).
// docs/scoring.md describes the report.
#include <filesystem>
#include <iostream>

#include "command_failure.h"
#include "commands.h"
#include "core/data_dirs.h"
#include "core/loader.h"
#include "core/recording.h"
#include "core/report_json.h"
#include "core/score.h"
#include "facilitator.h"
#include "score_text.h"

namespace frontline::cli {

namespace {

const CommandFailure fail{"score", 1};

void printDiagnostics(const core::Diagnostics& diagnostics) {
    for (const auto& d : diagnostics) std::cerr << core::format(d) << "\n";
}

struct Options {
    std::vector<std::string> sessions;
    std::string session;  // the one being scored
    std::string locale;
    std::string scenario;
    bool json = false;
};

void run(const Options& o, nlohmann::json* jsonOut) {
    core::RecordLoad loaded = core::loadSessionRecord(o.session);
    if (!loaded.record) {
        printDiagnostics(loaded.diagnostics);
        fail("cannot read session '" + o.session + "'");
    }
    const core::SessionRecord& record = *loaded.record;
    std::string scenarioFile = o.scenario.empty() ? record.scenarioFile : o.scenario;
    core::LoadOptions loadOptions;
    if (o.scenario.empty()) {
        core::PlayedScenario played = playedScenario(record);
        if (played.playedCopy) {
            std::cerr << "frontline score: warning: " << played.message << "\n";
            scenarioFile = played.file;
            loadOptions = played.options;
        }
    }
    if (o.scenario.empty() && !std::filesystem::exists(scenarioFile)) {
        // The session may come from another machine: look for the scenario by id in the shipped scenarios/.
        std::string local = core::shippedDataPath("scenarios/" + record.scenarioId + ".json");
        if (!local.empty() && std::filesystem::exists(local)) {
            std::cerr << "frontline score: warning: '" << scenarioFile << "' not found; using " << local << "\n";
            scenarioFile = local;
        }
    }
    core::LoadResult scenario = core::loadScenarioFile(scenarioFile, loadOptions);
    if (!scenario.scenario) {
        printDiagnostics(scenario.diagnostics);
        fail("cannot load scenario '" + scenarioFile + "' recorded in the session");
    }
    const core::Scenario& sc = *scenario.scenario;
    if (!record.scenarioSha256.empty() && record.scenarioSha256 != sc.sha256)
        std::cerr << "frontline score: warning: the scenario file has changed since this session was recorded\n"
                  << "  recorded sha256: " << record.scenarioSha256 << "\n  current  sha256: " << sc.sha256
                  << "\n  the score below uses the current file.\n";
    if (record.scenarioId != sc.id)
        std::cerr << "frontline score: warning: the session was recorded for scenario '" << record.scenarioId
                  << "' but '" << scenarioFile << "' is '" << sc.id << "'\n";
    if (!scenario.rubric) {
        printDiagnostics(scenario.diagnostics);
        fail("cannot load the rubric for '" + scenarioFile + "'");
    }

    core::ScoreResult result = core::scorePath(sc, *scenario.rubric, core::effectiveChoiceIds(record));
    if (!result.report) {
        printDiagnostics(result.diagnostics);
        fail("the recorded choices do not fit the scenario '" + sc.id + "'");
    }
    for (const auto& d : result.diagnostics) std::cerr << "frontline score: warning: " << d.message << "\n";
    if (record.mode == core::SessionMode::Practice)
        std::cerr << "frontline score: note: this is a practice session (stepping back allowed), not for grading\n";

    std::string locale = o.locale.empty() ? record.locale : o.locale;
    if (locale.empty()) locale = sc.locales.empty() ? "en" : sc.locales.front();
    if (o.json) {
        nlohmann::json j = core::toJson(*result.report);
        j["locale"] = locale;
        j["session"] = {{"file", o.session},
                        {"player", record.player},
                        {"seed", record.seed},
                        {"start_time", record.startTime},
                        {"mode", record.mode == core::SessionMode::Practice ? "practice" : "graded"},
                        {"scenario_sha256", record.scenarioSha256},
                        {"scenario_changed", record.scenarioSha256 != sc.sha256}};
        if (jsonOut)
            jsonOut->push_back(std::move(j));
        else
            std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return;
    }
    std::cout << renderScoreReport(*result.report, locale, 80, record.player);
}

}  // namespace

void addScoreCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("score", "score a recorded session: Index, principles, every decision, findings");
    auto o = std::make_shared<Options>();
    cmd->add_option("session", o->sessions, "session files (from play or the game), one or more")->required();
    cmd->add_option("--locale", o->locale, "report language (default: the session's)")
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--scenario", o->scenario, "score against this scenario file instead of the recorded one");
    cmd->add_flag("--json", o->json, "print the report as JSON (docs/scoring.md)");
    cmd->callback([o] {
        if (o->sessions.size() == 1) {
            o->session = o->sessions.front();
            return run(*o, nullptr);
        }
        // Many files: each is scored on its own; a bad one is reported and the others still count.
        nlohmann::json all = nlohmann::json::array();
        bool failed = false;
        for (std::size_t i = 0; i < o->sessions.size(); ++i) {
            o->session = o->sessions[i];
            if (!o->json) std::cout << (i ? "\n" : "") << "== " << o->session << " ==\n";
            try {
                run(*o, o->json ? &all : nullptr);
            } catch (const CLI::RuntimeError&) {
                failed = true;
            }
        }
        if (o->json) std::cout << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        if (failed) throw CLI::RuntimeError(1);
    });
}

}  // namespace frontline::cli
