// Small definitions shared by the model: value/text/diagnostic formatting, names of enums, state hashing.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <sstream>

#include "diagnostic.h"
#include "localized_text.h"
#include "scenario.h"
#include "state.h"
#include "utf8.h"
#include "value.h"

namespace frontline::core {

std::string toString(const Value& v) {
    if (std::holds_alternative<bool>(v)) return std::get<bool>(v) ? "true" : "false";
    double d = std::get<double>(v);
    if (d == std::floor(d) && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
    std::ostringstream out;
    out << d;
    return out.str();
}

LocalizedText::LocalizedText(Map byLocale) {
    if (!byLocale.empty()) m_texts = std::make_shared<const Map>(std::move(byLocale));
}

const LocalizedText::Map& LocalizedText::byLocale() const {
    static const Map none;
    return m_texts ? *m_texts : none;
}

void LocalizedText::set(std::string locale, std::string text) {
    Map copy = byLocale();
    copy[std::move(locale)] = std::move(text);
    m_texts = std::make_shared<const Map>(std::move(copy));
}

const std::string& LocalizedText::in(std::string_view locale) const {
    static const std::string empty;
    const Map& texts = byLocale();
    if (auto it = texts.find(locale); it != texts.end()) return it->second;
    if (auto it = texts.find(""); it != texts.end()) return it->second;
    if (auto it = texts.find("en"); it != texts.end()) return it->second;
    return texts.empty() ? empty : texts.begin()->second;
}

Diagnostic makeDiagnostic(const DiagnosticRule& rule, std::string file, std::string pointer, std::string message,
                          int line, int column) {
    return {rule.severity, std::string(rule.code), std::move(file),   line,
            column,        std::move(pointer),     std::move(message)};
}

bool is(const Diagnostic& d, const DiagnosticRule& rule) {
    return d.rule == rule.code;
}

bool hasErrors(const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) return true;
    return false;
}

std::string format(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    if (!d.rule.empty()) out += " [" + d.rule + "]";
    if (!d.pointer.empty()) out += " (" + d.pointer + ")";
    return printable(out, true);  // a message quotes keys, ids and names from the file
}

std::size_t StateHash::operator()(const State& s) const noexcept {
    // Mixes raw bits (std::hash<double> hashes bytes one at a time, a tenth of the explorer's walk).
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ static_cast<std::uint32_t>(s.node);
    auto mix = [&h](std::uint64_t v) {
        h = (h ^ v) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    };
    for (int t : s.trust) mix(static_cast<std::uint32_t>(t));
    for (int p : s.patience) mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(p)) << 32);
    for (const Value& v : s.variables) {
        if (std::holds_alternative<bool>(v)) {
            mix(std::get<bool>(v) ? 0x2545f4914f6cdd1dULL : 0x6a09e667f3bcc909ULL);
        } else {
            double d = std::get<double>(v);
            if (d == 0.0) d = 0.0;  // -0.0 == 0.0: equal states hash alike
            std::uint64_t bits;
            std::memcpy(&bits, &d, sizeof bits);
            mix(bits);
        }
    }
    mix(static_cast<std::uint32_t>(s.minutes) | (std::uint64_t{1} << 40));
    return static_cast<std::size_t>(h ^ (h >> 29));
}

const Dimension* Rubric::find(std::string_view id) const {
    for (const auto& d : dimensions)
        if (d.id == id) return &d;
    return nullptr;
}

int Scenario::nodeIndex(std::string_view id) const {
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id) return static_cast<int>(i);
    return -1;
}

int Scenario::characterIndex(std::string_view id) const {
    for (size_t i = 0; i < characters.size(); ++i)
        if (characters[i].id == id) return static_cast<int>(i);
    return -1;
}

int Scenario::variableIndex(std::string_view name) const {
    for (size_t i = 0; i < variables.size(); ++i)
        if (variables[i].name == name) return static_cast<int>(i);
    return -1;
}

const Act* Scenario::act(std::string_view id) const {
    for (const auto& a : acts)
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace frontline::core
