// The readable score report printed by `frontline score` (and reusable by any text front end): Index and band,
// the trainee, one bar per principle, every decision with its verdict, feedback and the better alternative, the
// findings, then the real case behind the scenario (when it has a real_case). Wraps to `columns` terminal columns,
// CJK-aware.
#pragma once
#include <string>

#include "core/score.h"

namespace frontline::cli {

// `player`: the trainee's name recorded in the session, printed under the title ("" = no line).
std::string renderScoreReport(const core::ScoreReport& report, const std::string& locale, int columns = 80,
                              const std::string& player = "");

}  // namespace frontline::cli
