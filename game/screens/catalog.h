// The scenarios the window offers: every scenarios/*.json that loads without errors, with the rubric each is
// scored with, kept in memory for the whole run (sessions point into them). Files with errors are counted and
// skipped.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "core/scenario.h"

namespace frontline::game {

class Catalog {
public:
    // Loads `extra` (if not empty) first, then every *.json in `dir` except rubric.json / *.schema.json.
    void load(const std::string& dir, const std::string& extra = "");
    const std::deque<core::Scenario>& scenarios() const { return m_scenarios; }
    const core::Scenario* find(const std::string& id) const;
    const core::Scenario* findFile(const std::string& path) const;
    // The effective rubric of a scenario from scenarios() (the loader's LoadResult::rubric).
    const core::Rubric& rubricOf(const core::Scenario& scenario) const;
    int failed() const { return m_failed; }
    std::vector<std::string> errors() const { return m_errors; }
    // Every text a player may read (all locales), to build the ImGui glyph atlas.
    std::string allText() const;

private:
    std::deque<core::Scenario> m_scenarios;  // stable addresses
    std::deque<core::Rubric> m_rubrics;      // m_rubrics[i] scores m_scenarios[i]
    int m_failed = 0;
    std::vector<std::string> m_errors;
};

// The shipped scenarios and assets (core/data_dirs.h); "" when Frontline's data cannot be found.
std::string defaultScenarioDir();
std::string defaultAssetsDir();

}  // namespace frontline::game
