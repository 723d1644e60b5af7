// Tour planning: a few complete paths through a scenario that together visit every reachable node, so that
// playing them in the window shows every text a trainee can meet (`frontline --tour`). A path is a list of
// autoplay steps, each a choice id, or "t" where only the node's time running out leads on (a timeout-only
// choice). Pure and deterministic: a cheapest-first walk over (node, state) with the rules of play and the
// state abstraction of the explorer, letting a timer run out costing more than clicking, then paths through
// the deepest uncovered node first.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "scenario.h"

namespace frontline::core {

struct TourPlan {
    std::vector<std::vector<std::string>> paths;  // each from the start to an ending
    std::size_t nodes = 0;                        // nodes in the file
    std::size_t reachable = 0;                    // nodes reached by the walk
    std::size_t covered = 0;  // nodes on some path (== reachable unless a node cannot reach an ending)
    bool complete = true;     // false: the walk stopped at maxStates
};

TourPlan planTour(const Scenario& scenario, std::size_t maxStates = 200'000);

}  // namespace frontline::core
