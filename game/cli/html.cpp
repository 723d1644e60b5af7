#include "html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace frontline::cli::html {
namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

constexpr const char* kStyle = R"(
:root { --good: #2e7d32; --mixed: #b26a00; --poor: #c62828; --ink: #1d2330; --muted: #5c6475; --line: #d7dbe3; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans", sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 960px; padding: 24px 32px; line-height: 1.45; font-size: 14px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.summary { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
.index { font-size: 56px; font-weight: bold; line-height: 1; }
.index small { font-size: 18px; color: var(--muted); font-weight: normal; }
.band { font-size: 20px; font-weight: bold; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 8px 0; break-inside: avoid; }
.verdict { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: bold; }
.verdict.good { background: var(--good); } .verdict.mixed { background: var(--mixed); } .verdict.poor { background: var(--poor); }
.bar.good { fill: var(--good); } .bar.mixed { fill: var(--mixed); } .bar.poor { fill: var(--poor); } .bar.plain { fill: #4a6fa5; }
.better { border-left: 4px solid var(--good); padding-left: 10px; margin-top: 6px; }
.note { border-left: 4px solid #4a6fa5; background: #f2f5fa; padding: 6px 10px; margin-top: 6px; }
.finding.positive { border-left: 4px solid var(--good); } .finding.negative { border-left: 4px solid var(--poor); }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f7; }
td.num, th.num { text-align: right; }
.aar { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.aar .card h3 { margin-top: 0; }
ol.path li { margin: 2px 0; }
svg text { font-family: inherit; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } .card { break-inside: avoid; } }
)";

}  // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string pageStart(const std::string& title, const std::string& lang) {
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == "zh" ? "zh-CN" : "en") +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>" +
           escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
}

std::string pageEnd() {
    return "</body>\n</html>\n";
}

std::string radarSvg(const std::vector<RadarAxis>& axes, int size) {
    const double c = size / 2.0, r = size / 2.0 - 34;
    const std::size_t n = axes.size();
    std::string svg = "<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(size) +
                      "\" height=\"" + std::to_string(size) + "\" viewBox=\"0 0 " + std::to_string(size) + " " +
                      std::to_string(size) + "\" role=\"img\">\n";
    if (n < 3) return svg + "</svg>\n";
    auto at = [&](std::size_t i, double fraction) {
        double a = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        return std::pair{c + r * fraction * std::cos(a), c + r * fraction * std::sin(a)};
    };
    for (double ring : {0.25, 0.5, 0.75, 1.0}) {
        std::string pts;
        for (std::size_t i = 0; i < n; ++i) {
            auto [x, y] = at(i, ring);
            pts += num(x) + "," + num(y) + " ";
        }
        svg += "<polygon points=\"" + pts + "\" fill=\"none\" stroke=\"#d7dbe3\"/>\n";
    }
    std::string shape;
    for (std::size_t i = 0; i < n; ++i) {
        auto [x, y] = at(i, 1.0);
        svg += "<line x1=\"" + num(c) + "\" y1=\"" + num(c) + "\" x2=\"" + num(x) + "\" y2=\"" + num(y) +
               "\" stroke=\"#d7dbe3\"/>\n";
        auto [lx, ly] = at(i, 1.0 + 22.0 / r);
        const bool scored = axes[i].percent.has_value();
        svg += "<text x=\"" + num(lx) + "\" y=\"" + num(ly + 4) + "\" text-anchor=\"middle\" font-size=\"12\" fill=\"" +
               (scored ? "#1d2330" : "#a0a6b3") + "\"><title>" + escape(axes[i].title) + "</title>" +
               escape(axes[i].label) + "</text>\n";
        double f = scored ? std::clamp(*axes[i].percent / 100.0, 0.0, 1.0) : 0.0;
        auto [px, py] = at(i, f);
        shape += num(px) + "," + num(py) + " ";
    }
    svg += "<polygon class=\"score\" points=\"" + shape +
           "\" fill=\"rgba(74,111,165,0.35)\" stroke=\"#4a6fa5\" stroke-width=\"2\"/>\n";
    for (std::size_t i = 0; i < n; ++i) {
        if (!axes[i].percent) continue;
        auto [px, py] = at(i, std::clamp(*axes[i].percent / 100.0, 0.0, 1.0));
        svg += "<circle cx=\"" + num(px) + "\" cy=\"" + num(py) + "\" r=\"3\" fill=\"#4a6fa5\"><title>" +
               escape(axes[i].title) + ": " + num(*axes[i].percent) + "%</title></circle>\n";
    }
    return svg + "</svg>\n";
}

std::string barsSvg(const std::vector<Bar>& bars, int height) {
    const int slot = 46, top = 18, bottom = 20;
    const int width = std::max(1, static_cast<int>(bars.size())) * slot + 10;
    double most = 0;
    for (const Bar& b : bars) most = std::max(most, b.value);
    std::string svg = "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
                      "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                      std::to_string(height) + "\" role=\"img\">\n";
    const double room = height - top - bottom;
    svg += "<line x1=\"0\" y1=\"" + std::to_string(height - bottom) + "\" x2=\"" + std::to_string(width) + "\" y2=\"" +
           std::to_string(height - bottom) + "\" stroke=\"#d7dbe3\"/>\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        double h = most > 0 ? std::max(2.0, room * b.value / most) : 2.0;
        double x = 10 + static_cast<double>(i) * slot, y = height - bottom - h;
        svg += "<rect class=\"bar " + escape(b.cssClass) + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
               "\" width=\"30\" height=\"" + num(h) + "\"><title>" + escape(b.label + ": " + b.caption) +
               "</title></rect>\n";
        svg += "<text x=\"" + num(x + 15) + "\" y=\"" + num(y - 4) + "\" text-anchor=\"middle\" font-size=\"11\">" +
               escape(b.caption) + "</text>\n";
        svg += "<text x=\"" + num(x + 15) + "\" y=\"" + std::to_string(height - 5) +
               "\" text-anchor=\"middle\" font-size=\"11\">" + escape(b.label) + "</text>\n";
    }
    return svg + "</svg>\n";
}

}  // namespace frontline::cli::html
