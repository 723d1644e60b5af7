// The static graph of a scenario: reachability, traps, and the DOT text the graph export and the class view draw.
#include "core/scenario_graph.h"

#include <doctest/doctest.h>

#include <string>

#include "core/loader.h"

using namespace frontline::core;

namespace {

const std::string fixtures = std::string(FRONTLINE_TEST_DIR) + "/fixtures";

int countOf(const std::string& text, const std::string& piece) {
    int n = 0;
    for (auto at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("graph: every branch is an edge, and the start reaches every node of a valid scenario") {
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json");
    REQUIRE(r.scenario);
    const Scenario& sc = *r.scenario;
    ScenarioGraph g = analyseGraph(sc);
    CHECK(g.edges.size() == 3);  // ask -> won (if), ask -> lost, wait -> lost
    for (int i = 0; i < static_cast<int>(sc.nodes.size()); ++i) {
        CHECK(g.reachable[i]);
        CHECK(g.canEnd[i]);
        CHECK_FALSE(g.inTrap(i));
    }
    std::string dot = toDot(sc, g);
    CHECK(dot.starts_with("digraph \"minimal\" {"));
    CHECK(dot.find("\"call\" -> \"won\" [label=\"ask · listen\", style=dashed]") != std::string::npos);
    CHECK(dot.find("\"call\" -> \"lost\" [label=\"wait · respond\", style=dotted]") != std::string::npos);
    CHECK(dot.find("time limit 30 s") != std::string::npos);
    CHECK(countOf(dot, "#c62828") == 0);  // no trap
}

TEST_CASE("graph: a scenario with a trap is still drawn from its draft, the loop in red") {
    LoadResult r = loadScenarioFile(fixtures + "/invalid/trap.json");
    CHECK_FALSE(r.scenario);
    REQUIRE(r.draft);
    REQUIRE(r.model() == &*r.draft);
    const Scenario& sc = *r.draft;
    ScenarioGraph g = analyseGraph(sc);
    int loop = sc.nodeIndex("loop"), call = sc.nodeIndex("call");
    REQUIRE(loop >= 0);
    CHECK(g.inTrap(loop));
    CHECK_FALSE(g.inTrap(call));
    std::string dot = toDot(sc, g);
    CHECK(dot.find("\"loop\" -> \"loop\" [label=\"again · respond\", color=\"#c62828\", penwidth=2]") !=
          std::string::npos);
}

TEST_CASE("graph: a heat map scales each choice's edge by how many trainees took it") {
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json");
    REQUIRE(r.scenario);
    const Scenario& sc = *r.scenario;
    DotOptions o;
    o.choiceCounts.assign(sc.nodes.size(), {});
    int call = sc.nodeIndex("call");
    o.choiceCounts[call] = {9, 3};  // ask 9 times, wait 3 times
    o.kindNames = {"倾听", "回应", "升级"};
    std::string dot = toDot(sc, analyseGraph(sc), o);
    CHECK(dot.find("label=\"ask · 倾听\", style=dashed, penwidth=6.00, xlabel=\"×9\"") != std::string::npos);
    CHECK(dot.find("label=\"wait · 回应\", style=dotted, penwidth=2.40, xlabel=\"×3\"") != std::string::npos);
}

TEST_CASE("graph: a file that is not a JSON object has no draft to draw") {
    LoadResult r = loadScenarioText("[1, 2]", "list.json");
    CHECK_FALSE(r.scenario);
    CHECK_FALSE(r.draft);
    CHECK(r.model() == nullptr);
}
