// `frontline graph SCENARIO [--dot | --svg | --png] [--out FILE] [--locale zh|en]`: the scenario's graph, laid
// out by Graphviz: one box per node coloured by its role, one edge per branch labelled with its choice and kind.
// A scenario with errors is still drawn as far as it was read (its traps and unreachable nodes are the point);
// its diagnostics go to stderr and the exit status is 1. Exit 2 when it cannot be read at all.
#include <iostream>

#include "commands.h"
#include "core/atomic_file.h"
#include "core/loader.h"
#include "core/scenario_graph.h"
#include "graph/graph_layout.h"
#include "ui_strings.h"

namespace frontline::cli {

namespace {

struct Options {
    std::string scenario;
    std::string out;
    std::string locale = "en";
    bool dot = false, svg = false, png = false;
};

void run(const Options& o) {
    core::LoadResult loaded = core::loadScenarioFile(o.scenario);
    for (const auto& d : loaded.diagnostics)
        if (d.severity == core::Severity::Error) std::cerr << core::format(d) << "\n";
    const core::Scenario* sc = loaded.model();
    if (!sc) {
        std::cerr << "frontline graph: cannot read '" << o.scenario << "'\n";
        throw CLI::RuntimeError(2);
    }
    core::DotOptions options;
    options.locale = o.locale;
    for (core::ChoiceKind kind : {core::ChoiceKind::Listen, core::ChoiceKind::Respond, core::ChoiceKind::Escalate})
        options.kindNames[static_cast<int>(kind)] = game::kindTerm(o.locale, kind);
    options.timeLimit = game::tr(o.locale, "graph.timelimit");
    std::string dot = core::toDot(*sc, core::analyseGraph(*sc), options);

    std::string bytes = dot;
    if (!o.dot) {
        if (std::string error = graph::renderDot(dot, o.png ? "png" : "svg", bytes); !error.empty()) {
            std::cerr << "frontline graph: " << error << "\n";
            throw CLI::RuntimeError(2);
        }
    }
    if (o.out.empty() || o.out == "-") {
        std::cout << bytes;
    } else if (std::string error; !core::writeFileAtomically(o.out, bytes, &error)) {
        std::cerr << "frontline graph: cannot write '" << o.out << "': " << error << "\n";
        throw CLI::RuntimeError(2);
    }
    if (!loaded.scenario) throw CLI::RuntimeError(1);
}

}  // namespace

void addGraphCommand(CLI::App& app) {
    static Options o;
    auto* cmd = app.add_subcommand("graph", "Draw a scenario's graph with Graphviz (SVG by default, or DOT or PNG)");
    cmd->add_option("scenario", o.scenario, "Scenario file")->required();
    auto* dot = cmd->add_flag("--dot", o.dot, "Print the Graphviz DOT text instead of drawing it");
    auto* svg = cmd->add_flag("--svg", o.svg, "Draw it as SVG (the default)");
    auto* png = cmd->add_flag("--png", o.png, "Draw it as PNG");
    dot->excludes(svg)->excludes(png);
    svg->excludes(png);
    cmd->add_option("--out,-o", o.out, "Write to this file instead of standard output");
    cmd->add_option("--locale", o.locale, "Language of titles and labels")->check(CLI::IsMember({"zh", "en"}));
    cmd->callback([] { run(o); });
}

}  // namespace frontline::cli
