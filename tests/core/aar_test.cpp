// The after-action review (core/aar.h) shared by the HTML report and the window's replay viewer.
#include "core/aar.h"

#include <doctest/doctest.h>

using namespace frontline::core;

namespace {

ChoiceSummary choice(std::string id, Grades grades) {
    ChoiceSummary c;
    c.id = std::move(id);
    c.text.set("en", c.id);
    c.feedback.set("en", "Feedback on " + c.id);
    c.grades = std::move(grades);
    return c;
}

Decision decision(int step, ChoiceSummary chosen, std::optional<ChoiceSummary> better = std::nullopt) {
    Decision d;
    d.step = step;
    d.chosen = std::move(chosen);
    d.better = std::move(better);
    d.verdict = d.better ? Verdict::Poor : Verdict::Good;
    return d;
}

// The trainee listened (best), then promised (worse than asking), then ended; the best path asks twice.
struct Fixture {
    ScoreReport report, bestReport;
    ExtremePath best;
    SessionNotes notes;
    Fixture() {
        for (const char* id : {"empathy", "honesty", "ownership"}) {
            DimensionScore d;
            d.id = id;
            report.dimensions.push_back(d);
        }
        report.decisions.push_back(decision(0, choice("listen", {{"empathy", 2}})));
        report.decisions.push_back(
            decision(1, choice("promise", {{"honesty", -2}}), choice("ask", {{"ownership", 1}})));
        Finding bad, good;
        bad.id = "poor-streak";
        good.id = "listen-first";
        good.positive = true;
        report.findings = {good, bad};
        best.found = true;
        best.choiceIds = {"listen", "ask", "own"};
        best.index.index = 91;
        bestReport.decisions.push_back(decision(0, choice("listen", {{"empathy", 2}})));
        bestReport.decisions.push_back(decision(1, choice("ask", {{"ownership", 1}})));
        bestReport.decisions.push_back(decision(2, choice("own", {{"honesty", 0}, {"ownership", 2}})));
        bestReport.endingTitle.set("en", "Kept the account");
        notes.notes.push_back({2, "Ask before promising.", "Coach", ""});
        notes.notes.push_back({std::nullopt, "Good start.", "Coach", ""});
    }
};

}  // namespace

TEST_CASE("aar: the four questions from one scored session") {
    Fixture f;
    AfterActionReview a = afterActionReview(f.report, &f.best, &f.bestReport, &f.notes);
    // 1. What was supposed to happen: the best path, its ending and the principles it grades up (rubric order).
    REQUIRE(a.hasBest);
    CHECK(a.bestIndex == 91);
    REQUIRE(a.bestPath.size() == 3);
    CHECK(a.bestPath[1].id == "ask");
    CHECK(a.bestEnding.in("en") == "Kept the account");
    REQUIRE(a.principles.size() == 2);
    CHECK(a.principles[0]->id == "empathy");
    CHECK(a.principles[1]->id == "ownership");  // honesty graded 0 on the best path: not one of its principles
    // 2. What happened: the trainee's path, parting from the best one at the second decision.
    CHECK(a.path.size() == 2);
    CHECK(a.divergedAt == 1);
    // 3. Why: the decision with a better action (its feedback) and the negative findings only.
    REQUIRE(a.divergences.size() == 1);
    CHECK(a.divergences[0]->chosen.feedback.in("en") == "Feedback on promise");
    REQUIRE(a.negativeFindings.size() == 1);
    CHECK(a.negativeFindings[0]->id == "poor-streak");
    // 4. What to do differently: the better action, then the notes, the session's first.
    CHECK(a.divergences[0]->better->id == "ask");
    REQUIRE(a.sessionNotes.size() == 1);
    CHECK(a.sessionNotes[0]->text == "Good start.");
    REQUIRE(a.decisionNotes.size() == 1);
    CHECK(*a.decisionNotes[0]->decision == 2);
    CHECK(a.hasNotes());
}

TEST_CASE("aar: a path that stops short of the best one, no best path, no notes") {
    Fixture f;
    f.report.decisions.pop_back();  // stopped after the first decision, which was the best one
    AfterActionReview a = afterActionReview(f.report, &f.best, &f.bestReport, nullptr);
    CHECK(a.divergedAt == 1);  // the best path goes on where the trainee's stopped
    CHECK(a.divergences.empty());
    CHECK_FALSE(a.hasNotes());

    f.best.found = false;
    AfterActionReview none = afterActionReview(f.report, &f.best, &f.bestReport, nullptr);
    CHECK_FALSE(none.hasBest);
    CHECK(none.bestPath.empty());
    CHECK(none.divergedAt == -1);
    CHECK_FALSE(afterActionReview(f.report, nullptr, nullptr, nullptr).hasBest);
}
