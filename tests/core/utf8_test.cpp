#include "core/utf8.h"

#include <doctest/doctest.h>

#include <string_view>

using namespace frontline::core;

TEST_CASE("UTF-8 sequences are measured, counted and decoded strictly") {
    CHECK(utf8SequenceLength("a", 0) == 1);
    CHECK(utf8SequenceLength("é", 0) == 2);
    CHECK(utf8SequenceLength("中", 0) == 3);
    CHECK(utf8SequenceLength("😀", 0) == 4);
    CHECK(utf8SequenceLength("\xC0\x80", 0) == 0);          // overlong NUL
    CHECK(utf8SequenceLength("\xED\xA0\x80", 0) == 0);      // a UTF-16 surrogate
    CHECK(utf8SequenceLength("\xF4\x90\x80\x80", 0) == 0);  // above U+10FFFF
    CHECK(utf8SequenceLength("\xE4\xB8", 0) == 0);          // cut short
    CHECK(utf8SequenceLength("\x80", 0) == 0);              // a lone continuation byte
    CHECK(utf8SequenceLength("ab", 2) == 0);

    CHECK(codePointCount("") == 0);
    CHECK(codePointCount("周经理 ok") == 6);
    CHECK(codePointCount("a\xFF"
                         "b") == 3);

    CHECK(decodeUtf8("中a") == U"中a");
    CHECK(decodeUtf8("a\xE4\xB8") == U"a\uFFFD");

    std::string out;
    for (char32_t c : std::u32string_view(U"A é 中 😀")) appendUtf8(out, c);
    CHECK(out == "A é 中 😀");
}

TEST_CASE("printable: escape sequences, bells and carriage returns from a file cannot reach the terminal") {
    CHECK(printable("Zhou Min 周敏") == "Zhou Min 周敏");
    CHECK(printable("ev\x1b[31mil\x07") == "ev\uFFFD[31mil\uFFFD");
    CHECK(printable("a\rb\tc\n") == "a\uFFFDb\tc\uFFFD");
    CHECK(printable("a\rb\tc\n", true) == "a\uFFFDb\tc\n");
    CHECK(printable("\x7f\xc2\x9b"
                    "2J") == "\uFFFD\uFFFD2J");  // DEL, and the one-character CSI (U+009B)
    CHECK(printable("bad\xff") == "bad\uFFFD");
}
