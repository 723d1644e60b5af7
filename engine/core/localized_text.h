// Text a player reads: one string per locale, or one plain string for every locale.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace frontline::core {

struct LocalizedText {
    std::map<std::string, std::string, std::less<>> byLocale;  // key "" holds a plain (all-locale) string

    // The text in `locale`; falls back to the plain string, then "en", then any locale, then "".
    const std::string& in(std::string_view locale) const;
    bool hasLocale(std::string_view locale) const { return byLocale.count("") || byLocale.count(locale); }
    bool empty() const { return byLocale.empty(); }

    static LocalizedText plain(std::string s) { return LocalizedText{{{"", std::move(s)}}}; }
};

}  // namespace frontline::core
