// A session: one trainee moving through one scenario, pull-style. The UI asks for the node and the choices
// in displayed order, then calls choose() or timeout(). Everything is a function of (scenario, seed, the
// calls made): no clock and no hidden randomness, so a recorded session replays exactly. Wall time and
// decision times are passed in by the caller and only recorded.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "play_rules.h"
#include "scenario.h"
#include "state.h"

namespace frontline::core {

enum class SessionMode { Graded, Practice };  // practice allows stepping back
inline constexpr EnumName<SessionMode> kSessionModeNames[] = {{"graded", SessionMode::Graded},
                                                              {"practice", SessionMode::Practice}};
inline const char* toString(SessionMode mode) {
    return nameIn(kSessionModeNames, mode);
}
inline std::optional<SessionMode> sessionModeFromString(std::string_view s) {
    return valueIn(kSessionModeNames, s);
}

enum class EventType { Choice, Timeout, Undo };
inline constexpr EnumName<EventType> kEventTypeNames[] = {
    {"choice", EventType::Choice}, {"timeout", EventType::Timeout}, {"undo", EventType::Undo}};
inline const char* toString(EventType type) {
    return nameIn(kEventTypeNames, type);
}
inline std::optional<EventType> eventTypeFromString(std::string_view s) {
    return valueIn(kEventTypeNames, s);
}

struct SessionOptions {
    SessionMode mode = SessionMode::Graded;
    // Where play begins instead of the scenario's start state: a rehearsal (rehearsal.h), never recorded.
    std::optional<State> start;
};

// One per decision (and one per step back). For Choice/Timeout: `node` is where the decision was made,
// `choice` the choice taken, `displayed` the offered choice ids in the order shown. For Undo: `node` is the
// node returned to and `choice` the choice taken back; `displayed` is empty.
struct SessionEvent {
    EventType type = EventType::Choice;
    int decision = 0;  // 0-based index of the decision on the path (depth)
    std::string node;
    std::string choice;
    std::vector<std::string> displayed;
    bool timedOut = false;
    std::int64_t decisionMs = 0;
    State after;  // the state once the event is applied
};

struct SessionError {
    DiagnosticRule rule;  // finished, unknown-choice, choice-not-offered, no-time-limit, no-branch, undo-not-allowed,
                          // nothing-to-undo (diagnostic_rules.h)
    std::string message;
};

// The displayed order for one decision: a permutation of 0..n-1 from splitmix64 + Fisher-Yates, depending
// only on (seed, decision). Identical on every platform and standard library.
std::vector<int> shuffledOrder(std::uint64_t seed, std::uint64_t decision, std::size_t n);

class Session {
public:
    Session(const Scenario& scenario, std::uint64_t seed, SessionOptions options = {});

    const Scenario& scenario() const { return *m_scenario; }
    std::uint64_t seed() const { return m_seed; }
    SessionMode mode() const { return m_options.mode; }
    const State& state() const { return m_state; }
    const Node& node() const { return m_scenario->nodes[m_state.node]; }
    bool finished() const { return isFinished(*m_scenario, m_state); }
    int decisionIndex() const { return static_cast<int>(m_path.size()); }  // decisions on the current path

    // Offered choices (indices into node().choices) in displayed order; empty once finished.
    std::vector<int> displayedChoices() const;
    std::vector<std::string> displayedChoiceIds() const;
    // The node's timeout choice, when it has a time limit.
    std::optional<int> timeoutChoiceIndex() const { return timeoutChoice(*m_scenario, m_state); }

    // Each returns nothing on success, or why nothing happened (the session is unchanged).
    std::optional<SessionError> choose(std::string_view choiceId, std::int64_t decisionMs);
    std::optional<SessionError> timeout(std::int64_t decisionMs);
    std::optional<SessionError> stepBack();  // practice mode only; recorded as an Undo event
    bool canStepBack() const { return m_options.mode == SessionMode::Practice && !m_path.empty(); }

    const std::vector<SessionEvent>& events() const { return m_events; }

    struct Step {
        int node = -1;    // node index where the choice was taken
        int choice = -1;  // index into that node's choices
        bool timedOut = false;
    };
    // The choices on the current path (after step-backs), in order.
    const std::vector<Step>& path() const { return m_path; }

private:
    std::optional<SessionError> take(int choiceIndex, bool timedOut, std::int64_t decisionMs);

    const Scenario* m_scenario;
    std::uint64_t m_seed;
    SessionOptions m_options;
    State m_state;
    std::vector<State> m_history;  // the state before each step of m_path
    std::vector<Step> m_path;
    std::vector<SessionEvent> m_events;
};

}  // namespace frontline::core
