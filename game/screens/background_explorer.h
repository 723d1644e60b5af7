// core::explore on a worker thread, for the editor: a run works on its own copy of the scenario and rubric, so
// the window never waits for it and the document may change meanwhile. Each run carries the generation it was
// started for; the caller keeps what is still current and drops the rest.
#pragma once
#include <chrono>
#include <cstdint>
#include <future>
#include <optional>

#include "core/explorer.h"

namespace frontline::game {

class BackgroundExplorer {
public:
    struct Finished {
        std::uint64_t generation = 0;
        core::ExplorationResult result;
    };

    BackgroundExplorer() = default;
    BackgroundExplorer(const BackgroundExplorer&) = delete;
    BackgroundExplorer& operator=(const BackgroundExplorer&) = delete;
    ~BackgroundExplorer();  // waits for a run in progress: the explorer cannot be interrupted

    bool busy() const { return m_run.valid(); }
    // Starts a run; only when not busy().
    void start(core::Scenario scenario, core::Rubric rubric, std::uint64_t generation);
    // The run's result once it has finished (then no longer busy), else nothing; never blocks.
    std::optional<Finished> poll();

private:
    std::future<Finished> m_run;
};

// When the editor explores: `delay` after the last change (typing stays smooth), one run at a time, and only the
// latest generation's result is kept.
class ExploreSchedule {
public:
    using Clock = std::chrono::steady_clock;
    explicit ExploreSchedule(Clock::duration delay) : m_delay(delay) {}

    // The document changed: a new generation, explored `delay` from now (now, for the first), or never when it
    // cannot be explored (it has errors).
    std::uint64_t changed(bool explorable, Clock::time_point now);
    // Whether a run for the current generation should start now.
    bool due(Clock::time_point now) const;
    void started() { m_startedFor = m_generation; }
    // Whether a finished run's result is for the document as it is now.
    bool current(std::uint64_t generation) const { return m_explorable && generation == m_generation; }
    bool explorable() const { return m_explorable; }
    std::uint64_t generation() const { return m_generation; }

private:
    Clock::duration m_delay;
    std::uint64_t m_generation = 0, m_startedFor = 0;
    bool m_explorable = false;
    Clock::time_point m_dueAt{};
};

}  // namespace frontline::game
