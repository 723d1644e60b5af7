#include "core/explorer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

#include "core/play_rules.h"
#include "scenario_builder.h"

using namespace frontline::core;
using frontline::test::ChoiceSpec;
using frontline::test::ScenarioBuilder;
using frontline::test::testRubric;

namespace {

// Brute force: every simple path (no state repeated) from the start, straight on the rules of play.
struct Brute {
    std::map<std::string, long long> pathsPerEnding;
    std::set<std::string> unboundedEndings;
    std::vector<long long> max, min;
    bool any = false;
    struct PathInfo {
        std::vector<std::string> ids;
        std::vector<long long> totals;
        EndingKind kind;
    };
    std::vector<PathInfo> paths;
};

std::vector<int> actionsOf(const Scenario& sc, const State& s) {
    std::vector<int> a = offeredChoices(sc, s);
    if (auto t = timeoutChoice(sc, s); t && std::find(a.begin(), a.end(), *t) == a.end()) a.push_back(*t);
    std::sort(a.begin(), a.end());
    return a;
}

std::set<int> endingsFrom(const Scenario& sc, const State& from) {
    std::set<int> out;
    std::vector<State> todo{from};
    std::vector<State> seen{from};
    while (!todo.empty()) {
        State s = todo.back();
        todo.pop_back();
        if (isFinished(sc, s)) {
            out.insert(s.node);
            continue;
        }
        for (int c : actionsOf(sc, s))
            if (auto n = applyChoice(sc, s, c); n && std::find(seen.begin(), seen.end(), *n) == seen.end()) {
                seen.push_back(*n);
                todo.push_back(*n);
            }
    }
    return out;
}

void bruteWalk(const Scenario& sc, const Rubric& rubric, const State& s, std::vector<State>& onPath,
               Brute::PathInfo& path, Brute& out) {
    if (isFinished(sc, s)) {
        Brute::PathInfo p = path;
        for (const Rule& r : sc.rules)
            if (isTrue(r.condition.evaluate(s)))
                for (size_t d = 0; d < rubric.dimensions.size(); ++d)
                    p.totals[d] += gradeOf(r.grades, rubric.dimensions[d].id);
        p.kind = *sc.nodes[s.node].ending;
        out.pathsPerEnding[sc.nodes[s.node].id]++;
        for (size_t d = 0; d < p.totals.size(); ++d) {
            out.max[d] = out.any ? std::max(out.max[d], p.totals[d]) : p.totals[d];
            out.min[d] = out.any ? std::min(out.min[d], p.totals[d]) : p.totals[d];
        }
        out.any = true;
        out.paths.push_back(std::move(p));
        return;
    }
    for (int c : actionsOf(sc, s)) {
        auto n = applyChoice(sc, s, c);
        if (!n) continue;
        if (std::find(onPath.begin(), onPath.end(), *n) != onPath.end()) {
            for (int e : endingsFrom(sc, *n)) out.unboundedEndings.insert(sc.nodes[e].id);
            continue;
        }
        const Choice& ch = sc.nodes[s.node].choices[c];
        path.ids.push_back(ch.id);
        for (size_t d = 0; d < rubric.dimensions.size(); ++d)
            path.totals[d] += gradeOf(ch.grades, rubric.dimensions[d].id);
        onPath.push_back(*n);
        bruteWalk(sc, rubric, *n, onPath, path, out);
        onPath.pop_back();
        for (size_t d = 0; d < rubric.dimensions.size(); ++d)
            path.totals[d] -= gradeOf(ch.grades, rubric.dimensions[d].id);
        path.ids.pop_back();
    }
}

// Brute force for uniform random play on an acyclic scenario: every path with its probability (each available
// action equally likely), Index as the scorer computes it; a stuck session (trap, dead branch) has no ending.
void randomWalk(const Scenario& sc, const AttainableRanges& ranges, const State& s, std::vector<long long>& totals,
                double p, std::map<int, double>& out) {
    auto grade = [&](const Grades& g, int sign) {
        for (size_t d = 0; d < totals.size(); ++d) totals[d] += sign * gradeOf(g, ranges.dimensions[d].id);
    };
    if (isFinished(sc, s)) {
        std::vector<const Rule*> fired;
        for (const Rule& r : sc.rules)
            if (isTrue(r.condition.evaluate(s))) fired.push_back(&r);
        for (const Rule* r : fired) grade(r->grades, +1);
        out[computeIndex(totals, sc.nodes[s.node].ending, ranges).index] += p;
        for (const Rule* r : fired) grade(r->grades, -1);
        return;
    }
    std::vector<int> actions = actionsOf(sc, s);
    if (actions.empty()) out[computeIndex(totals, std::nullopt, ranges).index] += p;
    for (int c : actions) {
        const double share = p / static_cast<double>(actions.size());
        auto n = applyChoice(sc, s, c);
        if (!n) {
            out[computeIndex(totals, std::nullopt, ranges).index] += share;
            continue;
        }
        grade(sc.nodes[s.node].choices[c].grades, +1);
        randomWalk(sc, ranges, *n, totals, share, out);
        grade(sc.nodes[s.node].choices[c].grades, -1);
    }
}

Brute brute(const Scenario& sc, const Rubric& rubric) {
    Brute b;
    b.max.assign(rubric.dimensions.size(), 0);
    b.min.assign(rubric.dimensions.size(), 0);
    State s0 = initialState(sc);
    std::vector<State> onPath{s0};
    Brute::PathInfo path;
    path.totals.assign(rubric.dimensions.size(), 0);
    bruteWalk(sc, rubric, s0, onPath, path, b);
    return b;
}

// Small random scenarios: cycles, conditions on trust and a flag, branching next, timeouts, rules.
Scenario randomScenario(std::mt19937& rng, bool allowCycles) {
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    ScenarioBuilder b("random");
    b.character("c", 50).variable("flag", Value{false}).principles({"P1", "P2", "P3"});
    int decisions = pick(3, 6), endings = pick(2, 3);
    auto nodeId = [&](int i) { return i < decisions ? "d" + std::to_string(i) : "e" + std::to_string(i - decisions); };
    for (int i = 0; i < decisions; ++i) {
        std::vector<ChoiceSpec> choices;
        int count = pick(1, 3);
        for (int k = 0; k < count; ++k) {
            ChoiceSpec c;
            c.id = "c" + std::to_string(k);
            c.kind = static_cast<ChoiceKind>(pick(0, 2));
            for (int d = 1; d <= 3; ++d)
                if (pick(0, 2)) c.grades["P" + std::to_string(d)] = pick(-3, 3);
            if (pick(0, 3) == 0) c.trust = {{"c", pick(-2, 2) * 20}};
            if (pick(0, 4) == 0) c.set = {{"flag", Value{true}}};
            if (pick(0, 4) == 0) c.condition = pick(0, 1) ? "trust.c >= 50" : "!flag";
            auto target = [&] {
                int lo = allowCycles ? 0 : i + 1;
                return nodeId(pick(lo, decisions + endings - 1));
            };
            if (pick(0, 3) == 0) c.next.push_back({pick(0, 1) ? "flag" : "trust.c > 50", target()});
            c.next.push_back({"", target()});
            choices.push_back(c);
        }
        if (pick(0, 3) == 0) {
            ChoiceSpec t;
            t.id = "wait";
            t.kind = ChoiceKind::Listen;
            t.timeoutOnly = true;
            t.grades["P3"] = pick(-2, 2);
            t.next.push_back({"", nodeId(pick(allowCycles ? 0 : i + 1, decisions + endings - 1))});
            choices.push_back(t);
            b.decision(nodeId(i), choices, 20, "wait");
        } else {
            b.decision(nodeId(i), choices);
        }
    }
    for (int e = 0; e < endings; ++e) b.ending(nodeId(decisions + e), static_cast<EndingKind>(e % 3));
    b.rule("flagged", "flag && trust.c > 50", {{"P1", 2}});
    return b.build();
}

ScenarioBuilder linear(int length) {
    ScenarioBuilder b("chain");
    for (int i = 0; i < length; ++i) {
        std::string next = i + 1 < length ? "n" + std::to_string(i + 1) : "end";
        b.decision("n" + std::to_string(i), {ChoiceSpec{"a", ChoiceKind::Listen, {{"P1", 1}}, {{"", next}}},
                                             ChoiceSpec{"b", ChoiceKind::Respond, {{"P1", -1}}, {{"", next}}}});
    }
    b.ending("end", EndingKind::Won);
    return b;
}

}  // namespace

