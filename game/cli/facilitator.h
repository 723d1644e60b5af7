// What the facilitator's commands (report, cohort, xapi) share: a scorer set up the way `frontline score`
// finds scenarios, and printing a file's diagnostics.
#pragma once
#include <iosfwd>
#include <string>

#include "core/diagnostic.h"
#include "core/scenario_store.h"
#include "core/scored_session.h"

namespace frontline::cli {

// The shipped scenarios/ folder (core/data_dirs.h; "" when there is none), where a session's scenario is
// looked for by id when its recorded path is gone.
std::string shippedScenarioDir();

// The scenario file that replays `record` (core/scenario_store.h, the default store); when it is the played copy
// because the recorded file changed, the message also says how to use the current file.
core::PlayedScenario playedScenario(const core::SessionRecord& record);

core::ScorerOptions scorerOptions(const std::string& scenarioOverride, bool explore);

// Errors as "file:line:col: error: ..."; warnings prefixed with "<command>: warning: ".
void printDiagnostics(const core::Diagnostics& diagnostics, const std::string& command, std::ostream& err);

}  // namespace frontline::cli
