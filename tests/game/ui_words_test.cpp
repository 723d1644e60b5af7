// The words a trainee reads in the window: the tutorial names the two modes as the interface does (a trainee
// told about "评分模式" looks in vain for it next to "考核模式"), and the resume banner says what its number is.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "ui_strings.h"

namespace {

void collect(const nlohmann::json& j, const std::string& locale, std::string& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == locale && it->is_string())
                out += it->get<std::string>() + "\n";
            else
                collect(*it, locale, out);
        }
    } else if (j.is_array()) {
        for (const auto& e : j) collect(e, locale, out);
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

TEST_CASE("the tutorial calls the modes what the interface calls them") {
    std::ifstream in(std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/tutorial.json");
    REQUIRE(in);
    const nlohmann::json tutorial = nlohmann::json::parse(in);
    for (const char* locale : {"zh", "en"}) {
        CAPTURE(locale);
        std::string text;
        collect(tutorial, locale, text);
        text = lower(text);
        for (const char* key : {"debrief.graded", "debrief.practice"})
            CHECK_MESSAGE(text.find(lower(frontline::game::tr(locale, key))) != std::string::npos,
                          "the tutorial never says '" << frontline::game::tr(locale, key) << "'");
        for (const char* other : {"评分模式", "评估模式", "测评模式", "scored mode", "exam mode", "test mode"})
            CHECK_MESSAGE(text.find(other) == std::string::npos, "the tutorial says '" << other << "'");
    }
}

TEST_CASE("the resume banner says how many decisions the unfinished session holds") {
    using frontline::game::resumeBannerText;
    CHECK(resumeBannerText("en", "Tutorial", 40) == "Resume your unfinished session — Tutorial  ·  40 decisions made");
    CHECK(resumeBannerText("en", "Tutorial", 1).find("1 decision made") != std::string::npos);
    CHECK(resumeBannerText("zh", "教程", 40).find("已做 40 个决定") != std::string::npos);
    for (const char* locale : {"zh", "en"}) CHECK(resumeBannerText(locale, "T", 40).find("(40)") == std::string::npos);
}

TEST_CASE("a translated sentence takes its values in its own order, each once") {
    using frontline::game::fillIn;
    CHECK(fillIn("%s of %s nodes", {"3", "4"}) == "3 of 4 nodes");
    CHECK(fillIn("完整路径 %s 条", {"795"}) == "完整路径 795 条");
    CHECK(fillIn("%s and %s", {"%s", "x"}) == "%s and x");  // a value holding %s is not filled again
    CHECK(fillIn("%s", {"a", "b"}) == "a");                 // more values than places: the rest is left out
}
