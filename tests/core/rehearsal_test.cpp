// Play from here: a rehearsal state is the start state moved to a node with chosen values, and playing on from it
// reaches exactly the states that playing there from the start does.
#include "core/rehearsal.h"

#include <doctest/doctest.h>

#include "core/loader.h"
#include "core/session.h"

using namespace frontline::core;

namespace {

const Scenario& starter() {
    static const LoadResult r = loadScenarioFile(std::string(FRONTLINE_TEST_DIR) + "/../docs/examples/starter.json");
    REQUIRE(r.scenario);
    return *r.scenario;
}

std::string errorOf(std::string_view node, std::string_view set) {
    std::string error;
    CHECK_FALSE(rehearsalState(starter(), node, set, error));
    return error;
}

}  // namespace

TEST_CASE("rehearsal: playing on from a node with its values reaches the same states as playing there") {
    const Scenario& sc = starter();
    Session played(sc, 7);
    REQUIRE_FALSE(played.choose("ask-impact", 0));
    const State there = played.state();

    const int manager = sc.characterIndex("manager"), engineer = sc.characterIndex("engineer");
    std::string error;
    auto start = rehearsalState(sc, "plan",
                                "trust.manager=" + std::to_string(there.trust[manager]) +
                                    ",patience.manager=" + std::to_string(there.patience[manager]) +
                                    ",trust.engineer=" + std::to_string(there.trust[engineer]) +
                                    ",heard_impact=true,clock.hours=0.25",
                                error);
    REQUIRE_MESSAGE(start, error);
    CHECK(*start == there);

    SessionOptions options;
    options.start = start;
    Session rehearsed(sc, 7, options);
    for (const char* choice : {"tell-cause"}) {
        REQUIRE_FALSE(played.choose(choice, 0));
        REQUIRE_FALSE(rehearsed.choose(choice, 0));
        CHECK(rehearsed.state() == played.state());
    }
    CHECK(rehearsed.node().id == "restored");
}

TEST_CASE("rehearsal: the values decide where the same choice leads") {
    const Scenario& sc = starter();
    std::string error;
    for (auto [set, ending] : {std::pair{"trust.manager=80,heard_impact=true", "restored"},
                               std::pair{"trust.manager=80,heard_impact=false", "restored-late"},
                               std::pair{"trust.manager=10,heard_impact=true", "restored-late"}}) {
        SessionOptions options;
        options.start = rehearsalState(sc, "plan", set, error);
        REQUIRE_MESSAGE(options.start, error);
        Session s(sc, 1, options);
        REQUIRE_FALSE(s.choose("tell-cause", 0));
        CHECK_MESSAGE(s.node().id == ending, set);
    }
}

TEST_CASE("rehearsal: no node and no values is the start state") {
    std::string error;
    auto s = rehearsalState(starter(), "", "", error);
    REQUIRE(s);
    CHECK(s->node == starter().start);
}

TEST_CASE("rehearsal: every wrong part is named, with a suggestion") {
    CHECK(errorOf("plna", "") == "no node 'plna' (did you mean 'plan'?)");
    CHECK(errorOf("lost", "").find("is an ending") != std::string::npos);
    CHECK(errorOf("plan", "trust.manger=3").find("no character 'manger' (did you mean 'trust.manager'?)") !=
          std::string::npos);
    CHECK(errorOf("plan", "trust.manager=130").find("whole number from 0 to 100") != std::string::npos);
    CHECK(errorOf("plan", "trust.manager=5.5").find("whole number") != std::string::npos);
    CHECK(errorOf("plan", "heard_impact=yes").find("is true or false") != std::string::npos);
    CHECK(errorOf("plan", "heard_impct=true").find("(did you mean 'heard_impact'?)") != std::string::npos);
    CHECK(errorOf("plan", "clock.hours=-1").find("0 or more") != std::string::npos);
    CHECK(errorOf("plan", "trust.manager").find("is not name=value") != std::string::npos);
    CHECK(errorOf("plan", "heard_impact=true,,").find("is not name=value") != std::string::npos);
}
