// Graphviz lays the DOT text out: every node placed inside the drawing without overlaps, edges with their
// splines; bad DOT is an error value, never a crash or a message on stderr.
#include "graph/graph_layout.h"

#include <doctest/doctest.h>

#include <cmath>

#include "core/loader.h"
#include "core/scenario_graph.h"

using namespace frontline;

TEST_CASE("graph layout: the tutorial's nodes are placed inside the drawing, none overlapping") {
    core::LoadResult r = core::loadScenarioFile(std::string(FRONTLINE_TEST_DIR) + "/../scenarios/tutorial.json");
    REQUIRE(r.scenario);
    const core::ScenarioGraph g = core::analyseGraph(*r.scenario);
    graph::GraphLayout layout = graph::layoutDot(core::toDot(*r.scenario, g));
    REQUIRE_MESSAGE(layout.ok(), layout.error);
    CHECK(layout.nodes.size() == r.scenario->nodes.size());
    CHECK(layout.edges.size() == g.edges.size());
    for (const auto& n : layout.nodes) {
        CHECK(n.width > 20);
        CHECK(n.centre.x - n.width / 2 >= -0.5);
        CHECK(n.centre.x + n.width / 2 <= layout.width + 0.5);
        CHECK(n.centre.y - n.height / 2 >= -0.5);
        CHECK(n.centre.y + n.height / 2 <= layout.height + 0.5);
    }
    for (std::size_t i = 0; i < layout.nodes.size(); ++i)
        for (std::size_t j = i + 1; j < layout.nodes.size(); ++j) {
            const auto &a = layout.nodes[i], &b = layout.nodes[j];
            bool apart = std::abs(a.centre.x - b.centre.x) >= (a.width + b.width) / 2 ||
                         std::abs(a.centre.y - b.centre.y) >= (a.height + b.height) / 2;
            CHECK_MESSAGE(apart, a.name << " overlaps " << b.name);
        }
    // Top to bottom: the start node is above every ending.
    auto at = [&](const std::string& name) {
        for (const auto& n : layout.nodes)
            if (n.name == name) return n.centre;
        FAIL("no node " << name);
        return graph::Point{};
    };
    CHECK(at("coach-intro").y < at("end-won").y);
    for (const auto& e : layout.edges) CHECK(e.spline.size() >= 4);
}

TEST_CASE("graph layout: DOT that Graphviz cannot read is an error, not a crash") {
    graph::GraphLayout layout = graph::layoutDot("digraph { a -> ");
    CHECK_FALSE(layout.ok());
    CHECK(layout.error.find("cannot read") != std::string::npos);
    std::string svg;
    CHECK_FALSE(graph::renderDot("not dot at all {", "svg", svg).empty());
    CHECK(graph::renderDot("digraph { a -> b }", "no-such-format", svg).find("cannot render") != std::string::npos);
    CHECK(graph::renderDot("digraph { a -> b }", "svg", svg).empty());
    CHECK(svg.find("<svg") != std::string::npos);
}

TEST_CASE("graph layout: with edge ids every laid-out edge names its branch, so a drawing knows which choice it is") {
    core::LoadResult r = core::loadScenarioFile(std::string(FRONTLINE_TEST_DIR) + "/../scenarios/tutorial.json");
    REQUIRE(r.scenario);
    const core::Scenario& sc = *r.scenario;
    const core::ScenarioGraph g = core::analyseGraph(sc);
    core::DotOptions options;
    options.edgeIds = true;
    graph::GraphLayout layout = graph::layoutDot(core::toDot(sc, g, options));
    REQUIRE_MESSAGE(layout.ok(), layout.error);
    REQUIRE(layout.edges.size() == g.edges.size());
    std::vector<bool> seen(g.edges.size());
    for (const auto& e : layout.edges) {
        REQUIRE(e.id.rfind("edge-", 0) == 0);
        std::size_t k = std::stoul(e.id.substr(5));
        REQUIRE(k < g.edges.size());
        CHECK_FALSE(seen[k]);
        seen[k] = true;
        CHECK(e.tail == sc.nodes[static_cast<std::size_t>(g.edges[k].from)].id);
        CHECK(e.head == sc.nodes[static_cast<std::size_t>(g.edges[k].to)].id);
    }
    // Without the option the DOT text names no edge (what frontline graph writes is unchanged).
    for (const auto& e : graph::layoutDot(core::toDot(sc, g)).edges) CHECK(e.id.empty());
}
