// Graphviz (libgvc, the `dot` engine) lays out and renders DOT text: the scenario graph in `frontline graph`, the
// class heat map and the editor. Nothing here knows a scenario; errors are returned, never thrown or printed.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace frontline::graph {

struct Point {
    double x = 0, y = 0;  // points (1/72 inch), y growing downwards, origin at the graph's top left
};

struct LaidOutNode {
    std::string name;
    Point centre;
    double width = 0, height = 0;  // points
};

struct LaidOutEdge {
    std::string tail, head;     // node names
    std::string id;             // the edge's DOT "id" attribute ("" when it has none)
    std::vector<Point> spline;  // cubic Bézier control points, as Graphviz gives them (3k + 1 of them)
    Point labelCentre;          // where the edge's label goes (0, 0 when it has none)
};

struct GraphLayout {
    double width = 0, height = 0;  // points
    std::vector<LaidOutNode> nodes;
    std::vector<LaidOutEdge> edges;
    std::string error;  // non-empty when the DOT text could not be read or laid out
    bool ok() const { return error.empty(); }
};

GraphLayout layoutDot(std::string_view dot);

// The DOT text drawn by Graphviz in `format` ("svg", "png", "dot" with positions, …) into `out`.
// Returns an empty string on success, else what went wrong.
std::string renderDot(std::string_view dot, const char* format, std::string& out);

}  // namespace frontline::graph
