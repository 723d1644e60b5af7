#include "screens/context.h"

#include <chrono>
#include <cmath>
#include <cstdlib>

namespace frontline::game {

GameContext::GameContext(runtime::App& a, WindowOptions o, runtime::FontChoice fc, const sf::Font* f)
    : app(a), options(std::move(o)), fontChoice(std::move(fc)) {
    fonts.cjk = f;
    if (auto latin = runtime::findLatinUiFont()) {
        m_latinFont = std::make_unique<sf::Font>();
        if (m_latinFont->loadFromFile(latin->path)) {
            fonts.latin = m_latinFont.get();
            fonts.latinCoverage = latin->coverage;
        }
    }
    best.load();
    if (!options.autoplay) {
        settings = loadSettings();
    } else {
        settings.sound = false;  // scripted runs are silent unless --sound on, and never touch the player's settings
    }
    if (options.locale == "zh" || options.locale == "en") settings.locale = options.locale;
    if (options.textSize >= 0 && options.textSize <= 2) settings.textSize = options.textSize;
    if (options.sound == "on" || options.sound == "off") settings.sound = options.sound == "on";
    practice = options.practice;
    tones.setEnabled(settings.sound);
    // A scripted run normally renders as fast as it can; with sound it keeps to real time, so the tones sound
    // (and are recorded) as a player would hear them.
    if (options.autoplay && settings.sound) app.window().setFramerateLimit(60);
}

Theme GameContext::theme() const {
    return Theme{&fonts, &palette(settings.highContrast), settings.textScale(), settings.locale == "en"};
}

void GameContext::toggleLanguage() {
    settings.locale = settings.locale == "zh" ? "en" : "zh";
    settingsChanged();
}

void GameContext::settingsChanged() {
    tones.setEnabled(settings.sound);
    if (!automated()) saveSettings(settings);
}

std::string GameContext::playerName() const {
    if (!options.player.empty()) return options.player;
    if (!settings.player.empty()) return settings.player;
    const char* user = std::getenv("USER");
    return user ? user : "";
}

std::uint64_t GameContext::newSeed() {
    if (options.seedGiven || automated()) return options.seed;
    return static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
}

void drawBackdrop(sf::RenderTarget& target, const GameContext& ctx, double time) {
    const Palette& p = palette(ctx.settings.highContrast);
    // Opaque and full-screen: drawn without blending (same pixels, much less work for software GL).
    sf::Vertex quad[] = {
        {{0, 0}, p.backgroundTop}, {{1280, 0}, p.backgroundTop}, {{1280, 720}, p.background}, {{0, 720}, p.background}};
    target.draw(quad, 4, sf::Quads, sf::RenderStates(sf::BlendNone));
    if (ctx.settings.highContrast) return;
    // Soft drifting discs: calm, not distracting.
    for (int i = 0; i < 6; ++i) {
        float phase = static_cast<float>(time) * 0.05f + static_cast<float>(i) * 1.7f;
        float x = 640 + 520 * std::sin(phase * 0.7f + static_cast<float>(i));
        float y = 360 + 260 * std::cos(phase * 0.5f + static_cast<float>(i) * 2.1f);
        float r = 120 + 40 * static_cast<float>(i % 3);
        sf::CircleShape c(r, 48);
        c.setOrigin(r, r);
        c.setPosition(x, y);
        c.setFillColor(withAlpha(i % 2 ? p.accent : p.listen, 0.045f));
        target.draw(c);
    }
    sf::RectangleShape line({1280, 2});
    line.setPosition(0, 660);
    line.setFillColor(withAlpha(p.accent, 0.25f));
    target.draw(line);
}

}  // namespace frontline::game
