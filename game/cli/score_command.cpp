#include <iostream>

#include "commands.h"

namespace frontline::cli {

// Placeholder until the score command lands.
void addScoreCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("score", "score (not available yet)");
    cmd->allow_extras();
    cmd->callback([] {
        std::cerr << "frontline score: not available in this build yet\n";
        throw CLI::RuntimeError(2);
    });
}

}  // namespace frontline::cli
