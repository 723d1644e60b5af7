// The explorer's paths as a player takes them, for what shows them (`frontline explore`, the editor's Explorer
// tab): one step at a time through a session, and as the steps `play --choices` and `--autoplay` take.
#pragma once
#include <string>
#include <vector>

#include "grading.h"
#include "scenario.h"
#include "session.h"

namespace frontline::core {

// Takes the explorer's step `id`: a choice on screen, or the timeout choice when the time runs out (a
// timeout-only choice cannot be clicked). Returns false when the step does not fit (an explorer bug).
bool takeExploredStep(Session& walk, const std::string& id, bool& timedOut);

// A path as the steps `play --choices` and `--autoplay` take, so it can be pasted back: the choice ids,
// comma-separated, and "t" where the time runs out.
std::string playableSteps(const Scenario& scenario, const std::vector<std::string>& choiceIds);

// One attainable range as `explore` prints it: "empathy: -3 … 9".
std::string rangeText(const DimensionRange& dimension);

// The dimensions no path moves (left out of the Index), comma-separated; "" when every one moves.
std::string unmovedDimensions(const AttainableRanges& ranges);

}  // namespace frontline::core
