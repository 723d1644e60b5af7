// The scenario as a graph of nodes and choices, read statically: every branch of every choice counts, whatever
// its condition. The validator's reachability and trap checks, the graph export and the editor share it.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "scenario.h"

namespace frontline::core {

struct GraphEdge {
    int from = -1, to = -1;    // node indices
    int choice = -1;           // index into the from node's choices
    bool conditional = false;  // the branch has an "if"
};

struct ScenarioGraph {
    std::vector<GraphEdge> edges;      // in file order; unresolved targets are left out
    std::vector<bool> reachable;       // from the start node (all false without a valid start)
    std::vector<bool> canEnd;          // an ending, or a target the loader could not resolve, is reachable
    std::vector<bool> deadEnd;         // not an ending and no choices (the validator's no-choices)
    std::vector<bool> leadsToUnknown;  // a choice with a broken "next"

    // Reached from the start but with no way to any ending: every path from here loops or dead-ends.
    bool inTrap(int node) const;
};

ScenarioGraph analyseGraph(const Scenario& sc);

// What a node is in the graph, as the graph pictures (DOT, the editor) colour it; the first that holds, in
// this order: in a trap, unreachable, an ending of its kind, timed, else a decision.
enum class NodeRole { Trap, Unreachable, Won, Partial, Lost, Timed, Decision };
NodeRole roleOf(const Scenario& sc, const ScenarioGraph& graph, int node);

// What the DOT text shows, beyond the scenario itself.
struct DotOptions {
    std::string locale = "en";                                                 // of the titles and texts shown
    std::array<std::string, 3> kindNames = {"listen", "respond", "escalate"};  // by ChoiceKind
    std::string timeLimit = "time limit %d s";     // a timed node's second line; %d is its seconds
    std::string fontName = "WenQuanYi Micro Hei";  // found by fontconfig when the graph is laid out
    // A class heat map: how many trainees took each choice, indexed [node][choice]; empty for none.
    std::vector<std::vector<int>> choiceCounts;
    // Give edge k (ScenarioGraph::edges[k]) the DOT id "edge-k", so a drawing from the layout knows its branch.
    bool edgeIds = false;
};

// A Graphviz DOT digraph: one box per node, coloured by role (start, decision, timed, ending won / partial /
// lost, unreachable, trap), one edge per branch labelled with the choice id and kind; a conditional branch is
// dashed, a timeout choice dotted, the edges of a trap drawn red. Node names are the node ids.
std::string toDot(const Scenario& sc, const ScenarioGraph& graph, const DotOptions& options = {});

}  // namespace frontline::core
