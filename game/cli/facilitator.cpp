#include "facilitator.h"

#include <ostream>

#include "core/data_dirs.h"

namespace frontline::cli {

std::string shippedScenarioDir() {
    return core::shippedDataPath("scenarios");
}

core::PlayedScenario playedScenario(const core::SessionRecord& record) {
    std::optional<std::string> current = core::fileSha256(record.scenarioFile);
    core::PlayedScenario played = core::findPlayedScenario(record, current, core::defaultScenarioStoreDirectory());
    if (played.playedCopy && !current->empty())
        played.message += "; --scenario " + record.scenarioFile + " uses the current file";
    return played;
}

core::ScorerOptions scorerOptions(const std::string& scenarioOverride, bool explore) {
    core::ScorerOptions o;
    o.scenarioOverride = scenarioOverride;
    o.fallbackDir = shippedScenarioDir();
    o.storeDir = core::defaultScenarioStoreDirectory();
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
