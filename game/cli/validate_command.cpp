#include <iostream>

#include "commands.h"

namespace frontline::cli {

// Placeholder until the validate command lands.
void addValidateCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("validate", "validate (not available yet)");
    cmd->allow_extras();
    cmd->callback([] {
        std::cerr << "frontline validate: not available in this build yet\n";
        throw CLI::RuntimeError(2);
    });
}

}  // namespace frontline::cli
