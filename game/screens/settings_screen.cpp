// Settings: language, text size, high contrast, sound. Left/Right (or a click) changes the focused row;
// changes apply at once and are saved. Drawn over whatever is below (title or pause menu).
#include "screens/screens.h"

namespace frontline::game {
namespace {

class SettingsScreen : public runtime::Screen {
public:
    explicit SettingsScreen(GameContext& ctx) : m_ctx(ctx) {
        float y = 210;
        for (const char* id : {"language", "textsize", "contrast", "sound"}) {
            m_focus.add(id, {330, y, 620, 64});
            y += 80;
        }
        m_focus.add("done", {540, y + 20, 200, 56});
    }
    std::string_view name() const override { return "settings"; }
    bool isOpaque() const override { return false; }

    void onAction(runtime::Action a) override {
        using runtime::Action;
        if (a == Action::Up || a == Action::Down || a == Action::Next || a == Action::Previous) {
            if (m_focus.navigate(a)) m_ctx.sound(runtime::Tone::Click);
            return;
        }
        if (a == Action::Back) return close();
        if (a == Action::ToggleLanguage) return change("language", 1);
        if (a == Action::Left) change(m_focus.focused(), -1);
        if (a == Action::Right) change(m_focus.focused(), 1);
        if (a == Action::Confirm) {
            if (m_focus.focused() == "done")
                close();
            else
                change(m_focus.focused(), 1);
        }
    }
    void onMouseMove(sf::Vector2f p) override { m_focus.hover(p); }
    void onMouseClick(sf::Vector2f p) override {
        auto id = m_focus.hit(p);
        if (!id) return;
        if (*id == "done") return close();
        auto r = *m_focus.rect(*id);
        change(*id, p.x < r.left + r.width * 0.62f ? -1 : 1);
    }

    void close() {
        m_ctx.sound(runtime::Tone::Click);
        m_ctx.app.screens().pop();
    }

    void change(const std::string& id, int direction) {
        Settings& s = m_ctx.settings;
        if (id == "language")
            s.locale = s.locale == "zh" ? "en" : "zh";
        else if (id == "textsize")
            s.textSize = std::clamp(s.textSize + direction, 0, 2);
        else if (id == "contrast")
            s.highContrast = !s.highContrast;
        else if (id == "sound")
            s.sound = !s.sound;
        else
            return;
        m_ctx.settingsChanged();
        m_ctx.sound(runtime::Tone::Click);
    }

    void update(double dt) override { m_time += dt; }

    std::string value(const std::string& id) const {
        const Settings& s = m_ctx.settings;
        if (id == "language") return s.locale == "zh" ? "中文" : "English";
        if (id == "textsize")
            return m_ctx.tr(s.textSize == 0   ? "settings.small"
                            : s.textSize == 2 ? "settings.large"
                                              : "settings.medium");
        if (id == "contrast") return m_ctx.tr(s.highContrast ? "settings.on" : "settings.off");
        return m_ctx.tr(s.sound ? "settings.on" : "settings.off");
    }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        drawModalPanel(t, th, {290, 100, 700, 560}, m_ctx.tr("settings.title"), 130);
        const char* labels[] = {"settings.language", "settings.textsize", "settings.contrast", "settings.sound"};
        const char* ids[] = {"language", "textsize", "contrast", "sound"};
        for (int i = 0; i < 4; ++i) {
            auto r = *m_focus.rect(ids[i]);
            bool focused = m_focus.isFocused(ids[i]);
            fillRoundedRect(t, r, 12, focused ? mix(p.panelRaised, p.accent, 0.18f) : p.panelRaised, p.border, 1);
            if (focused) drawFocusRing(t, th, r, 12);
            unsigned size = th.size(22);
            float ty = r.top + (r.height - static_cast<float>(size)) / 2;
            drawText(t, th, m_ctx.tr(labels[i]), size, {r.left + 24, ty}, p.text);
            // ‹ value › selector on the right
            std::string v = value(ids[i]);
            float cx = r.left + r.width - 130;
            drawTextCentered(t, th, "‹", size, cx - 90, ty, focused ? p.focus : p.textDim, true);
            drawTextCentered(t, th, v, size, cx, ty, p.accent, true);
            drawTextCentered(t, th, "›", size, cx + 90, ty, focused ? p.focus : p.textDim, true);
        }
        drawButton(t, th, *m_focus.rect("done"), m_ctx.tr("settings.done"), m_focus.isFocused("done"), 22);
        drawTextCentered(t, th, m_ctx.tr("settings.hint"), th.size(15), 640, 624,
                         p.textDim);  // inside the panel: the pause hint shows below
    }

private:
    GameContext& m_ctx;
    FocusGroup m_focus;
    double m_time = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeSettingsScreen(GameContext& ctx) {
    return std::make_unique<SettingsScreen>(ctx);
}

}  // namespace frontline::game
