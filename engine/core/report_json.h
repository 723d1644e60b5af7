// JSON forms of a score report and an exploration result, the structures documented in docs/scoring.md that
// `frontline score --json`, `frontline explore --json`, the debrief screen, the HTML report and cohort tools
// share. Texts are objects with one string per scenario locale; steps are 1-based.
#pragma once
#include <nlohmann/json.hpp>

#include "explorer.h"
#include "score.h"

namespace frontline::core {

inline constexpr int kScoreJsonFormat = 1;

nlohmann::json toJson(const ScoreReport& report);
nlohmann::json toJson(const ExplorationResult& result);
nlohmann::json toJson(const Gameability& gameability);  // the "gameability" member of the above; null when not analysed

}  // namespace frontline::core
