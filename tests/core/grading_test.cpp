#include "core/grading.h"

#include <doctest/doctest.h>

#include "core/play_rules.h"
#include "core/score.h"
#include "scenario_builder.h"

using namespace frontline::core;
using frontline::test::ChoiceSpec;
using frontline::test::ScenarioBuilder;
using frontline::test::testRubric;

namespace {

ChoiceSpec option(std::string id, Grades grades) {
    ChoiceSpec c;
    c.id = std::move(id);
    c.grades = std::move(grades);
    c.next = {{"", "end"}};
    return c;
}

// One decision between the given options, then the end; P2 weighs 3.
struct OneDecision {
    Scenario scenario;
    Rubric rubric;
    Judgement judge(int chosen) const { return judgeChoice(scenario, initialState(scenario), chosen, rubric); }
};

OneDecision oneDecision(std::vector<ChoiceSpec> options) {
    OneDecision d{ScenarioBuilder().decision("ask", std::move(options)).ending("end", EndingKind::Won).build(),
                  testRubric(2)};
    d.rubric.dimensions[1].weight = 3;
    return d;
}

// Verdicts as text, so a failure prints them.
std::string name(Verdict v) {
    return toString(v);
}

}  // namespace

// The play screen once coloured the coach note from the raw sum of grades while the debrief judged with the
// rubric: these are the cases where the two disagreed.
TEST_CASE("judgeChoice: a positive choice is only mixed when a better one was on offer") {
    OneDecision d = oneDecision({option("fair", {{"P1", 1}}), option("best", {{"P1", 2}})});
    Judgement j = d.judge(0);
    CHECK(name(j.verdict) == "mixed");
    CHECK(j.better == 1);
    CHECK(name(d.judge(1).verdict) == "good");
    CHECK(d.judge(1).better == -1);
}

TEST_CASE("judgeChoice: rubric weights count, not the raw sum of grades") {
    // Raw sum -1, but P2 weighs 3: value +1, and the only alternative is worse.
    OneDecision d = oneDecision({option("trade-off", {{"P1", -2}, {"P2", 1}}), option("blunt", {{"P1", -1}})});
    Judgement j = d.judge(0);
    CHECK(j.value == doctest::Approx(1.0));
    CHECK(name(j.verdict) == "mixed");  // the best move still cost something
    CHECK(name(d.judge(1).verdict) == "poor");
    CHECK(d.judge(1).better == 0);
}

TEST_CASE("judgeChoice: grades on dimensions outside the rubric do not count") {
    OneDecision d = oneDecision({option("off-rubric", {{"X9", 3}}), option("listen", {{"P1", 1}})});
    CHECK(name(d.judge(0).verdict) == "poor");  // value 0 and the lowest on offer
}

TEST_CASE("judgeChoice: letting the time run out is an action the others are judged against") {
    ChoiceSpec wait = option("wait", {{"P1", 2}});
    wait.timeoutOnly = true;
    Scenario sc = ScenarioBuilder()
                      .decision("ask", {option("talk", {{"P1", 1}}), wait}, 20, "wait")
                      .ending("end", EndingKind::Won)
                      .build();
    Judgement j = judgeChoice(sc, initialState(sc), 0, testRubric(2));
    CHECK(name(j.verdict) == "mixed");
    CHECK(j.better == 1);
}

TEST_CASE("the debrief's verdicts are judgeChoice's, decision by decision") {
    OneDecision d = oneDecision(
        {option("trade-off", {{"P1", -2}, {"P2", 1}}), option("blunt", {{"P1", -1}}), option("fair", {{"P2", 1}})});
    for (int chosen = 0; chosen < 3; ++chosen) {
        CAPTURE(chosen);
        ScoreResult r =
            scorePath(d.scenario, d.rubric, {d.scenario.nodes[0].choices[static_cast<std::size_t>(chosen)].id});
        REQUIRE(r.report);
        REQUIRE(r.report->decisions.size() == 1);
        const Decision& decision = r.report->decisions[0];
        Judgement j = d.judge(chosen);
        CHECK(name(decision.verdict) == name(j.verdict));
        CHECK((decision.better ? decision.better->index : -1) == j.better);
    }
}
