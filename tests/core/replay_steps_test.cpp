// The replay viewer's steps (core/replay_steps.h): replaying a recorded session yields, step by step, the states,
// displayed orders and grades of the original play, for every shipped scenario played with step-backs and
// timeouts; a record that diverges keeps the steps before it; the best path and where a path parts from it.
#include "core/replay_steps.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/explorer.h"
#include "core/library.h"
#include "core/loader.h"
#include "core/recording.h"
#include "core/score.h"
#include "core/session.h"

using namespace frontline::core;

namespace {

struct Played {
    SessionRecord record;
    std::vector<State> before, after;  // per step of the effective path
    std::vector<std::vector<std::string>> displayed;
    std::vector<std::string> chosen;
    State final;
};

// Plays `sc` choosing by a fixed pseudo-random sequence, stepping back now and then and letting timers run out.
Played play(const Scenario& sc, std::uint64_t seed) {
    Played p;
    Session s(sc, seed, {SessionMode::Practice});
    p.record = makeSessionRecord(sc, s, sc.file, "tester", "en", "2026-12-03T10:00:00Z", "test");
    std::uint64_t r = seed * 2654435761u + 1;
    auto next = [&r] {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<int>(r >> 33);
    };
    for (int guard = 0; !s.finished() && guard < 200; ++guard) {
        State before = s.state();
        std::vector<std::string> shown = s.displayedChoiceIds();
        if (s.canStepBack() && next() % 5 == 0) {
            REQUIRE_FALSE(s.stepBack());
            p.before.pop_back();
            p.after.pop_back();
            p.displayed.pop_back();
            p.chosen.pop_back();
        } else {
            bool timeout = s.timeoutChoiceIndex() && next() % 3 == 0;
            std::optional<SessionError> err;
            if (timeout || shown.empty())
                err = s.timeout(1000 + next() % 9000);
            else
                err = s.choose(shown[static_cast<std::size_t>(next()) % shown.size()], 1000 + next() % 9000);
            REQUIRE_FALSE(err);
            p.before.push_back(before);
            p.after.push_back(s.state());
            p.displayed.push_back(shown);
            p.chosen.push_back(s.events().back().choice);
        }
        p.record.events.push_back(toRecordedEvent(s.events().back(), "2026-12-03T10:00:01Z"));
    }
    p.final = s.state();
    return p;
}

std::vector<std::string> shippedScenarios() {
    return scenarioFiles(std::string(FRONTLINE_TEST_DIR) + "/../scenarios");
}

}  // namespace

TEST_CASE("replaying every step of a session yields the states, orders and grades of the original play") {
    std::vector<std::string> files = shippedScenarios();
    REQUIRE(files.size() >= 3);
    int steps = 0, undone = 0;
    for (const std::string& file : files) {
        LoadResult load = loadScenarioFile(file);
        REQUIRE_MESSAGE(load.scenario, file);
        const Scenario& sc = *load.scenario;
        for (std::uint64_t seed : {1u, 7u, 42u}) {
            CAPTURE(file);
            CAPTURE(seed);
            Played p = play(sc, seed);
            ReplayPath rp = replayPath(sc, p.record, *load.rubric, file);
            CHECK(rp.ok());
            REQUIRE(rp.steps.size() == p.before.size());
            ScoreResult score = scorePath(sc, *load.rubric, effectiveChoiceIds(p.record));
            REQUIRE(score.report);
            REQUIRE(score.report->decisions.size() == rp.steps.size());
            for (std::size_t i = 0; i < rp.steps.size(); ++i) {
                const ReplayStep& st = rp.steps[i];
                const Node& node = sc.nodes[static_cast<std::size_t>(st.before.node)];
                CHECK(st.step == static_cast<int>(i));
                CHECK((st.before == p.before[i]));
                CHECK((st.after == p.after[i]));
                std::vector<std::string> shown;
                for (int c : st.displayed) shown.push_back(node.choices[static_cast<std::size_t>(c)].id);
                CHECK((shown == p.displayed[i]));
                CHECK(node.choices[static_cast<std::size_t>(st.chosen)].id == p.chosen[i]);
                const Decision& d = score.report->decisions[i];
                CHECK(d.node == node.id);
                CHECK(d.chosen.id == p.chosen[i]);
                CHECK((d.verdict == st.judgement.verdict));
                CHECK((d.better ? d.better->index : -1) == st.judgement.better);
                CHECK((d.chosen.grades == node.choices[static_cast<std::size_t>(st.chosen)].grades));
                ++steps;
            }
            CHECK((rp.final == p.final));
            CHECK(rp.finished == isFinished(sc, p.final));
            undone += static_cast<int>(p.record.events.size() - p.before.size());
            // Twice the same: nothing depends on a clock or on memory.
            ReplayPath again = replayPath(sc, p.record, *load.rubric, file);
            REQUIRE(again.steps.size() == rp.steps.size());
            for (std::size_t i = 0; i < rp.steps.size(); ++i) CHECK((again.steps[i].after == rp.steps[i].after));
        }
    }
    CHECK(steps > 30);
    CHECK(undone > 0);  // the step-backs were exercised
}

