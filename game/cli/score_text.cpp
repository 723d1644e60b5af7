#include "score_text.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/utf8.h"
#include "text/line_breaker.h"
#include "ui_strings.h"

namespace frontline::cli {

namespace {

using core::ScoreReport;

std::string fmt(const char* f, int a, int b, const std::string& c) {
    char buf[512];
    std::snprintf(buf, sizeof buf, f, a, b, c.c_str());
    return buf;
}

std::string gradesText(const core::Grades& g) {
    std::string out;
    for (const auto& [k, v] : g) {
        if (v == 0) continue;
        out += (out.empty() ? "" : ", ") + k + " " + (v > 0 ? "+" : "") + std::to_string(v);
    }
    return out.empty() ? "0" : out;
}

std::string pad(const std::string& s, int width) {
    int w = text::displayWidth(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

void wrapped(std::ostringstream& out, const std::string& indent, const std::string& s, int columns) {
    int width = std::max(20, columns - text::displayWidth(indent));
    for (const std::string& line : text::wrapColumns(s, width)) out << indent << line << "\n";
}

}  // namespace

std::string renderScoreReport(const ScoreReport& r, const std::string& locale, int columns, const std::string& player) {
    const bool zh = locale == "zh";
    const game::Terms L(locale, "score");
    std::ostringstream out;
    out << L("title") << " — " << r.scenarioTitle.in(locale) << "\n";
    if (!player.empty()) out << L("player") << L("colon") << core::printable(player) << "\n";
    if (r.complete)
        out << L("ending") << L("colon") << r.endingTitle.in(locale) << L("open") << game::endingTerm(locale, *r.ending)
            << L("close") << "\n";
    else
        out << L("no-ending") << "\n";
    out << "\n" << L("index") << L("colon") << r.index.index << " / 100 — " << r.bandTitle.in(locale) << "\n";
    if (r.index.dimensionMean)
        wrapped(out, "  ",
                fmt(L("mean"), static_cast<int>(std::lround(*r.index.dimensionMean * 100)),
                    static_cast<int>(std::lround(r.index.relativeMean * 100)),
                    r.complete ? game::endingTerm(locale, *r.ending) : "—"),
                columns);
    if (!r.rangesComplete || !r.rangesExact) wrapped(out, "  ", L("approximate"), columns);

    out << "\n" << L("principles") << "\n";
    int titleWidth = 0;
    for (const auto& d : r.dimensions)
        if (d.included) titleWidth = std::max(titleWidth, text::displayWidth(d.id + " " + d.title.in(locale)));
    std::string excluded;
    for (const auto& d : r.dimensions) {
        if (!d.included) {
            excluded += (excluded.empty() ? "" : ", ") + d.id;
            continue;
        }
        int cells = static_cast<int>(std::lround(*d.percent / 5.0));
        std::string bar;
        for (int i = 0; i < 20; ++i) bar += i < cells ? "█" : "░";
        char pct[32];
        std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(std::lround(*d.percent)));
        out << "  " << pad(d.id + " " + d.title.in(locale), titleWidth) << "  " << bar << " " << pct << "  (" << d.total
            << " ∈ " << d.min << "…" << d.max << ")\n";
    }
    if (!excluded.empty()) wrapped(out, "  ", std::string(L("excluded")) + L("colon") + excluded, columns);

    out << "\n" << L("decisions") << "\n";
    for (const auto& d : r.decisions) {
        const char* verdict = d.verdict == core::Verdict::Good    ? L("good")
                              : d.verdict == core::Verdict::Mixed ? L("mixed")
                                                                  : L("poor");
        // The decision is named by what was said there (one line), never by its node id.
        const std::string head = "  " + std::to_string(d.step + 1) + ". [" + verdict + "] ";
        const std::string said =
            text::shortenToLines(d.prompt.in(locale), std::max(20, columns - text::displayWidth(head)), 1,
                                 [](std::string_view s) { return static_cast<double>(text::displayWidth(s)); });
        out << head << said << "\n";
        std::string you = std::string(L("you")) + L("open") + game::kindTerm(locale, d.chosen.kind) +
                          (d.chosen.timeoutOnly ? std::string(L("comma")) + L("timeout") : "") + L("close") +
                          L("colon") + d.chosen.text.in(locale);
        wrapped(out, "     ", you, columns);
        wrapped(out, "       ", std::string(L("grades")) + L("colon") + gradesText(d.chosen.grades), columns);
        wrapped(out, "       ", std::string(L("feedback")) + L("colon") + d.chosen.feedback.in(locale), columns);
        if (d.repeated)
            wrapped(out, "       ", std::string(zh ? "（" : "(") + L("repeated") + (zh ? "）" : ")"), columns);
        if (d.better) {
            wrapped(out, "     ",
                    std::string(L("better")) + L("open") + game::kindTerm(locale, d.better->kind) +
                        (d.better->timeoutOnly ? std::string(L("comma")) + L("timeout") : "") + L("close") +
                        L("colon") + d.better->text.in(locale),
                    columns);
            wrapped(out, "       ", std::string(L("grades")) + L("colon") + gradesText(d.better->grades), columns);
            wrapped(out, "       ", std::string(L("feedback")) + L("colon") + d.better->feedback.in(locale), columns);
        }
    }

    out << "\n" << L("findings") << "\n";
    if (r.findings.empty()) out << "  " << L("no-findings") << "\n";
    for (const auto& f : r.findings) {
        // Labelled by its kind and, for a heuristic, its name; rule ids are the author's, not the trainee's.
        const std::string title = f.title.in(locale);
        std::string head = std::string(f.positive ? "+ " : "− ") + "[" +
                           (f.source == "rule" ? L("rule") : L("heuristic")) +
                           (title.empty() ? "" : L("colon") + title) +
                           (f.grades.empty() ? "" : ", " + gradesText(f.grades)) + "] " + f.message.in(locale);
        wrapped(out, "  ", head, columns);
    }

    if (!r.realCase.empty()) {
        std::string cases;
        for (const std::string& c : r.cases) cases += (cases.empty() ? "" : ", ") + c;
        out << "\n" << L("real-case");
        if (!cases.empty()) out << L("open") << cases << L("close");
        out << "\n";
        wrapped(out, "  ", r.realCase.in(locale), columns);
    }
    return out.str();
}

}  // namespace frontline::cli
