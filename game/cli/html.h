// Pieces of the self-contained HTML pages the facilitator commands write (report, cohort): escaping, the
// shared print-friendly style sheet, and inline SVG charts. No scripts, fonts or images from the network.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::cli::html {

std::string escape(std::string_view text);

// "<!DOCTYPE html>…<body>" with the shared style sheet; `lang` is "zh" or "en".
std::string pageStart(const std::string& title, const std::string& lang);
std::string pageEnd();  // "</body></html>"

struct RadarAxis {
    std::string label;              // short, drawn at the tip, e.g. "P3"
    std::string title;              // full name, in the axis tooltip
    std::optional<double> percent;  // 0..100; none: not scored (drawn greyed, no point)
};
// A radar chart (spider web) of percentages, `size` pixels square.
std::string radarSvg(const std::vector<RadarAxis>& axes, int size = 320);

struct Bar {
    std::string label;     // under the bar
    double value = 0;      // bar height, in the unit of `unit`
    std::string cssClass;  // e.g. "good", "mixed", "poor" (colours in the style sheet)
    std::string caption;   // above the bar, e.g. "4.1 s"
};
// A vertical bar chart, `height` pixels tall, bars scaled to the largest value.
std::string barsSvg(const std::vector<Bar>& bars, int height = 160);

}  // namespace frontline::cli::html
