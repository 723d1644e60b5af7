// What every screen of the game shares: the app, options from the command line, settings, the scenario
// catalog, best scores, sounds, the theme, and the status the play screen publishes for automation.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/app.h"
#include "runtime/debug_panel.h"
#include "runtime/fonts.h"
#include "runtime/tones.h"
#include "screens/catalog.h"
#include "screens/settings.h"
#include "screens/strings.h"
#include "screens/theme.h"

namespace frontline::game {

struct WindowOptions {
    std::string scenario;                 // --scenario: preselected on the select screen, played by autoplay
    std::string locale;                   // --locale; "" = from settings
    std::uint64_t seed = 0;
    bool seedGiven = false;
    bool practice = false;
    bool autoplay = false;
    std::vector<std::string> autoplaySteps;  // "2", "1", "t" (let the timer run out)
    std::string screenshotDir;
    std::string sound;                    // --sound on|off for this run; "" = the saved setting (autoplay: off)
    int framesPerStep = 20;
    unsigned width = 1280, height = 720;
};

// Published by the play screen every update; read by the autoplay director and the debug panel.
struct PlayStatus {
    bool ready = false;        // choices can be taken (no act card, text fully shown)
    bool timed = false;        // the current node has a time limit
    double timeLeft = 0;
    bool ending = false;       // an ending is on screen
    int decisions = 0;         // decisions taken so far on the path
    int choicesShown = 0;
};

class GameContext {
public:
    GameContext(runtime::App& app, WindowOptions options, runtime::FontChoice fontChoice, const sf::Font* font);

    runtime::App& app;
    WindowOptions options;
    runtime::FontChoice fontChoice;
    UiFonts fonts;             // the given Chinese-capable font plus a Latin face for English, found here
    Settings settings;
    BestScores best;
    Catalog catalog;
    runtime::TonePlayer tones;
    bool practice = false;     // the mode chosen on the select screen

    // Debug panel (F1) and automation.
    bool debugOpen = false;
    runtime::DebugView debug;
    PlayStatus play;

    Theme theme() const;       // everything a screen draws with, fonts included
    const std::string& locale() const { return settings.locale; }
    const std::string& tr(std::string_view key) const { return game::tr(settings.locale, key); }
    std::string other(std::string_view key) const { return game::tr(settings.locale == "zh" ? "en" : "zh", key); }
    void toggleLanguage();
    void settingsChanged();    // saves (unless automated) and applies sound
    bool automated() const { return options.autoplay; }
    std::uint64_t newSeed();   // --seed, or a fresh one per session
    void sound(runtime::Tone tone) { tones.play(tone); }

private:
    std::unique_ptr<sf::Font> m_latinFont;
};

// A full-screen backdrop for menus: gradient plus soft shapes.
void drawBackdrop(sf::RenderTarget& target, const GameContext& ctx, double time);

}  // namespace frontline::game
