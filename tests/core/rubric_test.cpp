#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/rubric_loader.h"

using namespace frontline::core;

namespace {

const std::string sourceDir = FRONTLINE_SOURCE_DIR;

}  // namespace

TEST_CASE("the shipped rubric loads: P1..P12 and bands sorted by descending minimum") {
    RubricResult r = loadRubricFile(sourceDir + "/scenarios/rubric.json");
    REQUIRE(r.rubric);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.rubric->dimensions.size() == 12);
    for (int i = 0; i < 12; ++i) CHECK(r.rubric->dimensions[i].id == "P" + std::to_string(i + 1));
    const Dimension* p1 = r.rubric->find("P1");
    REQUIRE(p1);
    CHECK(p1->title.in("en") == "Customer benefit first");
    CHECK(p1->weight == 1.0);
    CHECK_FALSE(p1->cases.empty());
    REQUIRE(r.rubric->bands.size() >= 2);
    for (std::size_t i = 1; i < r.rubric->bands.size(); ++i) CHECK(r.rubric->bands[i - 1].min > r.rubric->bands[i].min);
    CHECK(r.rubric->bands.back().min == 0);
}

TEST_CASE("a broken rubric is reported with positions, never thrown") {
    RubricResult r = loadRubricText(R"({
  "format": 1,
  "dimensions": [{"id": "P1", "title": "A", "description": "B", "weight": -1}, {"id": "P1", "title": 5, "description": "C"}],
  "bands": [{"id": "x", "min": "high", "title": "X"}]
})",
                                    "rubric.json");
    CHECK_FALSE(r.rubric);
    std::vector<std::string> rules;
    for (const auto& d : r.diagnostics)
        rules.push_back(d.rule + "@" + std::to_string(d.line) + ":" + std::to_string(d.column));
    CHECK(rules ==
          std::vector<std::string>{"value-range@3:75", "duplicate-id@3:87", "wrong-type@3:102", "wrong-type@4:32"});
    CHECK_FALSE(loadRubricFile(sourceDir + "/no-such-rubric.json").rubric);
    CHECK_FALSE(loadRubricText("{", "rubric.json").rubric);
}

TEST_CASE("defaultRubricPath: beside the scenario, else the shipped one (in a build tree, the sources')") {
    CHECK(defaultRubricPath(sourceDir + "/scenarios/tutorial.json") == sourceDir + "/scenarios/rubric.json");
    std::error_code ec;
    CHECK(std::filesystem::equivalent(defaultRubricPath("/nowhere/x.json"), sourceDir + "/scenarios/rubric.json", ec));
}

TEST_CASE("applyChanges: weights change, added dimensions are appended or replace") {
    Rubric base;
    base.dimensions = {{"P1", LocalizedText::plain("one"), {}, 1.0, {}},
                       {"P2", LocalizedText::plain("two"), {}, 1.0, {}}};
    RubricChanges changes;
    changes.weights = {{"P2", 3.0}, {"X1", 0.5}};
    changes.dimensions = {{"X1", LocalizedText::plain("extra"), {}, 1.0, {}},
                          {"P1", LocalizedText::plain("new one"), {}, 2.0, {}}};
    Rubric out = applyChanges(base, changes);
    REQUIRE(out.dimensions.size() == 3);
    CHECK(out.find("P1")->title.in("en") == "new one");
    CHECK(out.find("P1")->weight == 2.0);
    CHECK(out.find("P2")->weight == 3.0);
    CHECK(out.find("X1")->weight == 0.5);
    CHECK(out.dimensions[2].id == "X1");
    CHECK(base.find("P2")->weight == 1.0);  // the input is not changed
}
