// The application: one window, a screen stack, and the game loop — input, then fixed-step updates (60 Hz),
// then one render. With a simulated clock every loop iteration advances exactly one step, so a scripted run
// (autoplay) produces the same frames on every machine. All layout happens in a 1280x720 logical space that
// the view scales to the window.
#pragma once
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "runtime/imgui_bridge.h"
#include "runtime/screen.h"

namespace frontline::runtime {

inline constexpr float logicalWidth = 1280.f;
inline constexpr float logicalHeight = 720.f;

struct AppConfig {
    unsigned width = 1280, height = 720;
    std::string title = "Frontline";
    bool simulatedClock = false;  // one fixed step per frame, no wall time
    bool vsync = true;
    double step = 1.0 / 60.0;
};

class App {
public:
    explicit App(const AppConfig& config);

    sf::RenderWindow& window() { return m_window; }
    ScreenStack& screens() { return m_screens; }
    ImGuiBridge& imgui() { return m_imgui; }

    // Runs until quit() or the window closes; returns the exit code.
    int run();
    void quit(int exitCode = 0) {
        m_running = false;
        m_exitCode = exitCode;
    }

    // Delivers an action to the top screen at the start of the next frame, exactly like a key press.
    void injectAction(Action action) { m_injected.push_back(action); }
    void injectClick(sf::Vector2f logicalPoint) { m_injectedClicks.push_back(logicalPoint); }
    void injectText(const std::u32string& text) { m_injectedText += text; }  // typed, as TextEntered events
    // Called at the start of every frame, before input (automation, benchmarks).
    void setFrameHook(std::function<void(App&)> hook) { m_frameHook = std::move(hook); }
    // Called after the screens' ImGui, inside the ImGui frame (the debug panel).
    void setOverlay(std::function<void()> overlay) { m_overlay = std::move(overlay); }
    // Called for actions no screen should see (e.g. F1); return true to consume.
    void setGlobalActionHandler(std::function<bool(Action)> handler) { m_global = std::move(handler); }

    long frame() const { return m_frame; }
    double time() const { return m_time; }                          // seconds of game time
    double lastFrameSeconds() const { return m_lastFrameSeconds; }  // wall time of the previous frame's work

    // Saves the next rendered frame as a PNG with alpha forced to 255 (the GL2 ImGui backend writes alpha).
    // Failures are printed and counted.
    void requestScreenshot(const std::string& path) { m_shots.push_back(path); }
    int screenshotFailures() const { return m_shotFailures; }

private:
    void dispatch(Action action);
    void handleEvent(const sf::Event& event);
    void update(double dt);
    void render();
    void drawScreens();
    void applyView();
    bool saveScreenshot(const std::string& path);

    AppConfig m_config;
    sf::RenderWindow m_window;
    ScreenStack m_screens;
    ImGuiBridge m_imgui;
    std::deque<Action> m_injected;
    std::deque<sf::Vector2f> m_injectedClicks;
    std::u32string m_injectedText;
    std::function<void(App&)> m_frameHook;
    std::function<void()> m_overlay;
    std::function<bool(Action)> m_global;
    bool m_running = true;
    int m_exitCode = 0;
    // The picture of the screens under a see-through top screen (pause, settings over play): they are not
    // updated, so it is drawn once, copied, and reused until an event, an action or a stack change.
    sf::Texture m_under;
    bool m_underValid = false;
    std::uint64_t m_underGeneration = 0;
    std::vector<std::string> m_shots;
    int m_shotFailures = 0;
    long m_frame = 0;
    double m_time = 0;
    double m_lastFrameSeconds = 0;
};

}  // namespace frontline::runtime
