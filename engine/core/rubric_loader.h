// The shared rubric (scenarios/rubric.json: dimensions P1..P12 and score bands) and how a scenario's
// "rubric" section changes it. Loading reports problems as diagnostics, like the scenario loader.
#pragma once
#include <optional>
#include <string>

#include "diagnostic.h"
#include "scenario.h"

namespace frontline::core {

struct RubricResult {
    std::optional<Rubric> rubric;  // present when there is no error
    Diagnostics diagnostics;
};

RubricResult loadRubricFile(const std::string& path);
RubricResult loadRubricText(std::string_view text, const std::string& fileName);

// rubric.json beside the scenario file when it exists, else the shipped one (data_dirs.h); "" when neither.
std::string defaultRubricPath(const std::string& scenarioFile);

// The rubric with the scenario's weight changes applied and its own dimensions appended (a dimension with
// an existing id replaces it).
Rubric applyChanges(const Rubric& rubric, const RubricChanges& changes);

}  // namespace frontline::core
