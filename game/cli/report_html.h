// The printable debrief of one session (`frontline report SESSION --html OUT.html`): player, Index and band,
// the dimension radar, the decision timeline with decision times, each decision's feedback and better
// alternative, the findings, the facilitator's notes, and an after-action review (what was supposed to
// happen, what happened, why, what to do differently). One self-contained HTML file: inline SVG, no network.
#pragma once
#include <optional>
#include <string>

#include "core/explorer.h"
#include "core/notes.h"
#include "core/score.h"
#include "core/scored_session.h"

namespace frontline::cli {

struct HtmlReportInput {
    const core::ScoredSession* session = nullptr;
    const core::SessionNotes* notes = nullptr;      // may be null: no notes
    const core::ExtremePath* best = nullptr;        // the explorer's best path, may be null
    const core::ScoreReport* bestReport = nullptr;  // the best path scored, for its texts; may be null
    std::string locale;                             // "zh" / "en"
    std::string version;                            // FRONTLINE_VERSION, in the footer
};

std::string renderHtmlReport(const HtmlReportInput& input);

// "4.1 s" / "4.1 秒"; "1 min 05 s" / "1 分 05 秒" from a minute on.
std::string formatDecisionTime(long long ms, const std::string& locale);

}  // namespace frontline::cli
