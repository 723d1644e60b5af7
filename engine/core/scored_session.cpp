#include "scored_session.h"

#include <filesystem>

#include "diagnostic_rules.h"
#include "loader.h"
#include "scenario_store.h"

namespace frontline::core {
namespace {

Diagnostic note(const DiagnosticRule& rule, const std::string& file, std::string message) {
    return makeDiagnostic(rule, file, "", std::move(message));
}

}  // namespace

const std::optional<std::string>& SessionScorer::currentSha256(const std::string& path) {
    auto it = m_currentSha256.find(path);
    if (it == m_currentSha256.end()) it = m_currentSha256.emplace(path, fileSha256(path)).first;
    return it->second;
}

const SessionScorer::ScenarioEntry& SessionScorer::scenarioEntry(const std::string& path, const LoadOptions& options) {
    if (auto it = m_scenarios.find(path); it != m_scenarios.end()) return it->second;
    ScenarioEntry entry;
    LoadOptions loadOptions = options;
    loadOptions.checkAssets = false;
    LoadResult loaded = loadScenarioFile(path, loadOptions);
    if (!loaded.scenario) {
        for (Diagnostic& d : loaded.diagnostics)
            if (d.severity == Severity::Error) entry.diagnostics.push_back(std::move(d));
        entry.diagnostics.push_back(note(rules::sessionScenarioInvalid, path,
                                         "cannot load the scenario file '" + path + "' the session names"));
        return m_scenarios.emplace(path, std::move(entry)).first->second;
    }
    if (!loaded.rubric) {
        for (Diagnostic& d : loaded.diagnostics) entry.diagnostics.push_back(std::move(d));
        entry.diagnostics.push_back(
            note(rules::sessionScenarioInvalid, path, "cannot load the rubric for '" + path + "'"));
        return m_scenarios.emplace(path, std::move(entry)).first->second;
    }
    auto scenario = std::make_shared<Scenario>(std::move(*loaded.scenario));
    auto effective = std::make_shared<Rubric>(std::move(*loaded.rubric));  // the scenario's changes applied
    if (m_options.explore) {
        auto explored = std::make_shared<ExplorationResult>(explore(*scenario, *effective));
        entry.ranges = explored->ranges;
        entry.exploration = std::move(explored);
    } else {
        entry.ranges = attainableRanges(*scenario, *effective);
    }
    entry.scenario = std::move(scenario);
    entry.rubric = std::move(effective);
    return m_scenarios.emplace(path, std::move(entry)).first->second;
}

ScoredSessionLoad SessionScorer::load(const std::string& sessionPath) {
    ScoredSessionLoad out;
    RecordLoad loaded = loadSessionRecord(sessionPath);
    out.diagnostics = std::move(loaded.diagnostics);
    if (!loaded.record) return out;
    SessionRecord& record = *loaded.record;

    std::string scenarioFile = m_options.scenarioOverride.empty() ? record.scenarioFile : m_options.scenarioOverride;
    LoadOptions loadOptions;
    if (m_options.scenarioOverride.empty() && !m_options.storeDir.empty()) {
        PlayedScenario played = findPlayedScenario(record, currentSha256(record.scenarioFile), m_options.storeDir);
        if (played.playedCopy) {
            out.diagnostics.push_back(note(rules::scenarioPlayedCopy, sessionPath, played.message));
            scenarioFile = played.file;
            loadOptions = played.options;
        }
    }
    std::error_code ec;
    if (m_options.scenarioOverride.empty() && !std::filesystem::exists(scenarioFile, ec)) {
        // The session may come from another machine: look for the scenario by id.
        std::string local = m_options.fallbackDir + "/" + record.scenarioId + ".json";
        if (m_options.fallbackDir.empty() || record.scenarioId.empty() || !std::filesystem::exists(local, ec)) {
            out.diagnostics.push_back(
                note(rules::sessionScenarioMissing, sessionPath,
                     "the scenario file '" + scenarioFile +
                         "' recorded in the session does not exist (pass it with --scenario FILE)"));
            return out;
        }
        out.diagnostics.push_back(
            note(rules::scenarioFallback, sessionPath, "'" + scenarioFile + "' not found; using " + local));
        scenarioFile = local;
    }
    const ScenarioEntry& entry = scenarioEntry(scenarioFile, loadOptions);
    if (!entry.scenario) {
        for (const Diagnostic& d : entry.diagnostics) out.diagnostics.push_back(d);
        return out;
    }
    const Scenario& sc = *entry.scenario;
    ScoredSession s;
    s.scenarioChanged = !record.scenarioSha256.empty() && record.scenarioSha256 != sc.sha256;
    if (s.scenarioChanged)
        out.diagnostics.push_back(
            note(rules::scenarioChanged, sessionPath,
                 "the scenario file has changed since this session was recorded (recorded sha256 " +
                     record.scenarioSha256 + ", current " + sc.sha256 + "); scored against the current file"));
    if (record.scenarioId != sc.id)
        out.diagnostics.push_back(note(rules::scenarioIdDiffers, sessionPath,
                                       "the session was recorded for scenario '" + record.scenarioId + "' but '" +
                                           scenarioFile + "' is '" + sc.id + "'"));
    ScoreResult scored = scorePath(sc, *entry.rubric, effectiveChoiceIds(record), *entry.ranges);
    for (Diagnostic& d : scored.diagnostics) {
        d.file = sessionPath;  // the score is about the session, whatever the scenario file
        out.diagnostics.push_back(std::move(d));
    }
    if (!scored.report) return out;
    s.file = sessionPath;
    s.path = effectiveEvents(record);
    s.record = std::move(record);
    s.scenario = entry.scenario;
    s.rubric = entry.rubric;
    s.scenarioFile = scenarioFile;
    s.report = std::move(*scored.report);
    out.session = std::move(s);
    return out;
}

const ExplorationResult* SessionScorer::exploration(const ScoredSession& session) const {
    auto it = m_scenarios.find(session.scenarioFile);
    return it == m_scenarios.end() ? nullptr : it->second.exploration.get();
}

}  // namespace frontline::core
