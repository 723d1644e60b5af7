#include <iostream>

#include "commands.h"

namespace frontline::cli {

// Placeholder until the explore command lands.
void addExploreCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("explore", "explore (not available yet)");
    cmd->allow_extras();
    cmd->callback([] {
        std::cerr << "frontline explore: not available in this build yet\n";
        throw CLI::RuntimeError(2);
    });
}

}  // namespace frontline::cli
