#include "runtime/fonts.h"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <filesystem>

#include "core/utf8.h"

namespace frontline::runtime {

class CoverageAccess {
public:
    static GlyphCoverage from(FcCharSet* chars) {
        GlyphCoverage coverage;
        if (chars)
            coverage.m_charset = std::shared_ptr<const void>(FcCharSetCopy(chars), [](const void* p) {
                FcCharSetDestroy(static_cast<FcCharSet*>(const_cast<void*>(p)));
            });
        return coverage;
    }
    static const FcCharSet* get(const GlyphCoverage& coverage) {
        return static_cast<const FcCharSet*>(coverage.m_charset.get());
    }
};

namespace {

bool endsWithCollection(const std::string& path) {
    auto ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".ttc" || ext == ".otc";
}

bool contains(const std::string& s, const char* needle) {
    return s.find(needle) != std::string::npos;
}

// Candidate faces for a language, best match first.
template <typename Accept>
std::optional<FontChoice> sortedMatch(const char* lang, Accept accept) {
    if (!FcInit()) return std::nullopt;
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>(lang));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcFontSet* fonts = FcFontSort(nullptr, pattern, FcFalse, nullptr, &result);
    std::optional<FontChoice> choice;
    for (int i = 0; fonts && i < fonts->nfont && !choice; ++i) {
        FcPattern* font = fonts->fonts[i];
        FcChar8* file = nullptr;
        FcChar8* family = nullptr;
        int index = 0;
        FcCharSet* chars = nullptr;
        if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
        if (FcPatternGetCharSet(font, FC_CHARSET, 0, &chars) != FcResultMatch) continue;
        FcPatternGetString(font, FC_FAMILY, 0, &family);
        FcPatternGetInteger(font, FC_INDEX, 0, &index);
        FontChoice candidate{reinterpret_cast<const char*>(file), index,
                             family ? reinterpret_cast<const char*>(family) : "", CoverageAccess::from(chars)};
        if (accept(font, candidate)) choice = std::move(candidate);
    }
    if (fonts) FcFontSetDestroy(fonts);
    FcPatternDestroy(pattern);
    return choice;
}

}  // namespace

bool GlyphCoverage::covers(char32_t c) const {
    const FcCharSet* chars = CoverageAccess::get(*this);
    return chars && FcCharSetHasChar(chars, static_cast<FcChar32>(c));
}

bool GlyphCoverage::covers(std::string_view utf8) const {
    if (!m_charset) return false;
    for (char32_t c : core::decodeUtf8(utf8))
        if (c >= 0x20 && c != 0x7F && !covers(c)) return false;
    return true;
}

std::optional<FontChoice> findUiFont(std::string& error) {
    if (const char* forced = std::getenv("FRONTLINE_FONT"); forced && *forced) {
        if (std::filesystem::exists(forced)) return FontChoice{forced, 0, "FRONTLINE_FONT", {}};
        error = std::string("FRONTLINE_FONT names a file that does not exist: ") + forced;
        return std::nullopt;
    }
    auto choice = sortedMatch("zh-cn", [](FcPattern* font, const FontChoice& c) {
        FcLangSet* langs = nullptr;
        if (FcPatternGetLangSet(font, FC_LANG, 0, &langs) != FcResultMatch ||
            FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("zh-cn")) != FcLangEqual)
            return false;
        // Latin too: DroidSansFallback covers Chinese but has no Latin letters.
        if (!c.coverage.covers(U'A') || !c.coverage.covers(U'\u4E2D' /* 中 */)) return false;
        return !(endsWithCollection(c.path) &&
                 (c.index != 0 || contains(c.path, "Noto") || contains(c.family, "Noto")));
    });
    if (!choice)
        error =
            "no Chinese-capable sans font that SFML can load was found; install one with: "
            "sudo apt-get install fonts-wqy-microhei";
    return choice;
}

std::optional<FontChoice> findLatinUiFont() {
    if (const char* forced = std::getenv("FRONTLINE_FONT"); forced && *forced) return std::nullopt;
    return sortedMatch("en", [](FcPattern* font, const FontChoice& c) {
        int slant = FC_SLANT_ROMAN, weight = FC_WEIGHT_REGULAR, width = FC_WIDTH_NORMAL;
        FcPatternGetInteger(font, FC_SLANT, 0, &slant);
        FcPatternGetInteger(font, FC_WEIGHT, 0, &weight);
        FcPatternGetInteger(font, FC_WIDTH, 0, &width);
        if (slant != FC_SLANT_ROMAN || weight < FC_WEIGHT_BOOK || weight > FC_WEIGHT_MEDIUM || width != FC_WIDTH_NORMAL)
            return false;
        // English text and its typographic punctuation, and no CJK: a CJK face's Latin is what we replace.
        for (char32_t ch : {U'A', U'z', U'0', U'\u2019', U'\u201C', U'\u2014', U'\u2026'})
            if (!c.coverage.covers(ch)) return false;
        return !c.coverage.covers(U'\u4E2D') && c.index == 0;
    });
}

std::function<bool(char32_t)> uiFontsCanDraw() {
    std::string error;
    auto main = findUiFont(error);
    if (!main || !main->coverage.known()) return {};
    auto latin = findLatinUiFont();
    GlyphCoverage latinCoverage = latin ? latin->coverage : GlyphCoverage{};
    return [mainCoverage = main->coverage, latinCoverage](char32_t c) {
        return mainCoverage.covers(c) || latinCoverage.covers(c);
    };
}

}  // namespace frontline::runtime
