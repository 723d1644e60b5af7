#include "utf8.h"

#include <unicode/utf8.h>

namespace frontline::core {

namespace {

// The code point at `i` (advancing `i` past it), negative when invalid.
UChar32 next(std::string_view text, std::size_t& i) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    auto at = static_cast<std::int32_t>(i);
    UChar32 c;
    U8_NEXT(bytes, at, length, c);
    i = static_cast<std::size_t>(at);
    return c;
}

}  // namespace

std::size_t utf8SequenceLength(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    std::size_t i = at;
    return next(text, i) < 0 ? 0 : i - at;
}

std::size_t codePointCount(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++n) next(text, i);
    return n;
}

std::u32string decodeUtf8(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        UChar32 c = next(text, i);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}

void appendUtf8(std::string& out, char32_t codePoint) {
    std::uint8_t buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(codePoint));
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

std::string printable(std::string_view text, bool keepNewlines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        UChar32 c = next(text, i);
        bool control = c < 0 || (c < 0x20 && c != '\t' && !(keepNewlines && c == '\n')) || (c >= 0x7F && c <= 0x9F);
        if (control)
            appendUtf8(out, U'\uFFFD');
        else
            out.append(text.substr(start, i - start));
    }
    return out;
}

}  // namespace frontline::core
