// The quality bar every shipped scenario must meet (issue "The scenario library"), checked over the whole
// scenarios/ folder so a new file is held to it automatically.
#include "core/library.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <regex>
#include <set>

#include "core/explorer.h"
#include "core/grading.h"
#include "core/loader.h"
#include "core/play_rules.h"
#include "core/rubric_loader.h"

using namespace frontline::core;

namespace {

const std::string kScenarioDir = std::string(FRONTLINE_SOURCE_DIR) + "/scenarios";

struct Loaded {
    std::string file;
    Scenario scenario;
    Rubric rubric;
};

const std::vector<Loaded>& library() {
    static const std::vector<Loaded> all = [] {
        std::vector<Loaded> out;
        for (const auto& file : scenarioFiles(kScenarioDir)) {
            auto result = loadScenarioFile(file);
            if (result.scenario && result.rubric) out.push_back({file, *result.scenario, *result.rubric});
        }
        return out;
    }();
    return all;
}

bool isTutorial(const Scenario& s) {
    return s.id == "tutorial";
}

// One exploration per shipped scenario (with the gameability analysis), shared by the test cases below.
const ExplorationResult& exploration(const Loaded& loaded) {
    static std::map<std::string, ExplorationResult> cache;
    auto it = cache.find(loaded.file);
    if (it == cache.end()) it = cache.emplace(loaded.file, explore(loaded.scenario, loaded.rubric)).first;
    return it->second;
}

// Rubric-weighted value of each choice of a node, as the explorer and the debrief judge "best on screen".
std::vector<double> choiceValues(const Node& node, const Rubric& rubric) {
    std::vector<double> values;
    for (const auto& c : node.choices) values.push_back(localValue(c.grades, rubric));
    return values;
}

}  // namespace

TEST_CASE("every shipped scenario validates with no errors and no warnings") {
    auto files = scenarioFiles(kScenarioDir);
    REQUIRE(files.size() >= 12);  // the tutorial, the TM flagship and at least ten short cases
    for (const auto& file : files) {
        CAPTURE(file);
        auto result = loadScenarioFile(file);
        for (const auto& d : result.diagnostics) FAIL_CHECK(format(d));
        CHECK(result.scenario.has_value());
    }
    CHECK(library().size() == files.size());
}

TEST_CASE("the explorer finds every scenario balanced and winnable by customer-centric play") {
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        const ExplorationResult& ex = exploration({file, scenario, rubric});
        CHECK(ex.complete);
        CHECK(ex.reachableNodes == scenario.nodes.size());
        int endingsReached = 0;
        for (const auto& e : ex.endings) endingsReached += e.paths.isZero() ? 0 : 1;
        CHECK(endingsReached >= 2);
        REQUIRE(ex.best.found);
        REQUIRE(ex.worst.found);
        CHECK(std::string(toString(ex.best.kind)) == "won");
        CHECK(ex.best.index.index >= 90);
        CHECK(ex.worst.index.index <= 35);
        for (const auto& w : ex.warnings)
            if (!isGamingWarning(w.rule)) FAIL_CHECK((w.rule + " at '" + w.node + "': " + w.message));  // gaming: below
    }
}

namespace gaming {

// Scenarios a naive or a random player can still game, each with what explore measured and why it cannot be
// rebalanced yet (the naive policies' highest Index and runs reaching customer-centric, P(random >= 65), the
// warnings). Empty since every shipped scenario passed (2026-12-03); the test fails while a listed one passes.
const std::set<std::string> kStillGameable = {};

// Every way a scenario can be gamed, one line each; empty when it cannot.
std::vector<std::string> problems(const Rubric& rubric, const ExplorationResult& ex) {
    std::vector<std::string> out;
    const Band* target = gamingBand(rubric);
    if (!target) return {"the rubric has no customer-centric band"};
    if (!ex.gameability.analysed) return {"no gameability analysis"};
    for (const NaivePolicy& p : ex.gameability.policies)
        if (p.reaches(target->min))
            out.push_back("naive policy " + p.id + " reaches " + std::to_string(p.best.index) + " on " +
                          std::to_string(p.runsAtLeast(target->min)) + " of " + std::to_string(p.runs) + " seeds");
    const double chance = ex.gameability.random.atLeast(target->min);
    if (chance > kGamingChance)
        out.push_back("random play reaches customer-centric with probability " + std::to_string(chance));
    for (const auto& w : ex.warnings)
        if (isGamingWarning(w.rule)) out.push_back(w.rule + ": " + w.message);
    return out;
}

}  // namespace gaming