TEST_CASE("explorer path counts, ranges and best/worst paths match brute force on random graphs") {
    Rubric rubric = testRubric(3);
    int unboundedRounds = 0, boundedCyclicRounds = 0, trapRounds = 0, exactRandomRounds = 0;
    for (bool cycles : {false, true}) {
        std::mt19937 rng(cycles ? 7u : 3u);
        for (int round = 0; round < 150; ++round) {
            Scenario sc = randomScenario(rng, cycles);
            CAPTURE(cycles);
            CAPTURE(round);
            ExploreLimits limits;
            limits.gameability = !cycles;  // the naive policies loop up to their step limit in cycles: slow here
            ExplorationResult r = explore(sc, rubric, limits);
            Brute b = brute(sc, rubric);
            REQUIRE(r.complete);
            REQUIRE(r.exact);
            for (const EndingReach& e : r.endings) {
                CAPTURE(e.node);
                if (b.unboundedEndings.count(e.node))
                    CHECK(e.paths.unbounded());
                else
                    CHECK(e.paths.toString() == std::to_string(b.pathsPerEnding[e.node]));
            }
            CHECK(r.paths.unbounded() == !b.unboundedEndings.empty());
            unboundedRounds += r.paths.unbounded();
            boundedCyclicRounds += cycles && !r.paths.unbounded() && b.any;
            for (const auto& w : r.warnings) trapRounds += w.rule == "trap";
            CHECK(r.best.found == b.any);
            if (!b.any) continue;
            for (size_t d = 0; d < rubric.dimensions.size(); ++d) {
                CHECK(r.ranges.dimensions[d].max == b.max[d]);
                CHECK(r.ranges.dimensions[d].min == b.min[d]);
            }
            double bestIndex = -1, worstIndex = 1000, meanMax = -1, meanMin = 2;
            for (const auto& p : b.paths) {
                IndexParts ip = computeIndex(p.totals, p.kind, r.ranges);
                bestIndex = std::max(bestIndex, ip.exact);
                worstIndex = std::min(worstIndex, ip.exact);
                if (ip.dimensionMean) {
                    meanMax = std::max(meanMax, *ip.dimensionMean);
                    meanMin = std::min(meanMin, *ip.dimensionMean);
                }
            }
            if (meanMax >= 0) {
                CHECK(r.ranges.meanMax == doctest::Approx(meanMax));
                CHECK(r.ranges.meanMin == doctest::Approx(meanMin));
            }
            CHECK(r.best.index.exact == doctest::Approx(bestIndex));
            CHECK(r.worst.index.exact == doctest::Approx(worstIndex));
            // The reported best path is one of the brute-force paths, with the same totals.
            bool listed = false;
            for (const auto& p : b.paths) listed = listed || (p.ids == r.best.choiceIds && p.totals == r.best.totals);
            CHECK(listed);
            // Random play: on an acyclic graph the distribution is exact and equals the brute force's.
            const RandomPlay& random = r.gameability.random;
            bool stuck = false;
            for (const auto& w : r.warnings) stuck = stuck || w.rule == "trap" || w.rule == "dead-branch";
            if (cycles || stuck) continue;
            REQUIRE(std::string(toString(random.method)) == "exact");
            ++exactRandomRounds;
            std::map<int, double> expected;
            std::vector<long long> totals(r.ranges.dimensions.size(), 0);
            randomWalk(sc, r.ranges, initialState(sc), totals, 1.0, expected);
            REQUIRE(random.distribution.size() == expected.size());
            for (const auto& [index, p] : random.distribution) {
                CAPTURE(index);
                CHECK(p == doctest::Approx(expected[index]));
            }
        }
    }
    // The generator really produces the cases the comparison is meant to cover.
    CHECK(unboundedRounds > 20);
    CHECK(boundedCyclicRounds > 5);
    CHECK(trapRounds > 0);
    CHECK(exactRandomRounds > 50);
}

