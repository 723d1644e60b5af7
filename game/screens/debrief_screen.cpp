// Debrief: the Index and band, a radar chart of the dimensions, a scrollable list that opens with the real case
// behind the scenario (its case ids and real_case text, when it has one), then the timeline of decisions
// (verdict, feedback, the principles at stake with their titles, the better alternative, step-backs and
// timeouts marked) and the findings, and replay / play again / back. The score comes from core::scorePath, the same
// report `frontline score --json` prints.
#include <algorithm>
#include <cmath>
#include <set>

#include "core/score.h"
#include "runtime/radar_chart.h"
#include "runtime/text_layout.h"
#include "runtime/tween.h"
#include "screens/debrief.h"
#include "screens/icons.h"
#include "screens/screens.h"

namespace frontline::game {
namespace {

using runtime::Action;

const sf::FloatRect listArea{604, 128, 640, 494};

struct ListItem {
    float y = 0, height = 0;  // in list coordinates
    enum Kind { Heading, RealCase, Decision, Finding } kind = Decision;
    int index = -1;  // into report decisions / findings
    runtime::Paragraph title, body, principles, better;
    bool steppedBack = false;
};

class DebriefScreen : public runtime::Screen {
public:
    DebriefScreen(GameContext& ctx, DebriefInput input) : m_ctx(ctx), m_in(std::move(input)) {
        score();
        m_focus.add("list", listArea);
        m_focus.add("replay", {604, 640, 200, 54});
        m_focus.add("again", {824, 640, 200, 54});
        m_focus.add("menu", {1044, 640, 200, 54});
        m_focus.focus("again");
        m_reveal.start(0, 1, 1.1, runtime::Ease::OutCubic);
    }
    std::string_view name() const override { return "debrief"; }

    void score() {
        const core::Scenario& sc = *m_in.scenario;
        const core::Rubric& r = m_ctx.catalog.rubricOf(sc);
        std::vector<std::string> ids;
        for (const auto& step : m_in.session.path())
            ids.push_back(
                sc.nodes[static_cast<std::size_t>(step.node)].choices[static_cast<std::size_t>(step.choice)].id);
        auto result = core::scorePath(sc, r, ids);
        if (!result.report) {
            m_error = result.diagnostics.empty() ? "cannot score" : core::format(result.diagnostics.front());
            return;
        }
        m_report = std::move(*result.report);
        // Practice (steps back allowed) is not for grading, so it never sets the best Index; nor does the tour.
        m_newBest = m_report->complete && m_in.session.mode() == core::SessionMode::Graded && !m_ctx.options.tour &&
                    m_ctx.best.record(sc.id, m_report->index.index);
        // Which decisions were redone after a step back: walk the record, depth = decisions standing.
        int depth = 0;
        for (const auto& e : m_in.record.events) {
            if (e.type == core::EventType::Undo)
                m_steppedBack.insert(--depth);
            else
                ++depth;
        }
    }

    // ---- layout of the scrolling list (rebuilt when language or text size changes) --------------------------

