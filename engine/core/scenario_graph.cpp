#include "scenario_graph.h"

#include <algorithm>
#include <cstdio>

#include "utf8.h"

namespace frontline::core {

namespace {

// Marks every node reachable from `seeds` along `adjacent`.
std::vector<bool> closure(const std::vector<std::vector<int>>& adjacent, std::vector<int> seeds) {
    std::vector<bool> seen(adjacent.size(), false);
    for (int s : seeds) seen[s] = true;
    while (!seeds.empty()) {
        int at = seeds.back();
        seeds.pop_back();
        for (int to : adjacent[at])
            if (!seen[to]) {
                seen[to] = true;
                seeds.push_back(to);
            }
    }
    return seen;
}

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as DOT's centred \n.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// At most `limit` code points of the text's first line, with an ellipsis when cut.
std::string shortened(std::string_view text, std::size_t limit) {
    text = text.substr(0, text.find('\n'));
    std::u32string points = decodeUtf8(text);
    std::string out;
    for (std::size_t i = 0; i < points.size() && i < limit; ++i) appendUtf8(out, points[i]);
    if (points.size() > limit) out += "…";
    return out;
}

std::string withNumber(const std::string& pattern, int n) {
    std::string out = pattern;
    if (auto at = out.find("%d"); at != std::string::npos) out.replace(at, 2, std::to_string(n));
    return out;
}

struct Look {
    const char* fill;
    const char* border;
    const char* style;
};

Look lookOf(NodeRole role) {
    switch (role) {
        case NodeRole::Trap:
            return {"#fde2e1", "#c62828", "rounded,filled,bold"};
        case NodeRole::Unreachable:
            return {"#eeeeee", "#9e9e9e", "rounded,filled,dashed"};
        case NodeRole::Won:
            return {"#d9f2dc", "#2e7d32", "rounded,filled"};
        case NodeRole::Partial:
            return {"#fcefd2", "#b7791f", "rounded,filled"};
        case NodeRole::Lost:
            return {"#f8d9d7", "#b23b32", "rounded,filled"};
        case NodeRole::Timed:
            return {"#fff7e6", "#d9822b", "rounded,filled"};
        case NodeRole::Decision:
            break;
    }
    return {"#ffffff", "#4a5568", "rounded,filled"};
}

}  // namespace

NodeRole roleOf(const Scenario& sc, const ScenarioGraph& g, int i) {
    const Node& n = sc.nodes[static_cast<std::size_t>(i)];
    if (g.inTrap(i)) return NodeRole::Trap;
    if (!g.reachable[static_cast<std::size_t>(i)]) return NodeRole::Unreachable;
    if (n.isEnding())
        return *n.ending == EndingKind::Won       ? NodeRole::Won
               : *n.ending == EndingKind::Partial ? NodeRole::Partial
                                                  : NodeRole::Lost;
    if (n.timeLimitSeconds > 0) return NodeRole::Timed;
    return NodeRole::Decision;
}

bool ScenarioGraph::inTrap(int node) const {
    return reachable[node] && !canEnd[node] && !deadEnd[node];
}

ScenarioGraph analyseGraph(const Scenario& sc) {
    const int n = static_cast<int>(sc.nodes.size());
    ScenarioGraph g;
    g.leadsToUnknown.assign(n, false);
    g.deadEnd.assign(n, false);
    std::vector<std::vector<int>> forward(n), backward(n);
    for (int i = 0; i < n; ++i) {
        const Node& node = sc.nodes[i];
        g.deadEnd[i] = !node.isEnding() && node.choices.empty();
        for (int c = 0; c < static_cast<int>(node.choices.size()); ++c) {
            const Choice& choice = node.choices[c];
            if (choice.next.empty()) g.leadsToUnknown[i] = true;
            for (const Branch& branch : choice.next) {
                if (branch.target < 0 || branch.target >= n) {
                    g.leadsToUnknown[i] = true;
                    continue;
                }
                g.edges.push_back({i, branch.target, c, branch.condition.has_value()});
                forward[i].push_back(branch.target);
                backward[branch.target].push_back(i);
            }
        }
        if (g.leadsToUnknown[i]) g.deadEnd[i] = false;
    }
    if (sc.start >= 0 && sc.start < n)
        g.reachable = closure(forward, {sc.start});
    else
        g.reachable.assign(n, false);
    // Seeded with endings and unresolved targets only: a dead end does not make its predecessors safe.
    std::vector<int> ends;
    for (int i = 0; i < n; ++i)
        if (sc.nodes[i].isEnding() || g.leadsToUnknown[i]) ends.push_back(i);
    g.canEnd = closure(backward, ends);
    return g;
}

std::string toDot(const Scenario& sc, const ScenarioGraph& g, const DotOptions& o) {
    std::string out = "digraph " + quoted(sc.id) + " {\n";
    out += "  graph [rankdir=TB, nodesep=0.35, ranksep=0.45, fontname=" + quoted(o.fontName) +
           ", label=" + quoted(sc.title.in(o.locale)) + ", labelloc=t, fontsize=16];\n";
    out += "  node [shape=box, fontname=" + quoted(o.fontName) + ", fontsize=10, margin=\"0.12,0.06\"];\n";
    out += "  edge [fontname=" + quoted(o.fontName) + ", fontsize=8, color=\"#4a5568\", fontcolor=\"#4a5568\"];\n";
    const int n = static_cast<int>(sc.nodes.size());
    for (int i = 0; i < n; ++i) {
        const Node& node = sc.nodes[i];
        std::string label = node.id;
        if (node.isEnding())
            label += "\n" + shortened(node.endingTitle.in(o.locale), 24);
        else if (node.timeLimitSeconds > 0)
            label += "\n" + withNumber(o.timeLimit, node.timeLimitSeconds);
        Look look = lookOf(roleOf(sc, g, i));
        out += "  " + quoted(node.id) + " [label=" + quoted(label) + ", style=" + quoted(look.style) +
               ", fillcolor=" + quoted(look.fill) + ", color=" + quoted(look.border);
        if (i == sc.start) out += ", penwidth=2.5, peripheries=2";
        out += ", tooltip=" + quoted(shortened(node.text.in(o.locale), 80)) + "];\n";
    }
    int maxCount = 0;
    for (const auto& row : o.choiceCounts)
        for (int c : row) maxCount = std::max(maxCount, c);
    for (std::size_t k = 0; k < g.edges.size(); ++k) {
        const GraphEdge& e = g.edges[k];
        const Choice& choice = sc.nodes[e.from].choices[e.choice];
        std::string label = choice.id + " · " + o.kindNames[static_cast<int>(choice.kind)];
        std::string attrs = "label=" + quoted(label);
        if (o.edgeIds) attrs += ", id=" + quoted("edge-" + std::to_string(k));
        if (choice.timeoutOnly || e.choice == sc.nodes[e.from].timeoutChoice)
            attrs += ", style=dotted";
        else if (e.conditional)
            attrs += ", style=dashed";
        if (g.inTrap(e.from) && g.inTrap(e.to)) attrs += ", color=\"#c62828\", penwidth=2";
        if (maxCount > 0 && e.from < static_cast<int>(o.choiceCounts.size()) &&
            e.choice < static_cast<int>(o.choiceCounts[e.from].size())) {
            int count = o.choiceCounts[e.from][e.choice];
            char width[16];
            std::snprintf(width, sizeof width, "%.2f", 0.6 + 5.4 * count / maxCount);
            attrs += ", penwidth=" + std::string(width) + ", xlabel=" + quoted("×" + std::to_string(count));
        }
        out += "  " + quoted(sc.nodes[e.from].id) + " -> " + quoted(sc.nodes[e.to].id) + " [" + attrs + "];\n";
    }
    return out + "}\n";
}

}  // namespace frontline::core