TEST_CASE("path counts are exact beyond 64 bits") {
    // 70 binary decisions in a row: 2^70 paths.
    ExplorationResult r = explore(linear(70).build(), testRubric(1));
    CHECK(r.paths.toString() == "1180591620717411303424");
    CHECK(r.endings.at(0).paths.toString() == "1180591620717411303424");
    CHECK(r.states == 71);
    CHECK(r.ranges.dimensions[0].max == 70);
    CHECK(r.ranges.dimensions[0].min == -70);
    CHECK(r.best.choiceIds == std::vector<std::string>(70, "a"));
    CHECK(r.worst.choiceIds == std::vector<std::string>(70, "b"));
    CHECK(r.best.index.index == 100);
    CHECK(r.worst.index.index == 15);  // dimensions at their worst, but the only ending is won
}

TEST_CASE("a cycle on the way to an ending makes the path count unbounded; best paths do not revisit") {
    // ask <-> clarify loop (listening again and again), then decide.
    ScenarioBuilder b("loop");
    b.decision("ask", {ChoiceSpec{"again", ChoiceKind::Listen, {{"P1", 1}}, {{"", "clarify"}}},
                       ChoiceSpec{"decide", ChoiceKind::Respond, {{"P1", 0}}, {{"", "won"}}}})
        .decision("clarify", {ChoiceSpec{"back", ChoiceKind::Listen, {{"P1", 1}}, {{"", "ask"}}},
                              ChoiceSpec{"give-up", ChoiceKind::Respond, {{"P1", -2}}, {{"", "lost"}}}})
        .ending("won", EndingKind::Won)
        .ending("lost", EndingKind::Lost)
        .ending("never", EndingKind::Partial);
    ExplorationResult r = explore(b.build(), testRubric(1));
    CHECK(r.paths.unbounded());
    CHECK(r.paths.toString() == "unbounded");
    CHECK(r.endings[0].paths.unbounded());
    CHECK(r.endings[1].paths.unbounded());
    CHECK(r.endings[2].paths.isZero());
    // ask -> clarify -> ask would revisit; the best simple path is "decide" right away (P1 0) or
    // ask->clarify (+1) then give-up (-2)... best P1 total over simple paths is 0, worst is -1.
    CHECK(r.ranges.dimensions[0].max == 0);
    CHECK(r.ranges.dimensions[0].min == -1);
    CHECK(r.best.choiceIds == std::vector<std::string>{"decide"});
    bool warned = false;
    for (const auto& w : r.warnings) warned = warned || (w.rule == "unreachable-ending" && w.node == "never");
    CHECK(warned);
}

