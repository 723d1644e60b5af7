// Playing from any node with chosen values ("play from here"), for an author checking one part of a scenario
// without replaying the path to it. A rehearsal is never recorded or scored: a session file always starts at the
// scenario's start, so its score can be derived from its choices.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario.h"
#include "state.h"

namespace frontline::core {

// The scenario's start state moved to `node` (a decision node; "" keeps the start), with `assignments` applied:
// comma-separated name=value, where a name is trust.<character> or patience.<character> (0..100), clock.hours
// (hours since the start, 0 or more) or a declared variable (true/false or a number, as it is declared).
// Returns nothing and sets `error` (naming the part that is wrong, with a suggestion) when any part is wrong.
std::optional<State> rehearsalState(const Scenario& sc, std::string_view node, std::string_view assignments,
                                    std::string& error);

// One value a rehearsal may set, as rehearsalState names it, with its value in a state: what the editor's "play
// from here" panel offers, every declared meter and variable and the clock.
struct RehearsalValue {
    enum class Kind { Meter, Hours, Boolean, Number };
    Kind kind = Kind::Number;
    std::string name;  // trust.<character>, patience.<character>, clock.hours or a variable
    double value = 0;  // a meter 0..100, hours, 0/1 for a boolean, or the number
};
// Every name rehearsalState accepts, in the order clock, characters (trust, patience), variables, valued as in `s`.
std::vector<RehearsalValue> rehearsalValues(const Scenario& sc, const State& s);
// The values as rehearsalState's assignments (name=value,...).
std::string rehearsalAssignments(const std::vector<RehearsalValue>& values);

// A state play really reaches `node` in: the first found walking from the start by fewest decisions (choices in
// file order, a timeout counting as a decision), what the editor's panel starts from. Nothing when the node is
// absent, not reached, or not reached within `maxStates` distinct states (a bound, so it is cheap in a frame).
std::optional<State> firstReachedState(const Scenario& sc, std::string_view node, std::size_t maxStates = 20'000);

}  // namespace frontline::core
