// Sessions (from the title): every session recorded on this computer, newest first, one row each with the
// trainee, the scenario, the date, the Index and whether it reached an ending; Enter or a click opens it in the
// replay viewer; Tab opens the class view of the selected session's scenario (every session of it listed here).
// A file that cannot be read is listed with why, and opening it shows that in the viewer.
#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/recording.h"
#include "screens/play_view.h"
#include "screens/saved_sessions.h"
#include "screens/screens.h"

namespace frontline::game {
namespace {

using runtime::Action;

const sf::FloatRect kList{80, 150, 1120, 480};
constexpr float kRow = 60;

class SessionsScreen : public runtime::Screen {
public:
    explicit SessionsScreen(GameContext& ctx) : m_ctx(ctx) { reload(); }
    std::string_view name() const override { return "sessions"; }

    void reload() { m_rows = listSessions(core::defaultSessionDirectory()); }

    int visibleRows() const { return static_cast<int>(kList.height / kRow); }
    sf::FloatRect rowRect(int i) const {
        return {kList.left, kList.top + kRow * static_cast<float>(i - m_first), kList.width, kRow - 6};
    }
    void select(int i) {
        if (m_rows.empty()) return;
        m_selected = std::clamp(i, 0, static_cast<int>(m_rows.size()) - 1);
        if (m_selected < m_first) m_first = m_selected;
        if (m_selected >= m_first + visibleRows()) m_first = m_selected - visibleRows() + 1;
    }
    void open() {
        if (m_rows.empty()) return;
        m_ctx.sound(runtime::Tone::Choose);
        m_ctx.app.screens().push(makeReplayScreen(m_ctx, m_rows[static_cast<std::size_t>(m_selected)].file));
    }

    void openClass() {
        const SessionSummary& s = m_rows[static_cast<std::size_t>(m_selected)];
        if (!s.readable) return;
        std::vector<std::string> files;
        for (const SessionSummary& r : m_rows)
            if (r.readable && r.scenarioId == s.scenarioId) files.push_back(r.file);
        m_ctx.sound(runtime::Tone::Choose);
        m_ctx.app.screens().push(makeClassScreen(m_ctx, s.scenarioId, files));
    }

    void onAction(Action a) override {
        if (a == Action::Back) return m_ctx.app.screens().pop();
        if (a == Action::ToggleLanguage) return m_ctx.toggleLanguage();
        if (a == Action::Up) select(m_selected - 1);
        if (a == Action::Down) select(m_selected + 1);
        if (a == Action::ScrollUp) select(m_selected - visibleRows());
        if (a == Action::ScrollDown) select(m_selected + visibleRows());
        if (a == Action::Confirm) open();
        if ((a == Action::Next || a == Action::Previous) && !m_rows.empty()) openClass();
    }
    void onMouseMove(sf::Vector2f p) override {
        for (int i = m_first; i < static_cast<int>(m_rows.size()) && i < m_first + visibleRows(); ++i)
            if (rowRect(i).contains(p)) m_selected = i;
    }
    void onMouseClick(sf::Vector2f p) override {
        for (int i = m_first; i < static_cast<int>(m_rows.size()) && i < m_first + visibleRows(); ++i)
            if (rowRect(i).contains(p)) {
                m_selected = i;
                return open();
            }
    }
    void onWheel(float delta) override { select(m_selected - static_cast<int>(delta)); }
    void onResume() override {}
    void update(double dt) override { m_time += dt; }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        const std::string& loc = m_ctx.locale();
        drawBackdrop(t, m_ctx, m_time);
        drawTextCentered(t, th, m_ctx.tr("sessions.title"), th.size(34), 640, 56, p.text, true);
        // Column heads.
        const float cols[] = {kList.left + 20, kList.left + 260, kList.left + 640, kList.left + 860, kList.left + 980};
        const char* heads[] = {"sessions.player", "sessions.scenario", "sessions.date", "sessions.index",
                               "sessions.state"};
        for (int c = 0; c < 5; ++c)
            drawText(t, th, m_ctx.tr(heads[c]), th.size(15), {cols[c], kList.top - 30}, p.textDim);
        if (m_rows.empty())
            drawTextCentered(t, th, m_ctx.tr("sessions.none"), th.size(20), 640, kList.top + 80, p.textDim);
        auto cell = [&](const std::string& text, int c, float y, sf::Color color, bool bold = false) {
            const float width = (c < 4 ? cols[c + 1] : kList.left + kList.width) - cols[c] - 16;
            unsigned size = fitSize(th, text, th.size(17), 11, width, bold);
            drawText(t, th, text, size, {cols[c], y}, color, bold);
        };
        for (int i = m_first; i < static_cast<int>(m_rows.size()) && i < m_first + visibleRows(); ++i) {
            const SessionSummary& s = m_rows[static_cast<std::size_t>(i)];
            sf::FloatRect r = rowRect(i);
            const bool focused = i == m_selected;
            fillRoundedRect(t, r, 10, focused ? mix(p.panelRaised, p.accent, 0.18f) : withAlpha(p.panel, 0.9f),
                            focused ? p.accent : p.border, focused ? 2.f : 1.f);
            if (focused) drawFocusRing(t, th, r, 10);
            const float y = r.top + (r.height - static_cast<float>(th.size(17))) / 2;
            cell(s.player.empty() ? "—" : s.player, 0, y, p.text, true);
            std::string date =
                s.startTime.size() >= 16 ? s.startTime.substr(0, 10) + " " + s.startTime.substr(11, 5) : s.startTime;
            if (!s.readable) {
                std::string name = std::filesystem::path(s.file).filename().string();
                cell(name, 1, y, p.textDim);
                cell(date, 2, y, p.textDim);
                cell(m_ctx.tr("sessions.damaged"), 4, y, p.poor, true);
                continue;
            }
            cell(s.scenarioTitle.empty() ? s.scenarioId : s.scenarioTitle.in(loc), 1, y, p.text);
            cell(date, 2, y, p.textDim);
            cell(std::to_string(s.index), 3, y, p.accent, true);
            cell(m_ctx.tr(s.finished ? "sessions.finished" : "sessions.unfinished"), 4, y,
                 s.finished ? p.good : p.mixed);
        }
        if (!m_rows.empty()) {
            std::string count = std::to_string(m_selected + 1) + " / " + std::to_string(m_rows.size());
            drawTextCentered(t, th, count, th.size(15), 640, kList.top + kList.height + 8, p.textDim);
        }
        drawTextCentered(t, th, m_ctx.tr("sessions.hint"), th.size(16), 640, 676, p.textDim);
    }

private:
    GameContext& m_ctx;
    std::vector<SessionSummary> m_rows;
    int m_selected = 0, m_first = 0;
    double m_time = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeSessionsScreen(GameContext& ctx) {
    return std::make_unique<SessionsScreen>(ctx);
}

}  // namespace frontline::game
