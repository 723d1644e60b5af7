#include "report_html.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/aar.h"
#include "html.h"
#include "ui_strings.h"

namespace frontline::cli {
namespace {

using html::escape;

const char* endingName(std::optional<core::EndingKind> k, const std::string& locale, const game::Terms& l) {
    return k ? game::endingTerm(locale, *k) : l("unfinished");
}

class Page {
public:
    Page(const HtmlReportInput& in)
        : m_in(in), m_s(*in.session), m_r(in.session->report), m_loc(in.locale), m_l(in.locale, "report") {}

    std::string render() {
        const std::string title = std::string(m_l("title")) + " — " + t(m_r.scenarioTitle) + " — " + m_s.record.player;
        m_out = html::pageStart(title, m_loc);
        header();
        aar();
        timeline();
        findings();
        notes();
        realCase();
        footer();
        m_out += html::pageEnd();
        return std::move(m_out);
    }

private:
    std::string t(const core::LocalizedText& text) const { return text.in(m_loc); }
    std::string e(const std::string& s) const { return escape(s); }
    std::string dimensionTitle(const std::string& id) const {
        for (const auto& d : m_r.dimensions)
            if (d.id == id) return t(d.title);
        return id;
    }
    std::vector<const core::Note*> notesOn(std::optional<int> decision) const {
        return m_in.notes ? core::notesOn(*m_in.notes, decision) : std::vector<const core::Note*>{};
    }
    long long decisionMs(std::size_t step) const { return step < m_s.path.size() ? m_s.path[step].decisionMs : 0; }
    std::string choiceLine(const core::ChoiceSummary& c) const {
        return "<span class=\"muted\">[" + e(game::kindTerm(m_loc, c.kind)) + "]</span> " + e(t(c.text));
    }
    void noteBlock(const core::Note& n) {
        m_out += "<div class=\"note\">" + e(n.text);
        if (!n.author.empty() || !n.time.empty())
            m_out += " <span class=\"muted\">— " + e(n.author) + (n.author.empty() ? "" : ", ") + e(n.time) + "</span>";
        m_out += "</div>\n";
    }

    void header() {
        m_out += "<h1>" + e(m_l("title")) + ": " + e(t(m_r.scenarioTitle)) + "</h1>\n";
        m_out += "<p class=\"meta\">" + e(m_l("player")) + ": <strong class=\"player\">" + e(m_s.record.player) +
                 "</strong> · " + e(m_l("recorded")) + ": " + e(m_s.record.startTime) + " · " + e(m_l("seed")) + " " +
                 std::to_string(m_s.record.seed) + "</p>\n";
        if (m_s.record.mode == core::SessionMode::Practice)
            m_out += "<p class=\"card\">" + e(m_l("practice")) + "</p>\n";
        if (m_s.scenarioChanged) m_out += "<p class=\"card\">" + e(m_l("scenario-changed")) + "</p>\n";
        m_out += "<div class=\"summary\">\n<div><div class=\"muted\">" + e(m_l("index")) +
                 "</div><div class=\"index\">" + std::to_string(m_r.index.index) +
                 " <small>/ 100</small></div>\n<div class=\"band\">" + e(t(m_r.bandTitle)) + "</div>\n<div>" +
                 e(m_l("ending")) + ": " +
                 (m_r.complete ? e(t(m_r.endingTitle)) + " (" + e(endingName(m_r.ending, m_loc, m_l)) + ")"
                               : e(m_l("no-ending"))) +
                 "</div></div>\n";
        // The radar shows the dimensions this scenario scores; the others are named once below the table.
        std::vector<html::RadarAxis> axes;
        std::string notScored;
        for (const auto& d : m_r.dimensions) {
            if (d.percent)
                axes.push_back({d.id, t(d.title), d.percent});
            else
                notScored += (notScored.empty() ? "" : ", ") + d.id;
        }
        if (axes.size() < 3) {
            axes.clear();
            for (const auto& d : m_r.dimensions) axes.push_back({d.id, t(d.title), d.percent});
        }
        m_out += "<div>" + html::radarSvg(axes, 300) + "</div>\n";
        m_out +=
            "<div><table class=\"dimensions\"><tr><th>" + e(m_l("principles")) + "</th><th class=\"num\">%</th></tr>\n";
        for (const auto& d : m_r.dimensions) {
            if (!d.percent) continue;
            char pct[16];
            std::snprintf(pct, sizeof pct, "%.0f", *d.percent);
            m_out += "<tr><td>" + e(d.id) + " " + e(t(d.title)) + "</td><td class=\"num\">" + pct + "</td></tr>\n";
        }
        if (!notScored.empty())
            m_out +=
                "<tr><td colspan=\"2\" class=\"muted\">" + e(m_l("not-scored")) + ": " + e(notScored) + "</td></tr>\n";
        m_out += "</table></div>\n</div>\n";
    }

