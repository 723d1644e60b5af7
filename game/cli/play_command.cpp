#include <iostream>

#include "commands.h"

namespace frontline::cli {

// Placeholder until the play command lands.
void addPlayCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("play", "play (not available yet)");
    cmd->allow_extras();
    cmd->callback([] {
        std::cerr << "frontline play: not available in this build yet\n";
        throw CLI::RuntimeError(2);
    });
}

}  // namespace frontline::cli
