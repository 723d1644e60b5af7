// libFuzzer: the session file reader on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/recording.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace frontline::core;
    RecordLoad r = parseSessionRecord(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    frontline::fuzz::checkDiagnostics(r.diagnostics);
    return 0;
}
