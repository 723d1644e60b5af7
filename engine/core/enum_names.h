// One table per enum names its values as files and reports spell them; both directions (toString, fromString)
// and the "expected one of" lists read the same table, so they cannot drift apart.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::core {

template <typename E>
struct EnumName {
    const char* text;
    E value;
};

// The name of `value`; the first entry's when the table lacks it.
template <typename E, std::size_t N>
constexpr const char* nameIn(const EnumName<E> (&table)[N], E value) {
    for (const auto& n : table)
        if (n.value == value) return n.text;
    return table[0].text;
}

template <typename E, std::size_t N>
constexpr std::optional<E> valueIn(const EnumName<E> (&table)[N], std::string_view text) {
    for (const auto& n : table)
        if (text == n.text) return n.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<std::string> namesIn(const EnumName<E> (&table)[N]) {
    std::vector<std::string> out;
    for (const auto& n : table) out.emplace_back(n.text);
    return out;
}

// "a, b, c" (plain) or "\"a\", \"b\", \"c\"" (quoted), for messages.
template <typename E, std::size_t N>
std::string listNamesIn(const EnumName<E> (&table)[N], bool quoted = false) {
    std::string out;
    for (const auto& n : table) {
        if (!out.empty()) out += ", ";
        out += quoted ? "\"" + std::string(n.text) + "\"" : std::string(n.text);
    }
    return out;
}

}  // namespace frontline::core
