// The window's own words in Chinese and English (scenario text comes from the scenario files).
#pragma once
#include <string>
#include <string_view>

namespace frontline::game {

// The UI string `key` in `locale` ("zh" or "en"); the key itself when unknown, so a missing entry shows.
const std::string& tr(std::string_view locale, std::string_view key);

// The select screen's resume banner: "Resume your unfinished session — <title>  ·  3 decisions made".
std::string resumeBannerText(std::string_view locale, const std::string& title, int decisions);

}  // namespace frontline::game
