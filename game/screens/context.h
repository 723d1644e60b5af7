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
#include "screens/play_observer.h"
#include "screens/settings.h"
#include "screens/theme.h"
#include "ui_strings.h"

namespace frontline::game {

struct WindowOptions {
    std::string scenario;  // --scenario: preselected on the select screen, played by autoplay
    std::string locale;    // --locale; "" = from settings
    std::uint64_t seed = 0;
    bool seedGiven = false;
    bool practice = false;
    bool autoplay = false;
    std::vector<std::string> autoplaySteps;  // "2", "1", "t" (let the timer run out)
    std::string screenshotDir;
    std::string sound;   // --sound on|off for this run; "" = the saved setting (autoplay: off)
    std::string player;  // --player: the trainee's name for this run; "" = the saved one
    int framesPerStep = 20;
    bool tour = false;       // --tour: play planned paths through every node (screens/tour.h)
    bool tourShots = false;  // --tour-shots: a screenshot of every node the tour shows
    int textSize = -1;       // --text-size: 0 small, 1 medium, 2 large; -1 = from settings
    double timerSpeed = 1;   // how fast node timers run down (the tour lets them run fast)
    unsigned width = 1280, height = 720;
};

// Published by the debrief: what it draws, for automation (the final frame's Index is the score's).
struct DebriefStatus {
    bool settled = false;  // the count-up has reached the Index
    int indexShown = -1;   // the number drawn in the last frame
    std::string player, sessionFile, mode;
};

// Published by the replay viewer: what it shows, for automation and tests (replay.txt).
struct ReplayStatus {
    bool open = false;
    std::string error;  // the viewer could not load the session: why
    std::string file;   // the session file shown ("" when it was never saved)
    int frame = 0;      // 0-based decision shown; == frames - 1: the ending (or where the session stopped)
    int frames = 0;
    bool playing = false, compare = false;
    bool reviewOpen = false;          // the after-action review is shown
    std::vector<std::string> review;  // its lines as shown: "<card 1-4> <text>"
    std::string node, taken;          // the decision's node and the choice taken there
    int focus = -1;                   // the highlighted choice's place among those shown (0-based), -1: none
    std::string feedbackOf;           // the choice whose feedback is shown
    std::vector<std::string> notes;   // the facilitator's notes shown
    std::vector<int> bookmarks;       // 0-based frames
    std::string bookmarkError;        // why the bookmarks could not be kept in NAME.notes.json; "": saved
    int divergedAt = -1;              // where the best path parts (0-based step), -1: never
};

// Published by the class view: what it laid out.
struct ClassViewStatus {
    bool open = false;
    int sessions = 0, nodes = 0, edges = 0;
    std::string error;
    float zoom = 1, panX = 0, panY = 0;  // the view: scale about the area's centre, then a shift (logical px)
};

class GameContext {
public:
    GameContext(runtime::App& app, WindowOptions options, runtime::FontChoice fontChoice, const sf::Font* font);

    runtime::App& app;
    WindowOptions options;
    runtime::FontChoice fontChoice;
    UiFonts fonts;  // the given Chinese-capable font plus a Latin face for English, found here
    Settings settings;
    BestScores best;
    Catalog catalog;
    runtime::TonePlayer tones;
    bool practice = false;  // the mode chosen on the select screen

    // Debug panel (F1) and automation.
    bool debugOpen = false;
    runtime::DebugView debug;
    DebriefStatus debrief;
    ReplayStatus replay;
    ClassViewStatus classView;
    PlayObserver* playObserver = nullptr;  // who watches the play screen (automation); none in a trainee's play

    Theme theme() const;  // everything a screen draws with, fonts included
    const std::string& locale() const { return settings.locale; }
    const std::string& tr(std::string_view key) const { return game::tr(settings.locale, key); }
    std::string other(std::string_view key) const { return game::tr(settings.locale == "zh" ? "en" : "zh", key); }
    void toggleLanguage();
    void settingsChanged();  // saves (unless automated) and applies sound
    bool automated() const { return options.autoplay; }
    std::uint64_t newSeed();         // --seed, or a fresh one per session
    std::string playerName() const;  // --player, else the saved name, else $USER
    void sound(runtime::Tone tone) { tones.play(tone); }

private:
    std::unique_ptr<sf::Font> m_latinFont;
};

// A full-screen backdrop for menus: gradient plus soft shapes.
void drawBackdrop(sf::RenderTarget& target, const GameContext& ctx, double time);

}  // namespace frontline::game