    void layout() {
        m_items.clear();
        if (!m_report) return;
        Theme th = m_ctx.theme();
        const std::string& loc = m_ctx.locale();
        const float w = listArea.width - 48;
        float y = 0;
        auto heading = [&](const std::string& text) {
            ListItem it;
            it.kind = ListItem::Heading;
            it.title.set(text, {th.fontFor(text), th.size(20), th.colors->text, true, 1.3f}, w);
            it.y = y;
            it.height = it.title.height() + 10;
            y += it.height;
            m_items.push_back(std::move(it));
        };
        if (!m_report->realCase.empty()) {
            // The real case first: what happened in the source case and what it teaches.
            std::string cases;
            for (const std::string& c : m_report->cases) cases += (cases.empty() ? "" : ", ") + c;
            ListItem it;
            it.kind = ListItem::RealCase;
            std::string title = m_ctx.tr("debrief.realcase") + (cases.empty() ? "" : "  ·  " + cases);
            it.title.set(title, {th.fontFor(title), th.size(17), th.colors->accent, true, 1.4f}, w - 40);
            it.body.set(m_report->realCase.in(loc),
                        {th.fontFor(m_report->realCase.in(loc)), th.size(15), th.colors->text, false, 1.5f}, w - 40);
            it.y = y;
            it.height = 14 + it.title.height() + 6 + it.body.height() + 12;
            y += it.height + 20;
            m_items.push_back(std::move(it));
        }
        heading(m_ctx.tr("debrief.timeline"));
        for (std::size_t i = 0; i < m_report->decisions.size(); ++i) {
            const core::Decision& d = m_report->decisions[i];
            ListItem it;
            it.kind = ListItem::Decision;
            it.index = static_cast<int>(i);
            it.steppedBack = m_steppedBack.count(d.step) > 0;
            it.title.set(d.chosen.text.in(loc),
                         {th.fontFor(d.chosen.text.in(loc)), th.size(17), th.colors->text, true, 1.4f}, w - 40);
            it.body.set(d.chosen.feedback.in(loc),
                        {th.fontFor(d.chosen.feedback.in(loc)), th.size(15), th.colors->textDim, false, 1.45f}, w - 40);
            if (!d.principles.empty()) {
                std::string principles = principleLine(d);
                it.principles.set(principles, {th.fontFor(principles), th.size(14), th.colors->accent, false, 1.4f},
                                  w - 40);
            }
            if (d.better) {
                std::string better = m_ctx.tr("debrief.better") + ": " + d.better->text.in(loc);
                it.better.set(better, {th.fontFor(better), th.size(15), th.colors->good, false, 1.45f}, w - 40);
            }
            it.y = y;
            it.height = 46 + it.title.height() + 6 + it.body.height() +
                        (d.principles.empty() ? 0 : it.principles.height() + 6) +
                        (d.better ? it.better.height() + 8 : 0) + 14;
            y += it.height + 12;
            m_items.push_back(std::move(it));
        }
        y += 8;
        heading(m_ctx.tr("debrief.findings"));
        if (m_report->findings.empty()) {
            ListItem it;
            it.kind = ListItem::Finding;
            it.body.set(m_ctx.tr("debrief.nofindings"),
                        {th.fontFor(m_ctx.tr("debrief.nofindings")), th.size(15), th.colors->textDim, false, 1.45f},
                        w - 40);
            it.y = y;
            it.height = it.body.height() + 24;
            y += it.height + 12;
            m_items.push_back(std::move(it));
        }
        for (std::size_t i = 0; i < m_report->findings.size(); ++i) {
            ListItem it;
            it.kind = ListItem::Finding;
            it.index = static_cast<int>(i);
            it.body.set(m_report->findings[i].message.in(loc),
                        {th.fontFor(m_report->findings[i].message.in(loc)), th.size(15), th.colors->text, false, 1.45f},
                        w - 40);
            it.y = y;
            it.height = it.body.height() + 24;
            y += it.height + 12;
            m_items.push_back(std::move(it));
        }
        m_contentHeight = y;
    }

    // "Principles: P3 Listening for unexpressed needs · P7 Responsiveness", with the rubric's titles.
    std::string principleLine(const core::Decision& d) const {
        std::string line = m_ctx.tr("debrief.principles");
        for (std::size_t k = 0; k < d.principles.size(); ++k) {
            line += (k == 0 ? "" : "  ·  ") + d.principles[k];
            for (const auto& dim : m_report->dimensions)
                if (dim.id == d.principles[k] && !dim.title.in(m_ctx.locale()).empty())
                    line += " " + dim.title.in(m_ctx.locale());
        }
        return line;
    }

    // ---- input ---------------------------------------------------------------------------------------------

    void scrollBy(float dy) {
        m_scrollTarget = std::clamp(m_scrollTarget + dy, 0.f, std::max(0.f, m_contentHeight - listArea.height + 16));
        m_scroll.retarget(m_scrollTarget, 0.2);
    }

    void onAction(Action a) override {
        if (a == Action::ToggleLanguage) return m_ctx.toggleLanguage();
        if (a == Action::ScrollDown) return scrollBy(listArea.height * 0.8f);
        if (a == Action::ScrollUp) return scrollBy(-listArea.height * 0.8f);
        if (m_focus.focused() == "list" && (a == Action::Up || a == Action::Down)) {
            if (a == Action::Down && m_scrollTarget >= m_contentHeight - listArea.height)
                m_focus.navigate(a);
            else if (a == Action::Up && m_scrollTarget <= 0)
                return;
            else
                return scrollBy(a == Action::Down ? 90.f : -90.f);
        }
        if (m_focus.navigate(a)) {
            m_ctx.sound(runtime::Tone::Click);
            return;
        }
        if (a == Action::Back) return activate("menu");
        if (a == Action::Confirm) activate(m_focus.focused());
    }
    void onMouseMove(sf::Vector2f p) override { m_focus.hover(p); }
    void onMouseClick(sf::Vector2f p) override {
        if (auto id = m_focus.hit(p); id && *id != "list") activate(*id);
    }
    void onWheel(float delta) override { scrollBy(-delta * 70); }

