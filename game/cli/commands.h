// The `frontline` command line: each subcommand registers itself on the CLI11 app from its own file.
// A command reports failure by throwing CLI::RuntimeError(exitCode); main turns that into the exit code.
#pragma once
#include <CLI/CLI.hpp>

namespace frontline::cli {

void addValidateCommand(CLI::App& app);  // validate_command.cpp
void addPlayCommand(CLI::App& app);      // play_command.cpp   (play --text, --resume)
void addReplayCommand(CLI::App& app);    // replay_command.cpp
void addScoreCommand(CLI::App& app);     // score_command.cpp
void addExploreCommand(CLI::App& app);   // explore_command.cpp
void addCatalogCommand(CLI::App& app);   // catalog_command.cpp  (docs/scenarios.md)
void addNotesCommand(CLI::App& app);     // notes_command.cpp    (facilitator notes)
void addReportCommand(CLI::App& app);    // report_command.cpp   (HTML debrief)
void addCohortCommand(CLI::App& app);    // cohort_command.cpp   (a class at once)
void addXapiCommand(CLI::App& app);      // xapi_command.cpp     (statements for an LRS)
void addGraphCommand(CLI::App& app);     // graph_command.cpp    (the scenario graph, by Graphviz)
void addNewCommand(CLI::App& app);       // new_command.cpp      (a starter scenario)
void addLooksCommand(CLI::App& app);     // looks_command.cpp    (the looks and scenes, drawn)
void addStringsCommand(CLI::App& app);   // strings_command.cpp  (PO/CSV export and import for translators)
void addEditCommand(CLI::App& app);      // edit_command.cpp     (the scenario editor window)

// `frontline` without a subcommand: the 2D game (window_command.cpp). Registers top-level options such as
// --autoplay and --screenshot-dir, and returns the callback run when no subcommand was given.
std::function<int()> addWindowOptions(CLI::App& app);

}  // namespace frontline::cli
