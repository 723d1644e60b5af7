#include "screens/debrief.h"
#include "screens/screens.h"

namespace frontline::game {
namespace {
class DebriefScreen : public runtime::Screen {
public:
    DebriefScreen(GameContext& ctx, DebriefInput input) : m_ctx(ctx), m_in(std::move(input)) {}
    std::string_view name() const override { return "debrief"; }
    void onAction(runtime::Action a) override {
        if (a == runtime::Action::Back || a == runtime::Action::Confirm) m_ctx.app.screens().pop();
    }
    void update(double) override {}
    void draw(sf::RenderTarget& t) override {
        drawBackdrop(t, m_ctx, 0);
        Theme th = m_ctx.theme();
        drawText(t, th, m_ctx.tr("debrief.title"), 34, {48, 40}, th.colors->text, true);
    }
private:
    GameContext& m_ctx;
    DebriefInput m_in;
};
}  // namespace
std::unique_ptr<runtime::Screen> makeDebriefScreen(GameContext& ctx, DebriefInput input) {
    return std::make_unique<DebriefScreen>(ctx, std::move(input));
}
}  // namespace frontline::game
