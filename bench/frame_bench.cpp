// Frame time of every screen at 1280x720 (run it under Xvfb on llvmpipe, or on a desktop): one window, the
// simulated clock, vsync off; each phase sets up one screen, drives it like a player would (scrolling, a
// decision, the typewriter, the countdown), and measures the wall time of each frame (input, update, render,
// display). Prints the median and 99th percentile per screen against the 16.7 ms budget of 60 fps, and the
// peak resident memory. A benchmark, not a test: it never fails on speed.
//
//   xvfb-run -a -s '-screen 0 1280x720x24' build/bench/frame_bench [frames per screen, default 600] [zh|en] [screen]
//
// `screen` (a name prefix such as "select") measures only that screen, e.g. under `perf record`. Besides wall
// time it prints the process CPU time per frame (all threads, llvmpipe's included), which varies much less when
// other programs load the machine.
// Session files and best scores go to a temporary XDG_DATA_HOME / XDG_CONFIG_HOME, never the player's.
#include <time.h>
#include <unistd.h>

#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/recording.h"
#include "core/session.h"
#include "runtime/app.h"
#include "runtime/fonts.h"
#include "runtime/resources.h"
#include "screens/context.h"
#include "screens/debrief.h"
#include "screens/screens.h"
#include "table_row.h"

using namespace frontline;
using runtime::Action;

namespace {

constexpr double budgetMs = 1000.0 / 60.0;
constexpr long warmup = 10;  // frames after a phase starts that are not measured (screen construction)

// Choice ids from the start of `scenario` to the first arrival at node `target` (depth-first, each node once).
bool pathTo(const core::Session& s, const std::string& target, std::set<std::string>& seen,
            std::vector<std::string>& path) {
    if (s.node().id == target) return true;
    if (s.finished() || !seen.insert(s.node().id).second) return false;
    for (const auto& id : s.displayedChoiceIds()) {
        core::Session next = s;
        if (next.choose(id, 0)) continue;
        path.push_back(id);
        if (pathTo(next, target, seen, path)) return true;
        path.pop_back();
    }
    return false;
}

// The longest complete path found within a step budget (a long debrief timeline).
void longestPath(const core::Session& s, std::vector<std::string>& path, std::vector<std::string>& best, int& budget) {
    if (budget-- <= 0) return;
    if (s.finished()) {
        if (path.size() > best.size()) best = path;
        return;
    }
    for (const auto& id : s.displayedChoiceIds()) {
        core::Session next = s;
        if (next.choose(id, 0)) continue;
        path.push_back(id);
        longestPath(next, path, best, budget);
        path.pop_back();
    }
}

core::Session playPath(const core::Scenario& sc, std::uint64_t seed, const std::vector<std::string>& ids) {
    core::Session s(sc, seed);
    for (const auto& id : ids) s.choose(id, 4000);
    return s;
}

core::SessionRecord recordOf(const core::Session& s) {
    core::SessionRecord r =
        core::makeSessionRecord(s.scenario(), s, std::filesystem::absolute(s.scenario().file).string(), "bench", "zh",
                                "2026-11-23T10:00:00Z", FRONTLINE_VERSION);
    for (const auto& e : s.events()) r.events.push_back(core::toRecordedEvent(e, "2026-11-23T10:00:04Z"));
    return r;
}

struct Phase {
    std::string name;
    std::function<void(runtime::App&)> setup;       // called on the phase's first frame
    std::function<void(runtime::App&, long)> tick;  // called every frame with the frame index in the phase
    std::vector<double> ms, cpu;
    long peakMb = 0;
};

void addPhase(std::vector<Phase>& phases, std::string name, std::function<void(runtime::App&)> setup,
              std::function<void(runtime::App&, long)> tick = {}) {
    Phase p;
    p.name = std::move(name);
    p.setup = std::move(setup);
    p.tick = std::move(tick);
    phases.push_back(std::move(p));
}

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, int pct) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, v.size() * static_cast<std::size_t>(pct) / 100)];
}

}  // namespace

