// A recorded session with its scenario, rubric and score, as the facilitator's commands need it (score,
// report, cohort, xapi). The scorer finds the scenario the way docs/scoring.md §6 says (the recorded path, else
// the played copy in the store, else <fallback dir>/<id>.json, or an explicit override), loads each scenario and rubric
// once, and returns located diagnostics for whatever is wrong, never throws: one bad file never stops the others.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "diagnostic.h"
#include "explorer.h"
#include "loader.h"
#include "recording.h"
#include "scenario.h"
#include "score.h"

namespace frontline::core {

struct ScoredSession {
    std::string file;  // the session file
    SessionRecord record;
    std::shared_ptr<const Scenario> scenario;  // shared by every session of the same scenario file
    std::shared_ptr<const Rubric> rubric;      // the rubric with the scenario's changes applied
    std::string scenarioFile;                  // the scenario file actually used
    bool scenarioChanged = false;              // its SHA-256 differs from the recorded one
    ScoreReport report;
    std::vector<RecordedEvent> path;  // the effective events (undo applied), one per report decision
};

struct ScoredSessionLoad {
    std::optional<ScoredSession> session;  // absent after an error
    Diagnostics diagnostics;               // the session's, the scenario's and the score's, plus warnings:
                                           // scenario-changed, scenario-id-differs, scenario-fallback,
                                           // scenario-played-copy
};

struct ScorerOptions {
    std::string scenarioOverride;  // score every session against this scenario file
    std::string fallbackDir;       // where <id>.json is looked for when the recorded path is gone
    std::string storeDir;          // the played scenarios (scenario_store.h), used when the recorded file differs
    bool explore = false;          // keep each scenario's exploration (best path) for exploration()
};

class SessionScorer {
public:
    explicit SessionScorer(ScorerOptions options) : m_options(std::move(options)) {}
    ScoredSessionLoad load(const std::string& sessionPath);
    // The exploration of a loaded session's scenario (only with options.explore), else nullptr.
    const ExplorationResult* exploration(const ScoredSession& session) const;

private:
    struct ScenarioEntry {
        std::shared_ptr<const Scenario> scenario;
        std::shared_ptr<const Rubric> rubric;
        std::optional<AttainableRanges> ranges;
        std::shared_ptr<const ExplorationResult> exploration;
        Diagnostics diagnostics;  // errors when the scenario or its rubric cannot be loaded
    };
    const ScenarioEntry& scenarioEntry(const std::string& path, const LoadOptions& options);
    const std::optional<std::string>& currentSha256(const std::string& path);

    ScorerOptions m_options;
    std::map<std::string, ScenarioEntry> m_scenarios;                   // by the path loaded
    std::map<std::string, std::optional<std::string>> m_currentSha256;  // by path: fileSha256()
};

}  // namespace frontline::core
