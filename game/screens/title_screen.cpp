// Title: the name, a tagline, and Start / Settings / Quit.
#include <cmath>

#include "screens/screens.h"

namespace frontline::game {
namespace {

class TitleScreen : public runtime::Screen {
public:
    explicit TitleScreen(GameContext& ctx) : m_ctx(ctx) { layout(); }
    std::string_view name() const override { return "title"; }

    void layout() {
        m_focus.clear();
        float y = 400;
        for (const char* id : {"start", "settings", "quit"}) {
            m_focus.add(id, {490, y, 300, 56});
            y += 72;
        }
    }

    void onAction(runtime::Action a) override {
        using runtime::Action;
        if (m_focus.navigate(a)) {
            m_ctx.sound(runtime::Tone::Click);
            return;
        }
        if (a == Action::Confirm) activate(m_focus.focused());
        else if (a == Action::ToggleLanguage) m_ctx.toggleLanguage();
        else if (a == Action::Choose1) activate("start");
    }
    void onMouseMove(sf::Vector2f p) override { m_focus.hover(p); }
    void onMouseClick(sf::Vector2f p) override {
        if (auto id = m_focus.hit(p)) activate(*id);
    }

    void activate(const std::string& id) {
        m_ctx.sound(runtime::Tone::Choose);
        if (id == "start") m_ctx.app.screens().push(makeSelectScreen(m_ctx));
        else if (id == "settings") m_ctx.app.screens().push(makeSettingsScreen(m_ctx));
        else if (id == "quit") m_ctx.app.quit(0);
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
        const char* labels[] = {"menu.start", "menu.settings", "menu.quit"};
        const char* ids[] = {"start", "settings", "quit"};
        for (int i = 0; i < 3; ++i)
            drawButton(t, th, *m_focus.rect(ids[i]), m_ctx.tr(labels[i]), m_focus.isFocused(ids[i]), 24,
                       i == 0 ? mix(p.panelRaised, p.accent, 0.3f) : sf::Color::Transparent);
        drawTextCentered(t, th, m_ctx.tr("hint.keys"), th.size(16), 640, 676, p.textDim);
        drawText(t, th, std::string("v") + FRONTLINE_VERSION, 14, {20, 684}, withAlpha(p.textDim, 0.7f));
    }

private:
    GameContext& m_ctx;
    FocusGroup m_focus;
    double m_time = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeTitleScreen(GameContext& ctx) { return std::make_unique<TitleScreen>(ctx); }

}  // namespace frontline::game
