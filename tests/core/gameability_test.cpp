// Can a scenario be gamed? The naive policies, the exact random-play distribution and the gaming warnings of the
// explorer (docs/scoring.md "Can it be gamed?"), on small scenarios built to trip each warning or none.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "core/explorer.h"
#include "scenario_builder.h"

using namespace frontline::core;
using frontline::test::ChoiceSpec;
using frontline::test::ScenarioBuilder;
using frontline::test::testRubric;

namespace {

enum class Role { Best, Middle, Worst };

// A chain of `decisions` nodes with three choices each: the best (+2) and the middle (-1) lead on, the worst
// (-2) ends the case lost; the last node's leading choices end it won. Who is best and how long each text is
// are the design's to say, per node.
struct Design {
    int decisions = 12;
    std::function<ChoiceKind(int node, Role)> kind = [](int n, Role r) {
        return static_cast<ChoiceKind>((n + static_cast<int>(r)) % 3);  // each kind best at a third of the nodes
    };
    std::function<int(int node, Role)> length = [](int n, Role r) {  // best shortest at half, longest at half
        if (r == Role::Worst) return 20;
        return (n % 2 == 0) == (r == Role::Best) ? 8 : 32;
    };
    int bestEndsLost = -1;  // at this node the best-graded choice ends the case lost instead of leading on
};

Scenario build(const Design& d) {
    ScenarioBuilder b("gaming");
    b.principles({"P1"});
    for (int n = 0; n < d.decisions; ++n) {
        const std::string next = n + 1 < d.decisions ? "n" + std::to_string(n + 1) : "won";
        std::vector<ChoiceSpec> choices;
        for (Role r : {Role::Best, Role::Middle, Role::Worst}) {
            ChoiceSpec c;
            c.id = r == Role::Best ? "best" : r == Role::Middle ? "middle" : "worst";
            c.kind = d.kind(n, r);
            c.grades = {{"P1", r == Role::Best ? 2 : r == Role::Middle ? -1 : -2}};
            bool lost = r == Role::Worst || (r == Role::Best && n == d.bestEndsLost);
            c.next = {{"", lost ? "lost" : next}};
            c.textEn = std::string(static_cast<size_t>(d.length(n, r)), 'e');
            c.textZh.clear();
            for (int i = 0; i < d.length(n, r); ++i) c.textZh += "字";
            choices.push_back(c);
        }
        b.decision("n" + std::to_string(n), choices);
    }
    b.ending("won", EndingKind::Won).ending("lost", EndingKind::Lost);
    return b.build();
}

std::vector<std::string> gaming(const ExplorationResult& r) {
    std::vector<std::string> out;
    for (const auto& w : r.warnings)
        if (isGamingWarning(w.rule)) out.push_back(w.rule);
    return out;
}

const BalanceWarning* find(const ExplorationResult& r, const std::string& rule) {
    for (const auto& w : r.warnings)
        if (w.rule == rule) return &w;
    return nullptr;
}

const DecisionShare& share(const ExplorationResult& r, const std::string& what) {
    for (const auto& d : r.gameability.decisions)
        if (d.what == what) return d;
    FAIL("no decision share " << what);
    throw;
}

const NaivePolicy& policy(const ExplorationResult& r, const std::string& id) {
    for (const auto& p : r.gameability.policies)
        if (p.id == id) return p;
    FAIL("no policy " << id);
    throw;
}

std::vector<std::string> allNodes(int n) {
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i) out.push_back("n" + std::to_string(i));
    return out;
}

}  // namespace

