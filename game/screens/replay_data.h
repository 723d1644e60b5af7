// What the replay viewer shows of one recorded session, computed by the core: the session record, its scenario
// (found the way `frontline score` finds it: the recorded file, else the played copy, else the shipped one),
// the score, every step of the path re-simulated (core/replay_steps.h), the explorer's best path and where the
// trainee's parted from it, and the facilitator's notes (NAME.notes.json). A damaged or foreign file gives
// `error`, never an exception.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/explorer.h"
#include "core/notes.h"
#include "core/recording.h"
#include "core/replay_steps.h"
#include "core/score.h"

namespace frontline::game {

struct ReplayData {
    std::string file;  // the session file ("" when the session was not saved)
    core::SessionRecord record;
    std::shared_ptr<const core::Scenario> scenario;
    std::shared_ptr<const core::Rubric> rubric;
    core::ScoreReport report;
    core::ReplayPath path;
    bool hasBest = false;
    core::ReplayPath best;  // the explorer's best path
    core::IndexParts bestIndex;
    core::ExtremePath bestFound;                  // the explorer's best path as found (for the review)
    std::optional<core::ScoreReport> bestReport;  // it scored, for its texts (core/aar.h)
    int divergedAt = -1;  // the first step where the trainee's path left the best one; -1: never
    core::SessionNotes notes;
    std::vector<std::string> warnings;  // one line each (scenario changed, notes unreadable, ...)
    std::string error;                  // why the session cannot be replayed; "" when it can
    bool ok() const { return error.empty(); }
};

ReplayData loadReplay(const std::string& sessionFile);

// Keeps the viewer's bookmarks (0-based frames) in the session's NAME.notes.json, read again first so notes added
// meanwhile (`frontline notes`) are kept; the session file is never written. "" when saved (or when the session
// was never saved, so has no notes file), else why not: a notes file that cannot be read is left as it is.
std::string saveBookmarks(const ReplayData& data, const std::vector<int>& frames);
// A session still in memory (the debrief's); `file` is where it was saved, for its notes ("" when it was not).
ReplayData replayOf(const core::Scenario& scenario, const core::Rubric& rubric, core::SessionRecord record,
                    std::string file);

}  // namespace frontline::game
