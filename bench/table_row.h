// One row of the table scripts/bench prints: every benchmark ends with rows "row|work|measured|yardstick|target",
// which the script gathers from all of them into one table (and docs/performance.md keeps one run of it).
#pragma once
#include <sys/resource.h>

#include <cstdio>
#include <string>

namespace frontline::bench {

inline void tableRow(const std::string& work, const std::string& measured, const std::string& yardstick,
                     const std::string& target) {
    std::printf("row|%s|%s|%s|%s\n", work.c_str(), measured.c_str(), yardstick.c_str(), target.c_str());
}

inline std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// The process's peak resident memory so far, in MB.
inline long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

}  // namespace frontline::bench