    void activate(const std::string& id) {
        auto& screens = m_ctx.app.screens();
        m_ctx.sound(runtime::Tone::Click);
        PlayStart start;
        start.scenario = m_in.scenario;
        start.practice = m_in.session.mode() == core::SessionMode::Practice;
        if (id == "replay") {
            screens.push(makeReplayScreen(m_ctx, *m_in.scenario, m_in.record, m_in.recordFile));
        } else if (id == "again") {
            screens.pop();
            screens.push(makePlayScreen(m_ctx, start));
        } else if (id == "menu") {
            screens.pop();
        }
    }

    void update(double dt) override {
        m_time += dt;
        m_reveal.update(dt);
        m_scroll.update(dt);
        DebriefStatus& s = m_ctx.debrief;
        s.settled = m_reveal.done();
        s.player = m_in.record.player;
        s.sessionFile = m_in.recordFile;
        s.mode = core::toString(m_in.session.mode());
        std::string signature =
            m_ctx.locale() + std::to_string(m_ctx.settings.textSize) + (m_ctx.settings.highContrast ? "h" : "");
        if (signature != m_signature) {
            m_signature = signature;
            layout();
            scrollBy(0);
        }
    }

    // ---- drawing -------------------------------------------------------------------------------------------

    sf::Color verdictColor(core::Verdict v, const Palette& p) const {
        return v == core::Verdict::Good ? p.good : v == core::Verdict::Mixed ? p.mixed : p.poor;
    }

    void drawSummary(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        const std::string& loc = m_ctx.locale();
        sf::FloatRect card{36, 128, 548, 120};
        fillRoundedRect(t, card, 16, p.panel, p.border, 1);
        // The count-up ends on the report's Index itself (the number `frontline score` prints), not a product.
        int index = m_reveal.done() ? m_report->index.index
                                    : std::min(m_report->index.index - 1,
                                               static_cast<int>(std::floor(m_reveal.value() * m_report->index.index)));
        index = std::max(0, index);
        m_ctx.debrief.indexShown = index;
        sf::Color bandColor = m_report->index.index >= 75 ? p.good : m_report->index.index >= 50 ? p.mixed : p.poor;
        drawText(t, th, m_ctx.tr("debrief.index"), th.size(16), {card.left + 24, card.top + 18}, p.textDim);
        drawText(t, th, std::to_string(index), 64, {card.left + 24, card.top + 44}, bandColor, true);
        float x = card.left + 160;
        drawText(t, th, m_ctx.tr("debrief.band"), th.size(15), {x, card.top + 48}, p.textDim);
        if (m_newBest)
            drawChip(t, th, {card.left + card.width - 130, card.top + 16}, "★ " + m_ctx.tr("debrief.newbest"), p.focus,
                     14);
        // A verdict tally: good / mixed / poor.
        int counts[3] = {0, 0, 0};
        for (const auto& d : m_report->decisions) ++counts[static_cast<int>(d.verdict)];
        float cx = card.left + card.width - 24;
        const char* keys[] = {"debrief.poor", "debrief.mixed", "debrief.good"};
        core::Verdict vs[] = {core::Verdict::Poor, core::Verdict::Mixed, core::Verdict::Good};
        for (int i = 0; i < 3; ++i) {
            std::string label = m_ctx.tr(keys[i]) + " " + std::to_string(counts[static_cast<int>(vs[i])]);
            float w = measureText(th, label, th.size(14)) + 20;
            cx -= w;
            drawChip(t, th, {cx, card.top + 78}, label, verdictColor(vs[i], p), 14);
            cx -= 8;
        }
        // The band title shares the row with the tally: a long one ("Customer-centric", 以客户为中心的典范) shrinks.
        const std::string& band = m_report->bandTitle.in(loc);
        unsigned bandSize = th.size(24);
        while (bandSize > 14 && x + measureText(th, band, bandSize, true) > cx - 4) --bandSize;
        drawText(t, th, band, bandSize, {x, card.top + 72 + static_cast<float>(th.size(24) - bandSize) / 2}, p.text,
                 true);
    }

