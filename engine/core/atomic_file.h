// Replacing a file so that a crash leaves either the old or the new bytes, never a mix: the text goes to a
// temp file in the same directory, which is flushed, fsynced and renamed over `path`.
#pragma once
#include <string>
#include <string_view>

namespace frontline::core {

// On failure the previous file is untouched, the temp file removed, and `error` (when given) says why.
bool writeFileAtomically(const std::string& path, std::string_view bytes, std::string* error);

}  // namespace frontline::core
