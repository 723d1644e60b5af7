#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <random>

#include "commands.h"
#include "core/loader.h"
#include "core/recording.h"
#include "core/rehearsal.h"
#include "core/scenario_store.h"
#include "core/session.h"
#include "core/session_lock.h"
#include "screens/settings.h"
#include "text_play.h"
#include "ui_strings.h"

namespace frontline::cli {
namespace {

struct PlayArgs {
    std::string scenario;
    bool text = false;
    std::string locale;
    std::optional<std::uint64_t> seed;
    std::string player;
    std::string choices;
    std::string record;
    std::string resume;
    bool practice = false;
    double timeScale = 1.0;
    int columns = 0;
    std::string from;  // a rehearsal: play from this node ...
    std::string set;   // ... with these values (core/rehearsal.h)
};

std::vector<std::string> splitChoices(const std::string& s) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    std::size_t start = 0;
    for (;;) {
        std::size_t comma = s.find(',', start);
        out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

void printErrors(const core::Diagnostics& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == core::Severity::Error) std::cerr << core::format(d) << "\n";
}

std::string chooseLocale(const std::string& requested, const core::Scenario& scenario) {
    auto has = [&](const std::string& l) {
        return std::find(scenario.locales.begin(), scenario.locales.end(), l) != scenario.locales.end();
    };
    if (!requested.empty()) return has(requested) ? requested : "";
    const char* lang = std::getenv("LANG");
    if (lang && std::string(lang).rfind("zh", 0) == 0 && has("zh")) return "zh";
    if (has("en")) return "en";
    return scenario.locales.empty() ? "en" : scenario.locales.front();
}

// One trainee name everywhere: the name given in the window (settings) is the terminal's default too.
std::string defaultPlayer() {
    if (const char* v = std::getenv("FRONTLINE_PLAYER"); v && *v) return v;
    if (std::string remembered = game::loadSettings().player; !remembered.empty()) return remembered;
    for (const char* var : {"USER", "LOGNAME"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "";
}

int runPlay(const PlayArgs& args) {
    core::SessionRecord record;
    std::string scenarioPath = args.scenario;
    if (!args.resume.empty()) {
        core::RecordLoad loaded = core::loadSessionRecord(args.resume);
        printErrors(loaded.diagnostics);
        if (!loaded.record) {
            std::cerr << "frontline play: cannot resume " << args.resume << "\n";
            return 1;
        }
        record = std::move(*loaded.record);
        if (scenarioPath.empty()) scenarioPath = record.scenarioFile;
    }
    if (scenarioPath.empty()) {
        std::cerr << "frontline play: give a scenario file, e.g. frontline play --text scenarios/tutorial.json "
                     "(or --resume SESSION)\n";
        return 2;
    }
    core::LoadResult load = core::loadScenarioFile(scenarioPath);
    printErrors(load.diagnostics);
    if (!load.scenario) {
        std::cerr << "frontline play: cannot play " << scenarioPath << "\n";
        return 1;
    }
    const core::Scenario& scenario = *load.scenario;

    TextPlayOptions options;
    options.columns = args.columns > 0 ? args.columns : terminalColumns();
    options.script = splitChoices(args.choices);
    options.timeScale = args.timeScale;
    std::optional<core::Session> session;
    if (!args.resume.empty()) {
        options.locale = chooseLocale(args.locale.empty() ? record.locale : args.locale, scenario);
        core::ReplayResult replay = core::replaySession(scenario, record, args.resume);
        for (const auto& d : replay.diagnostics) std::cerr << core::format(d) << "\n";
        if (!replay.ok()) {
            std::cerr << "frontline play: cannot resume " << args.resume << ": the recorded choices no longer fit "
                      << scenarioPath << "\n";
            return 1;
        }
        session = std::move(replay.session);
        options.recordPath = args.record.empty() ? args.resume : args.record;
        if (session->finished()) {
            std::cout << "This session already reached its ending. Score it with: frontline score "
                      << options.recordPath << "\n";
            if (!args.record.empty()) core::saveSessionRecordAtomically(record, args.record, nullptr);
            return 0;
        }
    } else if (!args.from.empty() || !args.set.empty()) {
        // A rehearsal starts mid-way, so it is neither recorded nor scored (a session file starts at the start).
        options.locale = chooseLocale(args.locale, scenario);
        std::string error;
        core::SessionOptions sessionOptions;
        sessionOptions.mode = core::SessionMode::Practice;
        sessionOptions.start = core::rehearsalState(scenario, args.from, args.set, error);
        if (!sessionOptions.start) {
            std::cerr << "frontline play: --from/--set: " << error << "\n";
            return 2;
        }
        session.emplace(scenario, args.seed ? *args.seed : std::random_device{}(), sessionOptions);
        if (!options.locale.empty()) {
            std::string line = game::tr(options.locale, "term.rehearsal");
            line.replace(line.find("%s"), 2, session->node().id);
            std::cout << line << "\n";
        }
    } else {
        options.locale = chooseLocale(args.locale, scenario);
        std::uint64_t seed = args.seed ? *args.seed : std::random_device{}();
        core::SessionOptions sessionOptions;
        sessionOptions.mode = args.practice ? core::SessionMode::Practice : core::SessionMode::Graded;
        session.emplace(scenario, seed, sessionOptions);
        std::error_code ec;
        std::filesystem::path absolute = std::filesystem::absolute(scenarioPath, ec);
        record = core::makeSessionRecord(scenario, *session, ec ? scenarioPath : absolute.lexically_normal().string(),
                                         args.player.empty() ? defaultPlayer() : args.player, options.locale, utcNow(),
                                         FRONTLINE_VERSION);
        // The played bytes, kept once so this session replays even after the scenario file changes.
        std::string keepError;
        if (!core::keepPlayedScenario(scenarioPath, record.scenarioSha256, core::defaultScenarioStoreDirectory(),
                                      &keepError))
            std::cerr << "frontline play: warning: " << keepError << "\n";
        if (!args.record.empty()) {
            options.recordPath = args.record;
        } else {
            std::string dir = core::defaultSessionDirectory();
            std::filesystem::create_directories(dir, ec);
            if (ec) {
                std::cerr << "frontline play: cannot create " << dir << ": " << ec.message() << "\n";
                return 1;
            }
            options.recordPath = core::newSessionPath(dir, record);
        }
    }
    if (options.locale.empty()) {
        std::cerr << "frontline play: the scenario has no locale '" << args.locale << "'\n";
        return 2;
    }
    std::optional<core::SessionLock> lock;
    if (!options.recordPath.empty()) {
        std::string error;
        lock = core::SessionLock::acquire(options.recordPath, &error);
        if (!lock) {
            std::cerr << "frontline play: " << error << "\n";
            return 1;
        }
    }
    installInterruptHandler();
    FdLineInput input(STDIN_FILENO);
    return playInTerminal(*session, record, options, input, std::cout, std::cerr);
}

}  // namespace

void addPlayCommand(CLI::App& app) {
    auto args = std::make_shared<PlayArgs>();
    auto* cmd = app.add_subcommand("play", "play a scenario in the terminal (--text), recording the session");
    cmd->add_option("scenario", args->scenario, "scenario file (with --resume: overrides the recorded path)");
    cmd->add_flag("--text", args->text, "play in the terminal");
    cmd->add_option("--locale", args->locale, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--seed", args->seed, "seed of the choice order (default: random)");
    cmd->add_option("--player", args->player,
                    "trainee name recorded in the session (default: the name given in the window, else $USER)");
    cmd->add_option("--choices", args->choices,
                    "scripted steps, comma-separated: numbers as displayed, choice ids, t (let the time run out), "
                    "b (step back); a step that cannot be played stops with exit 3 (then stdin)");
    cmd->add_option("--record", args->record, "session file (default: $XDG_DATA_HOME/frontline/sessions/...)");
    cmd->add_option("--resume", args->resume, "continue a recorded session");
    cmd->add_flag("--practice", args->practice, "practice mode: type b to step back (not for grading)");
    auto* from = cmd->add_option("--from", args->from,
                                 "rehearse from this node (practice, not recorded), e.g. --from escalate-call");
    auto* set = cmd->add_option("--set", args->set,
                                "values to rehearse with: trust.ceo=30,patience.ceo=40,evidence=true,clock.hours=2");
    for (auto* o : {from, set}) {
        o->excludes("--record");
        o->excludes("--resume");
    }
    cmd->add_option("--time-scale", args->timeScale, "multiply time limits (tests)")
        ->group("")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--columns", args->columns, "wrap width (default: the terminal's)")->group("");
    cmd->callback([args] {
        int code = runPlay(*args);
        if (code != 0) throw CLI::RuntimeError(code);
    });
}

}  // namespace frontline::cli
