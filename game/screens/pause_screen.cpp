// Pause menu over the play screen: resume, restart, settings, quit to the scenario list.
#include "screens/screens.h"

namespace frontline::game {
namespace {

class PauseScreen : public runtime::Screen {
public:
    PauseScreen(GameContext& ctx, const PlayStart& restart) : m_ctx(ctx), m_restart(restart) {
        float y = 260;
        for (const char* id : {"resume", "restart", "settings", "quit"}) {
            m_focus.add(id, {490, y, 300, 56});
            y += 70;
        }
    }
    std::string_view name() const override { return "pause"; }
    bool isOpaque() const override { return false; }

    void onAction(runtime::Action a) override {
        using runtime::Action;
        if (m_focus.navigate(a)) {
            m_ctx.sound(runtime::Tone::Click);
            return;
        }
        if (a == Action::Back)
            activate("resume");
        else if (a == Action::Confirm)
            activate(m_focus.focused());
        else if (a == Action::ToggleLanguage)
            m_ctx.toggleLanguage();
    }
    void onMouseMove(sf::Vector2f p) override { m_focus.hover(p); }
    void onMouseClick(sf::Vector2f p) override {
        if (auto id = m_focus.hit(p)) activate(*id);
    }

    void activate(const std::string& id) {
        m_ctx.sound(runtime::Tone::Click);
        auto& screens = m_ctx.app.screens();
        if (id == "resume") {
            screens.pop();
        } else if (id == "restart") {
            screens.pop();
            screens.pop();
            screens.push(makePlayScreen(m_ctx, m_restart));
        } else if (id == "settings") {
            screens.push(makeSettingsScreen(m_ctx));
        } else if (id == "quit") {
            screens.pop();
            screens.pop();
        }
    }

    void update(double) override {}

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        drawModalPanel(t, th, {430, 150, 420, 440}, m_ctx.tr("pause.title"), 184);
        const char* labels[] = {"pause.resume", "pause.restart", "menu.settings",
                                m_restart.rehearsal() ? "pause.toeditor" : "pause.quit"};
        const char* ids[] = {"resume", "restart", "settings", "quit"};
        for (int i = 0; i < 4; ++i)
            drawButton(t, th, *m_focus.rect(ids[i]), m_ctx.tr(labels[i]), m_focus.isFocused(ids[i]), 22,
                       i == 0 ? mix(p.panelRaised, p.accent, 0.3f) : sf::Color::Transparent);
        drawTextCentered(t, th, m_ctx.tr("hint.keys"), th.size(16), 640, 676, p.textDim);
    }

private:
    GameContext& m_ctx;
    PlayStart m_restart;
    FocusGroup m_focus;
};

}  // namespace

std::unique_ptr<runtime::Screen> makePauseScreen(GameContext& ctx, const PlayStart& restart) {
    return std::make_unique<PauseScreen>(ctx, restart);
}

}  // namespace frontline::game
