// Text a player reads: one string per locale, or one plain string for every locale.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace frontline::core {

class LocalizedText {
public:
    using Map = std::map<std::string, std::string, std::less<>>;  // key "" holds a plain (all-locale) string

    LocalizedText() = default;
    LocalizedText(Map byLocale);  // NOLINT(google-explicit-constructor): LocalizedText{{{"zh", …}, {"en", …}}}

    const Map& byLocale() const;
    void set(std::string locale, std::string text);

    // The text in `locale`; falls back to the plain string, then "en", then any locale, then "".
    const std::string& in(std::string_view locale) const;
    bool hasLocale(std::string_view locale) const { return byLocale().count("") || byLocale().count(locale); }
    bool empty() const { return !m_texts || m_texts->empty(); }

    static LocalizedText plain(std::string s) { return Map{{"", std::move(s)}}; }

private:
    // Shared and never changed in place: reports and sessions copy many texts of their scenario, and a copy of
    // a whole scenario (the editor's explorer thread) costs no string copies.
    std::shared_ptr<const Map> m_texts;
};

}  // namespace frontline::core
