#include "screens/autoplay.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace frontline::game {

using runtime::Action;

namespace {
constexpr long maxFrames = 60000;
std::string topName(runtime::App& app) {
    auto* top = app.screens().top();
    return top ? std::string(top->name()) : std::string();
}
}  // namespace

AutoplayDirector::AutoplayDirector(GameContext& ctx) : m_ctx(ctx) {
    const int n = std::max(1, ctx.options.framesPerStep);
    std::error_code ec;
    if (!ctx.options.screenshotDir.empty()) std::filesystem::create_directories(ctx.options.screenshotDir, ec);
    const std::string first = ctx.locale(), second = first == "zh" ? "en" : "zh";

    expect("title"); wait(std::max(n, 40)); shot("title"); press(Action::Confirm);
    expect("select"); wait(n); shot("select"); press(Action::Confirm);
    expect("play"); untilReady(); wait(n); shot("play-" + first);
    press(Action::ToggleLanguage); wait(n); shot("play-" + second);
    press(Action::ToggleLanguage); wait(2);
    press(Action::Back); expect("pause"); wait(n); shot("pause");
    press(Action::Down); wait(1); press(Action::Down); wait(1); press(Action::Confirm);
    expect("settings"); wait(n); shot("settings");
    press(Action::Back); expect("pause"); press(Action::Back); expect("play"); wait(2);
    add([this] { return decide(); });
    untilReady(); wait(n); shot("ending"); press(Action::Confirm);
    expect("debrief"); wait(std::max(n, 50)); shot("debrief");
    add([this] {
        m_ctx.app.quit(m_ctx.app.screenshotFailures() > 0 ? 1 : m_ctx.overflows.empty() ? 0 : 4);
        return true;
    });
}

void AutoplayDirector::onFrame(runtime::App& app) {
    if (m_failed) return;
    for (; m_overflowsSeen < m_ctx.overflows.size(); ++m_overflowsSeen) {  // reported as found; exit 4 at the end
        const TextOverflow& o = m_ctx.overflows[m_overflowsSeen];
        std::fprintf(stderr, "overflow: %s node %s %s (%s): %s\n", o.scenario.c_str(), o.node.c_str(), o.box.c_str(),
                     o.locale.c_str(), o.detail.c_str());
    }
    if (app.frame() > maxFrames) return fail("gave up after " + std::to_string(maxFrames) + " frames");
    while (!m_steps.empty()) {
        if (m_stepStart < 0) m_stepStart = app.frame();
        if (!m_steps.front()() || m_failed) return;
        m_steps.pop_front();
        m_stepStart = -1;
        if (m_yield) {  // a screenshot is taken at the end of this frame: change nothing before it
            m_yield = false;
            return;
        }
    }
}

void AutoplayDirector::fail(const std::string& why) {
    std::fprintf(stderr, "frontline --autoplay: %s (screen '%s', frame %ld)\n", why.c_str(),
                 topName(m_ctx.app).c_str(), m_ctx.app.frame());
    m_failed = true;
    m_ctx.app.quit(3);
}

void AutoplayDirector::expect(std::string screen) {
    add([this, screen] {
        if (topName(m_ctx.app) == screen) return true;
        if (m_ctx.app.frame() - m_stepStart > 600) fail("expected the " + screen + " screen");
        return false;
    });
}

void AutoplayDirector::wait(int frames) {
    add([this, frames] { return m_ctx.app.frame() - m_stepStart >= frames; });
}

void AutoplayDirector::shot(std::string name) {
    add([this, name] {
        if (m_ctx.options.screenshotDir.empty()) return true;
        m_ctx.app.requestScreenshot(m_ctx.options.screenshotDir + "/" + name + ".png");
        m_yield = true;
        std::printf("screenshot %s/%s.png\n", m_ctx.options.screenshotDir.c_str(), name.c_str());
        return true;
    });
}

void AutoplayDirector::press(Action action) {
    add([this, action] {
        m_ctx.app.injectAction(action);
        return true;
    });
}

// Skips act cards and completes the typewriter until choices (or the ending's button) can be taken.
void AutoplayDirector::untilReady() {
    add([this] {
        if (topName(m_ctx.app) == "play" && m_ctx.play.ready) return true;
        long f = m_ctx.app.frame();
        if (topName(m_ctx.app) == "play" && f - m_lastPress >= 12) {
            m_ctx.app.injectAction(Action::Confirm);
            m_lastPress = f;
        }
        if (f - m_stepStart > 1200) fail("the play screen never became ready");
        return false;
    });
}

// One decision per call while choices are offered; true once an ending is on screen.
bool AutoplayDirector::decide() {
    if (topName(m_ctx.app) != "play") {
        fail("left the play screen during decisions");
        return false;
    }
    const PlayStatus& s = m_ctx.play;
    if (m_decisionsBefore >= 0) {  // waiting for the last decision to land
        if (s.decisions == m_decisionsBefore && !s.ending) {
            if (m_ctx.app.frame() - m_stepStart > 4000) fail("a decision did not take effect");
            return false;
        }
        m_decisionsBefore = -1;
        m_stepStart = m_ctx.app.frame();
    }
    if (s.ending) return true;
    if (!s.ready) {
        long f = m_ctx.app.frame();
        if (f - m_lastPress >= 12) {
            m_ctx.app.injectAction(Action::Confirm);
            m_lastPress = f;
        }
        return false;
    }
    const int n = std::max(1, m_ctx.options.framesPerStep);
    if (m_ctx.app.frame() - m_stepStart < n) return false;  // let the screen settle
    if (s.timed && !m_timedShot) {
        if (m_ctx.app.frame() - m_stepStart < std::max(3 * n, 100)) return false;  // the countdown has visibly moved
        if (!m_ctx.options.screenshotDir.empty()) {
            m_ctx.app.requestScreenshot(m_ctx.options.screenshotDir + "/timed.png");
            std::printf("screenshot %s/timed.png\n", m_ctx.options.screenshotDir.c_str());
        }
        m_timedShot = true;
        return false;
    }
    std::string step = m_nextChoice < m_ctx.options.autoplaySteps.size() ? m_ctx.options.autoplaySteps[m_nextChoice] : "1";
    ++m_nextChoice;
    m_decisionsBefore = s.decisions;
    m_stepStart = m_ctx.app.frame();
    if (step == "t" || step == "T") {
        if (!s.timed) fail("step 't' on a node without a time limit");
        return false;  // just wait for the timer
    }
    int k = std::atoi(step.c_str());
    if (step.find_first_not_of("0123456789") != std::string::npos) {  // a choice id: wherever it is shown
        auto it = std::find(s.choiceIds.begin(), s.choiceIds.end(), step);
        k = it == s.choiceIds.end() ? -1 : static_cast<int>(it - s.choiceIds.begin()) + 1;
        if (k < 1) {
            fail("choice '" + step + "' is not shown at node " + s.node);
            return false;
        }
    }
    if (k < 1 || k > s.choicesShown || k > 9) {
        fail("step '" + step + "' is not one of the " + std::to_string(s.choicesShown) + " choices shown");
        return false;
    }
    m_ctx.app.injectAction(static_cast<Action>(static_cast<int>(Action::Choose1) + k - 1));
    return false;
}

}  // namespace frontline::game
