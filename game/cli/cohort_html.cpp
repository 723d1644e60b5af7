#include "cohort_html.h"

#include <cstdio>

#include "html.h"
#include "report_html.h"
#include "ui_strings.h"

namespace frontline::cli {
namespace {

using html::escape;

std::string pct(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", v);
    return buf;
}

// Background shade of a count cell: the share of the node's trainees who took the choice.
std::string heat(int count, int of) {
    double f = of > 0 ? static_cast<double>(count) / of : 0.0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "background: rgba(74,111,165,%.2f)", 0.08 + 0.6 * f);
    return buf;
}

}  // namespace

std::string renderCohortHtml(const std::vector<core::CohortSummary>& summaries,
                             const std::vector<CohortFileError>& errors, const std::string& loc) {
    const game::Terms l(loc, "cohort");
    auto t = [&](const core::LocalizedText& x) { return escape(x.in(loc)); };
    std::string out = html::pageStart(l("title"), loc);
    out += "<h1>" + escape(l("title")) + "</h1>\n";
    for (const core::CohortSummary& s : summaries) {
        out += "<h2 class=\"scenario\">" + t(s.scenarioTitle) + " <span class=\"muted\">(" + escape(s.scenarioId) +
               ")</span></h2>\n";
        out += "<p class=\"meta\">" + std::to_string(s.sessions) + " " + l("sessions") + " · " +
               std::to_string(s.complete) + " " + l("finished") + " · " + std::to_string(s.abandoned) + " " +
               l("abandoned") + "</p>\n";
        out += "<div class=\"summary\"><div><h3>" + escape(l("distribution")) + "</h3>\n";
        std::vector<html::Bar> bars;
        for (int i = 0; i < 10; ++i)
            bars.push_back({std::to_string(i * 10), static_cast<double>(s.indexHistogram[i]), "plain",
                            std::to_string(s.indexHistogram[i])});
        out += html::barsSvg(bars, 150);
        char stats[160];
        std::snprintf(stats, sizeof stats, "%s %.1f · %s %.1f · %s %d–%d", l("median"), s.indexMedian, l("mean"),
                      s.indexMean, l("range"), s.indexMin, s.indexMax);
        out += "<p>" + escape(l("index")) + ": " + escape(stats) + "</p>\n<p>" + escape(l("bands")) + ": ";
        for (std::size_t i = 0; i < s.bands.size(); ++i)
            out += (i ? " · " : "") + escape(s.bands[i].first) + " " + std::to_string(s.bands[i].second);
        out += "</p></div>\n<div><h3>" + escape(l("dimensions")) + "</h3>\n";
        // As in the single report: the radar and the table show what this scenario scores; the rest is named once.
        std::vector<html::RadarAxis> axes;
        std::string notScored;
        for (const auto& d : s.dimensions) {
            if (d.meanPercent)
                axes.push_back({d.id, d.title.in(loc), d.meanPercent});
            else
                notScored += (notScored.empty() ? "" : ", ") + d.id;
        }
        if (axes.size() < 3) {
            axes.clear();
            for (const auto& d : s.dimensions) axes.push_back({d.id, d.title.in(loc), d.meanPercent});
        }
        out += html::radarSvg(axes, 280) + "</div>\n<div><table class=\"dimensions\">";
        for (const auto& d : s.dimensions)
            if (d.meanPercent)
                out += "<tr><td>" + escape(d.id) + " " + t(d.title) + "</td><td class=\"num\">" + pct(*d.meanPercent) +
                       "</td></tr>\n";
        if (!notScored.empty())
            out += "<tr><td colspan=\"2\" class=\"muted\">" + escape(l("not-scored")) + ": " + escape(notScored) +
                   "</td></tr>\n";
        out += "</table></div></div>\n";

        out += "<h3>" + escape(l("nodes")) + "</h3>\n<table class=\"nodes\"><tr><th>" + escape(l("node")) +
               "</th><th>" + escape(l("choice")) + "</th><th class=\"num\">" + escape(l("trainees")) + "</th></tr>\n";
        for (const core::CohortNode& n : s.nodes) {
            if (n.trainees == 0) continue;
            const std::size_t rows = n.choices.size();
            for (std::size_t i = 0; i < rows; ++i) {
                const core::CohortChoice& c = n.choices[i];
                out += "<tr>";
                if (i == 0)
                    out += "<td rowspan=\"" + std::to_string(rows) + "\"><strong>" + escape(n.id) + "</strong> · " +
                           std::to_string(n.trainees) + " " + l("trainees") + "<br><span class=\"muted\">" +
                           l("median-time") + " " + escape(formatDecisionTime(n.medianDecisionMs.value_or(0), loc)) +
                           "</span></td>";
                out += "<td>" + t(c.text) + " <span class=\"muted\">(" + escape(c.id) +
                       ")</span></td><td class=\"num\" style=\"" + heat(c.trainees, n.trainees) + "\">" +
                       std::to_string(c.trainees) + "</td></tr>\n";
            }
        }
        out += "</table>\n<h3>" + escape(l("poor")) + "</h3>\n";
        if (s.poorDecisions.empty())
            out += "<p class=\"muted\">" + escape(l("no-poor")) + "</p>\n";
        else {
            out += "<ol class=\"poor\">\n";
            for (const auto& p : s.poorDecisions)
                out += "<li>" + escape(p.node) + " → " + t(p.text) + " <span class=\"muted\">(" + escape(p.choice) +
                       ")</span>: " + std::to_string(p.count) + " × · " + std::to_string(p.trainees) + " " +
                       l("trainees") + "</li>\n";
            out += "</ol>\n";
        }
        out += "<h3>" + escape(l("abandoned-list")) + "</h3>\n";
        if (s.abandoned == 0)
            out += "<p class=\"muted\">" + escape(l("none-abandoned")) + "</p>\n";
        else {
            out += "<ul class=\"abandoned\">\n";
            for (const auto& r : s.rows)
                if (!r.complete)
                    out += "<li>" + escape(r.player) + " — " + l("stopped-at") + " " + escape(r.lastNode) + " (" +
                           std::to_string(r.decisions) + " " + l("decisions") + ") <span class=\"muted\">" +
                           escape(r.file) + "</span></li>\n";
            out += "</ul>\n";
        }
        out += "<h3>" + escape(l("roster")) + "</h3>\n<table class=\"roster\"><tr><th>" + escape(l("player")) +
               "</th><th>" + escape(l("started")) + "</th><th>" + escape(l("ending")) + "</th><th class=\"num\">" +
               escape(l("index")) + "</th><th>" + escape(l("band")) + "</th><th class=\"num\">" +
               escape(l("decisions-header")) + "</th></tr>\n";
        for (const auto& r : s.rows)
            out += "<tr><td>" + escape(r.player) + "</td><td>" + escape(r.startTime) + "</td><td>" +
                   (r.ending ? escape(toString(*r.ending)) : escape(l("unfinished"))) + "</td><td class=\"num\">" +
                   std::to_string(r.index) + "</td><td>" + escape(r.band) + "</td><td class=\"num\">" +
                   std::to_string(r.decisions) + "</td></tr>\n";
        out += "</table>\n";
    }
    if (!errors.empty()) {
        out += "<h2>" + escape(l("errors")) + "</h2>\n<ul class=\"errors\">\n";
        for (const auto& e : errors) out += "<li><code>" + escape(e.message) + "</code></li>\n";
        out += "</ul>\n";
    }
    return out + html::pageEnd();
}

}  // namespace frontline::cli
