// The scenario explorer: walks every reachable (node, state) pair once, with memoisation, through the same
// rules of play as a session (offered choices and the timeout choice are both actions), and reports what a
// designer needs to judge a scenario: reachability, exact path counts, endings, best and worst paths, the
// attainable range of every rubric dimension (which scoring normalises against) and balance warnings.
// Deterministic: the limits are a state count and a step budget, never a clock. docs/scoring.md has the method.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gameability.h"
#include "grading.h"
#include "scenario.h"

namespace frontline::core {

struct ExploreLimits {
    std::size_t maxStates = 300'000;            // distinct (abstract) states kept (~350 MB at most)
    std::uint64_t maxSteps = 5'000'000;         // choices applied while walking the graph
    std::uint64_t cycleSearchSteps = 200'000;   // per objective and cycle: simple-path search inside a cycle
    bool gameability = true;                    // run the naive policies and the random-play analysis
    std::size_t maxRandomOutcomes = 1'000'000;  // exact random play: (state, value) pairs alive at once
};

// A count of paths: exact and unbounded in size, or "unbounded" when a cycle allows infinitely many.
class PathCount {
public:
    PathCount() = default;
    explicit PathCount(std::uint32_t n) {
        if (n) m_limbs.push_back(n);
    }
    static PathCount infinite() {
        PathCount c;
        c.m_unbounded = true;
        return c;
    }
    PathCount& operator+=(const PathCount& other);
    bool unbounded() const { return m_unbounded; }
    bool isZero() const { return !m_unbounded && m_limbs.empty(); }
    std::string toString() const;  // decimal, or "unbounded"
    bool operator==(const PathCount&) const = default;

private:
    std::vector<std::uint32_t> m_limbs;  // base 2^32, little-endian, no leading zeros
    bool m_unbounded = false;
};

struct EndingReach {
    std::string node;
    EndingKind kind = EndingKind::Lost;
    PathCount paths;  // complete paths that end here; zero when unreachable
};

struct ExtremePath {
    bool found = false;
    std::vector<std::string> choiceIds;
    std::string ending;  // ending node id
    EndingKind kind = EndingKind::Lost;
    std::vector<long long> totals;  // per rubric dimension (AttainableRanges order)
    IndexParts index;
};

struct BalanceWarning {
    std::string rule;                     // stable id, see docs/scoring.md "Balance warnings"
    std::string node;                     // node id, or "" for the whole scenario (or when `nodes` lists several)
    std::string message;                  // English, one line; names the nodes it is about
    std::vector<std::string> nodes = {};  // every node the warning is about, in file order
};

struct ExplorationResult {
    std::size_t nodes = 0;  // nodes in the file
    std::size_t reachableNodes = 0;
    std::size_t states = 0;            // distinct abstract states reached
    std::size_t transitions = 0;       // (state, action) edges
    std::uint64_t steps = 0;           // choices applied
    bool complete = true;              // false: stopped at a limit; everything below is what was found so far
    std::string stopReason;            // "max-states" / "max-steps" when !complete
    bool exact = true;                 // false: a cycle search hit cycleSearchSteps (best/worst/ranges approximate)
    PathCount paths;                   // distinct complete paths from the start to any ending
    std::vector<EndingReach> endings;  // every ending node, in file order
    ExtremePath best, worst;           // the paths with the highest and the lowest Index
    AttainableRanges ranges;
    std::vector<BalanceWarning> warnings;
    Gameability gameability;  // naive policies and random play (when limits.gameability)
};

// The warning rules about gaming the grade (docs/scoring.md "Can it be gamed?"), a subset of the above.
bool isGamingWarning(const std::string& rule);

ExplorationResult explore(const Scenario& scenario, const Rubric& rubric, const ExploreLimits& limits = {});

// The ranges scoring normalises against, from explore(); cached in memory per (scenario sha256, rubric) when
// the scenario has a sha256 (scenarios built in code are explored every time).
AttainableRanges attainableRanges(const Scenario& scenario, const Rubric& rubric);

}  // namespace frontline::core
