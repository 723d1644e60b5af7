// The class page of `frontline cohort --html OUT`: per scenario the Index distribution, dimension averages
// (radar), per node the choices taken with their counts shaded as a heat map and the median decision time,
// the most common poor decisions, the sessions abandoned part-way, and one row per trainee; then the files
// that could not be read. Self-contained HTML (inline SVG), printable.
#pragma once
#include <string>
#include <vector>

#include "core/cohort.h"

namespace frontline::cli {

struct CohortFileError {
    std::string file;
    std::string message;  // the first diagnostic, formatted
};

std::string renderCohortHtml(const std::vector<core::CohortSummary>& summaries,
                             const std::vector<CohortFileError>& errors, const std::string& locale);

}  // namespace frontline::cli