TEST_CASE("no shipped scenario but the tutorial can be gamed by a naive or a random player") {
    std::set<std::string> shipped;
    for (const auto& loaded : library()) {
        const Scenario& scenario = loaded.scenario;
        shipped.insert(scenario.id);
        if (isTutorial(scenario)) continue;
        CAPTURE(loaded.file);
        const ExplorationResult& ex = exploration(loaded);
        std::vector<std::string> problems = gaming::problems(loaded.rubric, ex);
        if (gaming::kStillGameable.count(scenario.id)) {
            CHECK_MESSAGE(!problems.empty(),
                          scenario.id << " cannot be gamed now: delete its line from kStillGameable");
            continue;
        }
        for (const auto& p : problems) FAIL_CHECK(p);
    }
    for (const auto& id : gaming::kStillGameable)
        CHECK_MESSAGE(shipped.count(id), "kStillGameable names no scenario: " << id);
}

TEST_CASE("every choice's feedback names a principle it grades, in both locales") {
    const std::regex code(R"(P(1[0-2]|[1-9])(?![0-9]))");
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        CHECK(std::set<std::string>(scenario.locales.begin(), scenario.locales.end()) ==
              std::set<std::string>{"zh", "en"});
        for (const auto& node : scenario.nodes)
            for (const auto& choice : node.choices) {
                CAPTURE(node.id + "/" + choice.id);
                CHECK_FALSE(choice.grades.empty());
                for (const char* locale : {"zh", "en"}) {
                    const std::string& fb = choice.feedback.in(locale);
                    bool names = false;
                    for (std::sregex_iterator it(fb.begin(), fb.end(), code), end; it != end; ++it)
                        names = names || choice.grades.count(it->str());
                    CHECK_MESSAGE(names, locale << " feedback names none of its graded principles: " << fb);
                }
            }
    }
}

TEST_CASE("the customer-centric option cannot be spotted by its length") {
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        for (const char* locale : {"zh", "en"}) {
            int decisions = 0, bestIsLongest = 0;
            for (const auto& node : scenario.nodes) {
                std::vector<int> shown;
                for (size_t i = 0; i < node.choices.size(); ++i)
                    if (!node.choices[i].timeoutOnly) shown.push_back(static_cast<int>(i));
                if (shown.size() < 2) continue;
                auto values = choiceValues(node, rubric);
                int best = shown[0], longest = shown[0];
                for (int i : shown) {
                    if (values[i] > values[best]) best = i;
                    if (node.choices[i].text.in(locale).size() > node.choices[longest].text.in(locale).size())
                        longest = i;
                }
                ++decisions;
                bestIsLongest += best == longest ? 1 : 0;
            }
            CAPTURE(locale);
            CHECK(bestIsLongest * 2 <= decisions);
        }
    }
}

TEST_CASE("listen, respond and escalate are each the best move somewhere and a poor one elsewhere") {
    std::set<ChoiceKind> bestSomewhere, poorSomewhere;
    for (const auto& [file, scenario, rubric] : library()) {
        if (isTutorial(scenario)) continue;
        for (const auto& node : scenario.nodes) {
            if (node.choices.size() < 2) continue;
            auto values = choiceValues(node, rubric);
            size_t best = 0;
            for (size_t i = 1; i < values.size(); ++i)
                if (values[i] > values[best]) best = i;
            bestSomewhere.insert(node.choices[best].kind);
            for (size_t i = 0; i < values.size(); ++i)
                if (values[i] < 0) poorSomewhere.insert(node.choices[i].kind);
        }
    }
    for (auto kind : {ChoiceKind::Listen, ChoiceKind::Respond, ChoiceKind::Escalate}) {
        CAPTURE(toString(kind));
        CHECK(bestSomewhere.count(kind));
        CHECK(poorSomewhere.count(kind));
    }
}