TEST_CASE("the clock and unread variables do not split states, so a timed loop stays finite") {
    ScenarioBuilder b("clock");
    b.variable("calls", Value{0.0});
    ChoiceSpec wait{"wait", ChoiceKind::Listen, {{"P1", -1}}, {{"", "phone"}}};
    wait.minutes = 60;
    wait.add = {{"calls", 1.0}};
    b.decision("phone", {wait, ChoiceSpec{"answer", ChoiceKind::Respond, {{"P1", 2}}, {{"", "end"}}}})
        .ending("end", EndingKind::Won);
    ExplorationResult r = explore(b.build(), testRubric(1));
    CHECK(r.complete);
    CHECK(r.states == 2);
    CHECK(r.paths.unbounded());
}

TEST_CASE("the explorer stops at its limits and says so, with what it found so far") {
    ScenarioBuilder b("counter");
    b.variable("n", Value{0.0});
    ChoiceSpec more{"more", ChoiceKind::Listen, {{"P1", 1}}, {{"n > 1000000", "end"}, {"", "loop"}}};
    more.add = {{"n", 1.0}};
    b.decision("loop", {more, ChoiceSpec{"stop", ChoiceKind::Respond, {{"P1", -1}}, {{"", "end"}}}})
        .ending("end", EndingKind::Won);
    Scenario sc = b.build();
    SUBCASE("max states") {
        ExploreLimits limits;
        limits.maxStates = 50;
        ExplorationResult r = explore(sc, testRubric(1), limits);
        CHECK_FALSE(r.complete);
        CHECK(r.stopReason == "max-states");
        CHECK(r.states == 50);
        CHECK_FALSE(r.ranges.complete);
        CHECK(r.best.found);  // stop immediately is a complete path found so far
        CHECK(r.warnings.at(0).rule == "explore-incomplete");
    }
    SUBCASE("max steps") {
        ExploreLimits limits;
        limits.maxSteps = 10;
        ExplorationResult r = explore(sc, testRubric(1), limits);
        CHECK_FALSE(r.complete);
        CHECK(r.stopReason == "max-steps");
        CHECK(r.steps == 10);
    }
    SUBCASE("the same limits give the same result") {
        ExploreLimits limits;
        limits.maxStates = 77;
        ExplorationResult a = explore(sc, testRubric(1), limits), c = explore(sc, testRubric(1), limits);
        CHECK(a.states == c.states);
        CHECK(a.paths == c.paths);
        CHECK(a.best.choiceIds == c.best.choiceIds);
    }
}

