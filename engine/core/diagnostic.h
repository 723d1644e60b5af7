// Diagnostics are values: every problem found in a scenario, session or asset file is reported as one of
// these, never thrown. Each is made from a DiagnosticRule (diagnostic_rules.h), whose code it carries.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace frontline::core {

enum class Severity { Error, Warning };

struct DiagnosticRule {
    std::string_view code;                // stable, documented in docs/diagnostics.md, e.g. "unknown-node"
    Severity severity = Severity::Error;  // every diagnostic of this rule has it
    std::string_view summary;
};

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string rule;  // the DiagnosticRule's code
    std::string file;
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based; 0 when unknown
    std::string pointer;  // JSON Pointer of the offending value or key, e.g. "/nodes/intro/choices/0/next"
    std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

Diagnostic makeDiagnostic(const DiagnosticRule& rule, std::string file, std::string pointer, std::string message,
                          int line = 0, int column = 0);
bool is(const Diagnostic& d, const DiagnosticRule& rule);

bool hasErrors(const Diagnostics& diagnostics);
// "file:line:col: error: message [rule] (pointer)", safe to print (core::printable: no control characters)
std::string format(const Diagnostic& d);

}  // namespace frontline::core