    // The four questions, from the core's review (core/aar.h), which the window's replay viewer shows too.
    void aar() {
        const core::AfterActionReview a = core::afterActionReview(m_r, m_in.best, m_in.bestReport, m_in.notes);
        m_out += "<h2>" + e(m_l("aar")) + "</h2>\n<div class=\"aar\">\n";
        // 1. What was supposed to happen: the best path and its principles.
        m_out += "<div class=\"card planned\"><h3>" + e(m_l("aar-planned")) + "</h3>\n";
        if (a.hasBest) {
            m_out += "<p>" + e(m_l("best-path")) + " (" + e(m_l("best-index")) + " " + std::to_string(a.bestIndex) +
                     "):</p>\n<ol class=\"path best\">\n";
            for (const auto& c : a.bestPath) m_out += "<li>" + choiceLine(c) + "</li>\n";
            m_out += "</ol>\n<p>" + e(m_l("ending")) + ": " + e(t(a.bestEnding)) + "</p>\n";
            if (!a.principles.empty()) {
                m_out += "<p>" + e(m_l("principles")) + ":</p><ul>\n";
                for (const core::DimensionScore* d : a.principles)
                    m_out += "<li>" + e(d->id) + " " + e(t(d->title)) + "</li>\n";
                m_out += "</ul>\n";
            }
        } else {
            m_out += "<p class=\"muted\">" + e(m_l("no-best")) + "</p>\n";
        }
        m_out += "</div>\n";
        // 2. What happened: the trainee's path.
        m_out += "<div class=\"card happened\"><h3>" + e(m_l("aar-happened")) + "</h3>\n<p>" + e(m_l("your-path")) +
                 " (" + e(m_l("index")) + " " + std::to_string(m_r.index.index) +
                 "):</p>\n<ol class=\"path trainee\">\n";
        for (const core::Decision* d : a.path)
            m_out += "<li>" + choiceLine(d->chosen) + " <span class=\"verdict " + toString(d->verdict) + "\">" +
                     e(game::verdictTerm(m_loc, d->verdict)) + "</span></li>\n";
        m_out += "</ol>\n<p>" + e(m_l("ending")) + ": " + (m_r.complete ? e(t(m_r.endingTitle)) : e(m_l("no-ending"))) +
                 "</p>\n";
        if (a.hasBest)
            m_out += "<p class=\"divergence\">" +
                     (a.divergedAt < 0 ? e(m_l("on-best-path"))
                                       : e(m_l("diverged")) + " " + std::to_string(a.divergedAt + 1)) +
                     "</p>\n";
        m_out += "</div>\n";
        // 3. Why: findings and the feedback at each decision where a better action was available.
        m_out += "<div class=\"card why\"><h3>" + e(m_l("aar-why")) + "</h3>\n";
        for (const core::Decision* d : a.divergences)
            m_out += "<p><strong>" + e(m_l("decision")) + " " + std::to_string(d->step + 1) +
                     "</strong>: " + e(t(d->chosen.feedback)) + "</p>\n";
        for (const core::Finding* f : a.negativeFindings) m_out += "<p>" + e(t(f->message)) + "</p>\n";
        if (a.divergences.empty() && a.negativeFindings.empty()) m_out += "<p>" + e(m_l("no-divergence")) + "</p>\n";
        m_out += "</div>\n";
        // 4. What to do differently: the better alternatives, then the facilitator's notes.
        m_out += "<div class=\"card differently\"><h3>" + e(m_l("aar-differently")) + "</h3>\n";
        for (const core::Decision* d : a.divergences)
            m_out += "<p><strong>" + e(m_l("decision")) + " " + std::to_string(d->step + 1) +
                     "</strong>: " + choiceLine(*d->better) + "</p>\n";
        for (const core::Note* n : a.sessionNotes) noteBlock(*n);
        for (const core::Note* n : a.decisionNotes) {
            m_out += "<p class=\"muted\">" + e(m_l("decision")) + " " + std::to_string(*n->decision) + "</p>\n";
            noteBlock(*n);
        }
        m_out += "</div>\n</div>\n";
    }

