// libFuzzer: the scenario loader and validator (parse, read, check the graph) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/loader.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace frontline::core;
    static const LoadOptions options = [] {
        LoadOptions o;
        o.checkAssets = false;
        o.rubricPath = std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/rubric.json";
        return o;
    }();
    LoadResult r = loadScenarioText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json", options);
    frontline::fuzz::checkDiagnostics(r.diagnostics);
    return 0;
}
