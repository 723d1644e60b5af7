// The wall clock, read only by the application (the core is deterministic and is given times as text).
#pragma once
#include <string>

namespace frontline {

std::string utcNow();  // ISO 8601 UTC to the second: "2026-11-23T10:45:55Z"

}  // namespace frontline