TEST_CASE("random play's exact Index distribution matches the hand-computed one") {
    // a: x (+1) wins; y (-1) goes to b. b: p (+1) wins; q (-1) loses. P1 ranges over -2 … 1 (span 3).
    //   x      p 1/2  P1  1  relative 1    Index 85 + 15 = 100
    //   y, p   p 1/4  P1  0  relative 2/3  Index 56.7 + 15 = 71.7 -> 72
    //   y, q   p 1/4  P1 -2  relative 0    Index 0
    ScenarioBuilder b("hand");
    b.principles({"P1"})
        .decision("a", {ChoiceSpec{"x", ChoiceKind::Listen, {{"P1", 1}}, {{"", "won"}}},
                        ChoiceSpec{"y", ChoiceKind::Respond, {{"P1", -1}}, {{"", "b"}}}})
        .decision("b", {ChoiceSpec{"p", ChoiceKind::Listen, {{"P1", 1}}, {{"", "won"}}},
                        ChoiceSpec{"q", ChoiceKind::Escalate, {{"P1", -1}}, {{"", "lost"}}}})
        .ending("won", EndingKind::Won)
        .ending("lost", EndingKind::Lost);
    Scenario sc = b.build();
    ExplorationResult r = explore(sc, testRubric(1));
    const RandomPlay& random = r.gameability.random;
    REQUIRE(std::string(toString(random.method)) == "exact");
    CHECK(random.outcomes == 3);
    REQUIRE(random.distribution.size() == 3);
    CHECK(random.distribution[0] == std::pair<int, double>{0, 0.25});
    CHECK(random.distribution[1] == std::pair<int, double>{72, 0.25});
    CHECK(random.distribution[2] == std::pair<int, double>{100, 0.5});
    CHECK(random.expected == doctest::Approx(68.0));
    CHECK(random.won == doctest::Approx(0.75));
    CHECK(random.noEnding == 0.0);
    CHECK(random.atLeast(65) == doctest::Approx(0.75));
    REQUIRE(random.bands.size() == 4);
    CHECK(random.bands[0].band == "exemplary");
    CHECK(random.bands[0].probability == doctest::Approx(0.5));
    CHECK(random.bands[1].probability == doctest::Approx(0.75));
    CHECK(random.bands[3].probability == doctest::Approx(1.0));
    // Two decisions are easy to win by luck, and "always listen" wins outright.
    CHECK(find(r, "random-customer-centric") != nullptr);
    CHECK(policy(r, "always-listen").best.index == 100);
    CHECK(find(r, "naive-customer-centric") != nullptr);

    SUBCASE("the sampling fallback, when the exact method is refused, agrees within sampling error") {
        ExploreLimits tight;
        tight.maxRandomOutcomes = 1;
        const RandomPlay& sampled = explore(sc, testRubric(1), tight).gameability.random;
        REQUIRE(std::string(toString(sampled.method)) == "sampled");
        CHECK(sampled.samples == kRandomSamples);
        CHECK(sampled.fallbackReason.find("pairs at once") != std::string::npos);
        CHECK(sampled.atLeast(100) == doctest::Approx(0.5).epsilon(0.03));
        CHECK(sampled.atLeast(65) == doctest::Approx(0.75).epsilon(0.03));
        CHECK(sampled.expected == doctest::Approx(68.0).epsilon(0.03));
    }
}

TEST_CASE("a trap or a dead branch is sampled, the stuck sessions counted as no ending") {
    ScenarioBuilder b("stuck");
    b.variable("f", Value{false}).principles({"P1"});
    ChoiceSpec gated{"gated", ChoiceKind::Listen, {{"P1", 1}}, {{"", "won"}}};
    gated.condition = "f";
    b.decision("a", {ChoiceSpec{"on", ChoiceKind::Listen, {{"P1", 1}}, {{"", "won"}}},
                     ChoiceSpec{"trap", ChoiceKind::Respond, {{"P1", -1}}, {{"", "stuck"}}},
                     ChoiceSpec{"dead", ChoiceKind::Escalate, {{"P1", -1}}, {{"f", "won"}}}})
        .decision("stuck", {gated})
        .ending("won", EndingKind::Won);
    const RandomPlay& random = explore(b.build(), testRubric(1)).gameability.random;
    REQUIRE(std::string(toString(random.method)) == "sampled");
    CHECK(random.fallbackReason.find("no branch that holds") != std::string::npos);  // the dead branch, met first
    CHECK(random.won == doctest::Approx(1.0 / 3).epsilon(0.03));
    CHECK(random.noEnding == doctest::Approx(2.0 / 3).epsilon(0.03));
}

TEST_CASE("a cycle makes random play fall back to sampling, and says why") {
    ScenarioBuilder b("loop");
    b.principles({"P1"})
        .decision("a", {ChoiceSpec{"on", ChoiceKind::Listen, {{"P1", 1}}, {{"", "won"}}},
                        ChoiceSpec{"again", ChoiceKind::Respond, {{"P1", -1}}, {{"", "a"}}}})
        .ending("won", EndingKind::Won);
    const RandomPlay& random = explore(b.build(), testRubric(1)).gameability.random;
    REQUIRE(std::string(toString(random.method)) == "sampled");
    CHECK(random.fallbackReason.find("cycle") != std::string::npos);
    CHECK(random.won == doctest::Approx(1.0));  // every walk leaves the loop in time
    CHECK(random.noEnding == 0.0);
}

