// How gameable a scenario is: what fixed naive policies score (always one kind, always the longest or the
// shortest text, always the first shown), and the exact distribution of the Index under uniform random play,
// computed over the explorer's state graph. docs/scoring.md §5 "Can it be gamed?" has the method.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "enum_names.h"
#include "grading.h"
#include "scenario.h"

namespace frontline::core {

namespace detail {
struct Graph;
}

// One run of a naive policy with one seed (the seed fixes the shown order, as in a session).
struct NaiveRun {
    std::uint64_t seed = 0;
    int index = 0;
    std::string band;    // rubric band id
    std::string ending;  // ending node id, "" when the run reached none
    std::optional<EndingKind> kind;
    std::vector<std::string> choices;    // the path, choice ids
    std::vector<std::string> bestPicks;  // nodes where the policy's pick was the best-valued action available
};

struct BandRuns {
    std::string band;
    int min = 0;
    int runs = 0;  // runs whose Index is at least min
};

struct NaivePolicy {
    std::string id;        // always-listen, always-respond, always-escalate, longest-<loc>, shortest-<loc>, first-shown
    NaiveRun worst, best;  // lowest and highest Index over the seeds (the first such seed)
    int runs = 0, won = 0;             // seeds tried, and those whose run ended won
    std::vector<int> indices;          // the Index of each run, in seed order (indices.front(): the first seed, 1)
    std::vector<BandRuns> bands;       // rubric order (descending min)
    int runsAtLeast(int index) const;  // runs whose Index is at least `index`
    // Whether the policy counts as reaching an Index: on more than kGamingChance of its runs (over shown-order
    // seeds it is partly random play), or on its only run when the scenario does not shuffle.
    bool reaches(int index) const;
};

struct BandChance {
    std::string band;
    int min = 0;
    double probability = 0.0;  // P(Index >= min)
};

struct RandomPlay {
    enum class Method { None, Exact, Sampled };
    Method method = Method::None;
    std::string fallbackReason;  // why the exact method was not used (Sampled)
    std::size_t samples = 0;     // Sampled: playthroughs
    std::uint64_t sampleSeed = 0;
    std::size_t outcomes = 0;                          // Exact: distinct (ending, value) pairs at the endings
    double expected = 0.0;                             // E[Index]
    double won = 0.0;                                  // P(won ending)
    double noEnding = 0.0;                             // P(no ending reached)
    std::vector<std::pair<int, double>> distribution;  // Index -> probability, ascending Index
    std::vector<BandChance> bands;                     // rubric order (descending min)
    double atLeast(int index) const;                   // P(Index >= index)
};

// What the decision warnings count (each node judged at its first reached state): how often one kind is the
// unique best where it competes with another, or the best choice on screen the strictly longest / shortest text.
struct DecisionShare {
    std::string what;       // listen / respond / escalate, longest-<locale>, shortest-<locale>
    std::size_t nodes = 0;  // nodes where it is the unique best
    std::size_t of = 0;     // nodes judged: where the kind competes, or with >= 2 choices on screen and a unique best
    int limitPercent = 0;   // the warning fires over this share (a kind: and at 2 nodes or more)
};

struct Gameability {
    bool analysed = false;
    std::vector<DecisionShare> decisions;  // filled by every explore(), analysed or not
    std::vector<std::uint64_t> seeds;      // the seeds the naive policies were run with
    std::vector<NaivePolicy> policies;
    RandomPlay random;
};

inline constexpr std::uint64_t kNaiveSeedCount = 32;   // seeds 1..32 (one seed when shuffle is off)
inline constexpr std::size_t kRandomSamples = 20'000;  // fallback: playthroughs sampled
inline constexpr std::uint64_t kRandomSampleSeed = 1;
inline constexpr int kNaiveMaxDecisions = 200;  // a naive run that loops stops here (no ending)
// A naive policy "reaches" a band when more than this share of its runs (seeds) do; with a fixed shown order it
// has one run, so one run reaching it is enough. The same limit as for random play.
inline constexpr double kGamingChance = 0.05;
// The decision checks: one kind is "usually best" when it is the unique best at more than this percentage of
// the nodes where it competes with another kind (exactly 60 % passes: swisscom-sonate's respond, 6 of 10); the
// best text is "longest / shortest is best" at more than this percentage of the nodes (exactly half passes).
inline constexpr int kKindBestPercent = 60;
inline constexpr int kTextBestPercent = 50;
// True when `count` of `total` is over `percent` %, in whole numbers (no rounding at the boundary).
inline constexpr bool overPercent(std::size_t count, std::size_t total, int percent) {
    return count * 100 > total * static_cast<std::size_t>(percent);
}

// The band a grade must not be reachable by gaming: "customer-centric"; nullptr when the rubric has none.
const Band* gamingBand(const Rubric& rubric);

inline constexpr EnumName<RandomPlay::Method> kRandomPlayMethodNames[] = {
    {"none", RandomPlay::Method::None}, {"exact", RandomPlay::Method::Exact}, {"sampled", RandomPlay::Method::Sampled}};
inline const char* toString(RandomPlay::Method method) {
    return nameIn(kRandomPlayMethodNames, method);
}

// The length of a choice's text as the naive policies and the longest / shortest checks count it: code points.
std::size_t codePoints(const std::string& utf8);

std::vector<NaivePolicy> naivePolicies(const Scenario& scenario, const Rubric& rubric, const AttainableRanges& ranges,
                                       const std::vector<std::uint64_t>& seeds);

// Exact distribution over the state graph with merging; nothing when the graph does not allow it (the reason
// is written to `whyNot`): incomplete walk, cycles, traps or dead branches, approximate ranges, a number scale
// too large, or more than maxOutcomes (state, value) pairs alive at once.
std::optional<RandomPlay> exactRandomPlay(const Scenario& scenario, const Rubric& rubric, const detail::Graph& graph,
                                          const AttainableRanges& ranges, std::size_t maxOutcomes, std::string& whyNot);

// The fallback: `samples` random walks over the same graph with a fixed seed, scored like a session (a repeated
// (state, choice) counts once). A walk stops without an ending at a trap, a dead branch, a state from which no
// ending can be reached, a state the walk of the graph did not expand, or after kNaiveMaxDecisions steps.
RandomPlay sampledRandomPlay(const Scenario& scenario, const Rubric& rubric, const detail::Graph& graph,
                             const AttainableRanges& ranges, std::size_t samples, std::uint64_t seed);

}  // namespace frontline::core
