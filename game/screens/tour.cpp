#include "screens/tour.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "screens/screens.h"

namespace frontline::game {

using runtime::Action;

namespace {
constexpr long framesPerPathLimit = 30000;  // a path of ~20 decisions needs a few hundred frames

std::string topName(runtime::App& app) {
    auto* top = app.screens().top();
    return top ? std::string(top->name()) : std::string();
}

double secondsSince(std::chrono::steady_clock::time_point t) {  // for the report only; play uses the app's clock
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::string fileSafe(std::string s) {
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
    return s;
}
}  // namespace

TourDirector::TourDirector(GameContext& ctx) : m_ctx(ctx) {
    ctx.playObserver = &m_log;
    if (!ctx.options.scenario.empty()) {
        if (const core::Scenario* sc = ctx.catalog.findFile(ctx.options.scenario)) m_scenarios.push_back(sc);
    } else {
        for (const core::Scenario& sc : ctx.catalog.scenarios()) m_scenarios.push_back(&sc);
    }
    if (!ctx.options.screenshotDir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(ctx.options.screenshotDir, ec);
    }
}

TourDirector::~TourDirector() {
    m_ctx.playObserver = nullptr;
}

void TourDirector::fail(const std::string& why) {
    const core::Scenario* sc = m_scenario < m_scenarios.size() ? m_scenarios[m_scenario] : nullptr;
    std::fprintf(stderr, "frontline --tour: %s: %s (%s, path %zu step %zu, node '%s', screen '%s', frame %ld)\n",
                 sc ? sc->id.c_str() : "-", why.c_str(), m_ctx.locale().c_str(), m_path + 1, m_step,
                 m_log.play.node.c_str(), topName(m_ctx.app).c_str(), m_ctx.app.frame());
    if (!m_ctx.options.screenshotDir.empty())
        m_ctx.app.requestScreenshot(m_ctx.options.screenshotDir + "/failed-" + (sc ? fileSafe(sc->id) : "tour") + "-" +
                                    m_ctx.locale() + ".png");
    m_failed = true;
    m_phase = Phase::Done;
    m_ctx.app.quit(3);
}

void TourDirector::onFrame(runtime::App& app) {
    if (m_phase == Phase::Done) return;
    reportOverflows();
    switch (m_phase) {
        case Phase::Boot:
            if (topName(app) != "title") {
                if (app.frame() > 600) fail("the title screen never appeared");
                return;
            }
            if (m_scenarios.empty()) return fail("no scenario to tour");
            std::printf("tour: %zu scenario(s), locale %s, text size %d, started in %.1f s\n", m_scenarios.size(),
                        m_ctx.locale().c_str(), m_ctx.settings.textSize, secondsSince(m_started));
            m_started = std::chrono::steady_clock::now();
            startNextPath();
            return;
        case Phase::Playing:
            if (app.frame() - m_phaseStart > framesPerPathLimit) return fail("the path took too long");
            return playing();
        case Phase::Ending:
            if (topName(app) == "debrief") {  // back to the title below, then the next path
                app.screens().pop();
                ++m_path;
                startNextPath();
            } else if (app.frame() - m_phaseStart > 600) {
                fail("the debrief never appeared after the ending");
            }
            return;
        case Phase::Done:
            return;
    }
}

void TourDirector::startNextPath() {
    while (m_scenario < m_scenarios.size()) {
        const core::Scenario& sc = *m_scenarios[m_scenario];
        if (!m_planned) {
            m_plan = core::planTour(sc);
            m_planned = true;
            m_path = 0;
            m_visited.clear();
            m_minDialogue = m_minChoice = 0;
            m_overflowsAtScenarioStart = m_log.overflows.size();
            m_scenarioStartFrame = m_ctx.app.frame();
            m_scenarioStart = std::chrono::steady_clock::now();
        }
        if (m_path < m_plan.paths.size()) {
            PlayStart start;
            start.scenario = &sc;
            start.practice = m_ctx.options.practice;
            start.record = false;  // tour paths are not the trainee's sessions
            m_log.play = {};
            m_ctx.app.screens().push(makePlayScreen(m_ctx, start));
            m_step = 0;
            m_decisionsBefore = -1;
            m_readySince = -1;
            m_phase = Phase::Playing;
            m_phaseStart = m_ctx.app.frame();
            ++m_paths;
            return;
        }
        finishScenario();
        ++m_scenario;
        m_planned = false;
    }
    const std::size_t overflows = m_log.overflows.size();
    std::printf("tour: %zu scenario(s), %ld paths, %ld decisions, %ld frames in %.1f s, %zu overflow(s) (%s)\n",
                m_scenarios.size(), m_paths, m_decisions, m_ctx.app.frame(), secondsSince(m_started), overflows,
                m_ctx.locale().c_str());
    m_phase = Phase::Done;
    m_ctx.app.quit(m_ctx.app.screenshotFailures() > 0 ? 1 : overflows > 0 ? 4 : 0);
}

void TourDirector::finishScenario() {
    const core::Scenario& sc = *m_scenarios[m_scenario];
    std::printf(
        "tour %s (%s): %zu paths, %zu of %zu reachable nodes shown (%zu in the file)%s, smallest text: "
        "dialogue %u px, choices %u px, %zu overflow(s), %ld frames in %.1f s\n",
        sc.id.c_str(), m_ctx.locale().c_str(), m_plan.paths.size(), m_visited.size(), m_plan.reachable, m_plan.nodes,
        m_plan.complete ? "" : " [walk stopped at its state limit]", m_minDialogue, m_minChoice,
        m_log.overflows.size() - m_overflowsAtScenarioStart, m_ctx.app.frame() - m_scenarioStartFrame,
        secondsSince(m_scenarioStart));
    std::fflush(stdout);
}

void TourDirector::reportOverflows() {
    for (; m_overflowsSeen < m_log.overflows.size(); ++m_overflowsSeen) {
        const TextOverflow& o = m_log.overflows[m_overflowsSeen];
        std::printf("overflow: %s node %s %s (%s): %s\n", o.scenario.c_str(), o.node.c_str(), o.box.c_str(),
                    o.locale.c_str(), o.detail.c_str());
        m_shotPending = true;
    }
}

void TourDirector::playing() {
    runtime::App& app = m_ctx.app;
    if (topName(app) != "play") return fail("left the play screen");
    const PlayStatus& s = m_log.play;
    if (s.node.empty()) return;    // not updated yet
    if (m_decisionsBefore >= 0) {  // waiting for the last decision (or the timer) to land
        if (s.decisions == m_decisionsBefore) {
            if (app.frame() - m_phaseStart > framesPerPathLimit) fail("a decision did not take effect");
            return;
        }
        m_decisionsBefore = -1;
        m_readySince = -1;
    }
    if (!s.ready) {  // skip the act card, complete the typewriter: one frame (never a Confirm too many at an ending)
        app.injectAction(Action::Confirm);
        if (s.actCard) app.injectAction(Action::Confirm);
        return;
    }
    if (m_readySince < 0) {
        m_readySince = app.frame();
        if (std::find(m_visited.begin(), m_visited.end(), s.node) == m_visited.end()) {
            m_visited.push_back(s.node);
            if (m_ctx.options.tourShots && !m_ctx.options.screenshotDir.empty()) m_nodeShotPending = true;
        }
        m_minDialogue = m_minDialogue ? std::min(m_minDialogue, s.dialogueSize) : s.dialogueSize;
        if (!s.ending) m_minChoice = m_minChoice ? std::min(m_minChoice, s.choiceSize) : s.choiceSize;
    }
    if (app.frame() - m_readySince < m_ctx.options.framesPerStep - 1) return;  // drawn once already; more if asked
    if (m_shotPending) {
        m_shotPending = false;
        if (!m_ctx.options.screenshotDir.empty()) {
            const TextOverflow& o = m_log.overflows.back();
            std::string file = m_ctx.options.screenshotDir + "/overflow-" + fileSafe(o.scenario) + "-" +
                               fileSafe(o.node) + "-" + o.locale + ".png";
            app.requestScreenshot(file);
            std::printf("screenshot %s\n", file.c_str());
            return;
        }
    }
    if (m_nodeShotPending) {
        m_nodeShotPending = false;
        std::string file = m_ctx.options.screenshotDir + "/node-" + fileSafe(m_scenarios[m_scenario]->id) + "-" +
                           fileSafe(s.node) + "-" + m_ctx.locale() + ".png";
        app.requestScreenshot(file);
        return;
    }
    const std::vector<std::string>& path = m_plan.paths[m_path];
    if (s.ending) {
        if (m_step < path.size()) return fail("reached the ending " + s.node + " before the path's end");
        app.injectAction(Action::Confirm);  // to the debrief
        m_phase = Phase::Ending;
        m_phaseStart = app.frame();
        return;
    }
    if (m_step >= path.size()) return fail("the path ended before an ending");
    const std::string& step = path[m_step++];
    m_decisionsBefore = s.decisions;
    ++m_decisions;
    if (step == "t") {
        if (!s.timed) fail("step 't' on a node without a time limit");
        return;  // the timer runs out
    }
    auto it = std::find(s.choiceIds.begin(), s.choiceIds.end(), step);
    if (it == s.choiceIds.end()) return fail("choice '" + step + "' is not shown");
    auto k = static_cast<int>(it - s.choiceIds.begin());
    if (k >= 9) return fail("choice '" + step + "' is shown at position " + std::to_string(k + 1) + ", past key 9");
    app.injectAction(static_cast<Action>(static_cast<int>(Action::Choose1) + k));
}

}  // namespace frontline::game