    void timeline() {
        m_out += "<h2>" + e(m_l("timeline")) + "</h2>\n";
        std::vector<html::Bar> bars;
        for (const auto& d : m_r.decisions) {
            long long ms = decisionMs(d.step);
            bars.push_back({std::to_string(d.step + 1), static_cast<double>(ms), toString(d.verdict),
                            formatDecisionTime(ms, m_loc)});
        }
        m_out += "<p class=\"muted\">" + e(m_l("times")) + "</p>\n" + html::barsSvg(bars) + "\n";
        for (const auto& d : m_r.decisions) {
            m_out += "<div class=\"card decision\" id=\"decision-" + std::to_string(d.step + 1) + "\">\n<h3>" +
                     e(m_l("decision")) + " " + std::to_string(d.step + 1) + " <span class=\"verdict " +
                     toString(d.verdict) + "\">" + e(game::verdictTerm(m_loc, d.verdict)) +
                     "</span> <span class=\"muted time\">" + e(m_l("decision-time")) + " " +
                     e(formatDecisionTime(decisionMs(d.step), m_loc)) +
                     (d.chosen.timeout ? " · " + e(m_l("timeout")) : "") + "</span></h3>\n";
            m_out += "<p class=\"prompt muted\">" + e(t(d.prompt)) + "</p>\n";
            m_out += "<p>" + e(m_l("you")) + ": " + choiceLine(d.chosen) + "</p>\n";
            m_out += "<p>" + e(m_l("feedback")) + ": " + e(t(d.chosen.feedback)) + "</p>\n";
            if (d.repeated) m_out += "<p class=\"muted\">" + e(m_l("repeated")) + "</p>\n";
            if (d.better)
                m_out += "<div class=\"better\">" + e(m_l("better")) + ": " + choiceLine(*d.better) + "<br>" +
                         e(t(d.better->feedback)) + "</div>\n";
            if (!d.principles.empty()) {
                m_out += "<p class=\"muted\">" + e(m_l("at-stake")) + ": ";
                for (std::size_t i = 0; i < d.principles.size(); ++i)
                    m_out += (i ? ", " : "") + e(d.principles[i]) + " " + e(dimensionTitle(d.principles[i]));
                m_out += "</p>\n";
            }
            for (const core::Note* n : notesOn(d.step + 1)) noteBlock(*n);
            m_out += "</div>\n";
        }
    }

    void findings() {
        m_out += "<h2>" + e(m_l("findings")) + "</h2>\n";
        if (m_r.findings.empty()) m_out += "<p class=\"muted\">" + e(m_l("no-findings")) + "</p>\n";
        for (const auto& f : m_r.findings) {
            m_out += std::string("<div class=\"card finding ") + (f.positive ? "positive" : "negative") + "\">" +
                     e(t(f.message));
            if (!f.decisions.empty()) {
                m_out += " <span class=\"muted\">(" + e(m_l("decision"));
                for (int s : f.decisions) m_out += " " + std::to_string(s + 1);
                m_out += ")</span>";
            }
            m_out += "</div>\n";
        }
    }

    void notes() {
        m_out += "<h2>" + e(m_l("notes")) + "</h2>\n";
        if (!m_in.notes || m_in.notes->notes.empty()) {
            m_out += "<p class=\"muted\">" + e(m_l("no-notes")) + "</p>\n";
            return;
        }
        for (const core::Note& n : m_in.notes->notes) {
            m_out += "<p class=\"muted\">" +
                     (n.decision ? e(m_l("decision")) + " " + std::to_string(*n.decision) : e(m_l("session-notes"))) +
                     "</p>\n";
            noteBlock(n);
        }
    }

    void realCase() {
        if (m_r.realCase.empty()) return;
        m_out += "<h2>" + e(m_l("real-case"));
        if (!m_r.cases.empty()) {
            m_out += " (";
            for (std::size_t i = 0; i < m_r.cases.size(); ++i) m_out += (i ? ", " : "") + e(m_r.cases[i]);
            m_out += ")";
        }
        m_out += "</h2>\n<p>" + e(t(m_r.realCase)) + "</p>\n";
    }

    void footer() {
        m_out += "<p class=\"meta\" style=\"margin-top:24px\">" + e(m_l("footer")) + " " + e(m_in.version) + " · " +
                 e(m_s.file) + " · " + e(m_r.scenarioId) + " sha256 " + e(m_r.scenarioSha256.substr(0, 12)) + "…</p>\n";
    }

    const HtmlReportInput& m_in;
    const core::ScoredSession& m_s;
    const core::ScoreReport& m_r;
    std::string m_loc;
    const game::Terms m_l;
    std::string m_out;
};

}  // namespace

std::string formatDecisionTime(long long ms, const std::string& locale) {
    const bool zh = locale == "zh";
    char buf[48];
    if (ms < 60000)
        std::snprintf(buf, sizeof buf, zh ? "%.1f 秒" : "%.1f s", static_cast<double>(ms) / 1000.0);
    else
        std::snprintf(buf, sizeof buf, zh ? "%lld 分 %02lld 秒" : "%lld min %02lld s", ms / 60000, (ms % 60000) / 1000);
    return buf;
}

std::string renderHtmlReport(const HtmlReportInput& input) {
    return Page(input).render();
}

}  // namespace frontline::cli