TEST_CASE("a scenario built to resist gaming raises no gaming warning") {
    ExplorationResult r = explore(build(Design{}), testRubric(1));
    CHECK(gaming(r) == std::vector<std::string>{});
    CHECK(r.best.index.index == 100);
    REQUIRE(r.gameability.analysed);
    CHECK(r.gameability.seeds.size() == kNaiveSeedCount);
    std::vector<std::string> ids;
    for (const auto& p : r.gameability.policies) {
        ids.push_back(p.id);
        CHECK(p.runs == static_cast<int>(kNaiveSeedCount));
        CHECK(p.runsAtLeast(65) <= 1);
    }
    CHECK(ids == std::vector<std::string>{"always-listen", "always-respond", "always-escalate", "longest-zh",
                                          "longest-en", "shortest-zh", "shortest-en", "first-shown"});
    CHECK(policy(r, "always-listen").won == 0);       // the worst choice is a listen one at n1
    CHECK(policy(r, "shortest-en").best.index < 65);  // best at half the nodes, the middle one elsewhere
    CHECK(std::string(toString(r.gameability.random.method)) == "exact");
    CHECK(r.gameability.random.atLeast(65) < 0.05);
    CHECK(r.gameability.random.atLeast(65) > 0.0);
}

TEST_CASE("each gaming warning fires on the scenario that deserves it, naming its nodes") {
    SUBCASE("one kind always best: a naive policy wins and the kind is usually best") {
        Design d;
        d.kind = [](int, Role r) { return static_cast<ChoiceKind>(static_cast<int>(r)); };  // listen best everywhere
        ExplorationResult r = explore(build(d), testRubric(1));
        const BalanceWarning* naive = find(r, "naive-customer-centric");
        REQUIRE(naive != nullptr);
        CHECK(naive->message.find("always-listen") != std::string::npos);
        CHECK(naive->nodes == allNodes(12));
        const BalanceWarning* kind = find(r, "kind-usually-best");
        REQUIRE(kind != nullptr);
        CHECK(kind->message.find("listen") != std::string::npos);
        CHECK(kind->nodes == allNodes(12));
        CHECK(find(r, "random-customer-centric") == nullptr);
    }
    SUBCASE("one kind the unique best at exactly 60 % of its nodes does not warn; one node more does") {
        for (int listenBest : {6, 7}) {
            CAPTURE(listenBest);
            Design d;
            d.decisions = 10;
            d.kind = [listenBest](int n, Role r) {
                if (n < listenBest)
                    return r == Role::Best     ? ChoiceKind::Listen
                           : r == Role::Middle ? ChoiceKind::Respond
                                               : ChoiceKind::Escalate;
                return r == Role::Best     ? ChoiceKind::Respond
                       : r == Role::Middle ? ChoiceKind::Escalate
                                           : ChoiceKind::Listen;
            };
            ExplorationResult r = explore(build(d), testRubric(1));
            const BalanceWarning* w = find(r, "kind-usually-best");
            CHECK((w != nullptr) == (listenBest == 7));
            if (w) CHECK(w->message.find("at 7 of the 10 nodes") != std::string::npos);
            const DecisionShare& listen = share(r, "listen");
            CHECK(listen.nodes == static_cast<size_t>(listenBest));
            CHECK(listen.of == 10);
            CHECK(listen.limitPercent == kKindBestPercent);
        }
    }
    SUBCASE("the best text strictly shortest at exactly half the nodes does not warn; at one node more it does") {
        for (int shortestBest : {6, 7}) {
            CAPTURE(shortestBest);
            Design d;
            d.length = [shortestBest](int n, Role r) {
                return r == Role::Best ? (n < shortestBest ? 8 : 40) : r == Role::Middle ? 32 : 20;
            };
            ExplorationResult r = explore(build(d), testRubric(1));
            const BalanceWarning* w = find(r, "shortest-is-best");
            const DecisionShare& en = share(r, "shortest-en");
            CHECK(en.nodes == static_cast<size_t>(shortestBest));
            CHECK(en.of == 12);
            CHECK(en.limitPercent == kTextBestPercent);
            CHECK(find(r, "longest-is-best") == nullptr);
            if (shortestBest == 6) {
                CHECK(w == nullptr);
                continue;
            }
            REQUIRE(w != nullptr);
            CHECK(w->nodes == std::vector<std::string>{"n0", "n1", "n2", "n3", "n4", "n5", "n6"});
            CHECK(w->message.find("7 of 12") != std::string::npos);
        }
    }
    SUBCASE("the best text strictly longest at more than half the nodes; a tie is not strictly longest") {
        Design d;
        d.length = [](int n, Role r) {
            return r == Role::Best ? (n < 7 ? 40 : 8) : r == Role::Middle ? (n == 0 ? 40 : 32) : 20;
        };
        ExplorationResult r = explore(build(d), testRubric(1));
        CHECK(find(r, "longest-is-best") == nullptr);  // n0 ties: 6 of 12 strictly longest
        d.length = [](int n, Role r) { return r == Role::Best ? (n < 7 ? 40 : 8) : r == Role::Middle ? 32 : 20; };
        r = explore(build(d), testRubric(1));
        const BalanceWarning* w = find(r, "longest-is-best");
        REQUIRE(w != nullptr);
        CHECK(w->nodes.size() == 7);
    }
    SUBCASE("random play reaching customer-centric with probability over 5 %") {
        Design d;
        d.decisions = 3;
        ExplorationResult r = explore(build(d), testRubric(1));
        const BalanceWarning* w = find(r, "random-customer-centric");
        REQUIRE(w != nullptr);
        CHECK(r.gameability.random.atLeast(65) > 0.05);
        CHECK(w->message.find("exact") != std::string::npos);
    }
    SUBCASE("the debrief recommending a choice that lowers the final Index") {
        Design d;
        d.bestEndsLost = 5;  // at n5 the best-graded choice ends the case: the best path takes the middle one
        ExplorationResult r = explore(build(d), testRubric(1));
        const BalanceWarning* w = find(r, "verdict-contradicts-best");
        REQUIRE(w != nullptr);
        CHECK(w->node == "n5");
        CHECK(w->nodes == std::vector<std::string>{"n5"});
        CHECK(w->message.find("'middle'") != std::string::npos);
        CHECK(w->message.find("'best'") != std::string::npos);
    }
}

