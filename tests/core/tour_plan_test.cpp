// Tour planning (engine/core/tour_plan.h): the paths `frontline --tour` plays must each reach an ending in
// a real session and together show every node the explorer can reach.
#include "core/tour_plan.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/explorer.h"
#include "core/library.h"
#include "core/loader.h"
#include "core/rubric_loader.h"
#include "core/session.h"
#include "session_fixture.h"

using namespace frontline;
using frontline::core::planTour;
using frontline::core::TourPlan;

namespace {

// Plays every path in a session (seed 7; steps are ids, so the shuffle does not matter) and returns the
// nodes shown; fails the test when a step is refused or a path stops short of an ending.
std::set<std::string> playAll(const core::Scenario& sc, const TourPlan& plan) {
    std::set<std::string> shown;
    for (std::size_t p = 0; p < plan.paths.size(); ++p) {
        CAPTURE(p);
        core::Session s(sc, 7);
        shown.insert(s.node().id);
        for (const std::string& step : plan.paths[p]) {
            CAPTURE(step);
            REQUIRE_FALSE(s.finished());
            std::optional<core::SessionError> error;
            if (step == "t") {
                error = s.timeout(0);
            } else {
                auto ids = s.displayedChoiceIds();
                REQUIRE(std::find(ids.begin(), ids.end(), step) != ids.end());  // shown, so a key can take it
                error = s.choose(step, 0);
            }
            REQUIRE_FALSE(error);
            shown.insert(s.node().id);
        }
        CHECK(s.finished());
    }
    return shown;
}

}  // namespace

TEST_CASE("the tour covers every node of the desk scenario by clicking, one ending per path") {
    core::Scenario sc = testing::deskScenario();
    TourPlan plan = planTour(sc);
    CHECK(plan.complete);
    CHECK(plan.nodes == 5);
    CHECK(plan.reachable == 5);
    CHECK(plan.covered == 5);
    CHECK(plan.paths.size() == 3);  // won, partial and lost are three different endings
    for (const auto& path : plan.paths)
        for (const auto& step : path) CHECK(step != "t");  // the timeout only leads where clicking does
    CHECK(playAll(sc, plan) == std::set<std::string>{"intro", "call", "won", "partial", "lost"});
}

TEST_CASE("a node only the timer leads to is toured with a 't' step") {
    core::Scenario sc = testing::deskScenario();
    core::Node silence;
    silence.id = "silence";
    silence.speaker = "ceo";
    silence.text = testing::both("……", "...");
    silence.choices = {testing::makeChoice("apologise", core::ChoiceKind::Respond, "Apologise for the silence", 1)};
    sc.nodes.push_back(silence);
    sc.nodes[0].choices[3].next[0].target = 5;  // wait (timeout only) -> silence
    TourPlan plan = planTour(sc);
    CHECK(plan.covered == 6);
    int timeouts = 0;
    for (const auto& path : plan.paths)
        for (const auto& step : path) timeouts += step == "t";
    CHECK(timeouts == 1);
    CHECK(playAll(sc, plan).count("silence") == 1);
}

TEST_CASE("a walk stopped at its state limit says so") {
    TourPlan plan = planTour(testing::deskScenario(), 2);
    CHECK_FALSE(plan.complete);
    CHECK(plan.reachable == 2);
}

TEST_CASE("every shipped scenario: the tour shows every node the explorer reaches") {
    for (const std::string& file : core::scenarioFiles(std::string(FRONTLINE_SOURCE_DIR) + "/scenarios")) {
        CAPTURE(file);
        core::LoadResult loaded = core::loadScenarioFile(file);
        REQUIRE(loaded.scenario);
        const core::Scenario& sc = *loaded.scenario;
        REQUIRE(loaded.rubric);
        core::ExplorationResult explored = core::explore(sc, *loaded.rubric);
        TourPlan plan = planTour(sc);
        CHECK(plan.complete);
        CHECK(plan.reachable == explored.reachableNodes);
        CHECK(plan.covered == plan.reachable);
        CHECK(playAll(sc, plan).size() == plan.reachable);
    }
}
