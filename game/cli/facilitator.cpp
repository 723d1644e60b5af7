#include "facilitator.h"

#include <ostream>

#include "core/data_dirs.h"

namespace frontline::cli {

std::string shippedScenarioDir() { return core::shippedDataPath("scenarios"); }

core::ScorerOptions scorerOptions(const std::string& scenarioOverride, bool explore) {
    core::ScorerOptions o;
    o.scenarioOverride = scenarioOverride;
    o.fallbackDir = shippedScenarioDir();
    o.explore = explore;
    return o;
}

void printDiagnostics(const core::Diagnostics& diagnostics, const std::string& command, std::ostream& err) {
    for (const auto& d : diagnostics) {
        if (d.severity == core::Severity::Warning && d.line == 0)
            err << command << ": warning: " << (d.file.empty() ? "" : d.file + ": ") << d.message << "\n";
        else
            err << core::format(d) << "\n";
    }
}

}  // namespace frontline::cli
