// How grades become numbers (docs/scoring.md): a choice's value on screen, per-dimension percentages against
// the range attainable in the scenario, and the Customer-Centricity Index. Scoring and the explorer share
// this one formula, so the explorer's best path scores exactly what `frontline score` says it scores.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario.h"
#include "state.h"

namespace frontline::core {

inline constexpr double kDimensionShare = 0.85;  // Index share of the (relative) dimension mean
inline constexpr double kEndingShare = 0.15;     // Index share of the ending: won 1, partial 0.5, lost 0

// Min and max total of one rubric dimension over the scenario's complete paths (from the explorer).
struct DimensionRange {
    std::string id;
    double weight = 1.0;
    long long min = 0;
    long long max = 0;
    bool included() const { return max > min; }  // a dimension no path can move is left out of the Index
};

struct AttainableRanges {
    std::vector<DimensionRange> dimensions;  // rubric order
    double meanMin = 0.0;  // min and max, over complete paths, of the weighted mean of percentages (0..1)
    double meanMax = 0.0;
    bool complete = true;  // false: the explorer stopped early; ranges are those of the paths it found
    bool exact = true;     // false: a cycle search hit its budget; ranges may be narrower than the truth
};

struct IndexParts {
    std::optional<double> dimensionMean;  // weighted mean of included percentages, 0..1; none: no dimension
    double relativeMean = 1.0;            // dimensionMean rescaled: attainable worst 0, attainable best 1
    double ending = 0.0;                  // 1 / 0.5 / 0
    double exact = 0.0;                   // 0..100
    int index = 0;                        // exact, rounded half up
};

enum class Verdict { Good, Mixed, Poor };
inline constexpr EnumName<Verdict> kVerdictNames[] = {
    {"good", Verdict::Good}, {"mixed", Verdict::Mixed}, {"poor", Verdict::Poor}};
inline const char* toString(Verdict v) {
    return nameIn(kVerdictNames, v);
}

// One decision judged against the actions available at that moment (docs/scoring.md, "verdict"): the rule the
// debrief, `frontline score` and the play screen's coach note and sound share, so they cannot disagree.
struct Judgement {
    Verdict verdict = Verdict::Good;
    int better = -1;                 // choice index of the best-valued alternative that beats the chosen one, or -1
    double value = 0.0;              // localValue of the chosen choice
    double best = 0.0, worst = 0.0;  // highest and lowest value among the available actions
};
// `actions`: availableActions() at the node; `chosen`: an index into node.choices.
Judgement judgeChoice(const Node& node, const std::vector<int>& actions, int chosen, const Rubric& rubric);
// The same, in the state before the decision.
Judgement judgeChoice(const Scenario& scenario, const State& before, int chosen, const Rubric& rubric);

int gradeOf(const Grades& grades, std::string_view dimension);
// Rubric-weighted sum of grades: how good a choice is on its own (verdicts, "best on screen").
double localValue(const Grades& grades, const Rubric& rubric);
double endingValue(std::optional<EndingKind> ending);
// Percentage 0..1 of one dimension's total within its range (clamped), or none when not included.
std::optional<double> percentOf(long long total, const DimensionRange& range);
// totals: per rubric dimension, in AttainableRanges::dimensions order.
IndexParts computeIndex(const std::vector<long long>& totals, std::optional<EndingKind> ending,
                        const AttainableRanges& ranges);
// The same from the weighted mean of percentages (none: no dimension included); the explorer's exact
// random-play distribution goes through this, so its Index values are the scorer's.
IndexParts indexFromMean(std::optional<double> mean, std::optional<EndingKind> ending, const AttainableRanges& ranges);
// The band whose min the index reaches (rubric bands are sorted by descending min); nullptr if none.
const Band* bandFor(const Rubric& rubric, int index);

// Trajectory rules that hold on a final state, in file order.
std::vector<int> firedRules(const Scenario& scenario, const State& state);

// The choices a trainee can take now: the offered ones plus the timeout choice, ascending, without duplicates.
std::vector<int> availableActions(const Scenario& scenario, const State& state);

// Drops the parts of a state that no condition, branch or rule reads (the clock when nothing reads
// clock.hours; variables nothing reads; trust and patience of characters nothing reads), so that two states
// that behave and score alike compare equal.
class StateAbstraction {
public:
    explicit StateAbstraction(const Scenario& scenario);
    State canonical(State s) const;

private:
    std::vector<bool> m_variableRead;
    std::vector<bool> m_trustRead, m_patienceRead;
    bool m_clockRead = false;
};

}  // namespace frontline::core
