#include "screens/background_explorer.h"

namespace frontline::game {

BackgroundExplorer::~BackgroundExplorer() {
    if (m_run.valid()) m_run.wait();
}

void BackgroundExplorer::start(core::Scenario scenario, core::Rubric rubric, std::uint64_t generation) {
    m_run = std::async(std::launch::async,
                       [scenario = std::move(scenario), rubric = std::move(rubric), generation]() -> Finished {
                           return {generation, core::explore(scenario, rubric)};
                       });
}

std::optional<BackgroundExplorer::Finished> BackgroundExplorer::poll() {
    if (!m_run.valid() || m_run.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    return m_run.get();
}

std::uint64_t ExploreSchedule::changed(bool explorable, Clock::time_point now) {
    m_dueAt = m_generation == 0 ? now : now + m_delay;
    ++m_generation;
    m_explorable = explorable;
    return m_generation;
}

bool ExploreSchedule::due(Clock::time_point now) const {
    return m_explorable && m_startedFor != m_generation && now >= m_dueAt;
}

}  // namespace frontline::game