TEST_CASE("the short scenarios train every principle at least twice, and each names its source") {
    std::map<std::string, int> coverage;
    int shortScenarios = 0;
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        CHECK_FALSE(scenario.source.seed.empty());
        CHECK_FALSE(scenario.source.cases.empty());
        CHECK_FALSE(scenario.principles.empty());
        if (isTutorial(scenario) || scenario.id == "tm-crisis-2010") continue;
        ++shortScenarios;
        CHECK(scenario.minutes >= 10);
        CHECK(scenario.minutes <= 25);
        for (const auto& p : scenario.principles) ++coverage[p];
    }
    CHECK(shortScenarios >= 10);
    for (int i = 1; i <= 12; ++i) {
        std::string p = "P" + std::to_string(i);
        CAPTURE(p);
        CHECK(coverage[p] >= 2);
    }
}

TEST_CASE("the TM flagship follows the seed's timeline in acts, with real time pressure") {
    const Loaded* tm = nullptr;
    for (const auto& l : library())
        if (l.scenario.id == "tm-crisis-2010") tm = &l;
    REQUIRE_MESSAGE(tm, "scenarios/tm-crisis-2010.json must ship and load");
    const Scenario& s = tm->scenario;
    CHECK(s.nodes.size() >= 60);
    CHECK(s.acts.size() >= 4);
    int timed = 0;
    std::set<EndingKind> endingKinds;
    for (const auto& node : s.nodes) {
        CHECK_MESSAGE(!node.act.empty(), "node '" << node.id << "' names no act");
        timed += node.timeLimitSeconds > 0 ? 1 : 0;
        if (node.ending) endingKinds.insert(*node.ending);
    }
    CHECK(timed >= 3);  // the demo night, the unanswered letter, the CEO meeting
    CHECK(endingKinds.size() >= 2);
    CHECK(s.rules.size() >= 2);
}

TEST_CASE("every scenario tells the real case behind it, in both locales, and names the principles it teaches") {
    const std::regex code(R"(P(1[0-2]|[1-9])(?![0-9]))");
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        for (const char* locale : {"zh", "en"}) {
            const std::string& text = scenario.realCase.in(locale);
            CAPTURE(locale);
            CHECK_MESSAGE(text.size() >= 120, "real_case is missing or too short to teach: " << text);
            // The debrief card holds about six sentences; beyond that it needs scrolling before the decisions.
            CHECK_MESSAGE(text.size() <= (std::string(locale) == "zh" ? 900u : 1000u), "real_case is too long");
            std::set<std::string> named;
            for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) named.insert(it->str());
            bool teachesOwn = false;
            for (const auto& p : scenario.principles) teachesOwn = teachesOwn || named.count(p);
            CHECK_MESSAGE(teachesOwn, "real_case names none of the scenario's principles: " << text);
        }
    }
}

