// Title: the name, a tagline, the trainee's name (asked once, kept in the settings, recorded in every session),
// and Start / Sessions (the recorded sessions, each opening in the replay viewer) / Settings / Quit.
#include <SFML/System/Utf.hpp>
#include <cmath>

#include "screens/screens.h"

namespace frontline::game {
namespace {

class TitleScreen : public runtime::Screen {
public:
    explicit TitleScreen(GameContext& ctx) : m_ctx(ctx) {
        layout();
        m_focus.focus("start");
        // First run: ask for the name at once, offering the login name (a scripted run is given one with
        // --player, or none). Once confirmed it is kept in the settings and not asked again.
        if (ctx.settings.player.empty() && ctx.options.player.empty() && !ctx.automated()) startEditing();
    }
    std::string_view name() const override { return "title"; }
    bool wantsText() const override { return m_editing; }

    void onText(char32_t c) override {
        if (m_draft.size() < 40) m_draft.push_back(c);
    }

    void startEditing() {
        m_editing = true;
        m_draft.clear();
        std::string current = m_ctx.playerName();
        sf::Utf8::toUtf32(current.begin(), current.end(), std::back_inserter(m_draft));
        m_focus.focus("name");
    }

    void finishEditing() {
        m_editing = false;
        std::string name;
        sf::Utf32::toUtf8(m_draft.begin(), m_draft.end(), std::back_inserter(name));
        while (!name.empty() && name.back() == ' ') name.pop_back();
        while (!name.empty() && name.front() == ' ') name.erase(name.begin());
        if (!name.empty()) {
            m_ctx.options.player.clear();  // the name typed here wins over --player from now on
            m_ctx.settings.player = name;
            m_ctx.settingsChanged();
        }
        m_focus.focus("start");
    }

    void layout() {
        m_focus.clear();
        m_focus.add("name", {440, 326, 400, 50});
        float y = 400;
        for (const char* id : {"start", "sessions", "settings", "quit"}) {
            m_focus.add(id, {490, y, 300, 52});
            y += 64;
        }
    }

    void onAction(runtime::Action a) override {
        using runtime::Action;
        if (m_editing) {
            if (a == Action::Confirm || a == Action::Back)
                finishEditing();
            else if (a == Action::StepBack && !m_draft.empty())
                m_draft.pop_back();
            else if (a == Action::Down || a == Action::Up || a == Action::Next || a == Action::Previous) {
                finishEditing();
                m_focus.navigate(a);
            }
            return;
        }
        if (m_focus.navigate(a)) {
            m_ctx.sound(runtime::Tone::Click);
            return;
        }
        if (a == Action::Confirm)
            activate(m_focus.focused());
        else if (a == Action::ToggleLanguage)
            m_ctx.toggleLanguage();
        else if (a == Action::Choose1)
            activate("start");
    }
    void onMouseMove(sf::Vector2f p) override { m_focus.hover(p); }
    void onMouseClick(sf::Vector2f p) override {
        if (m_editing) finishEditing();
        if (auto id = m_focus.hit(p)) activate(*id);
    }

    void activate(const std::string& id) {
        m_ctx.sound(runtime::Tone::Choose);
        if (id == "name")
            startEditing();
        else if (id == "start")
            m_ctx.app.screens().push(makeSelectScreen(m_ctx));
        else if (id == "sessions")
            m_ctx.app.screens().push(makeSessionsScreen(m_ctx));
        else if (id == "settings")
            m_ctx.app.screens().push(makeSettingsScreen(m_ctx));
        else if (id == "quit")
            m_ctx.app.quit(0);
    }

