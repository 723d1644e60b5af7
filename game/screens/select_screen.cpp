// Scenario select: practice/graded switch, an offer to resume an interrupted session, and one card per
// scenario (title, summary, difficulty, minutes, source case, best Index on this machine).
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "runtime/text_layout.h"
#include "runtime/tween.h"
#include "screens/saved_sessions.h"
#include "screens/screens.h"
#include "text/line_breaker.h"
#include "ui_strings.h"

namespace frontline::game {
namespace {

constexpr float cardW = 572, cardH = 218, gap = 24, gridTop = 196;

class SelectScreen : public runtime::Screen {
public:
    explicit SelectScreen(GameContext& ctx) : m_ctx(ctx) {
        m_resume = findInterruptedSession(ctx.catalog);
        layout();
        const core::Scenario* pre = ctx.options.scenario.empty() ? nullptr : ctx.catalog.findFile(ctx.options.scenario);
        if (pre) {
            for (std::size_t i = 0; i < ctx.catalog.scenarios().size(); ++i)
                if (&ctx.catalog.scenarios()[i] == pre) m_focus.focus("card:" + std::to_string(i));
        } else if (!ctx.catalog.scenarios().empty()) {
            m_focus.focus("card:0");
        }
    }
    std::string_view name() const override { return "select"; }

    float gridTopY() const { return m_resume ? gridTop + 64 : gridTop; }

    void layout() {
        m_focus.clear();
        m_focus.add("mode", {860, 40, 372, 48});
        if (m_resume) m_focus.add("resume", {48, gridTop - 12, 1184, 52});
        const auto& list = m_ctx.catalog.scenarios();
        for (std::size_t i = 0; i < list.size(); ++i) {
            float x = 48 + static_cast<float>(i % 2) * (cardW + gap + 16);
            float y = gridTopY() + static_cast<float>(i / 2) * (cardH + gap);
            m_focus.add("card:" + std::to_string(i), {x, y, cardW, cardH});
        }
        m_focus.add("back", {48, 40, 130, 48});
    }

    void onAction(runtime::Action a) override {
        using runtime::Action;
        if (m_focus.navigate(a)) {
            m_ctx.sound(runtime::Tone::Click);
            return;
        }
        if (a == Action::Back) {
            m_ctx.app.screens().pop();
            return;
        }
        if (a == Action::ToggleLanguage) m_ctx.toggleLanguage();
        if (a == Action::ScrollDown) m_scrollTarget += 300;
        if (a == Action::ScrollUp) m_scrollTarget -= 300;
        if (a == Action::Confirm) activate(m_focus.focused());
    }
    void onMouseMove(sf::Vector2f p) override { m_focus.hover(toContent(p)); }
    void onMouseClick(sf::Vector2f p) override {
        if (auto id = m_focus.hit(toContent(p))) activate(*id);
    }
    void onWheel(float delta) override { m_scrollTarget -= delta * 80; }

    // Cards scroll; the header (mode, back) does not.
    sf::Vector2f toContent(sf::Vector2f p) const { return p.y < 150 ? p : sf::Vector2f{p.x, p.y + m_scroll.value()}; }

    void activate(const std::string& id) {
        m_ctx.sound(runtime::Tone::Choose);
        if (id == "mode") {
            m_ctx.practice = !m_ctx.practice;
        } else if (id == "back") {
            m_ctx.app.screens().pop();
        } else if (id == "resume" && m_resume) {
            PlayStart start;
            start.scenario = m_resume->scenario;
            start.practice = m_resume->practice;
            start.resumeFile = m_resume->file;
            m_ctx.app.screens().push(makePlayScreen(m_ctx, start));
        } else if (id.rfind("card:", 0) == 0) {
            auto i = static_cast<std::size_t>(std::stoi(id.substr(5)));
            PlayStart start;
            start.scenario = &m_ctx.catalog.scenarios()[i];
            start.practice = m_ctx.practice;
            m_ctx.app.screens().push(makePlayScreen(m_ctx, start));
        }
    }

    void onResume() override {
        m_resume = findInterruptedSession(m_ctx.catalog);
        std::string keep = m_focus.focused();
        layout();
        m_focus.focus(m_focus.rect(keep) ? keep : "card:0");
    }

