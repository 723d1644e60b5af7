// libFuzzer: the look and scene readers on any bytes (the first byte picks which).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/asset_defs.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace frontline;
    if (size == 0) return 0;
    std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] & 1)
        fuzz::checkDiagnostics(parseLook(text, "look.json").diagnostics);
    else
        fuzz::checkDiagnostics(parseScene(text, "scene.json").diagnostics);
    return 0;
}