int main(int argc, char** argv) {
    const long frames = argc > 1 ? std::max(60, std::atoi(argv[1])) : 600;
    const std::string locale = argc > 2 ? argv[2] : "zh";
    const std::string only = argc > 3 ? argv[3] : "";
    if (!std::getenv("DISPLAY")) {
        std::fprintf(stderr, "frame_bench: needs a display; run: xvfb-run -a -s '-screen 0 1280x720x24' %s\n", argv[0]);
        return 2;
    }
    std::filesystem::path home =
        std::filesystem::temp_directory_path() / ("frontline-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(home);
    setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    std::string error;
    auto font = runtime::findUiFont(error);
    if (!font) {
        std::fprintf(stderr, "frame_bench: %s\n", error.c_str());
        return 2;
    }
    runtime::AppConfig config;
    config.simulatedClock = true;
    config.vsync = false;
    runtime::App app(config);
    runtime::Resources resources;
    game::WindowOptions options;
    options.autoplay = true;  // silent, settings untouched
    options.locale = locale;
    game::GameContext ctx(app, options, *font, resources.font(font->path));
    const std::string dir = game::defaultScenarioDir();
    ctx.catalog.load(dir);
    const core::Scenario* tutorial = ctx.catalog.find("tutorial");
    const core::Scenario* tm = ctx.catalog.find("tm-crisis-2010");
    if (!tutorial || !tm) {
        std::fprintf(stderr, "frame_bench: cannot load tutorial and tm-crisis-2010 from %s\n", dir.c_str());
        return 2;
    }
    app.imgui().setFont(font->path, font->index, 18.f, ctx.catalog.allText());
    const std::uint64_t seed = ctx.newSeed();  // the seed every play screen of this run uses

    // The heaviest play node: most characters present, timed (a countdown). Reached by resuming a session
    // saved one decision before it, so the decision (meters animating) and the typewriter are measured too.
    std::string heavy;
    std::size_t heavyPresent = 0;
    for (const auto& n : tm->nodes)
        if (n.timeLimitSeconds > 0 && n.present.size() > heavyPresent) heavy = n.id, heavyPresent = n.present.size();
    std::vector<std::string> toHeavy;
    std::set<std::string> seen;
    if (!pathTo(core::Session(*tm, seed), heavy, seen, toHeavy) || toHeavy.empty()) {
        std::fprintf(stderr, "frame_bench: no path to %s\n", heavy.c_str());
        return 2;
    }
    auto saveResume = [&](const std::vector<std::string>& ids, const std::string& name) {
        std::string file = (home / name).string();
        core::saveSessionRecordAtomically(recordOf(playPath(*tm, seed, ids)), file, nullptr);
        return file;
    };
    std::vector<std::string> beforeHeavy(toHeavy.begin(), toHeavy.end() - 1);
    core::Session atBefore = playPath(*tm, seed, beforeHeavy);
    auto shown = atBefore.displayedChoiceIds();
    int intoHeavy = static_cast<int>(std::find(shown.begin(), shown.end(), toHeavy.back()) - shown.begin());
    // A long finished TM session for the debrief.
    std::vector<std::string> walk, longest;
    int budget = 20000;
    longestPath(core::Session(*tm, seed), walk, longest, budget);

    auto resumeTm = [&](runtime::App& a, const std::string& file) {
        game::PlayStart start;
        start.scenario = tm;
        start.resumeFile = file;
        a.screens().replaceAll(game::makePlayScreen(ctx, start));
    };
    // Skips the act card and completes the typewriter (each is one Confirm).
    auto skipIntro = [](runtime::App& a, long f) {
        if (f == 2 || f == 4) a.injectAction(Action::Confirm);
    };

    std::vector<Phase> phases;
    addPhase(phases, "title", [&](runtime::App& a) { a.screens().replaceAll(game::makeTitleScreen(ctx)); });
    addPhase(
        phases, "select (" + std::to_string(ctx.catalog.scenarios().size()) + " cards, scrolling)",
        [&](runtime::App& a) { a.screens().replaceAll(game::makeSelectScreen(ctx)); },
        [&](runtime::App& a, long f) {
            if (f % 30 == 15) a.injectAction(f < frames / 2 ? Action::Down : Action::Up);
        });
    addPhase(
        phases, "play tutorial",
        [&](runtime::App& a) {
            game::PlayStart start;
            start.scenario = tutorial;
            a.screens().replaceAll(game::makePlayScreen(ctx, start));
        },
        [](runtime::App& a, long f) {
            if (f == 20) a.injectAction(Action::Confirm);  // show the choices
        });
    std::string beforeFile = saveResume(beforeHeavy, "before-heavy.json");
    std::string atFile = saveResume(toHeavy, "at-heavy.json");
    addPhase(
        phases, "play tm " + heavy + " (" + std::to_string(heavyPresent) + " characters, timed)",
        [&](runtime::App& a) { resumeTm(a, beforeFile); },
        [&](runtime::App& a, long f) {
            skipIntro(a, f);
            if (f == warmup + 2) a.injectAction(static_cast<Action>(static_cast<int>(Action::Choose1) + intoHeavy));
        });
    addPhase(
        phases, "pause over tm " + heavy, [&](runtime::App& a) { resumeTm(a, atFile); },
        [&](runtime::App& a, long f) {
            skipIntro(a, f);
            if (f == 6) a.injectAction(Action::Back);
        });
    addPhase(
        phases, "debrief tm (" + std::to_string(longest.size()) + " decisions, scrolling)",
        [&](runtime::App& a) {
            core::Session s = playPath(*tm, seed, longest);
            core::SessionRecord r = recordOf(s);
            a.screens().replaceAll(game::makeDebriefScreen(ctx, {tm, std::move(s), std::move(r), ""}));
        },
        [&](runtime::App& a, long f) {
            if (f % 40 == 20) a.injectAction(f < frames / 2 ? Action::ScrollDown : Action::ScrollUp);
        });

    if (!only.empty())
        phases.erase(
            std::remove_if(phases.begin(), phases.end(), [&](const Phase& p) { return p.name.rfind(only, 0) != 0; }),
            phases.end());
    std::size_t current = 0;
    long phaseStart = 0;
    sf::Clock clock;
    double cpuBefore = cpuMs();
    app.setFrameHook([&](runtime::App& a) {
        double t = clock.restart().asMicroseconds() / 1000.0, c = cpuMs();
        long f = a.frame() - phaseStart;
        if (current < phases.size() && f > warmup) {  // the frame that just ended
            phases[current].ms.push_back(t);
            phases[current].cpu.push_back(c - cpuBefore);
        }
        cpuBefore = c;
        if (current < phases.size() && f >= warmup + frames) {
            phases[current].peakMb = bench::peakRssMb();
            ++current;
            phaseStart = a.frame();
            f = 0;
        }
        if (current >= phases.size()) return a.quit(0);
        if (f == 0) phases[current].setup(a);
        if (phases[current].tick) phases[current].tick(a, f);
    });
    app.run();

    std::printf("frame time at 1280x720, %ld frames per screen, locale %s, budget %.1f ms (60 fps)\n", frames,
                locale.c_str(), budgetMs);
    std::printf("%-50s %9s %6s %9s %6s %10s %7s\n", "screen", "median", "ratio", "p99", "ratio", "cpu median",
                "peak RSS");
    for (auto& p : phases) {
        if (p.ms.empty()) continue;
        double median = percentile(p.ms, 50), p99 = percentile(p.ms, 99);
        std::printf("%-50s %6.2f ms %5.2fx %6.2f ms %5.2fx %7.2f ms %4ld MB\n", p.name.c_str(), median,
                    median / budgetMs, p99, p99 / budgetMs, percentile(p.cpu, 50), p.peakMb);
        bench::tableRow("frame, " + p.name,
                        "median " + bench::fixed(median, 2) + " ms, p99 " + bench::fixed(p99, 2) + " ms",
                        "p99 " + bench::fixed(p99 / budgetMs, 2) + "x the 16.7 ms budget", "p99 <= 16.7 ms");
    }
    std::printf("peak RSS %ld MB\n", bench::peakRssMb());
    bench::tableRow("game, every screen in one process", "peak RSS " + std::to_string(bench::peakRssMb()) + " MB", "-",
                    "<= 150 MB");
    std::error_code ec;
    std::filesystem::remove_all(home, ec);
    return 0;
}