namespace {

ChoiceSpec make(std::string id, ChoiceKind kind, Grades grades, std::string next, std::string en = "") {
    ChoiceSpec c;
    c.id = std::move(id);
    c.kind = kind;
    c.grades = std::move(grades);
    c.next = {{"", std::move(next)}};
    c.textEn = std::move(en);
    return c;
}

std::vector<std::string> rulesOf(const ExplorationResult& r) {
    std::vector<std::string> out;
    for (const auto& w : r.warnings) out.push_back(w.rule + (w.node.empty() ? "" : "@" + w.node));
    return out;
}

bool has(const ExplorationResult& r, const std::string& rule) {
    auto v = rulesOf(r);
    return std::find(v.begin(), v.end(), rule) != v.end();
}

}  // namespace

TEST_CASE("a balanced scenario has no balance warnings") {
    ScenarioBuilder b("ok");
    b.principles({"P1", "P2"})
        .decision("a", {make("x", ChoiceKind::Listen, {{"P1", 2}}, "b", "Yes."),
                        make("y", ChoiceKind::Respond, {{"P1", -1}}, "b", "We are the market leader here.")})
        .decision("b", {make("x", ChoiceKind::Listen, {{"P2", -1}}, "lost", "Let me check the reference list first."),
                        make("y", ChoiceKind::Respond, {{"P2", 2}}, "won", "Fix it.")})
        .ending("won", EndingKind::Won)
        .ending("lost", EndingKind::Lost);
    ExplorationResult r = explore(b.build(), testRubric(2));
    std::vector<std::string> rules;
    for (const auto& w : r.warnings)
        if (!isGamingWarning(w.rule)) rules.push_back(w.rule);  // two decisions are easy to guess: gameability_test.cpp
    CHECK(rules == std::vector<std::string>{});
}

TEST_CASE("each balance warning fires on the scenario that deserves it") {
    SUBCASE("principles declared but not graded, graded but not declared, unknown to the rubric") {
        ScenarioBuilder b("p");
        b.principles({"P1", "P3"})
            .decision("a", {make("x", ChoiceKind::Listen, {{"P1", 1}, {"P2", 1}, {"Z9", 1}}, "won"),
                            make("y", ChoiceKind::Respond, {{"P1", -1}}, "won")})
            .ending("won", EndingKind::Won);
        ExplorationResult r = explore(b.build(), testRubric(3));
        CHECK(has(r, "principle-not-graded"));
        CHECK(has(r, "undeclared-dimension"));
        CHECK(has(r, "unknown-dimension"));
    }
    SUBCASE("every choice grades the same; the best path does not end won") {
        ScenarioBuilder b("same");
        b.principles({"P1"})
            .decision("a", {make("x", ChoiceKind::Listen, {{"P1", 1}}, "b"),
                            make("y", ChoiceKind::Respond, {{"P1", 1}}, "b")})
            .decision("b", {make("x", ChoiceKind::Listen, {{"P1", 2}}, "lost"),
                            make("y", ChoiceKind::Respond, {{"P1", -2}}, "won")})
            .ending("won", EndingKind::Won)
            .ending("lost", EndingKind::Lost);
        ExplorationResult r = explore(b.build(), testRubric(1));
        CHECK(has(r, "same-grades@a"));
        CHECK_FALSE(has(r, "same-grades@b"));
        CHECK(has(r, "best-not-won@lost"));
    }
    SUBCASE("one kind always best; the best answer always the longest text") {
        ScenarioBuilder b("kind");
        b.principles({"P1"})
            .decision("a", {make("x", ChoiceKind::Listen, {{"P1", 2}}, "b", "Tell me everything about the outage."),
                            make("y", ChoiceKind::Respond, {{"P1", -1}}, "b", "No.")})
            .decision("b", {make("x", ChoiceKind::Listen, {{"P1", 2}}, "won", "Which sites went down, and since when?"),
                            make("y", ChoiceKind::Escalate, {{"P1", -1}}, "won", "Boss!")})
            .ending("won", EndingKind::Won);
        ExplorationResult r = explore(b.build(), testRubric(1));
        CHECK(has(r, "kind-usually-best"));
        CHECK(has(r, "longest-is-best"));
    }
    SUBCASE("traps, dead branches and loops with no way out") {
        ScenarioBuilder b("trap");
        b.variable("f", Value{false}).principles({"P1"});
        ChoiceSpec gated = make("gated", ChoiceKind::Listen, {{"P1", 1}}, "won");
        gated.condition = "f";
        ChoiceSpec dead = make("dead", ChoiceKind::Respond, {{"P1", -1}}, "");
        dead.next = {{"f", "won"}};
        b.decision(
             "a", {make("to-trap", ChoiceKind::Listen, {{"P1", 1}}, "stuck"), dead,
                   make("spin", ChoiceKind::Respond, {{"P1", -1}}, "loop"), make("end", ChoiceKind::Listen, {}, "won")})
            .decision("stuck", {gated})
            .decision("loop", {make("round", ChoiceKind::Listen, {}, "loop2")})
            .decision("loop2", {make("again", ChoiceKind::Listen, {}, "loop")})
            .ending("won", EndingKind::Won);
        ExplorationResult r = explore(b.build(), testRubric(1));
        CHECK(has(r, "trap@stuck"));
        CHECK(has(r, "dead-branch@a"));
        CHECK(has(r, "closed-loop@loop"));
    }
}

