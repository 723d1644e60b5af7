#include "window_command.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "commands.h"
#include "runtime/app.h"
#include "runtime/display.h"
#include "runtime/fonts.h"
#include "runtime/resources.h"
#include "screens/autoplay.h"
#include "screens/context.h"
#include "screens/screens.h"
#include "screens/tour.h"

namespace frontline::cli {
namespace {

struct WindowArgs {
    std::string autoplay;
    std::string shots;
    std::string windowSize = "1280x720";
    std::string replayFile;                  // `frontline replay SESSION`: the window opens on its replay viewer
    std::string replayShots;                 // with replayFile: shoot the viewer and its review here, then close
    std::optional<core::ScenarioEdit> edit;  // `frontline edit SCENARIO`: the window opens on the editor
    game::EditorAutomation editorAutomation;
    game::WindowOptions options;
};

int runWindow(WindowArgs& args) {
    game::WindowOptions& o = args.options;
    if (!args.autoplay.empty()) {
        o.autoplay = true;
        std::stringstream steps(args.autoplay);
        for (std::string step; std::getline(steps, step, ',');)
            if (!step.empty()) o.autoplaySteps.push_back(step);
    }
    game::AutoplayShots shots;
    std::string scriptError = game::parseAutoplayShots(args.shots, shots);
    if (scriptError.empty() && !args.shots.empty() && !o.autoplay) scriptError = "--shots needs --autoplay";
    if (scriptError.empty() && o.autoplay) scriptError = game::checkAutoplayScript(o.autoplaySteps, o.practice, shots);
    if (!scriptError.empty()) {
        std::cerr << "frontline " << scriptError << "\n";
        return 2;
    }
    // SFML aborts when the display cannot be opened, so never get that far: say why, in the trainee's language.
    std::string displayName;
    if (auto status = runtime::probeDisplay(displayName); status != runtime::DisplayStatus::Available) {
        const std::string locale = !o.locale.empty() ? o.locale : game::loadSettings().locale;
        std::string message =
            game::tr(locale, status == runtime::DisplayStatus::NotSet ? "window.nodisplay" : "window.cannotopen");
        if (auto at = message.find("%s"); at != std::string::npos) message.replace(at, 2, displayName);
        std::cerr << "frontline: " << message << " frontline play --text " << game::defaultScenarioDir()
                  << "/tutorial.json\n";
        return 2;
    }
    unsigned w = 0, h = 0;
    char x = 0;
    std::istringstream size(args.windowSize);
    if (!(size >> w >> x >> h) || x != 'x' || w < 320 || h < 180 || w > 7680 || h > 4320) {
        std::cerr << "frontline: --window-size must look like 1280x720\n";
        return 2;
    }
    o.width = w;
    o.height = h;
    if (game::defaultScenarioDir().empty()) {
        std::cerr << "frontline: cannot find Frontline's data (scenarios/, assets/); reinstall, or set "
                     "FRONTLINE_DATA_DIR to the folder that holds them\n";
        return 2;
    }
    if (o.scenario.empty() && o.autoplay) o.scenario = game::defaultScenarioDir() + "/tutorial.json";
    if (o.tour) {  // scripted like autoplay (simulated clock, settings untouched), every scenario unless one is named
        o.autoplay = true;
        o.timerSpeed = 20;
    }

    std::string fontError;
    auto font = runtime::findUiFont(fontError);
    if (!font) {
        std::cerr << "frontline: " << fontError << "\n";
        return 2;
    }
    runtime::AppConfig config;
    config.width = w;
    config.height = h;
    config.simulatedClock = o.autoplay || args.editorAutomation.active();
    runtime::App app(config);
    runtime::Resources resources;
    const sf::Font* uiFont = resources.font(font->path);
    if (!uiFont) {
        std::cerr << "frontline: cannot load the font " << font->path << "\n";
        return 2;
    }
    game::GameContext ctx(app, o, *font, uiFont);
    ctx.catalog.load(game::defaultScenarioDir(), o.scenario);
    for (const auto& e : ctx.catalog.errors()) std::cerr << e << "\n";
    if (o.autoplay && !o.scenario.empty() && !ctx.catalog.findFile(o.scenario)) {
        std::cerr << "frontline --autoplay: cannot play " << o.scenario << "\n";
        return 2;
    }
    app.imgui().setFont(font->path, font->index, 18.f, ctx.catalog.allText());
    app.setGlobalActionHandler([&ctx](runtime::Action a) {
        if (a != runtime::Action::ToggleDebug) return false;
        ctx.debugOpen = !ctx.debugOpen;
        return true;
    });
    app.setOverlay([&ctx] {
        if (ctx.debugOpen) runtime::drawDebugPanel(ctx.debug, ctx.debugOpen);
    });
    std::unique_ptr<game::AutoplayDirector> director;
    std::unique_ptr<game::TourDirector> tour;
    if (o.tour) {
        tour = std::make_unique<game::TourDirector>(ctx);
        app.setFrameHook([&tour](runtime::App& a) { tour->onFrame(a); });
    } else if (o.autoplay) {
        director = std::make_unique<game::AutoplayDirector>(ctx, shots);
        app.setFrameHook([&director](runtime::App& a) { director->onFrame(a); });
    }
    if (!args.replayShots.empty()) {
        std::filesystem::create_directories(args.replayShots);
        app.setFrameHook([&ctx, dir = args.replayShots, step = 0](runtime::App& a) mutable {
            const game::ReplayStatus& r = ctx.replay;
            if (!r.open) return a.quit(3);  // the viewer closed or never opened
            ++step;
            if (step == 30) a.requestScreenshot(dir + "/replay-cli.png");
            if (step == 35) a.injectAction(runtime::Action::Previous);
            if (step == 65) {
                if (!r.reviewOpen) return a.quit(3);
                a.requestScreenshot(dir + "/replay-aar.png");
                std::ofstream out(dir + "/replay-aar.txt");
                for (const std::string& line : r.review) out << line << "\n";
            }
            if (step == 70) a.quit(a.screenshotFailures() > 0 ? 1 : 0);
        });
    }
    if (args.edit)
        app.screens().push(game::makeEditorScreen(ctx, std::move(*args.edit), args.editorAutomation));
    else if (args.replayFile.empty())
        app.screens().push(game::makeTitleScreen(ctx));
    else
        app.screens().push(game::makeReplayScreen(ctx, args.replayFile));  // closing it ends the run
    int code = app.run();
    // Screens still on the stack (a window closed mid-play, a failed script) refer to ctx: end them first.
    while (!app.screens().empty()) {
        app.screens().pop();
        app.screens().applyPending();
    }
    return code;
}

}  // namespace

int openReplayWindow(const std::string& sessionFile, const std::string& locale, const std::string& shotsDir) {
    WindowArgs args;
    args.replayFile = sessionFile;
    args.replayShots = shotsDir;
    args.options.locale = locale;
    return runWindow(args);
}

int openEditorWindow(core::ScenarioEdit edit, const std::string& locale, const game::EditorAutomation& automation) {
    WindowArgs args;
    args.edit = std::move(edit);
    args.editorAutomation = automation;
    args.options.locale = locale;
    return runWindow(args);
}

std::function<int()> addWindowOptions(CLI::App& app) {
    auto args = std::make_shared<WindowArgs>();
    game::WindowOptions& o = args->options;
    app.add_option("--autoplay", args->autoplay,
                   "play without input: comma-separated choice numbers as keys 1-9 would pick them, 't' to let "
                   "the timer run out, 'b' to step back one decision (with --practice), e.g. 2,1,t,3; then choice 1 "
                   "until an ending");
    app.add_option("--shots", args->shots,
                   "with --autoplay and --screenshot-dir: extra shots, comma-separated: toast (practice feedback "
                   "after the first decision), stepped-back (after the first 'b'), debug (F1 panel open, then "
                   "closed, after the first decision), replay (the debrief's replay, mid-way and at its end)");
    app.add_option("--screenshot-dir", o.screenshotDir, "with --autoplay: save PNG screenshots here");
    app.add_option("--scenario", o.scenario, "scenario file to preselect (autoplay default: scenarios/tutorial.json)");
    app.add_option("--locale", o.locale, "interface and scenario language")->check(CLI::IsMember({"zh", "en"}));
    app.add_option("--seed", o.seed, "session seed (choice order)")->each([&o](const std::string&) {
        o.seedGiven = true;
    });
    app.add_option("--window-size", args->windowSize, "window size WxH (default 1280x720)");
    app.add_option("--frames-per-step", o.framesPerStep, "with --autoplay: frames between scripted steps (default 20)")
        ->check(CLI::Range(1, 600));
    app.add_flag("--tour", o.tour,
                 "play paths through every node of --scenario (default: every scenario) and report texts that do "
                 "not fit their boxes; exit 4 when one does");
    app.add_flag("--tour-shots", o.tourShots,
                 "with --tour and --screenshot-dir: save every node shown, not only overflows");
    app.add_option("--text-size", o.textSize, "text size for this run: 0 small, 1 medium, 2 large")
        ->check(CLI::Range(0, 2));
    app.add_option("--sound", o.sound, "sound on or off for this run (default: the saved setting; off with --autoplay)")
        ->check(CLI::IsMember({"on", "off"}));
    app.add_flag("--practice", o.practice, "practice mode (feedback after each step, step back allowed)");
    app.add_option("--player", o.player,
                   "the trainee's name recorded in the sessions of this run (default: the saved one)");
    return [args] { return runWindow(*args); };
}

}  // namespace frontline::cli
