// The rules of play as pure functions of (scenario, state): what is offered, and what a choice does.
// Sessions, replay, scoring and the explorer all move through a scenario with these and nothing else.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "scenario.h"
#include "state.h"

namespace frontline::core {

State initialState(const Scenario& scenario);

// Indices of the node's choices a trainee may click now, in file order (conditions hold, not timeout-only).
std::vector<int> offeredChoices(const Scenario& scenario, const State& state);

// The choice taken when the node's time runs out, or nothing when the node has no time limit.
std::optional<int> timeoutChoice(const Scenario& scenario, const State& state);

// The scenario clock never passes this many minutes (about 1 900 years): a loop of long choices saturates.
inline constexpr long long kMaxClockMinutes = 1'000'000'000;

// Applies the choice's effects (clamping trust and patience to 0..100, the clock to kMaxClockMinutes), then follows the
// first branch of `next` whose condition holds in the new state. Returns nothing when no branch holds (a validator
// error).
std::optional<State> applyChoice(const Scenario& scenario, const State& state, int choiceIndex);

// The people whose reactions decide the outcome, for the ending's summary: the customer's side (characters not
// marked "side": "colleague") present at a node with choices, in file order.
std::vector<int> customerPeopleAtDecisions(const Scenario& scenario);

bool isFinished(const Scenario& scenario, const State& state);

// Human-readable scenario clock, e.g. "2010-08-05 14:00", or "Day 2, 09:30" ("第 2 天 09:30" in zh).
std::string clockLabel(const Scenario& scenario, int minutes, std::string_view locale = "en");

}  // namespace frontline::core