    void drawChart(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        sf::FloatRect panel{36, 264, 548, 430};
        fillRoundedRect(t, panel, 16, p.panel, p.border, 1);
        drawText(t, th, m_ctx.tr("debrief.dimensions"), th.size(18), {panel.left + 24, panel.top + 16}, p.text, true);
        std::vector<RadarAxis> axes;
        std::string labels;  // all of them, to choose one font
        float grow = m_reveal.value();
        for (const auto& d : m_report->dimensions) {
            if (!d.included) continue;
            std::string label = d.id + " " + std::to_string(static_cast<int>(std::lround(d.percent.value_or(0))));
            labels += label;
            axes.push_back({runtime::fromUtf8(label), static_cast<float>(d.percent.value_or(0) / 100.0) * grow});
        }
        if (axes.size() < 3) {  // too few dimensions move in this scenario for a polygon: list them instead
            float y = panel.top + 70;
            for (const auto& d : m_report->dimensions) {
                if (!d.included) continue;
                drawText(t, th, d.id + "  " + d.title.in(m_ctx.locale()), th.size(16), {panel.left + 24, y}, p.text);
                drawMeter(t, th, {panel.left + 300, y + 4, 200, 12},
                          static_cast<float>(d.percent.value_or(0) / 100) * grow, p.accent);
                y += 34;
            }
            return;
        }
        RadarStyle style;
        style.fill = withAlpha(p.accent, 0.42f);
        style.outline = p.accent;
        style.grid = withAlpha(p.text, 0.22f);
        style.axis = withAlpha(p.text, 0.35f);
        style.label = p.text;
        style.characterSize = th.size(14);
        drawRadarChart(t, {panel.left + panel.width / 2, panel.top + 236}, 138, axes, *th.fontFor(labels), style);
        // Legend of the weakest dimension: where to practise next.
        const core::DimensionScore* weakest = nullptr;
        for (const auto& d : m_report->dimensions)
            if (d.included && (!weakest || d.percent.value_or(0) < weakest->percent.value_or(0))) weakest = &d;
        if (weakest)
            drawText(t, th, "↓ " + weakest->id + " " + weakest->title.in(m_ctx.locale()), th.size(15),
                     {panel.left + 24, panel.top + panel.height - 34}, p.mixed);
    }