    void update(double dt) override { m_time += dt; }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        drawBackdrop(t, m_ctx, m_time);
        float rise = static_cast<float>(std::max(0.0, 1.0 - m_time * 3.0));
        float y0 = 150 + 30 * rise * rise;
        sf::Color ink = withAlpha(p.text, 1 - rise);
        // Emblem: three rings for listen / respond / escalate.
        sf::Color kinds[] = {p.listen, p.respond, p.escalate};
        for (int i = 0; i < 3; ++i) {
            sf::CircleShape ring(22, 40);
            ring.setOrigin(22, 22);
            ring.setPosition(604 + 36.f * static_cast<float>(i), y0 - 40);
            ring.setFillColor(withAlpha(kinds[i], 0.25f * (1 - rise)));
            ring.setOutlineColor(withAlpha(kinds[i], 1 - rise));
            ring.setOutlineThickness(3);
            t.draw(ring);
        }
        bool zh = m_ctx.locale() == "zh";
        drawTextCentered(t, th, zh ? "前线 Frontline" : "Frontline 前线", 64, 640, y0, ink, true);
        drawTextCentered(t, th, m_ctx.tr("app.subtitle"), th.size(28), 640, y0 + 96, withAlpha(p.accent, 1 - rise));
        drawTextCentered(t, th, m_ctx.tr("app.tagline"), th.size(20), 640, y0 + 146, withAlpha(p.textDim, 1 - rise));
        drawNameField(t, th);
        const char* labels[] = {"menu.start", "sessions.menu", "menu.settings", "menu.quit"};
        const char* ids[] = {"start", "sessions", "settings", "quit"};
        for (int i = 0; i < 4; ++i)
            drawButton(t, th, *m_focus.rect(ids[i]), m_ctx.tr(labels[i]), m_focus.isFocused(ids[i]), 24,
                       i == 0 ? mix(p.panelRaised, p.accent, 0.3f) : sf::Color::Transparent);
        drawTextCentered(t, th, m_ctx.tr("hint.keys"), th.size(16), 640, 676, p.textDim);
        drawText(t, th, std::string("v") + FRONTLINE_VERSION, 14, {20, 684}, withAlpha(p.textDim, 0.7f));
    }

    // "Trainee: <name>" (Enter to change), or while editing the name being typed with a caret.
    void drawNameField(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        sf::FloatRect r = *m_focus.rect("name");
        bool focused = m_focus.isFocused("name");
        fillRoundedRect(t, r, 12, m_editing ? p.panelRaised : withAlpha(p.panelRaised, 0.5f),
                        m_editing ? p.accent : p.border, m_editing ? 2.f : 1.f);
        if (focused && !m_editing) drawFocusRing(t, th, r, 12);
        unsigned size = th.size(19);
        float ty = r.top + (r.height - static_cast<float>(size)) / 2;
        std::string label = m_ctx.tr("title.trainee");
        float x = r.left + 18;
        x += drawText(t, th, label, size, {x, ty}, p.textDim) + 10;
        if (m_editing) {
            std::string draft;
            sf::Utf32::toUtf8(m_draft.begin(), m_draft.end(), std::back_inserter(draft));
            if (draft.empty()) drawText(t, th, m_ctx.tr("title.typename"), size, {x, ty}, withAlpha(p.textDim, 0.7f));
            float w = draft.empty() ? 0 : drawText(t, th, draft, size, {x, ty}, p.text, true);
            if (std::fmod(m_time, 1.0) < 0.6) {
                sf::RectangleShape caret({2, static_cast<float>(size) + 4});
                caret.setPosition(x + w + 2, ty - 1);
                caret.setFillColor(p.accent);
                t.draw(caret);
            }
            drawTextCentered(t, th, m_ctx.tr("title.namehint"), th.size(14), r.left + r.width / 2, r.top + r.height + 6,
                             p.textDim);
        } else {
            std::string name = m_ctx.playerName();
            drawText(t, th, name.empty() ? m_ctx.tr("title.typename") : name, size, {x, ty},
                     name.empty() ? p.textDim : p.text, !name.empty());
        }
    }

private:
    GameContext& m_ctx;
    FocusGroup m_focus;
    bool m_editing = false;
    std::u32string m_draft;
    double m_time = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeTitleScreen(GameContext& ctx) {
    return std::make_unique<TitleScreen>(ctx);
}

}  // namespace frontline::game