TEST_CASE("a cycle search that hits its budget is reported as approximate") {
    // Six nodes, each leading to every other: many simple paths inside one cycle.
    ScenarioBuilder b("mesh");
    b.principles({"P1"});
    for (int i = 0; i < 6; ++i) {
        std::vector<ChoiceSpec> choices;
        for (int j = 0; j < 6; ++j)
            if (j != i)
                choices.push_back(make("to" + std::to_string(j), ChoiceKind::Listen, {{"P1", (i * 7 + j) % 5 - 2}},
                                       "m" + std::to_string(j)));
        choices.push_back(make("leave", ChoiceKind::Respond, {{"P1", i - 3}}, "end"));
        b.decision("m" + std::to_string(i), choices);
    }
    b.ending("end", EndingKind::Won);
    Scenario sc = b.build();
    ExplorationResult full = explore(sc, testRubric(1));
    CHECK(full.exact);
    CHECK(full.paths.unbounded());
    Brute bf = brute(sc, testRubric(1));
    CHECK(full.ranges.dimensions[0].max == bf.max[0]);
    CHECK(full.ranges.dimensions[0].min == bf.min[0]);
    ExploreLimits tight;
    tight.cycleSearchSteps = 20;
    ExplorationResult approx = explore(sc, testRubric(1), tight);
    CHECK_FALSE(approx.exact);
    CHECK_FALSE(approx.ranges.exact);
    CHECK(has(approx, "explore-approximate"));
    CHECK(approx.ranges.dimensions[0].max <= full.ranges.dimensions[0].max);
}

TEST_CASE(
    "when the walk stops early on acyclic nodes, ranges come from the relaxed node graph and enclose the true ones") {
    std::mt19937 rng(11u);
    for (int round = 0; round < 40; ++round) {
        CAPTURE(round);
        Scenario sc = randomScenario(rng, false);  // nodes without cycles: the relaxed graph applies
        ExplorationResult full = explore(sc, testRubric(3));
        ExploreLimits tight;
        tight.maxStates = 2;
        ExplorationResult partial = explore(sc, testRubric(3), tight);
        if (partial.complete || !full.best.found) continue;
        CHECK_FALSE(partial.ranges.complete);
        for (size_t d = 0; d < 3; ++d) {
            CHECK(partial.ranges.dimensions[d].max >= full.ranges.dimensions[d].max);
            CHECK(partial.ranges.dimensions[d].min <= full.ranges.dimensions[d].min);
        }
    }
}

TEST_CASE("trust nobody reads does not split states; trust a condition reads does") {
    auto build = [](const std::string& condition) {
        ScenarioBuilder b("trust");
        b.character("ceo", 50).character("cto", 50).principles({"P1"});
        ChoiceSpec warm = make("warm", ChoiceKind::Listen, {{"P1", 1}}, "b");
        warm.trust = {{"ceo", 10}};
        ChoiceSpec cold = make("cold", ChoiceKind::Respond, {{"P1", -1}}, "b");
        cold.trust = {{"ceo", -10}};
        ChoiceSpec end = make("end", ChoiceKind::Listen, {}, "won");
        end.condition = condition;
        b.decision("a", {warm, cold})
            .decision("b", {end, make("other", ChoiceKind::Respond, {}, "won")})
            .ending("won", EndingKind::Won);
        return b.build();
    };
    CHECK(explore(build("trust.cto >= 0"), testRubric(1)).states == 3);  // a, b, won: ceo's trust is never read
    CHECK(explore(build("trust.ceo >= 0"), testRubric(1)).states == 5);  // b and won split by ceo's trust
}