    void drawList(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        bool focused = m_focus.isFocused("list");
        fillRoundedRect(t, listArea, 16, p.panel, focused ? p.accent : p.border, focused ? 2.f : 1.f);
        sf::View base = t.getView();
        sf::FloatRect inner{listArea.left + 8, listArea.top + 8, listArea.width - 16, listArea.height - 16};
        sf::View clip(sf::FloatRect(inner.left, inner.top + m_scroll.value(), inner.width, inner.height));
        clip.setViewport({inner.left / 1280.f, inner.top / 720.f, inner.width / 1280.f, inner.height / 720.f});
        t.setView(clip);
        const float x0 = inner.left + 16, top = inner.top + 8;
        for (const auto& it : m_items) {
            float y = top + it.y;
            if (y > inner.top + m_scroll.value() + inner.height || y + it.height < inner.top + m_scroll.value())
                continue;
            if (it.kind == ListItem::Heading) {
                it.title.draw(t, {x0, y});
                continue;
            }
            if (it.kind == ListItem::RealCase) {
                fillRoundedRect(t, {x0, y, inner.width - 32, it.height}, 10, mix(p.panelRaised, p.accent, 0.08f),
                                withAlpha(p.accent, 0.6f), 1);
                fillRoundedRect(t, {x0, y, 6, it.height}, 3, p.accent);
                it.title.draw(t, {x0 + 18, y + 12});
                it.body.draw(t, {x0 + 18, y + 12 + it.title.height() + 6});
                continue;
            }
            if (it.kind == ListItem::Finding) {
                bool positive = it.index >= 0 && m_report->findings[static_cast<std::size_t>(it.index)].positive;
                sf::Color c = it.index < 0 ? p.textDim : positive ? p.good : p.poor;
                fillRoundedRect(t, {x0, y, inner.width - 32, it.height}, 10, p.panelRaised);
                fillRoundedRect(t, {x0, y, 6, it.height}, 3, c);
                if (it.index >= 0) drawText(t, th, positive ? "✓" : "!", th.size(16), {x0 + 16, y + 11}, c, true);
                it.body.draw(t, {x0 + 40, y + 11});
                continue;
            }
            const core::Decision& d = m_report->decisions[static_cast<std::size_t>(it.index)];
            sf::Color vc = verdictColor(d.verdict, p);
            fillRoundedRect(t, {x0, y, inner.width - 32, it.height}, 10, p.panelRaised);
            fillRoundedRect(t, {x0, y, 6, it.height}, 3, vc);
            float cx = x0 + 18;
            drawText(t, th, "#" + std::to_string(d.step + 1), th.size(15), {cx, y + 13}, p.textDim, true);
            cx += 40;
            cx +=
                drawChip(t, th, {cx, y + 9}, m_ctx.tr(std::string("debrief.") + core::toString(d.verdict)), vc, 13) + 8;
            sf::Color kc = d.chosen.kind == core::ChoiceKind::Listen    ? p.listen
                           : d.chosen.kind == core::ChoiceKind::Respond ? p.respond
                                                                        : p.escalate;
            drawKindIcon(t, d.chosen.kind, {cx + 10, y + 21}, 8, kc);
            cx += 22;
            cx += drawText(t, th, m_ctx.tr(std::string("kind.") + core::toString(d.chosen.kind)), th.size(13),
                           {cx, y + 14}, kc, true) +
                  10;
            const bool timedOut = d.step < static_cast<int>(m_in.session.path().size()) &&
                                  m_in.session.path()[static_cast<std::size_t>(d.step)].timedOut;
            if (timedOut) cx += drawText(t, th, m_ctx.tr("debrief.timedout"), th.size(13), {cx, y + 14}, p.mixed) + 6;
            if (it.steppedBack) drawText(t, th, m_ctx.tr("debrief.steppedback"), th.size(13), {cx, y + 14}, p.accent);
            float ty = y + 42;
            it.title.draw(t, {x0 + 18, ty});
            ty += it.title.height() + 6;
            it.body.draw(t, {x0 + 18, ty});
            ty += it.body.height() + 8;
            if (!d.principles.empty()) {
                it.principles.draw(t, {x0 + 18, ty});
                ty += it.principles.height() + 6;
            }
            if (d.better) it.better.draw(t, {x0 + 18, ty});
        }
        t.setView(base);
        // Scroll bar.
        if (m_contentHeight > inner.height) {
            float frac = inner.height / m_contentHeight;
            float pos = m_scroll.value() / std::max(1.f, m_contentHeight - inner.height);
            float h = std::max(30.f, inner.height * frac);
            fillRoundedRect(
                t,
                {listArea.left + listArea.width - 10, inner.top + (inner.height - h) * std::clamp(pos, 0.f, 1.f), 4, h},
                2, withAlpha(p.textDim, 0.7f));
        }
    }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        drawBackdrop(t, m_ctx, 0);
        const std::string& loc = m_ctx.locale();
        float x = 36;
        x += drawText(t, th, m_ctx.tr("debrief.title"), th.size(32), {x, 36}, p.text, true) + 20;
        drawText(t, th, m_in.scenario->title.in(loc), th.size(20), {x, 46}, p.textDim);
        float y = 90, cx = 36;
        bool practice = m_in.session.mode() == core::SessionMode::Practice;
        cx += drawChip(t, th, {cx, y}, m_ctx.tr(practice ? "debrief.practice" : "debrief.graded"),
                       practice ? p.good : p.accent, 14) +
              8;
        if (!m_in.record.player.empty())
            cx += drawChip(t, th, {cx, y}, m_ctx.tr("debrief.player") + m_in.record.player, p.textDim, 14) + 8;
        if (m_report && m_report->ending) {
            sf::Color ec = *m_report->ending == core::EndingKind::Won       ? p.good
                           : *m_report->ending == core::EndingKind::Partial ? p.mixed
                                                                            : p.poor;
            cx += drawChip(t, th, {cx, y},
                           m_ctx.tr(std::string("ending.") + core::toString(*m_report->ending)) + " · " +
                               m_report->endingTitle.in(loc),
                           ec, 14) +
                  8;
        }
        if (!m_report) {
            drawText(t, th, m_error, 18, {36, 200}, p.poor);
        } else {
            drawSummary(t, th);
            drawChart(t, th);
            drawList(t, th);
        }
        drawButton(t, th, *m_focus.rect("replay"), m_ctx.tr("debrief.replay"), m_focus.isFocused("replay"), 19);
        drawButton(t, th, *m_focus.rect("again"), m_ctx.tr("debrief.again"), m_focus.isFocused("again"), 19,
                   mix(p.panelRaised, p.accent, 0.3f));
        drawButton(t, th, *m_focus.rect("menu"), m_ctx.tr("debrief.menu"), m_focus.isFocused("menu"), 19);
    }

private:
    GameContext& m_ctx;
    DebriefInput m_in;
    std::optional<core::ScoreReport> m_report;
    std::string m_error;
    bool m_newBest = false;
    std::set<int> m_steppedBack;
    std::vector<ListItem> m_items;
    float m_contentHeight = 0, m_scrollTarget = 0;
    runtime::Tween m_scroll{0}, m_reveal{0};
    FocusGroup m_focus;
    std::string m_signature;
    double m_time = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeDebriefScreen(GameContext& ctx, DebriefInput input) {
    return std::make_unique<DebriefScreen>(ctx, std::move(input));
}

}  // namespace frontline::game
