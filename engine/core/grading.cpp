#include "grading.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "play_rules.h"

namespace frontline::core {

Judgement judgeChoice(const Node& node, const std::vector<int>& actions, int chosen, const Rubric& rubric) {
    constexpr double kEps = 1e-9;
    const Choice& c = node.choices[static_cast<std::size_t>(chosen)];
    Judgement j;
    j.value = j.best = j.worst = localValue(c.grades, rubric);
    for (int a : actions) {
        double v = localValue(node.choices[static_cast<std::size_t>(a)].grades, rubric);
        j.worst = std::min(j.worst, v);
        if (a != chosen && v > j.best + kEps) {
            j.best = v;
            j.better = a;
        }
    }
    bool negative = false;
    for (const auto& [dim, g] : c.grades) negative = negative || (g < 0 && rubric.find(dim));
    if (j.better < 0)
        j.verdict = negative ? Verdict::Mixed : Verdict::Good;
    else
        j.verdict =
            (j.value < -kEps || (j.value <= j.worst + kEps && j.value <= kEps)) ? Verdict::Poor : Verdict::Mixed;
    return j;
}

Judgement judgeChoice(const Scenario& scenario, const State& before, int chosen, const Rubric& rubric) {
    return judgeChoice(scenario.nodes[static_cast<std::size_t>(before.node)], availableActions(scenario, before),
                       chosen, rubric);
}

int gradeOf(const Grades& grades, std::string_view dimension) {
    auto it = grades.find(dimension);
    return it == grades.end() ? 0 : it->second;
}

double localValue(const Grades& grades, const Rubric& rubric) {
    double v = 0.0;
    for (const auto& [dim, g] : grades)
        if (const Dimension* d = rubric.find(dim)) v += d->weight * g;
    return v;
}

double endingValue(std::optional<EndingKind> ending) {
    if (!ending) return 0.0;
    switch (*ending) {
        case EndingKind::Won:
            return 1.0;
        case EndingKind::Partial:
            return 0.5;
        case EndingKind::Lost:
            return 0.0;
    }
    return 0.0;
}

std::optional<double> percentOf(long long total, const DimensionRange& range) {
    if (!range.included()) return std::nullopt;
    double p = static_cast<double>(total - range.min) / static_cast<double>(range.max - range.min);
    return std::clamp(p, 0.0, 1.0);
}

IndexParts computeIndex(const std::vector<long long>& totals, std::optional<EndingKind> ending,
                        const AttainableRanges& ranges) {
    double weighted = 0.0, weights = 0.0;
    for (size_t i = 0; i < ranges.dimensions.size() && i < totals.size(); ++i) {
        const DimensionRange& r = ranges.dimensions[i];
        if (auto p = percentOf(totals[i], r)) {
            weighted += r.weight * *p;
            weights += r.weight;
        }
    }
    return indexFromMean(weights > 0.0 ? std::optional<double>(weighted / weights) : std::nullopt, ending, ranges);
}

IndexParts indexFromMean(std::optional<double> mean, std::optional<EndingKind> ending, const AttainableRanges& ranges) {
    IndexParts parts;
    parts.ending = endingValue(ending);
    if (mean) {
        parts.dimensionMean = *mean;
        double span = ranges.meanMax - ranges.meanMin;
        parts.relativeMean = span > 1e-12 ? std::clamp((*parts.dimensionMean - ranges.meanMin) / span, 0.0, 1.0) : 1.0;
        parts.exact = 100.0 * (kDimensionShare * parts.relativeMean + kEndingShare * parts.ending);
    } else {
        parts.relativeMean = 0.0;
        parts.exact = 100.0 * parts.ending;
    }
    parts.exact = std::clamp(parts.exact, 0.0, 100.0);
    parts.index = static_cast<int>(std::floor(parts.exact + 0.5 + 1e-9));
    return parts;
}

const Band* bandFor(const Rubric& rubric, int index) {
    const Band* best = nullptr;
    for (const Band& b : rubric.bands)
        if (index >= b.min && (!best || b.min > best->min)) best = &b;
    return best;
}

std::vector<int> firedRules(const Scenario& scenario, const State& state) {
    std::vector<int> out;
    for (size_t i = 0; i < scenario.rules.size(); ++i)
        if (isTrue(scenario.rules[i].condition.evaluate(state))) out.push_back(static_cast<int>(i));
    return out;
}

std::vector<int> availableActions(const Scenario& scenario, const State& state) {
    std::vector<int> out = offeredChoices(scenario, state);
    if (auto t = timeoutChoice(scenario, state); t && std::find(out.begin(), out.end(), *t) == out.end()) {
        out.push_back(*t);
        std::sort(out.begin(), out.end());
    }
    return out;
}

namespace {

// Whether `source` names `prefix` + `id` as a whole name. Conservative: "trust.a-b" also counts as reading "a",
// so a character is kept whenever it might be read.
bool mentions(const std::string& source, const std::string& name) {
    for (size_t at = source.find(name); at != std::string::npos; at = source.find(name, at + 1)) {
        bool startOk = at == 0 || !(std::isalnum(static_cast<unsigned char>(source[at - 1])) || source[at - 1] == '_' ||
                                    source[at - 1] == '.');
        size_t end = at + name.size();
        bool endOk =
            end == source.size() || !(std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_');
        if (startOk && endOk) return true;
    }
    return false;
}

}  // namespace

StateAbstraction::StateAbstraction(const Scenario& scenario)
    : m_variableRead(scenario.variables.size(), false),
      m_trustRead(scenario.characters.size(), false),
      m_patienceRead(scenario.characters.size(), false) {
    auto note = [this, &scenario](const Expression& e) {
        if (e.readsClock()) m_clockRead = true;
        for (int v : e.variablesRead())
            if (v >= 0 && static_cast<size_t>(v) < m_variableRead.size()) m_variableRead[v] = true;
        // Expressions expose no list of characters read; their source names them as trust.<id> / patience.<id>.
        for (size_t c = 0; c < scenario.characters.size(); ++c) {
            if (mentions(e.source(), "trust." + scenario.characters[c].id)) m_trustRead[c] = true;
            if (mentions(e.source(), "patience." + scenario.characters[c].id)) m_patienceRead[c] = true;
        }
    };
    for (const Node& n : scenario.nodes)
        for (const Choice& c : n.choices) {
            if (c.condition) note(*c.condition);
            for (const Branch& b : c.next)
                if (b.condition) note(*b.condition);
        }
    for (const Rule& r : scenario.rules) note(r.condition);
}

State StateAbstraction::canonical(State s) const {
    if (!m_clockRead) s.minutes = 0;
    for (size_t i = 0; i < s.trust.size() && i < m_trustRead.size(); ++i)
        if (!m_trustRead[i]) s.trust[i] = 0;
    for (size_t i = 0; i < s.patience.size() && i < m_patienceRead.size(); ++i)
        if (!m_patienceRead[i]) s.patience[i] = 0;
    for (size_t i = 0; i < s.variables.size() && i < m_variableRead.size(); ++i)
        if (!m_variableRead[i]) s.variables[i] = Value{0.0};
    return s;
}

}  // namespace frontline::core
