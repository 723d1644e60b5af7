// Explorer benchmark: explores every shipped scenario (or the files given) several times and prints states,
// transitions, the median time of an exploration and states per millisecond, each also as a ratio against a synthetic
// baseline scenario explored in the same run (a 400-decision chain with a bounded counter: ~2,000 states).
// Usage: explorer_bench [--repeat N] [scenario.json ...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "core/explorer.h"
#include "core/loader.h"
#include "core/rubric_loader.h"
#include "table_row.h"

namespace bench = frontline::bench;

using namespace frontline::core;

namespace {

Scenario baseline() {
    Scenario sc;
    sc.id = "baseline";
    sc.variables.push_back({"n", Value{0.0}});
    Symbols sy;
    sy.variables.push_back({"n", ValueType::Number});
    auto cond = [&](const char* src) { return std::get<Expression>(compileExpression(src, sy)); };
    const int length = 400;
    for (int i = 0; i < length; ++i) {
        Node node;
        node.id = "n" + std::to_string(i);
        for (int k = 0; k < 2; ++k) {
            Choice c;
            c.id = k ? "b" : "a";
            c.kind = k ? ChoiceKind::Respond : ChoiceKind::Listen;
            c.grades["P1"] = k ? -1 : 1;
            if (k) c.effects.add.push_back({0, 1.0});
            Branch go;
            go.target = i + 1;
            c.next = {go};
            if (k) c.condition = cond("n < 5");  // a bounded counter: up to 6 states per node
            node.choices.push_back(std::move(c));
        }
        sc.nodes.push_back(std::move(node));
    }
    Node end;
    end.id = "end";
    end.ending = EndingKind::Won;
    sc.nodes.push_back(end);
    sc.start = 0;
    return sc;
}

struct Measure {
    double ms = 0;
    ExplorationResult result;
};

Measure run(const Scenario& sc, const Rubric& rubric, int repeat) {
    Measure m;
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        m.result = explore(sc, rubric);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    m.ms = times[times.size() / 2];  // the median: one slow run on a shared machine does not move it
    return m;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 5;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else
            files.push_back(argv[i]);
    }
    if (files.empty()) {
        std::filesystem::path dir = std::filesystem::path(FRONTLINE_SOURCE_DIR) / "scenarios";
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.path().extension() == ".json" && e.path().filename() != "rubric.json" &&
                e.path().filename().string().find("schema") == std::string::npos)
                files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
    }
    RubricResult rubricFile = loadRubricFile(std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/rubric.json");
    if (!rubricFile.rubric) {
        std::fprintf(stderr, "explorer_bench: cannot load scenarios/rubric.json\n");
        return 2;
    }
    Measure base = run(baseline(), *rubricFile.rubric, repeat);
    double baseRate = base.result.states / std::max(base.ms, 1e-6);
    std::printf("baseline: %zu states, %.3f ms, %.1f states/ms (= 1.00)\n", base.result.states, base.ms, baseRate);
    std::printf("%-32s %9s %11s %10s %12s %10s %10s\n", "scenario", "states", "transitions", "ms", "states/ms",
                "ms/base", "rate/base");
    int failures = 0;
    for (const std::string& f : files) {
        LoadResult loaded = loadScenarioFile(f);
        if (!loaded.scenario) {
            std::printf("%-32s (does not load)\n", std::filesystem::path(f).stem().string().c_str());
            ++failures;
            continue;
        }
        if (!loaded.rubric) {
            std::printf("%-32s (its rubric does not load)\n", std::filesystem::path(f).stem().string().c_str());
            ++failures;
            continue;
        }
        Measure m = run(*loaded.scenario, *loaded.rubric, repeat);
        double rate = m.result.states / std::max(m.ms, 1e-6);
        std::printf("%-32s %9zu %11zu %10.3f %12.1f %10.2f %10.2f%s\n", loaded.scenario->id.c_str(), m.result.states,
                    m.result.transitions, m.ms, rate, m.ms / std::max(base.ms, 1e-6), rate / baseRate,
                    m.result.complete ? "" : "  (stopped early)");
        // Only the large ones in the table: below a few thousand states the fixed cost of a run hides the rate.
        if (m.result.states >= 5000)
            bench::tableRow("explorer, " + loaded.scenario->id + " (" + std::to_string(m.result.states) + " states)",
                            bench::fixed(m.ms, 1) + " ms, " + bench::fixed(rate, 0) + " k states/s",
                            bench::fixed(rate / baseRate, 2) + "x the baseline's rate", ">= 1 000 k states/s");
    }
    return failures ? 1 : 0;
}
