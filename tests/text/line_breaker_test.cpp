#include "text/line_breaker.h"

#include <doctest/doctest.h>

#include <string>

using namespace frontline::text;

namespace {

const std::string kClosing[] = {"，", "。", "、", "；", "：", "？", "！", "」", "』", "）"};
const std::string kOpening[] = {"「", "『", "（"};

bool startsWithAny(const std::string& line, const std::string* set, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (line.rfind(set[i], 0) == 0) return true;
    return false;
}

bool endsWithAny(const std::string& line, const std::string* set, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (line.size() >= set[i].size() && line.compare(line.size() - set[i].size(), set[i].size(), set[i]) == 0)
            return true;
    return false;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l;
    return out;
}

}  // namespace

TEST_CASE("display width counts wide CJK characters as two columns") {
    CHECK(displayWidth("a") == 1);
    CHECK(displayWidth("中") == 2);
    CHECK(displayWidth("中a文") == 5);
    CHECK(displayWidth("，") == 2);         // fullwidth comma
    CHECK(displayWidth("ｱ") == 1);          // halfwidth katakana
    CHECK(displayWidth("e\xCC\x81") == 1);  // e + combining acute accent
    CHECK(displayWidth("") == 0);
}

TEST_CASE("Chinese may break between characters") {
    auto ops = lineBreakOpportunities("客户在等");
    CHECK(ops == std::vector<std::size_t>{3, 6, 9, 12});
}

TEST_CASE("Chinese wraps between characters and never starts a line with closing punctuation") {
    const std::string text = "客户在等你。我们的网络昨天断了三个小时，今天必须给我一个说法！「我要见负责人」（马上）";
    for (int width = 4; width <= 24; ++width) {
        CAPTURE(width);
        auto lines = wrapColumns(text, width);
        REQUIRE(!lines.empty());
        CHECK(joined(lines) == text);
        for (const auto& line : lines) {
            CAPTURE(line);
            CHECK(displayWidth(line) <= width);
            CHECK_FALSE(startsWithAny(line, kClosing, std::size(kClosing)));
            CHECK_FALSE(endsWithAny(line, kOpening, std::size(kOpening)));
        }
    }
}

TEST_CASE("a line that would end with an opening bracket carries it to the next line") {
    // Width 10 fits "我说：「" (8 columns) but the bracket must travel with what it opens.
    auto lines = wrapColumns("我说：「你好啊朋友」", 8);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0] == "我说：");
    CHECK(lines[1].rfind("「", 0) == 0);
}

TEST_CASE("English wraps at word boundaries and drops the spaces at the break") {
    auto lines = wrapColumns("The customer is waiting for an answer", 12);
    CHECK(lines == std::vector<std::string>{"The customer", "is waiting", "for an", "answer"});
}

TEST_CASE("mixed Chinese and English text respects both rules and the width") {
    const std::string text = "请在 24 小时内回复 Telekom Malaysia 的 CTO，说明 outage 的原因。";
    auto lines = wrapColumns(text, 14);
    REQUIRE(lines.size() > 2);
    for (const auto& line : lines) {
        CAPTURE(line);
        CHECK(displayWidth(line) <= 14);
        CHECK_FALSE(startsWithAny(line, kClosing, std::size(kClosing)));
    }
    // English words stay whole.
    bool sawTelekom = false;
    for (const auto& line : lines)
        if (line.find("Telekom") != std::string::npos) sawTelekom = true;
    CHECK(sawTelekom);
}

TEST_CASE("an over-long unbreakable run is split between characters") {
    auto lines = wrapColumns("https://example.com/a/very/long/path", 10);
    CHECK(lines == std::vector<std::string>{"https://", "example.co", "m/a/very/", "long/path"});
    auto word = wrapColumns("abcdefghijklmnopqrstuvwxyz", 10);
    CHECK(word == std::vector<std::string>{"abcdefghij", "klmnopqrst", "uvwxyz"});
    auto narrow = wrapColumns("中文", 1);  // narrower than one character: still one character per line
    CHECK(narrow == std::vector<std::string>{"中", "文"});
}

TEST_CASE("newlines force breaks and empty lines are kept") {
    CHECK(wrapColumns("one\n\ntwo", 20) == std::vector<std::string>{"one", "", "two"});
    CHECK(wrapColumns("", 20).empty());
    CHECK(lineBreakOpportunities("").back() == 0);
}

TEST_CASE("wrap accepts any measure, e.g. pixels") {
    auto pixels = [](std::string_view s) { return 7.5 * displayWidth(s); };
    auto lines = wrap("one two three", 60, pixels);  // 8 columns
    CHECK(lines == std::vector<std::string>{"one two", "three"});
}

TEST_CASE("shortenToLines cuts after a whole word or character and ends with an ellipsis that fits") {
    auto columns = [](std::string_view s) { return static_cast<double>(displayWidth(s)); };
    const std::string en = "Three small documentation decisions and an iPad question nobody asked";
    std::vector<std::string> all = wrap(en, 20, columns);
    REQUIRE(all.size() > 2);
    CHECK(shortenToLines(en, 20, all.size(), columns) == en);  // fits: unchanged, no ellipsis

    const std::string two = shortenToLines(en, 20, 2, columns);
    std::vector<std::string> lines = wrap(two, 20, columns);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == all[0]);
    REQUIRE(two.size() > 3);
    CHECK(two.substr(two.size() - 3) == "…");
    const std::string kept = two.substr(0, two.size() - 3);
    CHECK(en.rfind(kept + " ", 0) == 0);  // a prefix of the text that ends after a whole word
    CHECK(kept.size() > all[0].size());   // and uses the second line

    const std::string zh = "二十分钟后，你的手机响了，是周敏直接打来的：我今天已经被转了一次热线！";
    const std::string one = shortenToLines(zh, 16, 1, columns);
    REQUIRE(wrap(one, 16, columns).size() == 1);
    CHECK(displayWidth(one) <= 16);
    CHECK(displayWidth(one) >= 14);  // Chinese may be cut between any two characters: the line stays full
    CHECK(one.substr(one.size() - 3) == "…");
    CHECK(zh.rfind(one.substr(0, one.size() - 3), 0) == 0);

    CHECK(shortenToLines(en, 20, 0, columns).empty());
}
