#include "score.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <set>
#include <string_view>

#include "diagnostic_rules.h"
#include "explorer.h"
#include "play_rules.h"

namespace frontline::core {

namespace {

constexpr double kEps = 1e-9;

LocalizedText both(std::string zh, std::string en) {
    return LocalizedText{{{"zh", std::move(zh)}, {"en", std::move(en)}}};
}

std::string steps(const std::vector<int>& list, const char* separator = ", ") {
    std::string out;
    for (int s : list) out += (out.empty() ? "" : separator) + std::to_string(s + 1);
    return out;
}

std::string stepsEn(const std::vector<int>& list) {
    return (list.size() == 1 ? "step " : "steps ") + steps(list);
}

ChoiceSummary summarise(const Node& node, int index, const Rubric& rubric) {
    const Choice& c = node.choices[index];
    ChoiceSummary s;
    s.index = index;
    s.id = c.id;
    s.kind = c.kind;
    s.text = c.text;
    s.feedback = c.feedback;
    s.grades = c.grades;
    s.value = localValue(c.grades, rubric);
    s.timeout = node.timeLimitSeconds > 0 && node.timeoutChoice == index;
    s.timeoutOnly = c.timeoutOnly;
    return s;
}

Diagnostic replayError(const Scenario& sc, std::string message) {
    return makeDiagnostic(rules::scoreReplay, sc.file, "", std::move(message));
}

// What each decision offered, kept for the trajectory heuristics.
struct Moment {
    ChoiceKind chosenKind;
    double chosen = 0, best = 0;
    bool listenAvailable = false, listenBetter = false, listenBestTaken = false;
    bool escalateBest = false;  // an escalate choice beat every other kind available
};

LocalizedText heuristicTitle(std::string_view id) {
    static const std::pair<std::string_view, std::pair<const char*, const char*>> titles[] = {
        {"listen-first", {"先倾听", "listen first"}},
        {"escalation-never", {"从未升级", "never escalated"}},
        {"escalation-late", {"升级太晚", "escalated too late"}},
        {"escalation-early", {"升级太早", "escalated too early"}},
        {"escalation-on-time", {"升级及时", "escalated on time"}},
        {"poor-streak", {"连续欠佳", "poor decisions in a row"}},
    };
    for (const auto& [key, names] : titles)
        if (key == id) return both(names.first, names.second);
    assert(!"a heuristic without a title: add it to heuristicTitle");
    return {};
}

void heuristics(const std::vector<Decision>& decisions, const std::vector<Moment>& moments, std::vector<Finding>& out) {
    auto finding = [&out](std::string id, bool positive, LocalizedText msg, std::vector<int> at) {
        Finding f;
        f.source = "heuristic";
        f.title = heuristicTitle(id);
        f.id = std::move(id);
        f.positive = positive;
        f.message = std::move(msg);
        f.decisions = std::move(at);
        out.push_back(std::move(f));
    };
    // listen-first: responded or escalated while a better-graded listen choice was available.
    std::vector<int> early, listenedWell;
    int conversations = 0;
    for (size_t i = 0; i < moments.size(); ++i) {
        const Moment& m = moments[i];
        if (!m.listenAvailable) continue;
        ++conversations;
        if (m.chosenKind != ChoiceKind::Listen && m.listenBetter) early.push_back(static_cast<int>(i));
        if (m.listenBestTaken) listenedWell.push_back(static_cast<int>(i));
    }
    std::string n = std::to_string(early.size()), mTotal = std::to_string(conversations);
    if (!early.empty())
        finding("listen-first", false,
                both("在 " + mTotal + " 次可以倾听的对话中，有 " + n +
                         " 次在倾听之前就回应或升级了，而倾听在当时评分更高（第 " + steps(early, "、") + " 步）。",
                     "Responded or escalated before listening in " + n + " of " + mTotal +
                         " conversations where listening was on screen and graded better (" + stepsEn(early) + ")."),
                early);
    else if (!listenedWell.empty())
        finding("listen-first", true,
                both("在倾听最有价值的时刻，你选择了倾听（第 " + steps(listenedWell, "、") + " 步）。",
                     "You listened where listening was the best move (" + stepsEn(listenedWell) + ")."),
                listenedWell);

    // Escalation timing.
    std::vector<int> escalated, bestMoments;
    for (size_t i = 0; i < moments.size(); ++i) {
        if (moments[i].chosenKind == ChoiceKind::Escalate) escalated.push_back(static_cast<int>(i));
        if (moments[i].escalateBest) bestMoments.push_back(static_cast<int>(i));
    }
    if (escalated.empty()) {
        if (!bestMoments.empty())
            finding(
                "escalation-never", false,
                both("从未升级，尽管在第 " + steps(bestMoments, "、") + " 步升级是评分最高的做法。",
                     "Never escalated, although escalating was the best-graded move at " + stepsEn(bestMoments) + "."),
                bestMoments);
    } else {
        int first = escalated[0];
        bool listenedBefore = false;
        for (int i = 0; i < first; ++i) listenedBefore = listenedBefore || moments[i].chosenKind == ChoiceKind::Listen;
        const Moment& at = moments[first];
        if (!bestMoments.empty() && bestMoments[0] < first) {
            finding(
                "escalation-late", false,
                both("第 " + std::to_string(first + 1) + " 步才升级；最佳时机在第 " +
                         std::to_string(bestMoments[0] + 1) + " 步，已经错过。",
                     "Escalated at step " + std::to_string(first + 1) + ", after the best moment to escalate (step " +
                         std::to_string(bestMoments[0] + 1) + ") had passed."),
                {bestMoments[0], first});
        } else if (!listenedBefore && at.chosen < at.best - kEps) {
            finding(
                "escalation-early", false,
                both("第 " + std::to_string(first + 1) + " 步在还没有倾听、弄清问题之前就升级了，而当时有更好的选择。",
                     "Escalated at step " + std::to_string(first + 1) +
                         " before listening to understand the problem, while a better-graded move was available."),
                {first});
        } else if (at.escalateBest) {
            finding("escalation-on-time", true,
                    both("在升级最有价值的时刻升级（第 " + std::to_string(first + 1) + " 步）。",
                         "Escalated at the moment it was the best move (step " + std::to_string(first + 1) + ")."),
                    {first});
        }
    }

    // Poor choices in a row.
    for (size_t i = 0; i < decisions.size();) {
        size_t j = i;
        while (j < decisions.size() && decisions[j].verdict == Verdict::Poor) ++j;
        if (j - i >= 2) {
            std::vector<int> run;
            for (size_t k = i; k < j; ++k) run.push_back(static_cast<int>(k));
            std::string len = std::to_string(j - i);
            finding(
                "poor-streak", false,
                both("连续 " + len + " 个欠佳的选择（第 " + std::to_string(i + 1) + "–" + std::to_string(j) + " 步）。",
                     len + " poor choices in a row (steps " + std::to_string(i + 1) + "–" + std::to_string(j) + ")."),
                run);
        }
        i = j == i ? i + 1 : j;
    }
}

// The choice `id` among those offered in state `s`, or why it cannot be taken.
int offeredChoice(const Node& node, const std::vector<int>& actions, const std::string& id, std::string& why) {
    for (int c : actions)
        if (node.choices[c].id == id) return c;
    bool exists = std::any_of(node.choices.begin(), node.choices.end(), [&](const Choice& c) { return c.id == id; });
    why = exists ? "choice '" + id + "' is not available at node '" + node.id + "' at this point"
                 : "node '" + node.id + "' has no choice '" + id + "'";
    return -1;
}

// One decision: what was chosen, its verdict and the better alternative, the principles it touches; and the
// moment the heuristics read (what else was offered and how it was graded).
Decision judgeDecision(const Node& node, const std::vector<int>& actions, int chosen, const Rubric& rubric, Moment& m) {
    Decision d;
    d.node = node.id;
    d.prompt = node.text;
    d.chosen = summarise(node, chosen, rubric);
    d.alternatives = static_cast<int>(actions.size()) - 1;
    m.chosenKind = d.chosen.kind;
    m.chosen = d.chosen.value;
    Judgement judged = judgeChoice(node, actions, chosen, rubric);
    d.verdict = judged.verdict;
    if (judged.better >= 0) d.better = summarise(node, judged.better, rubric);
    double bestOther = -1e300, bestEscalate = -1e300;
    for (int c : actions) {
        const Choice& alt = node.choices[c];
        double v = localValue(alt.grades, rubric);
        if (alt.kind == ChoiceKind::Escalate)
            bestEscalate = std::max(bestEscalate, v);
        else
            bestOther = std::max(bestOther, v);
        if (alt.kind == ChoiceKind::Listen) m.listenAvailable = true;
        if (c != chosen && alt.kind == ChoiceKind::Listen && v > d.chosen.value + kEps) m.listenBetter = true;
    }
    m.best = judged.best;
    m.escalateBest = bestEscalate > bestOther + kEps;
    m.listenBestTaken = d.chosen.kind == ChoiceKind::Listen && judged.better < 0 && d.alternatives > 0 &&
                        judged.worst < d.chosen.value - kEps;
    for (const Dimension& dim : rubric.dimensions)
        if (gradeOf(d.chosen.grades, dim.id) != 0 || (d.better && gradeOf(d.better->grades, dim.id) != 0))
            d.principles.push_back(dim.id);
    return d;
}

// The ending reached in `s` and the trajectory rules that fire there, as findings and per-dimension totals.
void scoreEnding(const Scenario& sc, const State& s, const Rubric& rubric, const AttainableRanges& ranges,
                 ScoreReport& r, std::vector<long long>& fromRules) {
    const Node& last = sc.nodes[s.node];
    r.endingNode = last.id;
    r.ending = last.ending;
    r.endingTitle = last.endingTitle;
    for (int ri : firedRules(sc, s)) {
        const Rule& rule = sc.rules[ri];
        Finding f;
        f.source = "rule";
        f.id = rule.id;
        f.grades = rule.grades;
        f.message = rule.feedback;
        f.positive = localValue(rule.grades, rubric) > 0;
        r.findings.push_back(std::move(f));
        for (size_t i = 0; i < ranges.dimensions.size(); ++i)
            fromRules[i] += gradeOf(rule.grades, ranges.dimensions[i].id);
    }
}

// Each dimension's total against its attainable range, then the Index and its band.
void scoreDimensions(const Rubric& rubric, const AttainableRanges& ranges, const std::vector<long long>& fromChoices,
                     const std::vector<long long>& fromRules, ScoreReport& r) {
    std::vector<long long> totals(ranges.dimensions.size());
    for (size_t i = 0; i < ranges.dimensions.size(); ++i) {
        const DimensionRange& range = ranges.dimensions[i];
        DimensionScore ds;
        ds.id = range.id;
        if (const Dimension* dim = rubric.find(range.id)) ds.title = dim->title;
        ds.weight = range.weight;
        ds.fromChoices = fromChoices[i];
        ds.fromRules = fromRules[i];
        ds.total = totals[i] = fromChoices[i] + fromRules[i];
        ds.min = range.min;
        ds.max = range.max;
        ds.included = range.included();
        if (auto p = percentOf(ds.total, range)) ds.percent = 100.0 * *p;
        r.dimensions.push_back(std::move(ds));
    }
    r.index = computeIndex(totals, r.ending, ranges);
    if (const Band* band = bandFor(rubric, r.index.index)) {
        r.band = band->id;
        r.bandTitle = band->title;
    }
}

}  // namespace

ScoreResult scorePath(const Scenario& sc, const Rubric& rubric, const std::vector<std::string>& choiceIds,
                      const AttainableRanges& ranges) {
    ScoreResult result;
    ScoreReport r;
    r.scenarioId = sc.id;
    r.scenarioSha256 = sc.sha256;
    r.scenarioTitle = sc.title;
    r.realCase = sc.realCase;
    r.cases = sc.source.cases;
    r.locales = sc.locales;
    r.rangesComplete = ranges.complete;
    r.rangesExact = ranges.exact;
    if (sc.start < 0 || sc.start >= static_cast<int>(sc.nodes.size())) {
        result.diagnostics.push_back(replayError(sc, "the scenario has no start node"));
        return result;
    }
    std::vector<long long> fromChoices(ranges.dimensions.size(), 0), fromRules(ranges.dimensions.size(), 0);
    StateAbstraction abstraction(sc);
    std::vector<std::pair<State, int>> taken;  // (state, choice) pairs already counted: a repeat earns nothing
    std::vector<Moment> moments;
    State s = initialState(sc);
    for (size_t step = 0; step < choiceIds.size(); ++step) {
        const std::string& id = choiceIds[step];
        const Node& node = sc.nodes[s.node];
        std::string where = "step " + std::to_string(step + 1) + ": ";
        if (node.isEnding()) {
            result.diagnostics.push_back(
                replayError(sc, where + "choice '" + id + "' comes after the ending '" + node.id + "' was reached"));
            return result;
        }
        std::vector<int> actions = availableActions(sc, s);
        std::string why;
        int chosen = offeredChoice(node, actions, id, why);
        if (chosen < 0) {
            result.diagnostics.push_back(replayError(sc, where + why));
            return result;
        }
        Moment m;
        Decision d = judgeDecision(node, actions, chosen, rubric, m);
        d.step = static_cast<int>(step);
        State key = abstraction.canonical(s);
        for (const auto& [st, c] : taken) d.repeated = d.repeated || (c == chosen && st == key);
        if (!d.repeated) {
            taken.push_back({std::move(key), chosen});
            for (size_t i = 0; i < ranges.dimensions.size(); ++i)
                fromChoices[i] += gradeOf(d.chosen.grades, ranges.dimensions[i].id);
        }
        auto next = applyChoice(sc, s, chosen);
        if (!next) {
            result.diagnostics.push_back(
                replayError(sc, where + "no branch of choice '" + id + "' at node '" + node.id + "' holds"));
            return result;
        }
        s = std::move(*next);
        r.decisions.push_back(std::move(d));
        moments.push_back(m);
    }
    r.complete = sc.nodes[s.node].isEnding();
    if (r.complete)
        scoreEnding(sc, s, rubric, ranges, r, fromRules);
    else
        result.diagnostics.push_back(
            makeDiagnostic(rules::scoreIncomplete, sc.file, "",
                           "the session stopped at node '" + sc.nodes[s.node].id +
                               "' before an ending: scored so far, without ending credit or trajectory rules"));
    heuristics(r.decisions, moments, r.findings);
    scoreDimensions(rubric, ranges, fromChoices, fromRules, r);
    result.report = std::move(r);
    return result;
}

ScoreResult scorePath(const Scenario& scenario, const Rubric& rubric, const std::vector<std::string>& choiceIds) {
    return scorePath(scenario, rubric, choiceIds, attainableRanges(scenario, rubric));
}

}  // namespace frontline::core
