// The debrief as an after-action review (the US Army's four questions), computed once from a scored session and
// shown by `frontline report --html` and the window's replay viewer alike: what was supposed to happen (the
// explorer's best path and the principles it honours), what happened (the trainee's path and where it left the
// best one), why (the feedback at each decision where a better action was available, and the negative findings),
// what to do differently (those better actions, then the facilitator's notes).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "explorer.h"
#include "notes.h"
#include "score.h"

namespace frontline::core {

struct AfterActionReview {
    // 1. What was supposed to happen.
    bool hasBest = false;                           // the explorer found a best path (and it could be scored)
    int bestIndex = 0;                              // its Index
    std::vector<ChoiceSummary> bestPath;            // its choices, in order
    LocalizedText bestEnding;                       // the ending it reaches
    std::vector<const DimensionScore*> principles;  // graded up along it, in rubric order (point into `report`)
    // 2. What happened.
    std::vector<const Decision*> path;  // the trainee's decisions (point into `report`)
    int divergedAt = -1;                // 0-based step where the path left the best one; -1: never (or no best)
    // 3. Why: the decisions where a better action was available (their feedback is decision->chosen.feedback),
    // then the findings that count against the trainee.
    std::vector<const Decision*> divergences;
    std::vector<const Finding*> negativeFindings;
    // 4. What to do differently: the better action at each of `divergences` (decision->better), then the notes:
    // on the whole session first, then on decisions, each in written order (point into the notes given).
    std::vector<const Note*> sessionNotes, decisionNotes;
    bool hasNotes() const { return !sessionNotes.empty() || !decisionNotes.empty(); }
};

// `report`, `bestReport` and `notes` must outlive the result. `best` / `bestReport` / `notes` may be null.
AfterActionReview afterActionReview(const ScoreReport& report, const ExtremePath* best, const ScoreReport* bestReport,
                                    const SessionNotes* notes);

}  // namespace frontline::core
