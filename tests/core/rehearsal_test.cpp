// Play from here: a rehearsal state is the start state moved to a node with chosen values, and playing on from it
// reaches exactly the states that playing there from the start does.
#include "core/rehearsal.h"

#include <doctest/doctest.h>

#include "core/loader.h"
#include "core/play_rules.h"
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

TEST_CASE("rehearsal: the editor's values name everything, read a state back, and set the same state again") {
    const Scenario& sc = starter();
    Session played(sc, 7);
    REQUIRE_FALSE(played.choose("ask-impact", 0));
    const State there = played.state();
    const std::vector<RehearsalValue> values = rehearsalValues(sc, there);
    REQUIRE(values.size() == 1 + 2 * sc.characters.size() + sc.variables.size());
    CHECK(values.front().name == "clock.hours");
    CHECK(values.front().kind == RehearsalValue::Kind::Hours);
    CHECK(values.front().value == doctest::Approx(there.minutes / 60.0));
    CHECK(values[1].name == "trust." + sc.characters[0].id);
    CHECK(values[1].value == there.trust[0]);
    CHECK(values.back().name == sc.variables.back().name);
    std::string error;
    auto again = rehearsalState(sc, "plan", rehearsalAssignments(values), error);
    REQUIRE_MESSAGE(again, error);
    CHECK(*again == there);
    // The start values as they are: the start state itself (the panel's defaults).
    auto start = rehearsalState(sc, "", rehearsalAssignments(rehearsalValues(sc, initialState(sc))), error);
    REQUIRE_MESSAGE(start, error);
    CHECK(*start == initialState(sc));
}

TEST_CASE("rehearsal: assignments write booleans as true/false and numbers so they read back exactly") {
    using Kind = RehearsalValue::Kind;
    CHECK(rehearsalAssignments({{Kind::Hours, "clock.hours", 0.25},
                                {Kind::Meter, "trust.manager", 30},
                                {Kind::Boolean, "heard_impact", 1},
                                {Kind::Boolean, "other", 0}}) ==
          "clock.hours=0.25,trust.manager=30,heard_impact=true,other=false");
    CHECK(rehearsalAssignments({}) == "");
}

TEST_CASE("rehearsal: the first reached state is what the shortest play to the node leaves, or nothing") {
    const Scenario& sc = starter();
    Session played(sc, 7);
    REQUIRE_FALSE(played.choose("ask-impact", 0));  // the first choice in file order of the one decision before plan
    auto reached = firstReachedState(sc, "plan");
    REQUIRE(reached);
    CHECK(*reached == played.state());
    CHECK(reached->trust != initialState(sc).trust);  // really played there, not the start values moved
    auto start = firstReachedState(sc, "call");
    REQUIRE(start);
    CHECK(*start == initialState(sc));
    CHECK(firstReachedState(sc, "restored"));  // an ending is reached too (the panel asks only about decisions)
    CHECK_FALSE(firstReachedState(sc, "no-such-node"));
    CHECK_FALSE(firstReachedState(sc, "plan", 1));  // the bound: only the start state may be kept
}

TEST_CASE("rehearsal: a node no play reaches has no first reached state") {
    LoadResult r = loadScenarioFile(std::string(FRONTLINE_TEST_DIR) + "/../docs/examples/starter.json");
    REQUIRE(r.scenario);
    Scenario sc = *r.scenario;
    const int plan = sc.nodeIndex("plan");
    for (Node& n : sc.nodes)  // every way to plan now leads to lost instead
        for (Choice& c : n.choices)
            for (auto& branch : c.next)
                if (branch.target == plan) branch.target = sc.nodeIndex("lost");
    CHECK_FALSE(firstReachedState(sc, "plan"));
    CHECK(firstReachedState(sc, "lost"));
}
