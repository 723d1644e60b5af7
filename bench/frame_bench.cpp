// Frame time of the play screen at 1280x720 (run it under Xvfb on llvmpipe, or on a desktop): plays the
// tutorial on the simulated clock with vsync off, measures the wall time of each frame (input, update,
// render, display), and prints the median and 99th percentile against the 16.7 ms budget. A benchmark,
// not a test: it never fails on speed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <SFML/System/Clock.hpp>

#include "runtime/app.h"
#include "runtime/fonts.h"
#include "runtime/resources.h"
#include "screens/context.h"
#include "screens/screens.h"

using namespace frontline;

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(60, std::atoi(argv[1])) : 600;
    if (!std::getenv("DISPLAY")) {
        std::fprintf(stderr, "frame_bench: needs a display; run: xvfb-run -a -s '-screen 0 1280x720x24' %s\n", argv[0]);
        return 2;
    }
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
    game::GameContext ctx(app, options, *font, resources.font(font->path));
    ctx.catalog.load(game::defaultScenarioDir(), game::defaultScenarioDir() + "/tutorial.json");
    const core::Scenario* scenario = ctx.catalog.find("tutorial");
    if (!scenario) {
        std::fprintf(stderr, "frame_bench: cannot load scenarios/tutorial.json\n");
        return 2;
    }
    app.imgui().setFont(font->path, font->index, 18.f, ctx.catalog.allText());
    game::PlayStart start;
    start.scenario = scenario;
    app.screens().push(game::makePlayScreen(ctx, start));
    std::vector<double> ms;
    sf::Clock clock;
    app.setFrameHook([&](runtime::App& a) {
        double t = clock.restart().asMicroseconds() / 1000.0;
        if (a.frame() > 10) ms.push_back(t);  // skip warm-up (shader compile, glyph uploads)
        if (a.frame() == 30) a.injectAction(runtime::Action::Confirm);  // show the choices
        if (a.frame() >= frames + 10) a.quit(0);
    });
    app.run();
    std::sort(ms.begin(), ms.end());
    double median = ms[ms.size() / 2], p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    std::printf("play screen 1280x720, %zu frames: median %.2f ms (%.2fx of 16.7 ms), p99 %.2f ms (%.2fx)\n", ms.size(),
                median, median / 16.7, p99, p99 / 16.7);
    return 0;
}
