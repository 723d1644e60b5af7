// Scoring: a pure function of (scenario, rubric, recorded choice ids). It replays the choices through the rules
// of play, grades each decision against the alternatives that were available at that moment, fires the
// trajectory rules on the final state, adds built-in findings, and normalises every dimension against the range
// attainable in this scenario (from the explorer). The method and thresholds are in docs/scoring.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "grading.h"
#include "scenario.h"

namespace frontline::core {

struct ChoiceSummary {
    int index = -1;  // in the node's choices
    std::string id;
    ChoiceKind kind = ChoiceKind::Listen;
    LocalizedText text, feedback;
    Grades grades;
    double value = 0.0;    // localValue(grades): rubric-weighted sum of grades
    bool timeout = false;  // the node's timeout choice (taken by letting the time run out)
    bool timeoutOnly = false;
};

struct Decision {
    int step = 0;  // 0-based position in the path
    std::string node;
    LocalizedText prompt;  // what was said at the node
    ChoiceSummary chosen;
    std::vector<std::string> principles;  // dimension ids at stake: graded by the chosen or the better choice
    Verdict verdict = Verdict::Good;
    std::optional<ChoiceSummary> better;  // best-graded alternative available then, when it beats the chosen one
    int alternatives = 0;                 // other actions available at that moment
    bool repeated = false;                // same choice from the same state again: its grades count once
};

struct Finding {
    std::string source;  // "rule" (a scenario rule) or "heuristic" (built in, docs/scoring.md)
    std::string id;      // rule id, or heuristic id: listen-first, escalation-early, escalation-late,
                         // escalation-never, escalation-on-time, poor-streak
    bool positive = false;
    LocalizedText
        title;  // heuristics only: the trainee-facing name ("listen first" / "先倾听"); rule ids are the author's
    LocalizedText message;       // for rules: the rule's feedback
    Grades grades;               // rules only
    std::vector<int> decisions;  // steps the finding refers to
};

struct DimensionScore {
    std::string id;
    LocalizedText title;
    double weight = 1.0;
    long long fromChoices = 0, fromRules = 0, total = 0;
    long long min = 0, max = 0;     // attainable in this scenario
    bool included = false;          // min < max; excluded dimensions do not enter the Index
    std::optional<double> percent;  // 0..100 when included
};

struct ScoreReport {
    std::string scenarioId, scenarioSha256;
    LocalizedText scenarioTitle;
    LocalizedText realCase;          // the scenario's real_case (may be empty) ...
    std::vector<std::string> cases;  // ... and the source case ids it tells, e.g. {"A-07"}
    std::vector<std::string> locales;
    bool complete = false;  // an ending was reached
    std::string endingNode;
    std::optional<EndingKind> ending;
    LocalizedText endingTitle;
    std::vector<Decision> decisions;
    std::vector<DimensionScore> dimensions;  // rubric order
    std::vector<Finding> findings;
    IndexParts index;
    std::string band;  // band id
    LocalizedText bandTitle;
    bool rangesComplete = true, rangesExact = true;  // copied from the AttainableRanges used
};

struct ScoreResult {
    std::optional<ScoreReport> report;  // absent when the choices cannot be replayed
    Diagnostics diagnostics;            // rule "score-replay" (error), "score-incomplete" (warning)
};

ScoreResult scorePath(const Scenario& scenario, const Rubric& rubric, const std::vector<std::string>& choiceIds,
                      const AttainableRanges& ranges);
// Same, with the ranges from attainableRanges() (explored once per scenario sha256 and cached in memory).
ScoreResult scorePath(const Scenario& scenario, const Rubric& rubric, const std::vector<std::string>& choiceIds);

}  // namespace frontline::core