TEST_CASE("a naive policy lucky on one shown-order seed of 32 does not warn; on two it does") {
    // first-shown under shuffling is random play restricted to what is shown: judged by its share of seeds.
    for (int decisions : {12, 3}) {
        Design d;
        d.decisions = decisions;
        ExplorationResult r = explore(build(d), testRubric(1));
        const NaivePolicy& first = policy(r, "first-shown");
        CAPTURE(decisions);
        CAPTURE(first.runsAtLeast(65));
        bool fires = false;
        for (const auto& w : r.warnings)
            fires = fires || (w.rule == "naive-customer-centric" && w.message.find("first-shown") != std::string::npos);
        CHECK(fires == (first.runsAtLeast(65) > 1));
        if (decisions == 3) CHECK(fires);
    }
}

TEST_CASE("a naive policy reaches a band on more than 5 % of its seeds, or on its only run") {
    NaivePolicy p;
    p.runs = 32;
    p.indices.assign(32, 40);
    p.indices[3] = 70;
    CHECK_FALSE(p.reaches(65));  // 1 of 32: 3.1 %
    p.indices[9] = 66;
    CHECK(p.reaches(65));  // 2 of 32: 6.2 %
    CHECK_FALSE(p.reaches(71));
    NaivePolicy once;
    once.runs = 1;
    once.indices = {65};
    CHECK(once.reaches(65));
    CHECK_FALSE(once.reaches(66));
}

TEST_CASE("without shuffling each naive policy has one run, and one run reaching customer-centric warns") {
    Design d;
    d.kind = [](int, Role r) { return static_cast<ChoiceKind>(static_cast<int>(r)); };  // listen best everywhere
    Scenario sc = build(d);
    sc.shuffle = false;
    ExplorationResult r = explore(sc, testRubric(1));
    CHECK(r.gameability.seeds == std::vector<std::uint64_t>{1});
    const NaivePolicy& listen = policy(r, "always-listen");
    CHECK(listen.runs == 1);
    CHECK(listen.best.index == 100);
    REQUIRE(listen.bands.size() == 4);
    CHECK(listen.bands[1].band == "customer-centric");
    CHECK(listen.bands[1].runs == 1);
    const BalanceWarning* w = find(r, "naive-customer-centric");
    REQUIRE(w != nullptr);
    CHECK(w->message.find("always-listen") != std::string::npos);
    CHECK(w->message.find("shown-order seeds") == std::string::npos);
}

TEST_CASE("explore without the gameability analysis leaves it out") {
    ExploreLimits off;
    off.gameability = false;
    ExplorationResult r = explore(build(Design{}), testRubric(1), off);
    CHECK_FALSE(r.gameability.analysed);
    CHECK(std::string(toString(r.gameability.random.method)) == "none");
    CHECK(r.gameability.policies.empty());
}
