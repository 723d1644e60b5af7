// The editor's explorer on a worker thread: a run gives what core::explore gives, and the schedule explores a
// document half a second after its last change, once per generation, never with errors, keeping only the latest.
#include "screens/background_explorer.h"

#include <doctest/doctest.h>

#include <thread>

#include "core/loader.h"

using namespace std::chrono_literals;
using frontline::game::BackgroundExplorer;
using frontline::game::ExploreSchedule;

TEST_CASE("a background exploration finds what core::explore finds, without blocking the caller") {
    const auto loaded =
        frontline::core::loadScenarioFile(std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/tutorial.json");
    REQUIRE(loaded.scenario);
    REQUIRE(loaded.rubric);
    const frontline::core::ExplorationResult direct = frontline::core::explore(*loaded.scenario, *loaded.rubric);
    BackgroundExplorer explorer;
    CHECK_FALSE(explorer.busy());
    CHECK_FALSE(explorer.poll());
    explorer.start(*loaded.scenario, *loaded.rubric, 7);
    CHECK(explorer.busy());
    std::optional<BackgroundExplorer::Finished> done;
    for (int i = 0; i < 2000 && !done; ++i) {
        done = explorer.poll();
        if (!done) std::this_thread::sleep_for(10ms);
    }
    REQUIRE(done);
    CHECK_FALSE(explorer.busy());
    CHECK(done->generation == 7);
    CHECK(done->result.states == direct.states);
    CHECK(done->result.paths == direct.paths);
    CHECK(done->result.warnings.size() == direct.warnings.size());
    CHECK(done->result.best.choiceIds == direct.best.choiceIds);
}

TEST_CASE("the editor explores half a second after the last edit, once, and keeps only the latest generation") {
    ExploreSchedule schedule(500ms);
    const auto t0 = ExploreSchedule::Clock::time_point{} + 1h;
    const std::uint64_t opened = schedule.changed(true, t0);
    CHECK(schedule.due(t0));  // the document as opened: at once
    schedule.started();
    CHECK_FALSE(schedule.due(t0 + 1s));  // started: not again
    CHECK(schedule.current(opened));

    const std::uint64_t typed = schedule.changed(true, t0 + 2s);
    CHECK_FALSE(schedule.current(opened));  // a run for the old text is dropped
    CHECK_FALSE(schedule.due(t0 + 2s + 499ms));
    const std::uint64_t typedMore = schedule.changed(true, t0 + 2s + 400ms);
    CHECK(typedMore != typed);
    CHECK_FALSE(schedule.due(t0 + 2s + 600ms));  // the delay counts from the last change
    CHECK(schedule.due(t0 + 2s + 900ms));
    schedule.started();
    CHECK(schedule.current(typedMore));
    CHECK_FALSE(schedule.current(typed));

    const std::uint64_t broken = schedule.changed(false, t0 + 5s);
    CHECK_FALSE(schedule.explorable());
    CHECK_FALSE(schedule.due(t0 + 10s));  // a scenario with errors is never explored
    CHECK_FALSE(schedule.current(broken));
}
