// The window's font choice: English text the Latin face covers is set in it; Chinese text, mixed strings and
// everything in the Chinese interface keep the Chinese-capable face (shots in Chinese do not change).
#include <doctest/doctest.h>

#include "runtime/fonts.h"
#include "screens/theme.h"

using namespace frontline;

TEST_CASE("fontconfig finds a Latin UI face that is not a CJK face") {
    auto latin = runtime::findLatinUiFont();
    REQUIRE_MESSAGE(latin, "no Latin sans face; install fonts-dejavu-core");
    CAPTURE(latin->path);
    CHECK(latin->coverage.covers("Don\u2019t \u201Cwait\u201D \u2014 P7\u2026"));
    CHECK_FALSE(latin->coverage.covers("\u4E2D"));
    CHECK_FALSE(latin->coverage.covers("The \u4E2D\u6587 option"));
    CHECK(latin->coverage.covers("line one\nline two"));  // control characters need no glyph
}

TEST_CASE("UiFonts sets English in the Latin face and anything it lacks in the CJK face") {
    sf::Font cjk, latin;  // never loaded: only their addresses are compared
    game::UiFonts fonts{&cjk, &latin, {}};
    auto found = runtime::findLatinUiFont();
    REQUIRE(found);
    fonts.latinCoverage = found->coverage;

    SUBCASE("English interface") {
        CHECK(fonts.forText("Ask \u2018P7\u2019 first", true) == &latin);
        CHECK(fonts.forText("\u4E2D\u6587", true) == &cjk);
        CHECK(fonts.forText("Switch to \u4E2D\u6587", true) == &cjk);
    }
    SUBCASE("Chinese interface keeps one face, even for ASCII") {
        CHECK(fonts.forText("P7 82", false) == &cjk);
        CHECK(fonts.forText("\u4E2D\u6587", false) == &cjk);
    }
    SUBCASE("no Latin face installed") {
        fonts.latin = nullptr;
        CHECK(fonts.forText("English", true) == &cjk);
    }
    SUBCASE("a coverage that knows nothing sends everything to the CJK face") {
        fonts.latinCoverage = {};
        CHECK(fonts.forText("English", true) == &cjk);
    }
}
