#include "core/session.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "session_fixture.h"

using namespace frontline::core;
using frontline::testing::deskScenario;

namespace {

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

}  // namespace

TEST_CASE("the displayed order is a permutation of the offered choices, fixed by the seed") {
    Scenario sc = deskScenario();
    Session a(sc, 7);
    CHECK(sorted(a.displayedChoiceIds()) == std::vector<std::string>{"ask", "escalate", "pitch"});
    CHECK(a.displayedChoiceIds() == a.displayedChoiceIds());  // asking twice does not advance anything
    Session b(sc, 7);
    CHECK(a.displayedChoiceIds() == b.displayedChoiceIds());

    std::set<std::vector<std::string>> orders;
    for (std::uint64_t seed = 0; seed < 40; ++seed) orders.insert(Session(sc, seed).displayedChoiceIds());
    CHECK(orders.size() == 6);  // all 3! orders occur across seeds
}

TEST_CASE("the shuffle is pinned: the same seed gives the same order on every platform") {
    // Golden values: a change here breaks the replay of every recorded session.
    CHECK(shuffledOrder(42, 0, 5) == shuffledOrder(42, 0, 5));
    CHECK(shuffledOrder(42, 0, 5) == std::vector<int>{4, 0, 2, 1, 3});
    CHECK(shuffledOrder(42, 1, 5) == std::vector<int>{1, 3, 0, 4, 2});
    CHECK(shuffledOrder(1, 0, 0).empty());
    CHECK(shuffledOrder(1, 0, 1) == std::vector<int>{0});
}

TEST_CASE("the shuffle is close to uniform") {
    std::map<std::vector<int>, int> counts;
    const int trials = 6000;
    for (int s = 0; s < trials; ++s) counts[shuffledOrder(static_cast<std::uint64_t>(s) * 7919, 3, 3)]++;
    REQUIRE(counts.size() == 6);
    for (const auto& [order, n] : counts) {
        CAPTURE(n);
        CHECK(n > 850);
        CHECK(n < 1150);
    }
}

TEST_CASE("a scenario that opts out of shuffling shows choices in file order") {
    Scenario sc = deskScenario();
    sc.shuffle = false;
    for (std::uint64_t seed = 0; seed < 10; ++seed)
        CHECK(Session(sc, seed).displayedChoiceIds() == std::vector<std::string>{"ask", "pitch", "escalate"});
}

TEST_CASE("same scenario, seed and choices give the same states, events and outcome") {
    Scenario sc = deskScenario();
    auto play = [&](std::uint64_t seed) {
        Session s(sc, seed);
        REQUIRE_FALSE(s.choose("escalate", 1200));
        REQUIRE_FALSE(s.choose("own", 800));
        return s;
    };
    Session a = play(99), b = play(99);
    REQUIRE(a.finished());
    CHECK(a.node().id == "partial");  // trust 50 < 55
    CHECK((a.state() == b.state()));
    REQUIRE(a.events().size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(a.events()[i].node == b.events()[i].node);
        CHECK(a.events()[i].choice == b.events()[i].choice);
        CHECK(a.events()[i].displayed == b.events()[i].displayed);
        CHECK((a.events()[i].after == b.events()[i].after));
    }
    const SessionEvent& first = a.events()[0];
    CHECK(std::string(toString(first.type)) == "choice");
    CHECK(first.node == "intro");
    CHECK(first.decision == 0);
    CHECK(first.decisionMs == 1200);
    CHECK(first.displayed == Session(sc, 99).displayedChoiceIds());
    CHECK(asNumber(first.after.variables[0]) == 1.0);
    CHECK(first.after.minutes == 60);
    CHECK(a.events()[1].displayed == std::vector<std::string>{"own"});  // send hidden (visits == 1), note hidden
}

