// Line breaking and display width for UTF-8 text, on ICU (Unicode line-breaking rules, UAX #14), shared by
// terminal play and the window so both wrap Chinese between characters and English at word boundaries,
// never starting a line with closing punctuation (，。、；：？！」』）) nor ending one with an opening one.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::text {

// Byte offsets (into utf8) where a line may end; always includes utf8.size(). Mandatory breaks (\n) included.
std::vector<std::size_t> lineBreakOpportunities(std::string_view utf8);

// Terminal columns: East Asian wide and fullwidth characters count 2, combining marks 0, others 1.
int displayWidth(std::string_view utf8);

// Splits into lines no wider than maxWidth according to `measure` (pixels, columns...). A single unbreakable
// run wider than maxWidth is split between characters. Trailing spaces are dropped; "\n" forces a break.
std::vector<std::string> wrap(std::string_view utf8, double maxWidth,
                              const std::function<double(std::string_view)>& measure);

// The text itself when wrap gives it at most maxLines lines; otherwise its longest prefix that ends at a
// line-break opportunity (after a word in English, between characters in Chinese) and, followed by `ellipsis`,
// still wraps into maxLines lines. "" when maxLines is 0.
std::string shortenToLines(std::string_view utf8, double maxWidth, std::size_t maxLines,
                           const std::function<double(std::string_view)>& measure, std::string_view ellipsis = "…");

inline std::vector<std::string> wrapColumns(std::string_view utf8, int columns) {
    return wrap(utf8, columns, [](std::string_view s) { return static_cast<double>(displayWidth(s)); });
}

}  // namespace frontline::text
