// How a `frontline` subcommand gives up: "frontline NAME: message" on stderr, then its exit code (1: the
// input is wrong, 2: usage), by throwing CLI::RuntimeError, which main turns into the exit status.
#pragma once
#include <string>

namespace frontline::cli {

struct CommandFailure {
    const char* command;
    int exitCode;
    [[noreturn]] void operator()(const std::string& message) const { (*this)(message, exitCode); }
    [[noreturn]] void operator()(const std::string& message, int code) const;
};

}  // namespace frontline::cli
