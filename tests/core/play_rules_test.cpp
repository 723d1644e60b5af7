#include "core/play_rules.h"

#include <doctest/doctest.h>

using namespace frontline::core;

namespace {

Expression cond(const Scenario& sc, const char* src) {
    Symbols sy;
    for (auto& c : sc.characters) sy.characters.push_back(c.id);
    for (auto& v : sc.variables) sy.variables.push_back({v.name, typeOf(v.initial)});
    return std::get<Expression>(compileExpression(src, sy));
}

// start --ask(listen, +20 trust, visits+1)--> check ; --pitch(respond, -30)--> check
// check: if trust.ceo >= 60 -> good else bad (branching next)
Scenario tiny() {
    Scenario sc;
    sc.id = "tiny";
    sc.clockStart = "2010-08-05T22:00";
    sc.characters.push_back({"ceo", {}, {}, {}, "x", 50, 50});
    sc.variables.push_back({"visits", Value{0.0}});
    Node start;
    start.id = "start";
    Choice ask;
    ask.id = "ask";
    ask.effects.trust = {{0, 60}};
    ask.effects.add = {{0, 1.0}};
    ask.effects.minutes = 180;
    Choice pitch;
    pitch.id = "pitch";
    pitch.kind = ChoiceKind::Respond;
    pitch.effects.trust = {{0, -80}};
    Choice secret;
    secret.id = "secret";
    secret.timeoutOnly = true;
    start.choices = {ask, pitch, secret};
    start.timeLimitSeconds = 10;
    start.timeoutChoice = 2;
    Node good, bad;
    good.id = "good";
    good.ending = EndingKind::Won;
    bad.id = "bad";
    bad.ending = EndingKind::Lost;
    sc.nodes = {start, good, bad};
    sc.start = 0;
    for (auto* c : {&sc.nodes[0].choices[0], &sc.nodes[0].choices[1], &sc.nodes[0].choices[2]}) {
        Branch b1;
        b1.condition = cond(sc, "trust.ceo >= 60");
        b1.target = 1;
        Branch b2;
        b2.target = 2;
        c->next = {b1, b2};
    }
    Choice& gated = sc.nodes[0].choices[1];
    gated.condition = cond(sc, "visits == 0");
    return sc;
}

}  // namespace

TEST_CASE("a choice applies its effects, clamps meters, then follows the first branch that holds") {
    Scenario sc = tiny();
    State s0 = initialState(sc);
    CHECK(s0.trust == std::vector<int>{50});

    auto afterAsk = applyChoice(sc, s0, 0);
    REQUIRE(afterAsk);
    CHECK(afterAsk->trust[0] == 100);  // 50 + 60 clamped
    CHECK(asNumber(afterAsk->variables[0]) == 1.0);
    CHECK(afterAsk->node == 1);
    CHECK(isFinished(sc, *afterAsk));

    auto afterPitch = applyChoice(sc, s0, 1);
    REQUIRE(afterPitch);
    CHECK(afterPitch->trust[0] == 0);  // clamped at 0
    CHECK(afterPitch->node == 2);
}

TEST_CASE("offered choices respect conditions and hide timeout-only choices") {
    Scenario sc = tiny();
    State s = initialState(sc);
    CHECK(offeredChoices(sc, s) == std::vector<int>{0, 1});
    CHECK(timeoutChoice(sc, s) == 2);
    s.variables[0] = Value{1.0};
    CHECK(offeredChoices(sc, s) == std::vector<int>{0});
}

TEST_CASE("the clock label follows dates across midnight") {
    Scenario sc = tiny();
    CHECK(clockLabel(sc, 0) == "2010-08-05 22:00");
    CHECK(clockLabel(sc, 180) == "2010-08-06 01:00");
    sc.clockStart.clear();
    CHECK(clockLabel(sc, 24 * 60 + 30) == "Day 2, 09:30");
    sc.clockStart = "15:40";  // a time without a date: day 1 at that time
    CHECK(clockLabel(sc, 0) == "Day 1, 15:40");
    CHECK(clockLabel(sc, 9 * 60) == "Day 2, 00:40");
    CHECK(clockLabel(sc, 9 * 60, "zh") == "第 2 天 00:40");
}

TEST_CASE("the clock saturates instead of overflowing in a loop of year-long choices") {
    Scenario sc = tiny();
    sc.nodes[0].choices[0].effects.minutes = 8760 * 60;       // the longest a choice may take: a year
    sc.nodes[0].choices[0].next = {Branch{std::nullopt, 0}};  // and back to the same node, for ever
    State s = initialState(sc);
    for (int i = 0; i < 5000; ++i) s = *applyChoice(sc, s, 0);  // 5 000 years: past INT_MAX minutes
    CHECK(s.minutes == kMaxClockMinutes);
    CHECK(clockLabel(sc, s.minutes).rfind("2010", 0) != 0);  // a label is still produced, past the start year
    sc.clockStart.clear();
    CHECK(clockLabel(sc, s.minutes) == "Day 694445, 19:40");  // 10^9 min = 694 444 days + 10:40, from 09:00
}