// Issue 9, "every character reacts": each character on screen at two or more decisions has a choice that moves
// their trust and one that moves their patience, and the best and the worst path leave them visibly apart.
namespace reactions {

// Scenarios not yet passing (one id per line). Fix a scenario, then delete its line: the test fails for a
// scenario that is listed but already passes, so the list cannot go stale.
const std::set<std::string> kNotYetReacting = {};

constexpr int kVisibleDifference = 5;  // meter points between the best and the worst path's final state

State replay(const Scenario& scenario, const std::vector<std::string>& choiceIds) {
    State state = initialState(scenario);
    for (const auto& id : choiceIds) {
        const Node& node = scenario.nodes[state.node];
        auto it = std::find_if(node.choices.begin(), node.choices.end(), [&](const Choice& c) { return c.id == id; });
        REQUIRE_MESSAGE(it != node.choices.end(), "path names '" << id << "', not a choice of '" << node.id << "'");
        auto next = applyChoice(scenario, state, static_cast<int>(it - node.choices.begin()));
        REQUIRE(next.has_value());
        state = *next;
    }
    return state;
}

// Every way a scenario falls short, one line each; empty when every character reacts.
std::vector<std::string> reactionProblems(const Scenario& scenario, const Rubric& rubric) {
    std::vector<int> decisionsPresent(scenario.characters.size(), 0);
    std::vector<bool> trustMoves(scenario.characters.size(), false), patienceMoves(scenario.characters.size(), false);
    for (const auto& node : scenario.nodes) {
        if (node.isEnding()) continue;
        for (int c : node.present) ++decisionsPresent[c];
        for (const auto& choice : node.choices) {
            for (auto [c, delta] : choice.effects.trust) trustMoves[c] = trustMoves[c] || delta != 0;
            for (auto [c, delta] : choice.effects.patience) patienceMoves[c] = patienceMoves[c] || delta != 0;
        }
    }
    ExplorationResult ex = explore(scenario, rubric);
    if (!ex.best.found || !ex.worst.found) return {"the explorer finds no best or no worst path"};
    State best = replay(scenario, ex.best.choiceIds), worst = replay(scenario, ex.worst.choiceIds);
    std::vector<std::string> problems;
    for (size_t c = 0; c < scenario.characters.size(); ++c) {
        if (decisionsPresent[c] < 2) continue;
        const std::string who =
            "'" + scenario.characters[c].id + "' (on screen at " + std::to_string(decisionsPresent[c]) + " decisions)";
        if (!trustMoves[c]) problems.push_back(who + ": no choice moves their trust");
        if (!patienceMoves[c]) problems.push_back(who + ": no choice moves their patience");
        int dt = std::abs(best.trust[c] - worst.trust[c]), dp = std::abs(best.patience[c] - worst.patience[c]);
        if (std::max(dt, dp) < kVisibleDifference)
            problems.push_back(who + ": best and worst path end " + std::to_string(best.trust[c]) + "/" +
                               std::to_string(best.patience[c]) + " vs " + std::to_string(worst.trust[c]) + "/" +
                               std::to_string(worst.patience[c]) + " (trust/patience), less than " +
                               std::to_string(kVisibleDifference) + " apart");
    }
    return problems;
}

}  // namespace reactions

TEST_CASE(
    "every character reacts: on screen at two decisions, their trust and patience move, best and worst end apart") {
    std::set<std::string> shipped;
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        shipped.insert(scenario.id);
        auto problems = reactions::reactionProblems(scenario, rubric);
        if (reactions::kNotYetReacting.count(scenario.id)) {
            CHECK_MESSAGE(!problems.empty(), scenario.id << " passes now: delete its line from kNotYetReacting");
            continue;
        }
        for (const auto& p : problems) FAIL_CHECK(p);
    }
    for (const auto& id : reactions::kNotYetReacting)
        CHECK_MESSAGE(shipped.count(id), "kNotYetReacting names no scenario: " << id);
}

// The ending panel lists where the customer's people ended up: in a scenario with an outside customer, our own
// people (organisation Huawei) are marked "side": "colleague" and left out, and the list stays short enough to
// be read at one size (TM's crisis has 16 characters, 9 of them Huawei's).
TEST_CASE("the ending summary lists the customer's side present at decisions, not our colleagues") {
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        bool outsideCustomer = false;
        for (const auto& c : scenario.characters) outsideCustomer |= c.organisation.in("en").rfind("Huawei", 0) != 0;
        const std::vector<int> people = customerPeopleAtDecisions(scenario);
        CHECK(!people.empty());
        CHECK(people.size() <= 8);
        for (std::size_t i = 0; i < scenario.characters.size(); ++i) {
            const Character& c = scenario.characters[i];
            CAPTURE(c.id);
            const bool ours = c.organisation.in("en").rfind("Huawei", 0) == 0;
            if (outsideCustomer) CHECK(c.customerSide == !ours);
            if (!c.customerSide) CHECK(std::find(people.begin(), people.end(), static_cast<int>(i)) == people.end());
        }
    }
    const auto tm = std::find_if(library().begin(), library().end(),
                                 [](const Loaded& l) { return l.scenario.id == "tm-crisis-2010"; });
    REQUIRE(tm != library().end());
    std::set<std::string> ids;
    for (int i : customerPeopleAtDecisions(tm->scenario))
        ids.insert(tm->scenario.characters[static_cast<std::size_t>(i)].id);
    CHECK(ids.count("ceo") == 1);
    CHECK(ids.count("tmnet") == 1);
    CHECK(ids.count("sun") == 0);
    CHECK(ids.count("dai") == 0);
}
