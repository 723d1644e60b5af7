// SHA-256 of a byte string as 64 lowercase hex digits (sessions record it to detect a changed scenario).
#pragma once
#include <string>
#include <string_view>

namespace frontline::core {

std::string sha256Hex(std::string_view bytes);

}  // namespace frontline::core
