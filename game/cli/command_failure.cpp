#include "command_failure.h"

#include <CLI/CLI.hpp>
#include <iostream>

namespace frontline::cli {

void CommandFailure::operator()(const std::string& message, int code) const {
    std::cerr << "frontline " << command << ": " << message << "\n";
    throw CLI::RuntimeError(code);
}

}  // namespace frontline::cli
