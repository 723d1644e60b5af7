#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "core/loader.h"
#include "core/recording.h"
#include "core/sha256.h"
#include "facilitator.h"
#include "screens/replay_data.h"
#include "text_play.h"
#include "window_command.h"

namespace frontline::cli {
namespace {

struct ReplayArgs {
    std::string session;
    std::string scenario;
    std::string locale;
    bool text = false;
    int columns = 0;
    std::string shots;  // tests: shoot the viewer and its review here, then close
};

int runReplay(const ReplayArgs& args) {
    if (!args.text && args.scenario.empty()) {
        // The window's viewer; a session that cannot be replayed is said here, before any window opens.
        game::ReplayData data = game::loadReplay(args.session);
        if (!data.ok()) {
            std::cerr << data.error << "\nfrontline replay: cannot replay " << args.session << "\n";
            return 1;
        }
        return openReplayWindow(args.session, args.locale, args.shots);
    }
    core::RecordLoad loaded = core::loadSessionRecord(args.session);
    for (const auto& d : loaded.diagnostics) std::cerr << core::format(d) << "\n";
    if (!loaded.record) {
        std::cerr << "frontline replay: cannot read " << args.session << "\n";
        return 1;
    }
    const core::SessionRecord& record = *loaded.record;
    std::string scenarioPath = args.scenario.empty() ? record.scenarioFile : args.scenario;
    core::LoadOptions loadOptions;
    if (args.scenario.empty()) {
        core::PlayedScenario played = playedScenario(record);
        if (played.playedCopy) {
            std::cerr << "frontline replay: " << played.message << "\n";
            scenarioPath = played.file;
            loadOptions = played.options;
        }
    }
    std::error_code ec;
    if (!std::filesystem::exists(scenarioPath, ec)) {
        std::cerr << "frontline replay: the scenario file " << scenarioPath
                  << " recorded in the session does not exist; pass it with --scenario FILE\n";
        return 1;
    }
    core::LoadResult load = core::loadScenarioFile(scenarioPath, loadOptions);
    for (const auto& d : load.diagnostics)
        if (d.severity == core::Severity::Error) std::cerr << core::format(d) << "\n";
    if (!load.scenario) {
        std::cerr << "frontline replay: cannot load " << scenarioPath;
        core::FileRead bytes = core::readInputFile(scenarioPath, core::kMaxScenarioBytes, "scenario");
        if (bytes.ok() && !record.scenarioSha256.empty() && core::sha256Hex(bytes.bytes) != record.scenarioSha256)
            std::cerr << ": the scenario file changed since this session was recorded";
        std::cerr << "\n";
        return 1;
    }
    std::string locale = args.locale.empty() ? record.locale : args.locale;
    int columns = args.columns > 0 ? args.columns : terminalColumns();
    return replayInTerminal(*load.scenario, record, args.session, locale, columns, std::cout, std::cerr);
}

}  // namespace

void addReplayCommand(CLI::App& app) {
    auto args = std::make_shared<ReplayArgs>();
    auto* cmd = app.add_subcommand(
        "replay", "step through a recorded session in the window's replay viewer, or print its transcript (--text)");
    cmd->add_option("session", args->session, "session file")->required();
    cmd->add_flag("--text", args->text, "print the transcript in the terminal");
    cmd->add_option("--scenario", args->scenario,
                    "with --text: scenario file (default: the path recorded in the session)");
    cmd->add_option("--locale", args->locale, "zh or en (default: the recorded locale)")
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--columns", args->columns, "wrap width (default: the terminal's)")->group("");
    cmd->add_option("--screenshot-dir", args->shots, "tests: shoot the viewer and its review here, then close")
        ->group("");
    cmd->callback([args] {
        int code = runReplay(*args);
        if (code != 0) throw CLI::RuntimeError(code);
    });
}

}  // namespace frontline::cli
