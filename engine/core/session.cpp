#include "session.h"

#include <algorithm>

#include "diagnostic_rules.h"

namespace frontline::core {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Uniform in [0, bound) without modulo bias (rejection sampling).
std::uint64_t below(std::uint64_t& state, std::uint64_t bound) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    for (;;) {
        std::uint64_t r = splitmix64(state);
        if (r < limit) return r % bound;
    }
}

}  // namespace

std::vector<int> shuffledOrder(std::uint64_t seed, std::uint64_t decision, std::size_t n) {
    std::vector<int> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
    std::uint64_t state = seed;
    std::uint64_t mixed = splitmix64(state) ^ (decision * 0xd1b54a32d192ed03ULL);
    state = mixed;
    for (std::size_t i = n; i > 1; --i) {
        std::size_t j = static_cast<std::size_t>(below(state, i));
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

Session::Session(const Scenario& scenario, std::uint64_t seed, SessionOptions options)
    : m_scenario(&scenario),
      m_seed(seed),
      m_options(options),
      m_state(options.start ? *options.start : initialState(scenario)) {}

std::vector<int> Session::displayedChoices() const {
    if (finished() || m_state.node < 0) return {};
    std::vector<int> offered = offeredChoices(*m_scenario, m_state);
    if (!m_scenario->shuffle) return offered;
    std::vector<int> order = shuffledOrder(m_seed, m_path.size(), offered.size());
    std::vector<int> out;
    out.reserve(offered.size());
    for (int k : order) out.push_back(offered[k]);
    return out;
}

std::vector<std::string> Session::displayedChoiceIds() const {
    std::vector<std::string> ids;
    if (finished() || m_state.node < 0) return ids;
    for (int i : displayedChoices()) ids.push_back(node().choices[i].id);
    return ids;
}

std::optional<SessionError> Session::choose(std::string_view choiceId, std::int64_t decisionMs) {
    if (finished()) return SessionError{rules::finished, "the session has already reached an ending"};
    const Node& n = node();
    int index = -1;
    for (std::size_t i = 0; i < n.choices.size(); ++i)
        if (n.choices[i].id == choiceId) index = static_cast<int>(i);
    if (index < 0)
        return SessionError{rules::unknownChoice, "node '" + n.id + "' has no choice '" + std::string(choiceId) + "'"};
    std::vector<int> offered = offeredChoices(*m_scenario, m_state);
    if (std::find(offered.begin(), offered.end(), index) == offered.end())
        return SessionError{rules::choiceNotOffered,
                            "choice '" + std::string(choiceId) + "' is not offered at node '" + n.id + "' now"};
    return take(index, false, decisionMs);
}

std::optional<SessionError> Session::timeout(std::int64_t decisionMs) {
    if (finished()) return SessionError{rules::finished, "the session has already reached an ending"};
    std::optional<int> index = timeoutChoiceIndex();
    if (!index) return SessionError{rules::noTimeLimit, "node '" + node().id + "' has no time limit"};
    return take(*index, true, decisionMs);
}

std::optional<SessionError> Session::take(int choiceIndex, bool timedOut, std::int64_t decisionMs) {
    std::optional<State> next = applyChoice(*m_scenario, m_state, choiceIndex);
    const Node& n = node();
    const Choice& c = n.choices[choiceIndex];
    if (!next)
        return SessionError{rules::noBranch, "choice '" + c.id + "' at node '" + n.id + "' has no branch that holds"};
    SessionEvent e;
    e.type = timedOut ? EventType::Timeout : EventType::Choice;
    e.decision = static_cast<int>(m_path.size());
    e.node = n.id;
    e.choice = c.id;
    e.displayed = displayedChoiceIds();
    e.timedOut = timedOut;
    e.decisionMs = decisionMs;
    e.after = *next;
    m_history.push_back(m_state);
    m_path.push_back({m_state.node, choiceIndex, timedOut});
    m_state = std::move(*next);
    m_events.push_back(std::move(e));
    return std::nullopt;
}

std::optional<SessionError> Session::stepBack() {
    if (m_options.mode != SessionMode::Practice)
        return SessionError{rules::undoNotAllowed, "stepping back is only allowed in practice mode"};
    if (m_path.empty()) return SessionError{rules::nothingToUndo, "there is no decision to step back from"};
    Step undone = m_path.back();
    m_path.pop_back();
    m_state = m_history.back();
    m_history.pop_back();
    SessionEvent e;
    e.type = EventType::Undo;
    e.decision = static_cast<int>(m_path.size());
    e.node = m_scenario->nodes[undone.node].id;
    e.choice = m_scenario->nodes[undone.node].choices[undone.choice].id;
    e.after = m_state;
    m_events.push_back(std::move(e));
    return std::nullopt;
}

}  // namespace frontline::core
