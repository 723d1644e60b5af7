#include "core/score.h"

#include <doctest/doctest.h>

#include "core/explorer.h"
#include "scenario_builder.h"

using namespace frontline::core;
using frontline::test::ChoiceSpec;
using frontline::test::ScenarioBuilder;
using frontline::test::testRubric;

namespace {

ChoiceSpec pick(std::string id, ChoiceKind kind, Grades grades, std::string next) {
    ChoiceSpec c;
    c.id = std::move(id);
    c.kind = kind;
    c.grades = std::move(grades);
    c.next = {{"", std::move(next)}};
    return c;
}

// The hand-computed fixture of docs/scoring.md ("A worked example"); tests/fixtures/scoring/complaint.json is
// the same scenario as a file. P2 has weight 2.
Scenario complaint() {
    ScenarioBuilder b("complaint");
    b.character("cust", 50).variable("escalated", Value{false}).principles({"P1", "P2", "P3", "P4"});
    ChoiceSpec hear = pick("hear", ChoiceKind::Listen, {{"P1", 2}}, "detail");
    hear.trust = {{"cust", 10}};
    ChoiceSpec pitch = pick("pitch", ChoiceKind::Respond, {{"P1", -2}, {"P2", -1}}, "detail");
    pitch.trust = {{"cust", -20}};
    ChoiceSpec boss = pick("boss", ChoiceKind::Escalate, {{"P2", -1}}, "detail");
    boss.set = {{"escalated", Value{true}}};
    ChoiceSpec silence = pick("silence", ChoiceKind::Listen, {{"P1", 1}}, "detail");
    silence.timeoutOnly = true;
    ChoiceSpec probe = pick("probe", ChoiceKind::Listen, {{"P2", 2}}, "");
    probe.next = {{"trust.cust >= 60", "fix"}, {"", "cold"}};
    ChoiceSpec owner = pick("owner", ChoiceKind::Escalate, {{"P3", 3}, {"P2", 1}}, "fix");
    owner.condition = "!escalated";
    owner.set = {{"escalated", Value{true}}};
    b.decision("open", {hear, pitch, boss, silence}, 30, "silence")
        .decision("detail", {probe, pick("answer", ChoiceKind::Respond, {{"P2", 1}}, "fix"), owner})
        .decision("cold", {pick("apologise", ChoiceKind::Respond, {{"P3", 1}}, "partial"),
                           pick("argue", ChoiceKind::Respond, {{"P3", -2}}, "lost")})
        .decision("fix", {pick("deliver", ChoiceKind::Respond, {{"P3", 1}}, "won"),
                          pick("rush", ChoiceKind::Respond, {{"P3", -1}}, "partial")})
        .ending("won", EndingKind::Won)
        .ending("partial", EndingKind::Partial)
        .ending("lost", EndingKind::Lost)
        .rule("trusted", "trust.cust >= 60", {{"P4", 1}});
    return b.build();
}

Rubric weighted() {
    Rubric r = testRubric(4);
    r.dimensions[1].weight = 2;
    return r;
}

ScoreReport score(const Scenario& sc, const std::vector<std::string>& ids) {
    ScoreResult r = scorePath(sc, weighted(), ids);
    REQUIRE(r.report);
    return *r.report;
}

const Finding* findingOf(const ScoreReport& r, const std::string& id) {
    for (const Finding& f : r.findings)
        if (f.id == id) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("attainable ranges of the worked example match the hand computation") {
    AttainableRanges a = attainableRanges(complaint(), weighted());
    REQUIRE(a.dimensions.size() == 4);
    CHECK(a.dimensions[0].min == -2);
    CHECK(a.dimensions[0].max == 2);
    CHECK(a.dimensions[1].min == 0);
    CHECK(a.dimensions[1].max == 2);
    CHECK(a.dimensions[2].min == -2);
    CHECK(a.dimensions[2].max == 4);
    CHECK(a.dimensions[3].min == 0);
    CHECK(a.dimensions[3].max == 1);
    CHECK(a.meanMax == doctest::Approx(0.9));
    CHECK(a.meanMin == doctest::Approx(1.0 / 30));
    ExplorationResult e = explore(complaint(), weighted());
    CHECK(e.best.choiceIds == std::vector<std::string>{"hear", "probe", "deliver"});
    CHECK(e.best.index.index == 100);
    CHECK(e.worst.choiceIds == std::vector<std::string>{"pitch", "answer", "rush"});
    CHECK(e.worst.index.exact == doctest::Approx(7.5));
    CHECK(e.worst.index.index == 8);
    CHECK(e.paths.toString() == "22");
}

TEST_CASE("a path that waits out the timer, answers, then delivers scores 56 (hand-computed)") {
    ScoreReport r = score(complaint(), {"silence", "answer", "deliver"});
    CHECK(r.complete);
    CHECK(r.endingNode == "won");
    CHECK(r.dimensions[0].total == 1);
    CHECK(r.dimensions[1].total == 1);
    CHECK(r.dimensions[2].total == 1);
    CHECK(r.dimensions[3].total == 0);
    CHECK(*r.dimensions[0].percent == doctest::Approx(75));
    CHECK(*r.dimensions[1].percent == doctest::Approx(50));
    CHECK(*r.dimensions[2].percent == doctest::Approx(50));
    CHECK(*r.dimensions[3].percent == doctest::Approx(0));
    CHECK(*r.index.dimensionMean == doctest::Approx(0.45));
    CHECK(r.index.relativeMean == doctest::Approx(12.5 / 26));
    CHECK(r.index.exact == doctest::Approx(85 * 12.5 / 26 + 15));
    CHECK(r.index.index == 56);
    CHECK(r.band == "developing");
    CHECK(r.bandTitle.in("zh") == "有待提高");

    REQUIRE(r.decisions.size() == 3);
    const Decision& d0 = r.decisions[0];
    CHECK(d0.chosen.id == "silence");
    CHECK(d0.chosen.timeout);  // the timeout choice is graded like any other
    CHECK(d0.chosen.value == 1);
    CHECK(std::string(toString(d0.verdict)) == "mixed");
    REQUIRE(d0.better);
    CHECK(d0.better->id == "hear");
    CHECK(d0.better->feedback.in("en") == "Feedback hear");
    CHECK(d0.principles == std::vector<std::string>{"P1"});
    CHECK(d0.alternatives == 3);
    const Decision& d1 = r.decisions[1];
    CHECK(std::string(toString(d1.verdict)) == "mixed");
    REQUIRE(d1.better);
    CHECK(d1.better->id == "owner");
    CHECK(d1.principles == std::vector<std::string>{"P2", "P3"});
    CHECK(std::string(toString(r.decisions[2].verdict)) == "good");
    CHECK_FALSE(r.decisions[2].better);

    const Finding* listen = findingOf(r, "listen-first");
    REQUIRE(listen);
    CHECK_FALSE(listen->positive);
    CHECK(listen->decisions == std::vector<int>{1});
    CHECK(listen->message.in("en").find("in 1 of 2 conversations") != std::string::npos);
    const Finding* never = findingOf(r, "escalation-never");
    REQUIRE(never);
    CHECK(never->decisions == std::vector<int>{1});
    CHECK_FALSE(findingOf(r, "trusted"));
}

TEST_CASE("escalating with context at the right moment, after listening: 90, exemplary, rule fires") {
    ScoreReport r = score(complaint(), {"hear", "owner", "deliver"});
    CHECK(r.index.index == 90);
    CHECK(r.band == "exemplary");
    for (const Decision& d : r.decisions) CHECK(std::string(toString(d.verdict)) == "good");
    const Finding* rule = findingOf(r, "trusted");
    REQUIRE(rule);
    CHECK(rule->source == "rule");
    CHECK(rule->positive);
    CHECK(r.dimensions[3].fromRules == 1);
    const Finding* onTime = findingOf(r, "escalation-on-time");
    REQUIRE(onTime);
    CHECK(onTime->positive);
    const Finding* listen = findingOf(r, "listen-first");
    REQUIRE(listen);
    CHECK(listen->positive);
}

TEST_CASE("escalating before listening is too early; poor verdicts for net-negative choices") {
    ScoreReport r = score(complaint(), {"boss", "answer", "rush"});
    CHECK(r.endingNode == "partial");
    CHECK(r.index.exact == doctest::Approx(85.0 * 3 / 26 + 7.5));
    CHECK(r.index.index == 17);
    CHECK(r.band == "self-centred");
    CHECK(std::string(toString(r.decisions[0].verdict)) == "poor");
    CHECK(std::string(toString(r.decisions[1].verdict)) == "mixed");
    CHECK(std::string(toString(r.decisions[2].verdict)) == "poor");
    CHECK(findingOf(r, "escalation-early"));
    CHECK_FALSE(findingOf(r, "poor-streak"));  // poor, mixed, poor is not a streak
    CHECK(findingOf(r, "listen-first")->decisions == std::vector<int>{0, 1});
}

TEST_CASE("escalating after the best moment has passed is too late; poor choices in a row are found") {
    ScenarioBuilder b("late");
    b.decision("one", {pick("note", ChoiceKind::Listen, {{"P1", 1}}, "two"),
                       pick("call-owner", ChoiceKind::Escalate, {{"P1", 3}}, "two")})
        .decision("two", {pick("parade", ChoiceKind::Escalate, {{"P1", -1}}, "three"),
                          pick("wait", ChoiceKind::Respond, {{"P1", 0}}, "three")})
        .decision("three", {pick("blame", ChoiceKind::Respond, {{"P1", -2}}, "end"),
                            pick("own", ChoiceKind::Respond, {{"P1", 2}}, "end")})
        .ending("end", EndingKind::Partial);
    Scenario sc = b.build();
    ScoreReport r = score(sc, {"note", "parade", "blame"});
    const Finding* late = findingOf(r, "escalation-late");
    REQUIRE(late);
    CHECK(late->decisions == std::vector<int>{0, 1});
    const Finding* streak = findingOf(r, "poor-streak");
    REQUIRE(streak);
    CHECK(streak->decisions == std::vector<int>{1, 2});
    CHECK(streak->message.in("en") == "2 poor choices in a row (steps 2–3).");
}

TEST_CASE("a choice that was not available is a diagnostic, not a crash") {
    Scenario sc = complaint();
    SUBCASE("unknown id") {
        ScoreResult r = scorePath(sc, weighted(), {"hear", "nonsense"});
        CHECK_FALSE(r.report);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].rule == "score-replay");
        CHECK(r.diagnostics[0].message == "step 2: node 'detail' has no choice 'nonsense'");
    }
    SUBCASE("condition does not hold") {
        ScoreResult r = scorePath(sc, weighted(), {"boss", "owner"});
        CHECK_FALSE(r.report);
        CHECK(r.diagnostics.at(0).message == "step 2: choice 'owner' is not available at node 'detail' at this point");
    }
    SUBCASE("after the ending") {
        ScoreResult r = scorePath(sc, weighted(), {"hear", "probe", "deliver", "deliver"});
        CHECK_FALSE(r.report);
        CHECK(r.diagnostics.at(0).message == "step 4: choice 'deliver' comes after the ending 'won' was reached");
    }
    SUBCASE("stopped before an ending: scored so far, with a warning") {
        ScoreResult r = scorePath(sc, weighted(), {"hear"});
        REQUIRE(r.report);
        CHECK_FALSE(r.report->complete);
        CHECK(r.diagnostics.at(0).severity == Severity::Warning);
        CHECK(r.diagnostics.at(0).rule == "score-incomplete");
        CHECK(r.report->index.ending == 0.0);
    }
}

