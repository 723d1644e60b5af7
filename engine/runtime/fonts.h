// Finding the UI font through fontconfig: a sans face that covers Simplified Chinese and Latin and that SFML
// can load. SFML 2.5 loads only face 0 of a collection (.ttc), so a collection is accepted only when its face
// 0 is the match (WenQuanYi Micro Hei); Noto CJK collections (face 0 = Japanese forms) are refused.
#pragma once
#include <optional>
#include <string>

namespace frontline::runtime {

struct FontChoice {
    std::string path;
    int index = 0;        // face index inside the file (ImFontConfig::FontNo)
    std::string family;
};

// $FRONTLINE_FONT (a file path) overrides the search. On failure `error` names the package to install.
std::optional<FontChoice> findUiFont(std::string& error);

}  // namespace frontline::runtime
