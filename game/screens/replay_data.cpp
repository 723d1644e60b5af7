#include "screens/replay_data.h"

#include <filesystem>

#include "core/data_dirs.h"
#include "core/scenario_store.h"
#include "core/scored_session.h"

namespace frontline::game {
namespace {

std::string firstErrors(const core::Diagnostics& diagnostics) {
    std::string out;
    int n = 0;
    for (const auto& d : diagnostics)
        if (d.severity == core::Severity::Error && n++ < 3) out += (out.empty() ? "" : "\n") + core::format(d);
    return out;
}

// The path, the best path and the notes, once the scenario, rubric, record and report are there.
void complete(ReplayData& data, const core::ExplorationResult* exploration) {
    data.path = core::replayPath(*data.scenario, data.record, *data.rubric, data.file);
    if (!data.path.ok()) {
        data.error = firstErrors(data.path.diagnostics);
        return;
    }
    for (const auto& d : data.path.diagnostics)
        if (d.severity == core::Severity::Warning) data.warnings.push_back(d.message);
    std::optional<core::ExplorationResult> own;
    if (!exploration) exploration = &own.emplace(core::explore(*data.scenario, *data.rubric));
    if (exploration->best.found) {
        data.hasBest = true;
        data.best = core::walkPath(*data.scenario, exploration->best.choiceIds, *data.rubric, data.record.seed);
        data.bestIndex = exploration->best.index;
        data.bestFound = exploration->best;
        core::ScoreResult scored =
            core::scorePath(*data.scenario, *data.rubric, exploration->best.choiceIds, exploration->ranges);
        if (scored.report) data.bestReport = std::move(scored.report);
        data.divergedAt = core::divergence(data.path, data.best);
    }
    if (!data.file.empty()) {
        std::string name = std::filesystem::path(data.file).filename().string();
        core::NotesLoad notes = core::loadNotes(core::notesPathFor(data.file), name);
        if (notes.notes)
            data.notes = std::move(*notes.notes);
        else if (!notes.diagnostics.empty())
            data.warnings.push_back(core::format(notes.diagnostics.front()));
    }
}

}  // namespace

std::string saveBookmarks(const ReplayData& data, const std::vector<int>& frames) {
    if (data.file.empty()) return "";
    const std::string path = core::notesPathFor(data.file);
    core::NotesLoad notes = core::loadNotes(path, std::filesystem::path(data.file).filename().string());
    if (!notes.notes)
        return notes.diagnostics.empty() ? path + ": cannot be read" : core::format(notes.diagnostics.front());
    std::vector<int> steps;
    for (int f : frames) steps.push_back(f + 1);
    if (steps == notes.notes->bookmarks) return "";
    core::setBookmarks(*notes.notes, std::move(steps));
    std::string error;
    if (!core::saveNotesAtomically(*notes.notes, path, &error)) return error;
    return "";
}

ReplayData loadReplay(const std::string& sessionFile) {
    ReplayData data;
    data.file = sessionFile;
    core::ScorerOptions options;
    options.fallbackDir = core::shippedDataPath("scenarios");
    options.storeDir = core::defaultScenarioStoreDirectory();
    options.explore = true;
    core::SessionScorer scorer(options);
    core::ScoredSessionLoad load = scorer.load(sessionFile);
    if (!load.session) {
        data.error = firstErrors(load.diagnostics);
        if (data.error.empty()) data.error = sessionFile + ": cannot be replayed";
        return data;
    }
    for (const auto& d : load.diagnostics)
        if (d.severity == core::Severity::Warning) data.warnings.push_back(d.message);
    core::ScoredSession& s = *load.session;
    data.record = std::move(s.record);
    data.scenario = s.scenario;
    data.rubric = s.rubric;
    data.report = std::move(s.report);
    complete(data, scorer.exploration(s));
    return data;
}

ReplayData replayOf(const core::Scenario& scenario, const core::Rubric& rubric, core::SessionRecord record,
                    std::string file) {
    ReplayData data;
    data.file = std::move(file);
    data.record = std::move(record);
    // The catalog keeps the scenario and rubric for the whole run.
    data.scenario = std::shared_ptr<const core::Scenario>(&scenario, [](const core::Scenario*) {});
    data.rubric = std::shared_ptr<const core::Rubric>(&rubric, [](const core::Rubric*) {});
    core::ScoreResult score = core::scorePath(scenario, rubric, core::effectiveChoiceIds(data.record));
    if (!score.report) {
        data.error = firstErrors(score.diagnostics);
        if (data.error.empty()) data.error = "cannot score the session";
        return data;
    }
    data.report = std::move(*score.report);
    complete(data, nullptr);
    return data;
}

}  // namespace frontline::game
