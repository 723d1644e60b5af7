// Scripted play for screenshots and tests (`frontline --autoplay 2,1,t --screenshot-dir DIR`): runs on the
// app's simulated clock, injects the same actions a keyboard would, and saves title, select, play (both
// languages), timed choice, pause, settings, ending and debrief shots. Steps: "N" takes the N-th displayed
// choice (as key N would); "t" lets the timer run out; any other step is a choice id, taken wherever it is
// shown. After the list, choice 1 is taken until an ending. Texts that do not fit their boxes are printed as
// "overflow: <scenario> node <id> <box> (<locale>): ..." and make the exit status 4.
#pragma once
#include <deque>
#include <functional>
#include <string>

#include "screens/context.h"

namespace frontline::game {

class AutoplayDirector {
public:
    explicit AutoplayDirector(GameContext& ctx);
    void onFrame(runtime::App& app);  // install as the app's frame hook

private:
    using Step = std::function<bool()>;  // returns true when finished
    void add(Step step) { m_steps.push_back(std::move(step)); }
    void expect(std::string screen);
    void wait(int frames);
    void shot(std::string name);
    void press(runtime::Action action);
    void untilReady();
    bool decide();
    void fail(const std::string& why);

    GameContext& m_ctx;
    std::deque<Step> m_steps;
    long m_stepStart = -1;
    std::size_t m_nextChoice = 0;
    int m_decisionsBefore = -1;
    long m_lastPress = -1000;
    bool m_timedShot = false;
    bool m_failed = false;
    bool m_yield = false;
    std::size_t m_overflowsSeen = 0;
};

}  // namespace frontline::game
