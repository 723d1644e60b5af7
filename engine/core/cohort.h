// A class at once (`frontline cohort`): the scored sessions of one scenario summarised for the facilitator:
// the Index distribution, dimension averages, for every node how many trainees took each choice and the median
// decision time there, the most common poor decisions, the sessions abandoned part-way, and one row per
// trainee. Pure: it reads only the ScoredSessions it is given.
#pragma once
#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "scored_session.h"

namespace frontline::core {

struct CohortChoice {
    std::string id;
    ChoiceKind kind = ChoiceKind::Listen;
    LocalizedText text;
    int trainees = 0;  // sessions that took this choice here at least once
    int poor = 0;      // decisions here with this choice judged poor
};

struct CohortNode {
    std::string id;
    LocalizedText prompt;
    int trainees = 0;   // sessions that decided here at least once
    int decisions = 0;  // decisions taken here (a loop can bring a trainee back)
    std::optional<long long> medianDecisionMs;
    std::vector<CohortChoice> choices;  // every choice of the node, in file order
};

struct CohortPoorDecision {
    std::string node, choice;
    LocalizedText text;
    int count = 0;     // decisions judged poor
    int trainees = 0;  // distinct sessions
};

struct CohortDimension {
    std::string id;
    LocalizedText title;
    std::optional<double> meanPercent;  // over the sessions where it is scored; none: never scored
};

struct CohortRow {  // one per session
    std::string file, player, startTime, mode;
    bool complete = false;
    std::optional<EndingKind> ending;
    int index = 0;
    std::string band;
    int decisions = 0;
    long long totalDecisionMs = 0;
    std::string lastNode;                         // where an abandoned session stopped
    std::vector<std::optional<double>> percents;  // CohortSummary::dimensions order
};

struct CohortSummary {
    std::string scenarioId;
    LocalizedText scenarioTitle;
    std::vector<std::string> locales;
    int sessions = 0, complete = 0, abandoned = 0;
    std::array<int, 10> indexHistogram{};  // 0-9, 10-19, ..., 90-100
    int indexMin = 0, indexMax = 0;
    double indexMean = 0, indexMedian = 0;
    std::vector<std::pair<std::string, int>> bands;  // band id -> sessions, in rubric order
    std::vector<CohortDimension> dimensions;         // rubric order
    std::vector<CohortNode> nodes;                   // decision nodes in file order
    std::vector<CohortPoorDecision> poorDecisions;   // most common first, at most 10
    std::vector<CohortRow> rows;                     // in the order given
};

// `sessions` must all be of one scenario (the first one's scenario model names the nodes and choices).
CohortSummary summarizeCohort(const std::vector<const ScoredSession*>& sessions);

nlohmann::json toJson(const CohortSummary& summary);
// One row per trainee, RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheets read Chinese names.
// The header names the dimensions of every summary (their union, in order).
std::string cohortCsv(const std::vector<CohortSummary>& summaries);

}  // namespace frontline::core