TEST_CASE("a record that diverges keeps the steps before it and says where") {
    std::string file = std::string(FRONTLINE_TEST_DIR) + "/../scenarios/tutorial.json";
    LoadResult load = loadScenarioFile(file);
    REQUIRE(load.scenario);
    Played p = play(*load.scenario, 7);
    REQUIRE(p.record.events.size() >= 3);
    SessionRecord bad = p.record;
    bad.events.resize(2);
    bad.events[1].choice = "no-such-choice";
    bad.events[1].type = EventType::Choice;
    ReplayPath rp = replayPath(*load.scenario, bad, *load.rubric, "bad.json");
    CHECK_FALSE(rp.ok());
    CHECK_FALSE(rp.finished);
    REQUIRE_FALSE(rp.diagnostics.empty());
    bool located = false;
    for (const Diagnostic& d : rp.diagnostics) located |= format(d).find("bad.json") != std::string::npos;
    CHECK(located);
    CHECK(rp.steps.size() <= 1);
}

TEST_CASE("the best path walks to the explorer's Index and a path parts from it where its choice differs") {
    std::string file = std::string(FRONTLINE_TEST_DIR) + "/../scenarios/tutorial.json";
    LoadResult load = loadScenarioFile(file);
    REQUIRE(load.scenario);
    const Scenario& sc = *load.scenario;
    ExplorationResult ex = explore(sc, *load.rubric);
    REQUIRE(ex.best.found);
    ReplayPath best = walkPath(sc, ex.best.choiceIds, *load.rubric);
    REQUIRE(best.steps.size() == ex.best.choiceIds.size());
    CHECK(best.finished);
    CHECK(sc.nodes[static_cast<std::size_t>(best.final.node)].id == ex.best.ending);
    CHECK(divergence(best, best) == -1);
    ScoreResult score = scorePath(sc, *load.rubric, ex.best.choiceIds);
    REQUIRE(score.report);
    CHECK(score.report->index.index == ex.best.index.index);
    // A path that takes another choice at the second decision parts there.
    std::vector<std::string> other(ex.best.choiceIds.begin(), ex.best.choiceIds.begin() + 1);
    const Node& second = sc.nodes[static_cast<std::size_t>(best.steps.at(1).before.node)];
    for (const Choice& c : second.choices)
        if (c.id != ex.best.choiceIds[1] && !c.timeoutOnly) {
            other.push_back(c.id);
            break;
        }
    REQUIRE(other.size() == 2);
    ReplayPath trainee = walkPath(sc, other, *load.rubric);
    CHECK(divergence(trainee, best) == 1);
    CHECK(divergence(walkPath(sc, {ex.best.choiceIds[0]}, *load.rubric), best) == 1);
}