    void update(double dt) override {
        m_time += dt;
        // Keep the focused card in view.
        if (auto r = m_focus.rect(m_focus.focused()); r && r->top > 150) {
            if (r->top - m_scrollTarget < 150) m_scrollTarget = r->top - 170;
            if (r->top + r->height - m_scrollTarget > 700) m_scrollTarget = r->top + r->height - 690;
        }
        float maxScroll = 0;
        const auto n = m_ctx.catalog.scenarios().size();
        if (n > 0) maxScroll = std::max(0.f, gridTopY() + static_cast<float>((n + 1) / 2) * (cardH + gap) - 700);
        m_scrollTarget = std::clamp(m_scrollTarget, 0.f, maxScroll);
        if (std::fabs(m_scroll.target() - m_scrollTarget) > 0.5f) m_scroll.retarget(m_scrollTarget, 0.25);
        m_scroll.update(dt);
    }

    std::string difficultyLabel(const std::string& d) const { return m_ctx.tr("difficulty." + d); }

    // The wrapped title and summary of one card; ICU line breaking is too slow to redo for 25 cards every frame.
    struct CardText {
        runtime::Paragraph title, summary;
    };

    const CardText& cardText(std::size_t i, const Theme& th, const core::Scenario& s, sf::FloatRect r) {
        std::string signature = m_ctx.locale() + std::to_string(th.scale) + (th.colors == &palette(true) ? "h" : "") +
                                std::to_string(reinterpret_cast<std::uintptr_t>(th.fonts));
        if (signature != m_textSignature) {
            m_cardTexts.clear();
            m_textSignature = signature;
        }
        if (m_cardTexts.size() <= i) m_cardTexts.resize(i + 1);
        CardText& c = m_cardTexts[i];
        if (c.title.lineCount() > 0 || c.summary.lineCount() > 0) return c;
        const Palette& p = *th.colors;
        const std::string& loc = m_ctx.locale();
        unsigned titleSize = th.size(24), sumSize = th.size(17);
        c.title.set(s.title.in(loc), {th.fontFor(s.title.in(loc)), titleSize, p.text, true, 1.3f}, r.width - 56);
        const std::string& summary = s.summary.in(loc);
        const sf::Font* sumFont = th.fontFor(summary);
        float y = r.top + 20 + std::min(c.title.height(), titleSize * 2.6f) + 6 + th.size(15) + 24;
        float room = r.top + r.height - 44 - y;
        runtime::TextStyle sumStyle{sumFont, sumSize, p.textDim, false, 1.45f};
        float lineAdvance = static_cast<float>(sumSize) * sumStyle.lineHeight;
        std::size_t maxLines = static_cast<std::size_t>(std::max(1.f, room / lineAdvance));
        // Whole lines only, and a cut summary ends with an ellipsis after a whole word.
        std::string shown = text::shortenToLines(summary, r.width - 56, maxLines, [&](std::string_view t) {
            return static_cast<double>(runtime::textWidth(*sumFont, sumSize, t));
        });
        c.summary.set(shown, sumStyle, r.width - 56);
        return c;
    }

