// UTF-8 in one place, on ICU's macros (unicode/utf8.h): validating, counting and decoding text the way every
// reader, layout and check must agree on. Overlong forms, surrogates and code points above U+10FFFF are invalid.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace frontline::core {

// Bytes of the valid sequence starting at `text[at]`, or 0 when none starts there.
std::size_t utf8SequenceLength(std::string_view text, std::size_t at);
// Code points, as an editor counts columns; each invalid byte sequence counts as one.
std::size_t codePointCount(std::string_view text);
// Invalid sequences become U+FFFD.
std::u32string decodeUtf8(std::string_view text);
void appendUtf8(std::string& out, char32_t codePoint);
// Text safe to print on a terminal: control characters (C0 but tab, DEL, C1: escape sequences, bells, carriage
// returns that overwrite a line) and invalid sequences become U+FFFD, so a name or an id read from a file can
// neither recolour nor rewrite the screen. `keepNewlines` keeps '\n' (for multi-line texts).
std::string printable(std::string_view text, bool keepNewlines = false);

}  // namespace frontline::core
