// Shared by the libFuzzer targets: diagnostics must be printable as JSON (validate --json dumps them with
// nlohmann's strict UTF-8 check, which throws on a message that cut a character in two) and located sanely.
#pragma once
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/diagnostic.h"

namespace frontline::fuzz {

inline void checkDiagnostics(const core::Diagnostics& diagnostics) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : diagnostics) {
        if (d.line < 0 || d.column < 0 || d.rule.empty()) std::abort();
        out.push_back({{"file", d.file},
                       {"line", d.line},
                       {"column", d.column},
                       {"rule", d.rule},
                       {"pointer", d.pointer},
                       {"message", d.message}});
        (void)core::format(d);
    }
    (void)out.dump();  // throws (an uncaught exception: a crash for libFuzzer) on invalid UTF-8
}

}  // namespace frontline::fuzz
