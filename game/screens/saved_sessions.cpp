#include "screens/saved_sessions.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <vector>

#include "core/data_dirs.h"
#include "core/scenario_store.h"
#include "core/scored_session.h"

namespace frontline::game {
namespace fs = std::filesystem;

SessionSaver::SessionSaver(const core::Session& session, const std::string& locale, std::string player, bool enabled)
    : m_enabled(enabled) {
    const core::Scenario& sc = session.scenario();
    m_record.appVersion = FRONTLINE_VERSION;
    m_record.scenarioId = sc.id;
    std::error_code ec;
    auto abs = fs::absolute(sc.file, ec);
    m_record.scenarioFile = ec ? sc.file : abs.lexically_normal().string();
    m_record.scenarioSha256 = sc.sha256;
    m_record.player = std::move(player);
    m_record.locale = locale;
    m_record.mode = session.mode();
    m_record.seed = session.seed();
    m_record.startTime = utcNow();
    m_path = (fs::path(core::defaultSessionDirectory()) / core::sessionFileName(m_record)).string();
    // The played bytes, kept once so this session replays even after the scenario file changes.
    std::string error;
    if (m_enabled && !core::keepPlayedScenario(sc.file, sc.sha256, core::defaultScenarioStoreDirectory(), &error))
        m_error = error;
}

SessionSaver::SessionSaver(core::SessionRecord record, std::string path, bool enabled)
    : m_record(std::move(record)), m_path(std::move(path)), m_enabled(enabled) {}

void SessionSaver::append(const core::SessionEvent& event) {
    m_record.events.push_back(core::toRecordedEvent(event, utcNow()));
    if (!m_enabled) return;
    std::error_code ec;
    fs::create_directories(fs::path(m_path).parent_path(), ec);
    std::string error;
    m_error =
        core::saveSessionRecordAtomically(m_record, m_path, &error) ? "" : (error.empty() ? "save failed" : error);
}

std::optional<Interrupted> findInterruptedSession(const Catalog& catalog) {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    for (const auto& entry : fs::directory_iterator(core::defaultSessionDirectory(), ec))
        if (entry.path().extension() == ".json") files.emplace_back(entry.last_write_time(ec), entry.path());
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (files.size() > 40) files.resize(40);
    for (const auto& [time, path] : files) {
        auto loaded = core::loadSessionRecord(path.string());
        if (!loaded.record || loaded.record->events.empty()) continue;
        const core::Scenario* sc = catalog.find(loaded.record->scenarioId);
        if (!sc || sc->sha256 != loaded.record->scenarioSha256) continue;
        auto replay = core::replaySession(*sc, *loaded.record, path.string());
        if (!replay.ok() || !replay.session || replay.session->finished()) continue;
        return Interrupted{path.string(), sc, replay.session->decisionIndex(),
                           loaded.record->mode == core::SessionMode::Practice};
    }
    return std::nullopt;
}

Resumed resumeSession(const core::Scenario& scenario, const std::string& file) {
    Resumed out;
    auto loaded = core::loadSessionRecord(file);
    if (!loaded.record) return out;
    auto replay = core::replaySession(scenario, *loaded.record, file);
    if (!replay.ok() || !replay.session) return out;
    out.session = std::move(replay.session);
    out.record = std::move(*loaded.record);
    return out;
}

std::vector<SessionSummary> listSessions(const std::string& dir, std::size_t limit) {
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name.ends_with(".notes.json") || name.front() == '.') continue;
        files.emplace_back(entry.last_write_time(ec), entry.path());
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (files.size() > limit) files.resize(limit);
    core::ScorerOptions options;
    options.fallbackDir = core::shippedDataPath("scenarios");
    options.storeDir = core::defaultScenarioStoreDirectory();
    core::SessionScorer scorer(options);
    std::vector<SessionSummary> out;
    for (const auto& [time, path] : files) {
        SessionSummary s;
        s.file = path.string();
        core::ScoredSessionLoad load = scorer.load(s.file);
        if (load.session) {
            const core::ScoredSession& scored = *load.session;
            s.readable = true;
            s.player = scored.record.player;
            s.scenarioId = scored.record.scenarioId;
            s.startTime = scored.record.startTime;
            s.scenarioTitle = scored.scenario->title;
            s.index = scored.report.index.index;
            s.finished = scored.report.complete;
            s.decisions = static_cast<int>(scored.path.size());
        } else {
            for (const auto& d : load.diagnostics)
                if (d.severity == core::Severity::Error) {
                    s.problem = d.message;
                    break;
                }
            if (auto record = core::loadSessionRecord(s.file); record.record) {
                s.player = record.record->player;
                s.scenarioId = record.record->scenarioId;
                s.startTime = record.record->startTime;
            }
        }
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SessionSummary& a, const SessionSummary& b) { return a.startTime > b.startTime; });
    return out;
}

}  // namespace frontline::game
