// The explorer's reachable state graph (internal to engine/core: the explorer builds it, the gameability
// analysis reads it). Compressed rows: state i's actions are edges [edgeBegin[i], edgeBegin[i+1]), one per
// available action in ascending choice order; state 0 is the start.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "state.h"

namespace frontline::core::detail {

struct Graph {
    std::vector<State> states;
    std::vector<char> expanded;  // 0: not walked (stopped at a limit)
    std::vector<int> edgeBegin;
    std::vector<int> edgeChoice;
    std::vector<int> edgeTarget;               // -1: no branch of `next` held
    std::vector<int> scc;                      // component id per state
    std::vector<std::vector<int>> components;  // reverse topological order (sinks first)
    std::vector<char> cyclic;                  // per component
    std::vector<std::vector<int>> fired;       // per state: rules that hold (endings only)
    bool complete = true;
    bool relaxed = false;  // relaxedGraph(): rules count only where they help the objective
    std::string stopReason;
    std::uint64_t steps = 0;

    int size() const { return static_cast<int>(states.size()); }
    int begin(int v) const { return edgeBegin[v]; }
    int end(int v) const { return edgeBegin[v + 1]; }
};

}  // namespace frontline::core::detail
