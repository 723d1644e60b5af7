// What the facilitator's commands (report, cohort, xapi) share: a scorer set up the way `frontline score`
// finds scenarios, and printing a file's diagnostics.
#pragma once
#include <iosfwd>
#include <string>

#include "core/diagnostic.h"
#include "core/scored_session.h"

namespace frontline::cli {

// The shipped scenarios/ folder (core/data_dirs.h; "" when there is none), where a session's scenario is
// looked for by id when its recorded path is gone.
std::string shippedScenarioDir();

core::ScorerOptions scorerOptions(const std::string& scenarioOverride, bool explore);

// Errors as "file:line:col: error: ..."; warnings prefixed with "<command>: warning: ".
void printDiagnostics(const core::Diagnostics& diagnostics, const std::string& command, std::ostream& err);

}  // namespace frontline::cli
