// JSON forms of a score report and an exploration result, the structures documented in docs/scoring.md that
// `frontline score --json`, `frontline explore --json`, the debrief screen, the HTML report and cohort tools
// share. Texts are objects with one string per scenario locale; steps are 1-based.
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>

#include "explorer.h"
#include "score.h"

namespace frontline::core {

inline constexpr int kScoreJsonFormat = 1;

nlohmann::json toJson(const ScoreReport& report);

// The trainee-facing name of a built-in heuristic finding ("listen first" / "先倾听"); empty for a rule or an
// unknown id. Reports show it instead of the id.
LocalizedText heuristicTitle(std::string_view id);
nlohmann::json toJson(const ExplorationResult& result);

}  // namespace frontline::core
