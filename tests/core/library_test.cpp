// The quality bar every shipped scenario must meet (issue "The scenario library"), checked over the whole
// scenarios/ folder so a new file is held to it automatically.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>

#include "core/explorer.h"
#include "core/grading.h"
#include "core/library.h"
#include "core/loader.h"
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
            auto rubric = loadRubricFile(defaultRubricPath(file));
            if (result.scenario && rubric.rubric)
                out.push_back({file, *result.scenario, applyChanges(*rubric.rubric, result.scenario->rubricChanges)});
        }
        return out;
    }();
    return all;
}

bool isTutorial(const Scenario& s) { return s.id == "tutorial"; }

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
        ExplorationResult ex = explore(scenario, rubric);
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
        for (const auto& w : ex.warnings) FAIL_CHECK((w.rule + " at '" + w.node + "': " + w.message));
    }
}

TEST_CASE("every choice's feedback names a principle it grades, in both locales") {
    const std::regex code(R"(P(1[0-2]|[1-9])(?![0-9]))");
    for (const auto& [file, scenario, rubric] : library()) {
        CAPTURE(file);
        CHECK(std::set<std::string>(scenario.locales.begin(), scenario.locales.end()) == std::set<std::string>{"zh", "en"});
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
                    if (node.choices[i].text.in(locale).size() > node.choices[longest].text.in(locale).size()) longest = i;
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
