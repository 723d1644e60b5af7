#include "runtime/fonts.h"

#include <cstdlib>
#include <filesystem>

#include <fontconfig/fontconfig.h>

namespace frontline::runtime {
namespace {

bool endsWithCollection(const std::string& path) {
    auto ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".ttc" || ext == ".otc";
}

bool contains(const std::string& s, const char* needle) { return s.find(needle) != std::string::npos; }

}  // namespace

std::optional<FontChoice> findUiFont(std::string& error) {
    if (const char* forced = std::getenv("FRONTLINE_FONT"); forced && *forced) {
        if (std::filesystem::exists(forced)) return FontChoice{forced, 0, "FRONTLINE_FONT"};
        error = std::string("FRONTLINE_FONT names a file that does not exist: ") + forced;
        return std::nullopt;
    }
    if (!FcInit()) {
        error = "fontconfig could not be initialised";
        return std::nullopt;
    }
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
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
        FcLangSet* langs = nullptr;
        FcCharSet* chars = nullptr;
        if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
        FcPatternGetString(font, FC_FAMILY, 0, &family);
        FcPatternGetInteger(font, FC_INDEX, 0, &index);
        if (FcPatternGetLangSet(font, FC_LANG, 0, &langs) != FcResultMatch ||
            FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("zh-cn")) != FcLangEqual)
            continue;
        // Latin too: DroidSansFallback covers Chinese but has no Latin letters.
        if (FcPatternGetCharSet(font, FC_CHARSET, 0, &chars) != FcResultMatch || !FcCharSetHasChar(chars, 'A') ||
            !FcCharSetHasChar(chars, 0x4E2D /* 中 */))
            continue;
        std::string path = reinterpret_cast<const char*>(file);
        std::string fam = family ? reinterpret_cast<const char*>(family) : "";
        if (endsWithCollection(path) && (index != 0 || contains(path, "Noto") || contains(fam, "Noto"))) continue;
        choice = FontChoice{path, index, fam};
    }
    if (fonts) FcFontSetDestroy(fonts);
    FcPatternDestroy(pattern);
    if (!choice)
        error = "no Chinese-capable sans font that SFML can load was found; install one with: "
                "sudo apt-get install fonts-wqy-microhei";
    return choice;
}

}  // namespace frontline::runtime
