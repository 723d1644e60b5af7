// Diagnostics are values: every problem found in a scenario or session file is reported as one of these,
// never thrown. `rule` is a stable id documented in docs/diagnostics.md.
#pragma once
#include <string>
#include <vector>

namespace frontline::core {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string rule;     // e.g. "unknown-node"
    std::string file;
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based; 0 when unknown
    std::string pointer;  // JSON Pointer of the offending value or key, e.g. "/nodes/intro/choices/0/next"
    std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);
// "file:line:col: error: message [rule] (pointer)"
std::string format(const Diagnostic& d);

}  // namespace frontline::core
