#include <iostream>

#include "commands.h"

namespace frontline::cli {

// Placeholder until the replay command lands.
void addReplayCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("replay", "replay (not available yet)");
    cmd->allow_extras();
    cmd->callback([] {
        std::cerr << "frontline replay: not available in this build yet\n";
        throw CLI::RuntimeError(2);
    });
}

}  // namespace frontline::cli
