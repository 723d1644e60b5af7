// The complete state of a session at one moment: where it is, how every character feels, every variable,
// and the scenario clock. Plain data, comparable and hashable so the explorer can memoise on it.
#pragma once
#include <cstddef>
#include <vector>

#include "value.h"

namespace frontline::core {

struct State {
    int node = -1;                 // index into Scenario::nodes
    std::vector<int> trust;        // per character, in Scenario::characters order, 0..100
    std::vector<int> patience;     // per character, 0..100
    std::vector<Value> variables;  // in Scenario::variables order
    int minutes = 0;               // scenario clock: minutes elapsed since the start

    bool operator==(const State&) const = default;
};

struct StateHash {
    std::size_t operator()(const State& s) const noexcept;
};

}  // namespace frontline::core
