// Playing from any node with chosen values ("play from here"), for an author checking one part of a scenario
// without replaying the path to it. A rehearsal is never recorded or scored: a session file always starts at the
// scenario's start, so its score can be derived from its choices.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "scenario.h"
#include "state.h"

namespace frontline::core {

// The scenario's start state moved to `node` (a decision node; "" keeps the start), with `assignments` applied:
// comma-separated name=value, where a name is trust.<character> or patience.<character> (0..100), clock.hours
// (hours since the start, 0 or more) or a declared variable (true/false or a number, as it is declared).
// Returns nothing and sets `error` (naming the part that is wrong, with a suggestion) when any part is wrong.
std::optional<State> rehearsalState(const Scenario& sc, std::string_view node, std::string_view assignments,
                                    std::string& error);

}  // namespace frontline::core
