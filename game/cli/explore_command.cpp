// `frontline explore SCENARIO [--json] [--max-states N] [--max-steps N]`: walks every reachable state of a
// scenario and prints reachability, path counts, endings, best and worst paths, attainable ranges and balance
// warnings. Exit 0 without warnings, 1 with warnings (stopping early is one), 2 when the scenario cannot be
// loaded. docs/scoring.md describes the method and the warnings.
#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <regex>

#include "commands.h"
#include "core/explored_path.h"
#include "core/explorer.h"
#include "core/loader.h"
#include "core/play_rules.h"
#include "core/report_json.h"
#include "core/session.h"
#include "gameability_text.h"

namespace frontline::cli {

namespace {

struct Options {
    std::string scenario;
    bool json = false;
    bool clock = false;
    std::string locale = "en";
    std::size_t maxStates = core::ExploreLimits{}.maxStates;
    std::uint64_t maxSteps = core::ExploreLimits{}.maxSteps;
};

// The scenario clock at every node along a path, beside the start of the node's text, so an author sees where
// the story's "17:30" and the clock's 13:10 part. A time of day written in the text that differs from the clock's
// is marked.
void printClock(const core::Scenario& sc, const char* label, const core::ExtremePath& p, const std::string& locale) {
    std::cout << "\nClock along the " << label << "\n";
    if (!p.found) {
        std::cout << "  none\n";
        return;
    }
    static const std::regex timeOfDay("([01]?[0-9]|2[0-3])[:：]([0-5][0-9])");
    core::Session walk(sc, 0);
    for (std::size_t i = 0;; ++i) {
        const core::Node& node = walk.node();
        std::string clock = core::clockLabel(sc, walk.state().minutes, locale);
        std::string text = node.isEnding() ? node.endingTitle.in(locale) : node.text.in(locale);
        std::string mark;
        for (std::sregex_iterator m(text.begin(), text.end(), timeOfDay), end; m != end; ++m) {
            char hhmm[8];
            std::snprintf(hhmm, sizeof hhmm, "%02d:%s", std::stoi((*m)[1]), (*m)[2].str().c_str());
            if (clock.find(hhmm) == std::string::npos) mark += "  ← the text says " + m->str();
        }
        std::cout << "  " << std::setw(3) << i + 1 << ". " << std::left << std::setw(22) << node.id << std::right << " "
                  << clock << mark << "\n";
        if (i >= p.choiceIds.size() || walk.finished()) break;
        bool timedOut = false;
        if (!core::takeExploredStep(walk, p.choiceIds[i], timedOut)) break;
    }
}

void print(const core::Scenario& sc, const core::ExplorationResult& r) {
    std::cout << "Scenario " << sc.id << " (" << sc.file << ")\n";
    std::cout << "  nodes reachable: " << r.reachableNodes << " of " << r.nodes << "\n";
    std::cout << "  states: " << r.states << ", transitions: " << r.transitions << ", choices applied: " << r.steps
              << "\n";
    if (!r.complete)
        std::cout << "  STOPPED EARLY (" << r.stopReason << "): everything below is what was found so far\n";
    if (!r.exact) std::cout << "  APPROXIMATE: a cycle search hit its budget\n";
    std::cout << "  complete paths: " << r.paths.toString() << "\n\nEndings\n";
    for (const auto& e : r.endings)
        std::cout << "  " << e.node << " (" << core::toString(e.kind) << "): " << e.paths.toString() << " paths\n";
    auto extreme = [&](const char* label, const core::ExtremePath& p) {
        std::cout << "\n" << label << ": ";
        if (!p.found) {
            std::cout << "none\n";
            return;
        }
        std::cout << "Index " << p.index.index << " (" << p.ending << ", " << core::toString(p.kind) << ")\n  "
                  << core::playableSteps(sc, p.choiceIds) << "\n";
    };
    extreme("Best path", r.best);
    extreme("Worst path", r.worst);
    std::cout << "\nAttainable totals per dimension\n";
    for (size_t i = 0; i < r.ranges.dimensions.size(); ++i) {
        const auto& d = r.ranges.dimensions[i];
        if (!d.included()) continue;
        std::cout << "  " << core::rangeText(d) << "  (weight " << d.weight << ")\n";
    }
    const std::string excluded = core::unmovedDimensions(r.ranges);
    if (!excluded.empty()) std::cout << "  not moved by any path (excluded from the Index): " << excluded << "\n";
    std::cout << "\nBalance warnings: " << (r.warnings.empty() ? "none" : std::to_string(r.warnings.size())) << "\n";
    for (const auto& w : r.warnings) std::cout << "  warning: " << w.message << " [" << w.rule << "]\n";
}

void run(const Options& o) {
    core::LoadResult loaded = core::loadScenarioFile(o.scenario);
    for (const auto& d : loaded.diagnostics)
        if (!loaded.scenario || d.severity == core::Severity::Error) std::cerr << core::format(d) << "\n";
    if (!loaded.scenario) {
        std::cerr << "frontline explore: cannot load '" << o.scenario << "'\n";
        throw CLI::RuntimeError(2);
    }
    if (!loaded.rubric) {
        for (const auto& d : loaded.diagnostics) std::cerr << core::format(d) << "\n";
        std::cerr << "frontline explore: cannot load the rubric for '" << o.scenario << "'\n";
        throw CLI::RuntimeError(2);
    }
    const core::Scenario& sc = *loaded.scenario;
    core::ExploreLimits limits;
    limits.maxStates = o.maxStates;
    limits.maxSteps = o.maxSteps;
    core::ExplorationResult r = core::explore(sc, *loaded.rubric, limits);
    if (o.json) {
        nlohmann::json j = core::toJson(r);
        j["scenario"] = {{"id", sc.id}, {"file", sc.file}, {"sha256", sc.sha256}};
        j["limits"] = {{"max_states", limits.maxStates}, {"max_steps", limits.maxSteps}};
        std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        print(sc, r);
        if (o.clock) {
            printClock(sc, "best path", r.best, o.locale);
            printClock(sc, "worst path", r.worst, o.locale);
        }
        std::cout << renderGameability(r, *loaded.rubric, o.locale);
    }
    if (!r.warnings.empty()) throw CLI::RuntimeError(1);
}

}  // namespace

void addExploreCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("explore", "walk every reachable state of a scenario; report paths, ranges, balance");
    auto o = std::make_shared<Options>();
    cmd->add_option("scenario", o->scenario, "scenario file")->required();
    cmd->add_flag("--json", o->json, "print the result as JSON (docs/scoring.md)");
    cmd->add_flag("--clock", o->clock,
                  "print the scenario clock at every node along the best and worst paths, marking times in the "
                  "text that differ");
    cmd->add_option("--locale", o->locale, "language of the \"Can it be gamed?\" section (default en)")
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--max-states", o->maxStates, "stop after this many distinct states (default 300000)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--max-steps", o->maxSteps, "stop after applying this many choices (default 5000000)")
        ->check(CLI::PositiveNumber);
    cmd->callback([o] { run(*o); });
}

}  // namespace frontline::cli
