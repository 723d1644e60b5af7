#include "rehearsal.h"

#include <charconv>
#include <cmath>
#include <deque>
#include <system_error>
#include <unordered_set>

#include "play_rules.h"
#include "suggest.h"

namespace frontline::core {

namespace {

std::optional<double> number(std::string_view text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::vector<std::string> names(const Scenario& sc) {
    std::vector<std::string> out;
    for (const RehearsalValue& v : rehearsalValues(sc, initialState(sc))) out.push_back(v.name);
    return out;
}

// Applies one name=value to `s`; returns the error, "" when it applied.
std::string assign(const Scenario& sc, State& s, std::string_view name, std::string_view text) {
    const std::string quoted = "'" + std::string(name) + "=" + std::string(text) + "'";
    auto dot = name.find('.');
    if (dot != std::string_view::npos) {
        std::string_view head = name.substr(0, dot), tail = name.substr(dot + 1);
        if (name == "clock.hours") {
            auto hours = number(text);
            if (!hours || *hours < 0 || *hours * 60 > static_cast<double>(kMaxClockMinutes))
                return quoted + ": clock.hours is a number of hours since the start, 0 or more";
            s.minutes = static_cast<int>(std::llround(*hours * 60));
            return {};
        }
        if (head == "trust" || head == "patience") {
            int c = sc.characterIndex(tail);
            if (c < 0) return quoted + ": no character '" + std::string(tail) + "'" + didYouMean(name, names(sc));
            auto v = number(text);
            if (!v || *v < 0 || *v > 100 || *v != std::floor(*v))
                return quoted + ": " + std::string(head) + " is a whole number from 0 to 100";
            (head == "trust" ? s.trust : s.patience)[c] = static_cast<int>(*v);
            return {};
        }
    }
    int vi = sc.variableIndex(name);
    if (vi < 0)
        return quoted + ": '" + std::string(name) +
               "' is not a variable, trust.<character>, patience.<character> or clock.hours" +
               didYouMean(name, names(sc));
    if (typeOf(sc.variables[vi].initial) == ValueType::Boolean) {
        if (text != "true" && text != "false") return quoted + ": '" + std::string(name) + "' is true or false";
        s.variables[vi] = text == "true";
    } else {
        auto v = number(text);
        if (!v) return quoted + ": '" + std::string(name) + "' is a number";
        s.variables[vi] = *v;
    }
    return {};
}

}  // namespace

std::optional<State> rehearsalState(const Scenario& sc, std::string_view node, std::string_view assignments,
                                    std::string& error) {
    State s = initialState(sc);
    if (!node.empty()) {
        int n = sc.nodeIndex(node);
        if (n < 0) {
            std::vector<std::string> ids;
            for (const Node& each : sc.nodes) ids.push_back(each.id);
            error = "no node '" + std::string(node) + "'" + didYouMean(node, ids);
            return std::nullopt;
        }
        if (sc.nodes[n].isEnding()) {
            error = "node '" + std::string(node) + "' is an ending; play from a decision node";
            return std::nullopt;
        }
        s.node = n;
    }
    while (!assignments.empty()) {
        auto comma = assignments.find(',');
        std::string_view part = assignments.substr(0, comma);
        assignments = comma == std::string_view::npos ? std::string_view{} : assignments.substr(comma + 1);
        auto eq = part.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            error = "'" + std::string(part) + "' is not name=value (e.g. trust.ceo=30,evidence=true,clock.hours=2)";
            return std::nullopt;
        }
        if (std::string e = assign(sc, s, part.substr(0, eq), part.substr(eq + 1)); !e.empty()) {
            error = e;
            return std::nullopt;
        }
    }
    return s;
}

std::vector<RehearsalValue> rehearsalValues(const Scenario& sc, const State& s) {
    using Kind = RehearsalValue::Kind;
    std::vector<RehearsalValue> out{{Kind::Hours, "clock.hours", s.minutes / 60.0}};
    for (std::size_t c = 0; c < sc.characters.size(); ++c) {
        out.push_back({Kind::Meter, "trust." + sc.characters[c].id, static_cast<double>(s.trust[c])});
        out.push_back({Kind::Meter, "patience." + sc.characters[c].id, static_cast<double>(s.patience[c])});
    }
    for (std::size_t v = 0; v < sc.variables.size(); ++v) {
        const Value& value = s.variables[v];
        out.push_back(typeOf(value) == ValueType::Boolean
                          ? RehearsalValue{Kind::Boolean, sc.variables[v].name, isTrue(value) ? 1.0 : 0.0}
                          : RehearsalValue{Kind::Number, sc.variables[v].name, asNumber(value)});
    }
    return out;
}

std::string rehearsalAssignments(const std::vector<RehearsalValue>& values) {
    std::string out;
    for (const RehearsalValue& v : values) {
        if (!out.empty()) out += ',';
        out += v.name + '=';
        if (v.kind == RehearsalValue::Kind::Boolean) {
            out += v.value != 0 ? "true" : "false";
            continue;
        }
        char text[32];
        auto [end, ec] = std::to_chars(text, text + sizeof text, v.value);  // shortest, so it reads back the same
        out.append(text, ec == std::errc() ? end : text);
    }
    return out;
}

std::optional<State> firstReachedState(const Scenario& sc, std::string_view node, std::size_t maxStates) {
    const int target = sc.nodeIndex(node);
    if (target < 0) return std::nullopt;
    std::unordered_set<State, StateHash> seen{initialState(sc)};
    std::deque<State> frontier{initialState(sc)};
    while (!frontier.empty()) {
        State s = std::move(frontier.front());
        frontier.pop_front();
        if (s.node == target) return s;
        if (isFinished(sc, s)) continue;
        std::vector<int> actions = offeredChoices(sc, s);
        if (auto timeout = timeoutChoice(sc, s)) actions.push_back(*timeout);
        for (int choice : actions) {
            std::optional<State> next = applyChoice(sc, s, choice);
            if (!next || seen.size() >= maxStates || !seen.insert(*next).second) continue;
            frontier.push_back(std::move(*next));
        }
    }
    return std::nullopt;
}

}  // namespace frontline::core
