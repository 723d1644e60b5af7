#include "play_rules.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace frontline::core {

State initialState(const Scenario& scenario) {
    State s;
    s.node = scenario.start;
    for (const auto& c : scenario.characters) {
        s.trust.push_back(c.trust);
        s.patience.push_back(c.patience);
    }
    for (const auto& v : scenario.variables) s.variables.push_back(v.initial);
    return s;
}

std::vector<int> offeredChoices(const Scenario& scenario, const State& state) {
    std::vector<int> out;
    if (state.node < 0) return out;
    const Node& node = scenario.nodes[state.node];
    for (size_t i = 0; i < node.choices.size(); ++i) {
        const Choice& c = node.choices[i];
        if (c.timeoutOnly) continue;
        if (c.condition && !isTrue(c.condition->evaluate(state))) continue;
        out.push_back(static_cast<int>(i));
    }
    return out;
}

std::optional<int> timeoutChoice(const Scenario& scenario, const State& state) {
    if (state.node < 0) return std::nullopt;
    const Node& node = scenario.nodes[state.node];
    if (node.timeLimitSeconds <= 0 || node.timeoutChoice < 0) return std::nullopt;
    return node.timeoutChoice;
}

std::optional<State> applyChoice(const Scenario& scenario, const State& state, int choiceIndex) {
    const Node& node = scenario.nodes[state.node];
    const Choice& choice = node.choices[choiceIndex];
    State s = state;
    const Effects& e = choice.effects;
    for (auto [who, delta] : e.trust) s.trust[who] = std::clamp(s.trust[who] + delta, 0, 100);
    for (auto [who, delta] : e.patience) s.patience[who] = std::clamp(s.patience[who] + delta, 0, 100);
    for (const auto& [var, value] : e.set) s.variables[var] = value;
    for (auto [var, amount] : e.add) s.variables[var] = asNumber(s.variables[var]) + amount;
    // A loop of long choices could otherwise overflow the clock (thousands of 8 760-hour choices): it stops at
    // about 1 900 years, far past any scenario, with headroom left for the start time added in displays.
    s.minutes = static_cast<int>(std::min<long long>(static_cast<long long>(s.minutes) + e.minutes, kMaxClockMinutes));
    for (const Branch& b : choice.next) {
        if (!b.condition || isTrue(b.condition->evaluate(s))) {
            s.node = b.target;
            return s;
        }
    }
    return std::nullopt;
}

std::vector<int> customerPeopleAtDecisions(const Scenario& scenario) {
    std::vector<int> people;
    for (std::size_t i = 0; i < scenario.characters.size(); ++i) {
        if (!scenario.characters[i].customerSide) continue;
        const int index = static_cast<int>(i);
        for (const Node& n : scenario.nodes)
            if (!n.choices.empty() && std::find(n.present.begin(), n.present.end(), index) != n.present.end()) {
                people.push_back(index);
                break;
            }
    }
    return people;
}

bool isFinished(const Scenario& scenario, const State& state) {
    return state.node >= 0 && scenario.nodes[state.node].isEnding();
}

std::string clockLabel(const Scenario& scenario, int minutes, std::string_view locale) {
    using namespace std::chrono;
    int y = 0, mo = 0, d = 0, h = 9, mi = 0;
    char buf[64];
    if (!scenario.clockStart.empty() &&
        std::sscanf(scenario.clockStart.c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) >= 3) {
        long total = static_cast<long>(h) * 60 + mi + minutes;
        long dayOffset = total / (24 * 60);
        long inDay = total % (24 * 60);
        sys_days day =
            sys_days{year{y} / month{static_cast<unsigned>(mo)} / ::std::chrono::day{static_cast<unsigned>(d)}} +
            days{dayOffset};
        year_month_day ymd{day};
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), inDay / 60, inDay % 60);
        return buf;
    }
    if (scenario.clockStart.size() == 5) std::sscanf(scenario.clockStart.c_str(), "%d:%d", &h, &mi);  // "HH:MM"
    long total = static_cast<long>(h) * 60 + mi + minutes;
    const long day = total / (24 * 60) + 1, hour = (total % (24 * 60)) / 60, minute = total % 60;
    if (locale == "zh")
        std::snprintf(buf, sizeof buf, "第 %ld 天 %02ld:%02ld", day, hour, minute);
    else
        std::snprintf(buf, sizeof buf, "Day %ld, %02ld:%02ld", day, hour, minute);
    return buf;
}

}  // namespace frontline::core
