// The window tour (`frontline --tour [--scenario F] --locale L`): plays planned paths (core/tour_plan.h)
// through every reachable node of one scenario, or of every scenario in the catalog, in the real play screen
// on the simulated clock, with node timers running fast, recording no session and no best score. The play
// screen measures each node it shows at every text size with the practice layout (the tightest). It prints each text
// that does not fit its box as
//   overflow: <scenario> node <id> <box> (<locale>): <measurements>
// (with a screenshot in --screenshot-dir when given), a coverage line per scenario, and quits with 0 when
// every path reached its ending and nothing overflowed, 4 on overflows, 3 when a path could not be played.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "core/tour_plan.h"
#include "screens/context.h"

namespace frontline::game {

class TourDirector {
public:
    explicit TourDirector(GameContext& ctx);  // watches the play screen until destroyed
    ~TourDirector();
    TourDirector(const TourDirector&) = delete;
    TourDirector& operator=(const TourDirector&) = delete;
    void onFrame(runtime::App& app);  // install as the app's frame hook

private:
    enum class Phase { Boot, Playing, Ending, Done };
    void startNextPath();
    void playing();
    void reportOverflows();
    void finishScenario();
    void fail(const std::string& why);

    GameContext& m_ctx;
    PlayLog m_log;  // what the play screen reported
    std::vector<const core::Scenario*> m_scenarios;
    std::size_t m_scenario = 0;  // index into m_scenarios
    core::TourPlan m_plan;
    bool m_planned = false;
    std::size_t m_path = 0, m_step = 0;
    Phase m_phase = Phase::Boot;
    long m_phaseStart = 0, m_readySince = -1;
    int m_decisionsBefore = -1;
    std::size_t m_overflowsSeen = 0, m_overflowsAtScenarioStart = 0;
    bool m_shotPending = false, m_nodeShotPending = false;
    std::vector<std::string> m_visited;  // node ids seen in the current scenario
    unsigned m_minDialogue = 0, m_minChoice = 0;
    long m_decisions = 0, m_paths = 0, m_scenarioStartFrame = 0;
    bool m_failed = false;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now(), m_scenarioStart;
};

}  // namespace frontline::game
