// Finding the UI fonts through fontconfig. The main face is a sans that covers Simplified Chinese and Latin and
// that SFML can load. SFML 2.5 loads only face 0 of a collection (.ttc), so a collection is accepted only when
// its face 0 is the match (WenQuanYi Micro Hei); Noto CJK collections (face 0 = Japanese forms) are refused.
// The Latin face is a sans for English (DejaVu Sans on Debian): a CJK face's Latin punctuation is full width.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace frontline::runtime {

// The characters a face has glyphs for (fontconfig's charset of the face). Default: covers nothing.
class GlyphCoverage {
public:
    bool covers(char32_t c) const;
    bool covers(std::string_view utf8) const;            // every code point except control characters (newlines)
    bool known() const { return m_charset != nullptr; }  // false for $FRONTLINE_FONT: its charset is not read

private:
    friend class CoverageAccess;
    std::shared_ptr<const void> m_charset;  // an FcCharSet
};

struct FontChoice {
    std::string path;
    int index = 0;  // face index inside the file (ImFontConfig::FontNo)
    std::string family;
    GlyphCoverage coverage;
};

// $FRONTLINE_FONT (a file path) overrides the search. On failure `error` names the package to install.
std::optional<FontChoice> findUiFont(std::string& error);

// A Latin sans face (match for "sans-serif:lang=en") that is not a CJK face, a single face SFML can load, upright
// and of regular weight and width. Nothing when none is installed or $FRONTLINE_FONT forces one font for all text.
std::optional<FontChoice> findLatinUiFont();

// Whether the game's text faces (the main face or the Latin one) have a glyph for a character, for validate's
// undrawable-character check. Empty when the fonts are not found or their coverage is not known.
std::function<bool(char32_t)> uiFontsCanDraw();

}  // namespace frontline::runtime
