// A recorded session's path step by step, as the trainee met it, for the replay viewer: re-simulated by the
// session engine from the recorded events (undo applied), so every step is the same on every run. For each
// decision: the state before it (node, meters, clock), the choices in the order they were shown, the choice
// taken, the decision time and how the choice was judged against the alternatives; then the state it led to.
// And the same walk along another path (the explorer's best), with where the two paths part.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "grading.h"
#include "recording.h"
#include "scenario.h"
#include "state.h"

namespace frontline::core {

struct ReplayStep {
    int step = 0;  // 0-based position on the path (a note's decision is step + 1)
    State before, after;
    std::vector<int> displayed;  // choice indices of the node before, in the order shown
    int chosen = -1;             // index into the node's choices
    bool timedOut = false;
    std::int64_t decisionMs = 0;
    std::string wallTime;
    Judgement judgement;  // judgeChoice in `before`
};

struct ReplayPath {
    std::vector<ReplayStep> steps;
    State start;  // before the first decision
    State final;  // after the last decision (an ending when `finished`)
    bool finished = false;
    Diagnostics diagnostics;  // replaySession's, when the record does not replay
    bool ok() const { return !hasErrors(diagnostics); }
};

// The effective path of `record` (core::effectiveEvents) in `scenario`; on a divergence, the diagnostics say
// where and `steps` holds the decisions before it.
ReplayPath replayPath(const Scenario& scenario, const SessionRecord& record, const Rubric& rubric,
                      const std::string& recordFile = "");

// A path given by choice ids from the start (timeout choices taken as timeouts where the node allows no other
// way), displayed in `seed`'s order. Stops at the first id that is not available.
ReplayPath walkPath(const Scenario& scenario, const std::vector<std::string>& choiceIds, const Rubric& rubric,
                    std::uint64_t seed = 0);

// Where two paths from the start part: the first step whose choice differs (or the length of the shorter
// path when one is the other's beginning); -1 when they are the same.
int divergence(const ReplayPath& a, const ReplayPath& b);

}  // namespace frontline::core
