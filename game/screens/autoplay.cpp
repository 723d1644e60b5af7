#include "screens/autoplay.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "core/notes.h"

namespace frontline::game {

using runtime::Action;

namespace {
constexpr long maxFrames = 60000;
std::string topName(runtime::App& app) {
    auto* top = app.screens().top();
    return top ? std::string(top->name()) : std::string();
}
bool isStepBack(const std::string& step) {
    return step == "b" || step == "B";
}
bool isTimeout(const std::string& step) {
    return step == "t" || step == "T";
}
}  // namespace

std::string parseAutoplayShots(const std::string& list, AutoplayShots& shots) {
    std::stringstream in(list);
    for (std::string name; std::getline(in, name, ',');) {
        if (name == "toast")
            shots.toast = true;
        else if (name == "stepped-back")
            shots.steppedBack = true;
        else if (name == "debug")
            shots.debug = true;
        else if (name == "replay")
            shots.replay = true;
        else if (name == "name")
            shots.name = true;
        else if (!name.empty())
            return "--shots: unknown shot '" + name + "' (choose from toast, stepped-back, debug, replay, name)";
    }
    return "";
}

std::string checkAutoplayScript(const std::vector<std::string>& steps, bool practice, const AutoplayShots& shots) {
    bool stepsBack = false;
    int depth = 0;  // decisions standing
    for (const auto& step : steps) {
        bool number = !step.empty() && step.size() <= 2 &&
                      std::all_of(step.begin(), step.end(), [](unsigned char c) { return std::isdigit(c); });
        if (isStepBack(step)) {
            if (!practice) return "--autoplay: step 'b' (step back) needs --practice";
            if (depth-- == 0) return "--autoplay: step 'b' has no decision before it to take back";
            stepsBack = true;
            continue;
        }
        bool id = step.size() >= 2 && std::isalpha(static_cast<unsigned char>(step[0])) &&
                  std::all_of(step.begin(), step.end(),
                              [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; });
        if (!isTimeout(step) && !id && !(number && std::stoi(step) >= 1 && std::stoi(step) <= 9)) {
            return "--autoplay: step '" + step +
                   "' is not a choice number 1-9, 't' (timeout), 'b' (step back) or a choice id";
        }
        ++depth;
    }
    if (shots.toast && !practice)
        return "--shots toast needs --practice (only practice shows feedback after each decision)";
    if (shots.steppedBack && !stepsBack) return "--shots stepped-back needs a 'b' step in --autoplay";
    return "";
}

AutoplayDirector::AutoplayDirector(GameContext& ctx, AutoplayShots shots) : m_ctx(ctx), m_shots(shots) {
    ctx.playObserver = &m_log;
    const int n = std::max(1, ctx.options.framesPerStep);
    std::error_code ec;
    if (!ctx.options.screenshotDir.empty()) std::filesystem::create_directories(ctx.options.screenshotDir, ec);
    const std::string first = ctx.locale(), second = first == "zh" ? "en" : "zh";

    expect("title");
    wait(std::max(n, 40));
    shot("title");
    if (m_shots.name) {
        press(Action::Up);
        wait(2);
        press(Action::Confirm);
        wait(2);
        add([this] {
            m_ctx.app.injectText(U"李雷 Lei Li");
            return true;
        });
        wait(n);
        shot("name");
        press(Action::Confirm);
        wait(2);
    }
    press(Action::Confirm);
    expect("select");
    wait(n);
    shot("select");
    // Three rows down, the first cards pass under the header (which must hide them), then back to the card.
    for (int i = 0; i < 3; ++i) press(Action::Down);
    wait(std::max(n, 30));
    shot("select-scrolled");
    for (int i = 0; i < 3; ++i) press(Action::Up);
    wait(std::max(n, 30));
    press(Action::Confirm);
    expect("play");
    untilReady();
    wait(n);
    shot("play-" + first);
    press(Action::ToggleLanguage);
    wait(n);
    shot("play-" + second);
    press(Action::ToggleLanguage);
    wait(2);
    press(Action::Back);
    expect("pause");
    wait(n);
    shot("pause");
    press(Action::Down);
    wait(1);
    press(Action::Down);
    wait(1);
    press(Action::Confirm);
    expect("settings");
    wait(n);
    shot("settings");
    press(Action::Back);
    expect("pause");
    press(Action::Back);
    expect("play");
    wait(2);
    add([this] { return decide(); });
    untilReady();
    wait(n);
    shot("ending");
    press(Action::Confirm);
    expect("debrief");
    wait(n);
    untilDebriefSettled();
    shot("debrief");
    writeDebriefText();
    if (m_shots.replay) replayShots();
    add([this] {
        if (m_shots.toast && !m_toastShot) fail("no decision was taken, so there was no toast to shoot");
        if (m_shots.debug && !m_debugShot) fail("the debug shot needs a decision point after the first decision");
        if (m_failed) return true;
        m_ctx.app.quit(m_ctx.app.screenshotFailures() > 0 ? 1 : m_log.overflows.empty() ? 0 : 4);
        return true;
    });
}

AutoplayDirector::~AutoplayDirector() {
    m_ctx.playObserver = nullptr;
}

void AutoplayDirector::onFrame(runtime::App& app) {
    if (m_failed) return;
    for (; m_overflowsSeen < m_log.overflows.size(); ++m_overflowsSeen) {  // reported as found; exit 4 at the end
        const TextOverflow& o = m_log.overflows[m_overflowsSeen];
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

void AutoplayDirector::insertNext(const std::function<void()>& build) {
    std::deque<Step> steps;
    m_building = &steps;
    build();
    m_building = nullptr;
    // Inserting at the front keeps references to the running step valid (it is still m_steps' element).
    m_steps.insert(m_steps.begin(), std::make_move_iterator(steps.begin()), std::make_move_iterator(steps.end()));
    m_stepStart = -1;
}

void AutoplayDirector::fail(const std::string& why) {
    std::fprintf(stderr, "frontline --autoplay: %s (screen '%s', frame %ld)\n", why.c_str(), topName(m_ctx.app).c_str(),
                 m_ctx.app.frame());
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

// Waits for the debrief's count-up to reach the Index (a shot before that shows a smaller number).
void AutoplayDirector::untilDebriefSettled() {
    add([this] {
        if (m_ctx.debrief.settled && m_ctx.debrief.indexShown >= 0) return true;
        if (m_ctx.app.frame() - m_stepStart > 600) fail("the debrief's count-up never settled");
        return false;
    });
}

// debrief.txt beside the shots: what the debrief drew and what the run showed, for tests to compare with
// `frontline score --json` of the same session file.
void AutoplayDirector::writeDebriefText() {
    add([this] {
        if (m_ctx.options.screenshotDir.empty()) return true;
        const DebriefStatus& d = m_ctx.debrief;
        std::string file = m_ctx.options.screenshotDir + "/debrief.txt";
        if (std::FILE* out = std::fopen(file.c_str(), "w")) {
            std::fprintf(out, "index %d\nplayer %s\nmode %s\nsession %s\nfeedback-notes %d\nverdict-tones %d\n",
                         d.indexShown, d.player.c_str(), d.mode.c_str(), d.sessionFile.c_str(), m_log.feedbackNotes,
                         m_log.verdictTones);
            std::fclose(out);
            std::printf("debrief %s\n", file.c_str());
        } else {
            fail("cannot write " + file);
        }
        return true;
    });
}

// Skips act cards and completes the typewriter until choices (or the ending's button) can be taken.
void AutoplayDirector::untilReady() {
    add([this] {
        const std::string top = topName(m_ctx.app);
        const bool playing = top == "play";
        if (playing && m_log.play.ready) return true;
        long f = m_ctx.app.frame();
        if (playing && f - m_lastPress >= 12) {
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
    const PlayStatus& s = m_log.play;
    if (s.countdownDrawn && !s.ready) {  // the text still types out, an act card or the coach's note is up
        fail("the countdown at node " + s.node + " is on screen before its choices");
        return false;
    }
    if (m_decisionsBefore >= 0) {  // waiting for the last decision to land
        if (s.decisions == m_decisionsBefore && !s.ending) {
            if (m_ctx.app.frame() - m_stepStart > 4000) fail("a decision did not take effect");
            return false;
        }
        m_decisionsBefore = -1;
        m_timerCheckPending = true;
        m_stepStart = m_ctx.app.frame();
        std::size_t queued = m_steps.size();
        afterDecision(m_lastStep);
        if (m_steps.size() != queued) return false;  // extra shots first
    }
    if (s.ready && m_timerCheckPending) {  // the first frame the choices of the node reached are on screen
        m_timerCheckPending = false;
        const double ran = s.timeLimit - s.timeLeft, frame = 1.0 / 60 * m_ctx.options.timerSpeed;
        if (s.timed && ran > 2.5 * frame) {
            fail("the countdown at node " + s.node + " ran " + std::to_string(ran) +
                 " s before its choices were on screen");
            return false;
        }
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
    std::string step =
        m_nextChoice < m_ctx.options.autoplaySteps.size() ? m_ctx.options.autoplaySteps[m_nextChoice] : "1";
    ++m_nextChoice;
    m_lastStep = step;
    m_decisionsBefore = s.decisions;
    m_stepStart = m_ctx.app.frame();
    if (isTimeout(step)) {
        if (!s.timed) fail("step 't' on a node without a time limit");
        return false;  // just wait for the timer
    }
    if (isStepBack(step)) {
        if (m_depth == 0) fail("step 'b' with no decision to step back from");
        m_ctx.app.injectAction(Action::StepBack);
        return false;
    }
    int k = std::atoi(step.c_str());
    if (step.find_first_not_of("0123456789") != std::string::npos) {  // a choice id: wherever it is shown
        auto it = std::find(s.choiceIds.begin(), s.choiceIds.end(), step);
        k = it == s.choiceIds.end() ? -1 : static_cast<int>(it - s.choiceIds.begin()) + 1;
        if (k < 1) {
            fail("choice '" + step + "' is not shown at node " + s.node +
                 (s.timed ? " (to let the time run out, write t)" : ""));
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

// Queues the extra shots due once a scripted step has taken effect (see the header comment for when).
void AutoplayDirector::afterDecision(const std::string& step) {
    ++m_landed;
    m_depth += isStepBack(step) ? -1 : 1;
    const int n = std::max(1, m_ctx.options.framesPerStep);
    const bool back = isStepBack(step), ending = m_log.play.ending;
    insertNext([&] {
        if (back && m_shots.steppedBack && !m_steppedBackShot) {
            m_steppedBackShot = true;
            wait(std::max(n, 60));
            shot("stepped-back");  // the meters have moved back; the note is still open
        }
        if (!back && m_shots.toast && !m_toastShot) {
            m_toastShot = true;
            wait(n);
            shot("toast");  // the coach's note, before continuing to the next choices
            noteFollowsLanguage();
        }
        if (m_shots.debug && !m_debugShot && m_landed == 1 && !ending) {
            m_debugShot = true;
            untilReady();
            wait(n);
            press(Action::ToggleDebug);
            wait(n);
            shot("debug");
            press(Action::ToggleDebug);
            wait(n);
            shot("debug-closed");
        }
    });
}

// F2 with the coach's note open: the note must switch language too (then F2 again switches back).
void AutoplayDirector::noteFollowsLanguage() {
    add([this] {
        m_noteBefore = m_log.play.noteText;
        if (!m_log.play.noteOpen || m_noteBefore.empty()) fail("the coach's note is not open");
        m_ctx.app.injectAction(Action::ToggleLanguage);
        return true;
    });
    wait(2);
    add([this] {
        if (!m_log.play.noteOpen || m_log.play.noteText == m_noteBefore)
            fail("F2 switched the language but the coach's note still reads: " + m_noteBefore);
        m_ctx.app.injectAction(Action::ToggleLanguage);
        return true;
    });
    wait(2);
}

// The facilitator's note the replay shots expect on decision 2, written beside the session the way
// `frontline notes add` writes it (the session file itself is never touched).
const char* const kReplayNote = "Asked before promising: good.";

// From the debrief: a facilitator's note on decision 2, the replay button (keyboard: left of "play again"), the
// viewer at decision 2 (replay.png: the recorded choice highlighted, that decision's feedback and the note;
// replay.txt says what was shown), a bookmark, a jump to decision 1 and back to the bookmark, play to the end
// (replay-end.png), the best path beside the trainee's (replay-best.png), and back to the debrief. Then to the
// title, its Sessions screen (sessions.png), its class heat map (class.png), the newest session opened in the
// viewer (its bookmark from the first viewing restored: replay-reopened.txt) and closed again.
// The class heat map's view: two wheel notches up at a point (the zoom 1.25^2, the point under the cursor kept:
// pan = m - c - (m - c) * zoom about the area's centre c), a drag that shifts it by the drag, Enter back to the
// fitted view; class-zoomed.png is the zoomed, dragged map.
void AutoplayDirector::classZoomAndPan() {
    const int n = std::max(1, m_ctx.options.framesPerStep);
    const sf::Vector2f m{420, 300}, c{640, 386};  // c: the centre of the map's area (class_screen.cpp)
    auto near = [](float a, float b) { return std::abs(a - b) < 0.01f; };
    add([this, m] {
        runtime::Screen* top = m_ctx.app.screens().top();
        top->onMouseMove(m);
        top->onWheel(1);
        top->onWheel(1);
        return true;
    });
    add([this, m, c, near] {
        const ClassViewStatus& v = m_ctx.classView;
        const float z = 1.5625f;
        if (!near(v.zoom, z) || !near(v.panX, (m.x - c.x) * (1 - z)) || !near(v.panY, (m.y - c.y) * (1 - z)))
            fail("the class map's wheel zoom at the cursor: zoom " + std::to_string(v.zoom) + ", pan " +
                 std::to_string(v.panX) + "," + std::to_string(v.panY));
        runtime::Screen* top = m_ctx.app.screens().top();  // drag 60 px right, 40 px down
        top->onMouseClick({600, 400});
        top->onMouseMove({630, 420});
        top->onMouseMove({660, 440});
        top->onMouseRelease({660, 440});
        top->onMouseMove({700, 500});  // after the release: no more panning
        return true;
    });
    add([this, m, c, near] {
        const ClassViewStatus& v = m_ctx.classView;
        const float z = 1.5625f;
        if (!near(v.panX, (m.x - c.x) * (1 - z) + 60) || !near(v.panY, (m.y - c.y) * (1 - z) + 40))
            fail("the class map's drag did not pan by the drag: pan " + std::to_string(v.panX) + "," +
                 std::to_string(v.panY));
        return true;
    });
    wait(n);
    shot("class-zoomed");
    press(Action::Confirm);
    wait(2);
    add([this] {
        const ClassViewStatus& v = m_ctx.classView;
        if (v.zoom != 1 || v.panX != 0 || v.panY != 0) fail("Enter did not reset the class map's view");
        return true;
    });
}

void AutoplayDirector::replayShots() {
    const int n = std::max(1, m_ctx.options.framesPerStep);
    auto until = [this](std::function<bool()> done, std::string what) {
        add([this, done, what] {
            if (done()) return true;
            if (m_ctx.app.frame() - m_stepStart > 900) fail("the replay viewer never showed " + what);
            return false;
        });
    };
    add([this] {
        const std::string& file = m_ctx.debrief.sessionFile;
        if (file.empty()) return true;
        core::SessionNotes notes;
        notes.session = std::filesystem::path(file).filename().string();
        notes.notes.push_back({2, kReplayNote, "Facilitator", "2026-12-03T10:00:00Z"});
        std::string error;
        if (!core::saveNotesAtomically(notes, core::notesPathFor(file), &error))
            fail("cannot write the note: " + error);
        return true;
    });
    press(Action::Left);
    wait(2);
    press(Action::Confirm);
    expect("replay");
    until([this] { return m_ctx.replay.open && m_ctx.replay.frames > 2; }, "a session");
    press(Action::Right);
    until([this] { return m_ctx.replay.frame == 1; }, "decision 2");
    wait(n);
    shot("replay");
    add([this] {
        if (m_ctx.options.screenshotDir.empty()) return true;
        const ReplayStatus& r = m_ctx.replay;
        std::string file = m_ctx.options.screenshotDir + "/replay.txt";
        if (std::FILE* out = std::fopen(file.c_str(), "w")) {
            std::fprintf(out, "session %s\nframe %d\nframes %d\nnode %s\ntaken %s\nfocus %d\nfeedback-of %s\n",
                         m_ctx.debrief.sessionFile.c_str(), r.frame, r.frames, r.node.c_str(), r.taken.c_str(), r.focus,
                         r.feedbackOf.c_str());
            for (const std::string& note : r.notes) std::fprintf(out, "note %s\n", note.c_str());
            std::fclose(out);
        } else {
            fail("cannot write " + file);
        }
        return true;
    });
    press(Action::Bookmark);
    press(Action::Choose1);
    until([this] { return m_ctx.replay.frame == 0; }, "decision 1 after key 1");
    press(Action::Down);
    until([this] { return m_ctx.replay.frame == 1 && m_ctx.replay.bookmarks == std::vector<int>{1}; },
          "the bookmark at decision 2");
    add([this] {  // to the last decision (one step a frame), then play to the end (each step stays 1.8 s)
        const ReplayStatus& r = m_ctx.replay;
        if (r.frame >= r.frames - 2) return true;
        m_ctx.app.injectAction(Action::Right);
        if (m_ctx.app.frame() - m_stepStart > 900) fail("the replay viewer did not step forward");
        return false;
    });
    press(Action::Confirm);  // play
    until([this] { return m_ctx.replay.frame == m_ctx.replay.frames - 1 && !m_ctx.replay.playing; }, "its end");
    wait(n);
    shot("replay-end");
    press(Action::Next);
    until([this] { return m_ctx.replay.compare; }, "the best path");
    wait(n);
    shot("replay-best");
    press(Action::Back);
    expect("debrief");
    wait(2);
    press(Action::Back);  // to the scenario list, then the title
    expect("select");
    wait(2);
    press(Action::Back);
    expect("title");
    wait(n);
    press(Action::Down);  // the title's focus is on Start; Sessions is next
    wait(2);
    press(Action::Confirm);
    expect("sessions");
    wait(std::max(n, 30));
    shot("sessions");
    press(Action::Next);  // the class heat map of the selected session's scenario
    expect("class");
    until([this] { return m_ctx.classView.open && m_ctx.classView.edges > 0; }, "the class heat map");
    wait(n);
    shot("class");
    classZoomAndPan();
    press(Action::Back);
    expect("sessions");
    wait(2);
    press(Action::Confirm);
    expect("replay");
    until([this] { return m_ctx.replay.open && m_ctx.replay.error.empty() && m_ctx.replay.frames > 2; },
          "the session opened from the list");
    // The bookmark set at decision 2 in the first viewing was kept in NAME.notes.json: it is back.
    until([this] { return m_ctx.replay.bookmarks == std::vector<int>{1}; }, "the bookmark kept from the first viewing");
    add([this] {
        if (m_ctx.options.screenshotDir.empty()) return true;
        const ReplayStatus& r = m_ctx.replay;
        std::string file = m_ctx.options.screenshotDir + "/replay-reopened.txt";
        if (std::FILE* out = std::fopen(file.c_str(), "w")) {
            std::fprintf(out, "session %s\nbookmarks", r.file.c_str());
            for (int b : r.bookmarks) std::fprintf(out, " %d", b);
            std::fprintf(out, "\n");
            std::fclose(out);
        } else {
            fail("cannot write " + file);
        }
        return true;
    });
    press(Action::Back);
    expect("sessions");
    press(Action::Back);
    expect("title");
    wait(2);
}

}  // namespace frontline::game