TEST_CASE("effects and branches follow the rules of play") {
    Scenario sc = deskScenario();
    Session s(sc, 1);
    REQUIRE_FALSE(s.choose("ask", 10));
    CHECK(s.state().trust[0] == 60);
    CHECK(sorted(s.displayedChoiceIds()) == std::vector<std::string>{"own", "send"});
    REQUIRE_FALSE(s.choose("own", 10));
    CHECK(s.node().id == "won");
    CHECK(s.finished());
    CHECK(s.displayedChoices().empty());
}

TEST_CASE("a choice that does not exist or is not offered is refused and changes nothing") {
    Scenario sc = deskScenario();
    Session s(sc, 3);
    State before = s.state();
    auto unknown = s.choose("dance", 5);
    REQUIRE(unknown);
    CHECK(unknown->rule.code == "unknown-choice");
    auto hidden = s.choose("wait", 5);  // timeout-only: never offered as a button
    REQUIRE(hidden);
    CHECK(hidden->rule.code == "choice-not-offered");
    CHECK((s.state() == before));
    CHECK(s.events().empty());

    REQUIRE_FALSE(s.choose("escalate", 5));
    auto gated = s.choose("send", 5);  // visits == 1 now
    REQUIRE(gated);
    CHECK(gated->rule.code == "choice-not-offered");
}

TEST_CASE("a timeout takes the node's timeout choice and is recorded as such") {
    Scenario sc = deskScenario();
    Session s(sc, 5);
    REQUIRE_FALSE(s.timeout(30000));
    REQUIRE(s.events().size() == 1);
    CHECK(std::string(toString(s.events()[0].type)) == "timeout");
    CHECK(s.events()[0].timedOut);
    CHECK(s.events()[0].choice == "wait");
    CHECK(s.events()[0].decisionMs == 30000);
    CHECK(s.state().patience[0] == 40);
    auto noLimit = s.timeout(1);  // "call" has no time limit
    REQUIRE(noLimit);
    CHECK(noLimit->rule.code == "no-time-limit");
}

TEST_CASE("the session refuses choices after the ending") {
    Scenario sc = deskScenario();
    Session s(sc, 5);
    REQUIRE_FALSE(s.choose("pitch", 1));
    REQUIRE_FALSE(s.choose("send", 1));
    CHECK(s.node().id == "lost");
    auto after = s.choose("own", 1);
    REQUIRE(after);
    CHECK(after->rule.code == "finished");
}

TEST_CASE("stepping back") {
    Scenario sc = deskScenario();
    SUBCASE("graded mode refuses it") {
        Session s(sc, 11);
        REQUIRE_FALSE(s.choose("ask", 1));
        auto err = s.stepBack();
        REQUIRE(err);
        CHECK(err->rule.code == "undo-not-allowed");
        CHECK(s.node().id == "call");
        CHECK_FALSE(s.canStepBack());
    }
    SUBCASE("practice mode restores the previous state, records an undo and shows the same order again") {
        Session s(sc, 11, {SessionMode::Practice});
        auto firstOrder = s.displayedChoiceIds();
        State start = s.state();
        CHECK(s.stepBack()->rule.code == "nothing-to-undo");
        REQUIRE_FALSE(s.choose("pitch", 1));
        CHECK(s.canStepBack());
        REQUIRE_FALSE(s.stepBack());
        CHECK((s.state() == start));
        CHECK(s.decisionIndex() == 0);
        CHECK(s.path().empty());
        CHECK(s.displayedChoiceIds() == firstOrder);
        REQUIRE(s.events().size() == 2);
        CHECK(std::string(toString(s.events()[1].type)) == "undo");
        CHECK(s.events()[1].node == "intro");
        CHECK(s.events()[1].choice == "pitch");
        REQUIRE_FALSE(s.choose("ask", 1));
        REQUIRE_FALSE(s.choose("own", 1));
        CHECK(s.node().id == "won");
        REQUIRE(s.path().size() == 2);
        CHECK(sc.nodes[s.path()[0].node].choices[s.path()[0].choice].id == "ask");
    }
}
