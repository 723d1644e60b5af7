#include "cli/commands.h"

int main(int argc, char** argv) {
    CLI::App app{"Frontline: customer-centric service training simulator", "frontline"};
    app.set_version_flag("--version", std::string("frontline ") + FRONTLINE_VERSION);
    app.require_subcommand(0, 1);
    frontline::cli::addValidateCommand(app);
    frontline::cli::addPlayCommand(app);
    frontline::cli::addReplayCommand(app);
    frontline::cli::addScoreCommand(app);
    frontline::cli::addExploreCommand(app);
    frontline::cli::addCatalogCommand(app);
    frontline::cli::addNotesCommand(app);
    frontline::cli::addReportCommand(app);
    frontline::cli::addCohortCommand(app);
    frontline::cli::addXapiCommand(app);
    frontline::cli::addGraphCommand(app);
    frontline::cli::addNewCommand(app);
    frontline::cli::addLooksCommand(app);
    frontline::cli::addStringsCommand(app);
    frontline::cli::addEditCommand(app);
    auto runWindow = frontline::cli::addWindowOptions(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // A command's own failure (RuntimeError) keeps its exit status; --help and --version exit 0; every
        // usage error (unknown option, missing argument, bad value) exits 2, like `validate`.
        int code = app.exit(e);
        bool usageError = code != 0 && !dynamic_cast<const CLI::RuntimeError*>(&e);
        return usageError ? 2 : code;
    }
    if (app.get_subcommands().empty()) return runWindow();
    return 0;
}
