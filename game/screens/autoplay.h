// Scripted play for screenshots and tests (`frontline --autoplay 2,1,t --screenshot-dir DIR`): runs on the
// app's simulated clock, injects the same actions a keyboard would, and saves title, select, play (both
// languages), timed choice, pause, settings, ending and debrief shots, and debrief.txt (the Index the debrief
// drew once its count-up settled, the trainee, the mode, the session file, the feedback notes and good / bad
// tones of the run). It fails (exit 3) when a countdown ran before its choices were on screen. Steps: "N" takes the
// N-th displayed choice (as key N would); "t" lets the timer run out; "b" steps back one decision (Backspace; practice
// mode only); any other step is a choice id, taken wherever it is shown. After the list, choice 1 is taken until an
// ending. Texts that do not fit their boxes are printed as "overflow: <scenario> node <id> <box> (<locale>): ..."
// and make the exit status 4.
// `--shots` adds shots at fixed moments: "toast" (practice: the coach's note after the first decision, then F2
// must switch the note's language too), "stepped-back" (the node returned to by the first "b", meters settled), "debug"
// (F1 opens the debug panel at the decision point after the first decision: debug.png, F1 closes it again:
// debug-closed.png), "replay" (the replay viewer from the debrief's replay button, with a facilitator's note on
// decision 2: replay.png and replay.txt at decision 2, replay-end.png, replay-best.png, then the title's Sessions
// screen: sessions.png, the class heat map: class.png, and the newest session opened from it), "name" (on the title,
// the trainee's name field: types "李雷 Lei Li", name.png, Enter; the session then records that name).
#pragma once
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "screens/context.h"

namespace frontline::game {

struct AutoplayShots {
    bool toast = false, steppedBack = false, debug = false, replay = false, name = false;
};

// Parses the comma-separated --shots list into `shots`; returns "" or what is wrong.
std::string parseAutoplayShots(const std::string& list, AutoplayShots& shots);
// Checks the --autoplay steps against the mode and the shots asked for; returns "" or what is wrong.
std::string checkAutoplayScript(const std::vector<std::string>& steps, bool practice, const AutoplayShots& shots);

class AutoplayDirector {
public:
    AutoplayDirector(GameContext& ctx, AutoplayShots shots = {});  // watches the play screen until destroyed
    ~AutoplayDirector();
    AutoplayDirector(const AutoplayDirector&) = delete;
    AutoplayDirector& operator=(const AutoplayDirector&) = delete;
    void onFrame(runtime::App& app);  // install as the app's frame hook

private:
    using Step = std::function<bool()>;  // returns true when finished
    void add(Step step) { (m_building ? *m_building : m_steps).push_back(std::move(step)); }
    void insertNext(const std::function<void()>& build);  // runs the steps `build` adds before the current one
    void expect(std::string screen);
    void wait(int frames);
    void shot(std::string name);
    void press(runtime::Action action);
    void untilReady();
    void untilDebriefSettled();
    void writeDebriefText();
    void noteFollowsLanguage();
    bool decide();
    void afterDecision(const std::string& step);
    void replayShots();
    void classZoomAndPan();
    void fail(const std::string& why);

    GameContext& m_ctx;
    PlayLog m_log;  // what the play screen reported
    AutoplayShots m_shots;
    std::deque<Step> m_steps;
    std::deque<Step>* m_building = nullptr;
    long m_stepStart = -1;
    std::size_t m_nextChoice = 0;
    int m_decisionsBefore = -1;
    std::string m_lastStep;
    int m_landed = 0;  // decisions (and steps back) the script has seen take effect
    int m_depth = 0;   // decisions standing (what a step back can take back)
    long m_lastPress = -1000;
    bool m_timedShot = false, m_toastShot = false, m_steppedBackShot = false, m_debugShot = false;
    bool m_failed = false;
    bool m_timerCheckPending = false;  // a decision landed: check the next node's countdown when it shows
    std::string m_noteBefore;
    bool m_yield = false;
    std::size_t m_overflowsSeen = 0;
};

}  // namespace frontline::game