TEST_CASE("scoring is identical across repeated runs and agrees with the explorer's best and worst") {
    Scenario sc = complaint();
    ExplorationResult e = explore(sc, weighted());
    ScoreReport best = score(sc, e.best.choiceIds), worst = score(sc, e.worst.choiceIds);
    CHECK(best.index.exact == doctest::Approx(e.best.index.exact));
    CHECK(worst.index.exact == doctest::Approx(e.worst.index.exact));
    ScoreReport again = score(sc, e.best.choiceIds);
    CHECK(again.index.exact == best.index.exact);
    CHECK(again.decisions.size() == best.decisions.size());
}

TEST_CASE("revisiting the same state with the same choice adds nothing new") {
    ScenarioBuilder b("loop");
    b.decision("ask", {pick("again", ChoiceKind::Listen, {{"P1", 1}}, "clarify"),
                       pick("decide", ChoiceKind::Respond, {}, "won")})
        .decision("clarify", {pick("back", ChoiceKind::Listen, {{"P1", 1}}, "ask"),
                              pick("give-up", ChoiceKind::Respond, {{"P1", -3}}, "won")})
        .ending("won", EndingKind::Won);
    Scenario sc = b.build();
    ScoreReport r = score(sc, {"again", "back", "again", "back", "again", "give-up"});
    CHECK(r.dimensions[0].fromChoices == 1 + 1 - 3);
    CHECK_FALSE(r.decisions[1].repeated);
    CHECK(r.decisions[2].repeated);
    CHECK(r.decisions[3].repeated);
    CHECK(r.decisions[4].repeated);
}
