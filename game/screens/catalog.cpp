#include "screens/catalog.h"

#include <algorithm>
#include <cassert>
#include <filesystem>

#include "core/data_dirs.h"
#include "core/library.h"
#include "core/loader.h"

namespace frontline::game {
namespace fs = std::filesystem;

std::string defaultScenarioDir() {
    return core::shippedDataPath("scenarios");
}

std::string defaultAssetsDir() {
    return core::shippedDataPath("assets");
}

void Catalog::load(const std::string& dir, const std::string& extra) {
    std::vector<std::string> files;
    if (!extra.empty()) files.push_back(extra);
    for (auto& file : core::scenarioFiles(dir)) files.push_back(std::move(file));
    for (const auto& file : files) {
        auto result = core::loadScenarioFile(file);
        if (!result.scenario || !result.rubric) {
            ++m_failed;
            for (const auto& d : result.diagnostics)
                if (d.severity == core::Severity::Error || d.rule == "no-rubric") m_errors.push_back(core::format(d));
            continue;
        }
        if (find(result.scenario->id)) continue;  // the same scenario named twice (e.g. --scenario)
        m_scenarios.push_back(std::move(*result.scenario));
        m_rubrics.push_back(std::move(*result.rubric));
    }
    // The tutorial is where a new trainee starts: first in the list, the rest in file order.
    std::stable_partition(m_scenarios.begin(), m_scenarios.end(),
                          [](const core::Scenario& s) { return s.id == "tutorial"; });
}

const core::Scenario* Catalog::find(const std::string& id) const {
    for (const auto& s : m_scenarios)
        if (s.id == id) return &s;
    return nullptr;
}

const core::Scenario* Catalog::findFile(const std::string& path) const {
    std::error_code ec;
    for (const auto& s : m_scenarios)
        if (fs::equivalent(s.file, path, ec)) return &s;
    return nullptr;
}

const core::Rubric& Catalog::rubricOf(const core::Scenario& scenario) const {
    for (std::size_t i = 0; i < m_scenarios.size(); ++i)
        if (&m_scenarios[i] == &scenario) return m_rubrics[i];
    assert(!"Catalog::rubricOf: the scenario is not from this catalog; pass one of scenarios()");
    return m_rubrics.front();
}

std::string Catalog::allText() const {
    std::string out;
    auto add = [&out](const core::LocalizedText& t) {
        for (const auto& [locale, text] : t.byLocale()) out += text;
    };
    for (const auto& s : m_scenarios) {
        add(s.title);
        add(s.summary);
        add(s.realCase);
        for (const auto& a : s.acts) add(a.title);
        for (const auto& c : s.characters) {
            add(c.name);
            add(c.role);
        }
        for (const auto& n : s.nodes) {
            add(n.text);
            add(n.endingTitle);
            for (const auto& c : n.choices) {
                add(c.text);
                add(c.feedback);
            }
        }
        for (const auto& r : s.rules) add(r.feedback);
    }
    return out;
}

}  // namespace frontline::game