    void drawCard(sf::RenderTarget& t, const Theme& th, std::size_t i, const core::Scenario& s, sf::FloatRect r,
                  bool focused) {
        const Palette& p = *th.colors;
        const CardText& text = cardText(i, th, s, r);
        fillRoundedRect(t, {r.left, r.top + 4, r.width, r.height}, 16, p.shadow);
        fillRoundedRect(t, r, 16, focused ? mix(p.panelRaised, p.accent, 0.12f) : p.panel,
                        focused ? p.accent : p.border, focused ? 2.f : 1.f);
        if (focused) drawFocusRing(t, th, r, 16);
        sf::Color diffColor = s.difficulty == "advanced" ? p.poor : s.difficulty == "intermediate" ? p.mixed : p.good;
        fillRoundedRect(t, {r.left, r.top, 8, r.height}, 4, diffColor);
        float x = r.left + 28, y = r.top + 20;
        unsigned titleSize = th.size(24);
        text.title.draw(t, {x, y - titleSize * 0.12f});
        y += std::min(text.title.height(), titleSize * 2.6f) + 6;
        float cx = x;
        cx += drawChip(t, th, {cx, y}, difficultyLabel(s.difficulty), diffColor) + 8;
        cx += drawChip(t, th, {cx, y}, std::to_string(s.minutes) + " " + m_ctx.tr("select.minutes"), p.accent) + 8;
        std::string cases;
        // A long list (the TM flagship names 13 cases) would run across the neighbouring card.
        if (s.source.cases.size() > 3)
            cases = s.source.cases.front() + " … " + s.source.cases.back();
        else
            for (const auto& c : s.source.cases) cases += (cases.empty() ? "" : " · ") + c;
        if (!cases.empty()) drawChip(t, th, {cx, y}, m_ctx.tr("select.case") + " " + cases, p.textDim);
        y += th.size(15) + 24;
        text.summary.draw(t, {x, y});
        int best = m_ctx.best.best(s.id);
        std::string bestText =
            m_ctx.tr("select.best") + "  " + (best < 0 ? m_ctx.tr("select.none") : std::to_string(best));
        unsigned bs = th.size(16);
        float bw = measureText(th, bestText, bs, best >= 0);
        drawText(t, th, bestText, bs, {r.left + r.width - 24 - bw, r.top + r.height - 34},
                 best >= 0 ? p.good : p.textDim, best >= 0);
    }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        drawBackdrop(t, m_ctx, m_time);
        // Scrolling content
        sf::View base = t.getView();
        sf::View content(sf::FloatRect(0, m_scroll.value(), 1280, 720));
        t.setView(content);
        if (m_resume) {
            auto r = *m_focus.rect("resume");
            bool f = m_focus.isFocused("resume");
            fillRoundedRect(t, r, 12, mix(p.panelRaised, p.good, f ? 0.35f : 0.18f), p.good, 1.5f);
            if (f) drawFocusRing(t, th, r, 12);
            unsigned s = th.size(19);
            std::string text = "↻  " + resumeBannerText(m_ctx.locale(), m_resume->scenario->title.in(m_ctx.locale()),
                                                        m_resume->decisions);
            drawText(t, th, text, s, {r.left + 20, r.top + (r.height - static_cast<float>(s)) / 2}, p.text, true);
        }
        const auto& list = m_ctx.catalog.scenarios();
        const float viewTop = m_scroll.value(), viewBottom = viewTop + 720;
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string id = "card:" + std::to_string(i);
            sf::FloatRect r = *m_focus.rect(id);
            if (r.top + r.height + 8 < viewTop || r.top - 8 > viewBottom) continue;  // off screen (shadow, focus ring)
            drawCard(t, th, i, list[i], r, m_focus.isFocused(id));
        }
        if (list.empty()) drawTextCentered(t, th, m_ctx.tr("select.empty"), th.size(22), 640, 330, p.textDim);
        t.setView(base);
        // Fixed header, opaque: cards scrolled up pass under it, not through the title and the mode hint.
        fillRoundedRect(t, {0, 0, 1280, 150}, 0, p.backgroundTop);
        fillVerticalGradient(t, {0, 150, 1280, 16}, p.backgroundTop, withAlpha(p.backgroundTop, 0.0f));
        drawText(t, th, m_ctx.tr("select.title"), th.size(34), {200, 44}, p.text, true);
        drawButton(t, th, *m_focus.rect("back"), "‹ " + m_ctx.tr("select.back"), m_focus.isFocused("back"), 19);
        // Mode switch: two halves, the chosen one filled.
        auto mr = *m_focus.rect("mode");
        bool mf = m_focus.isFocused("mode");
        fillRoundedRect(t, mr, 24, p.panelRaised, p.border, 1);
        sf::FloatRect half{mr.left + (m_ctx.practice ? 0 : mr.width / 2), mr.top, mr.width / 2, mr.height};
        fillRoundedRect(t, half, 24, m_ctx.practice ? p.good : p.accent);
        if (mf) drawFocusRing(t, th, mr, 24);
        unsigned ms = th.size(19);
        float ty = mr.top + (mr.height - static_cast<float>(ms)) / 2;
        drawTextCentered(t, th, m_ctx.tr("mode.practice"), ms, mr.left + mr.width / 4, ty,
                         m_ctx.practice ? sf::Color(16, 22, 32) : p.text, m_ctx.practice);
        drawTextCentered(t, th, m_ctx.tr("mode.graded"), ms, mr.left + mr.width * 3 / 4, ty,
                         !m_ctx.practice ? sf::Color(16, 22, 32) : p.text, !m_ctx.practice);
        drawText(t, th, m_ctx.tr(m_ctx.practice ? "mode.practice.hint" : "mode.graded.hint"), th.size(16), {200, 100},
                 p.textDim);
        if (m_ctx.catalog.failed() > 0)
            drawText(t, th, std::to_string(m_ctx.catalog.failed()) + " " + m_ctx.tr("select.problems"), 15, {48, 696},
                     p.mixed);
    }

private:
    GameContext& m_ctx;
    FocusGroup m_focus;
    std::optional<Interrupted> m_resume;
    runtime::Tween m_scroll{0};
    float m_scrollTarget = 0;
    std::vector<CardText> m_cardTexts;  // per scenario, laid out for m_textSignature
    std::string m_textSignature;
    double m_time = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeSelectScreen(GameContext& ctx) {
    return std::make_unique<SelectScreen>(ctx);
}

}  // namespace frontline::game
