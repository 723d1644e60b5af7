#include "replay_steps.h"

#include "play_rules.h"
#include "session.h"

namespace frontline::core {
namespace {

// Takes `choiceId` in `session` (as a timeout when that is the node's timeout choice and it is not offered),
// appending the step to `path`. False when the choice is not available.
bool takeStep(Session& session, ReplayPath& path, const std::string& choiceId, bool timedOut, std::int64_t ms,
              const std::string& wallTime, const Rubric& rubric) {
    if (session.finished()) return false;
    ReplayStep step;
    step.step = static_cast<int>(path.steps.size());
    step.before = session.state();
    step.displayed = session.displayedChoices();
    std::optional<SessionError> error = timedOut ? session.timeout(ms) : session.choose(choiceId, ms);
    if (error && !timedOut) {
        std::optional<int> t = session.timeoutChoiceIndex();
        if (t && session.node().choices[static_cast<std::size_t>(*t)].id == choiceId) {
            timedOut = true;
            error = session.timeout(ms);
        }
    }
    if (error) return false;
    const Session::Step& taken = session.path().back();
    step.chosen = taken.choice;
    step.timedOut = taken.timedOut;
    step.decisionMs = ms;
    step.wallTime = wallTime;
    step.after = session.state();
    step.judgement = judgeChoice(session.scenario(), step.before, step.chosen, rubric);
    path.steps.push_back(std::move(step));
    return true;
}

}  // namespace

ReplayPath replayPath(const Scenario& scenario, const SessionRecord& record, const Rubric& rubric,
                      const std::string& recordFile) {
    ReplayPath path;
    ReplayResult check = replaySession(scenario, record, recordFile);
    path.diagnostics = std::move(check.diagnostics);
    SessionOptions options;
    options.mode = record.mode;
    Session session(scenario, record.seed, options);
    path.start = session.state();
    std::vector<RecordedEvent> events = effectiveEvents(record);
    if (!check.ok()) {
        // Only the decisions before the divergence: the events standing among the first `divergedAt`.
        SessionRecord before = record;
        before.events.resize(static_cast<std::size_t>(check.divergedAt));
        events = effectiveEvents(before);
    }
    for (const RecordedEvent& e : events)
        if (!takeStep(session, path, e.choice, e.type == EventType::Timeout, e.decisionMs, e.wallTime, rubric)) break;
    path.final = session.state();
    path.finished = session.finished();
    return path;
}

ReplayPath walkPath(const Scenario& scenario, const std::vector<std::string>& choiceIds, const Rubric& rubric,
                    std::uint64_t seed) {
    ReplayPath path;
    Session session(scenario, seed);
    path.start = session.state();
    for (const std::string& id : choiceIds)
        if (!takeStep(session, path, id, false, 0, "", rubric)) break;
    path.final = session.state();
    path.finished = session.finished();
    return path;
}

int divergence(const ReplayPath& a, const ReplayPath& b) {
    const std::size_t n = std::min(a.steps.size(), b.steps.size());
    for (std::size_t i = 0; i < n; ++i)
        if (a.steps[i].before.node != b.steps[i].before.node || a.steps[i].chosen != b.steps[i].chosen)
            return static_cast<int>(i);
    if (a.steps.size() != b.steps.size()) return static_cast<int>(n);
    return -1;
}

}  // namespace frontline::core
