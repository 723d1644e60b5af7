// Dear ImGui 1.86 on an SFML window: SFML events become ImGui io state (KeyMap/KeysDown, mouse, wheel,
// characters, focus, clipboard), drawn with the OpenGL2 backend between pushGLStates/popGLStates.
// A press and release arriving in one frame would be lost, so at most one state change per key or mouse
// button is applied per frame; the rest carries over to the next frame.
// The font atlas holds only the glyphs of the text given to setFont (plus ASCII and UI punctuation).
#pragma once
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>
#include <deque>
#include <string>
#include <string_view>

namespace frontline::runtime {

class ImGuiBridge {
public:
    ImGuiBridge() = default;
    ImGuiBridge(const ImGuiBridge&) = delete;
    ImGuiBridge& operator=(const ImGuiBridge&) = delete;
    ~ImGuiBridge();

    void init(sf::RenderWindow& window);
    // (Re)builds the font atlas from `fontPath` face `faceIndex` with the glyphs `usedText` needs.
    bool setFont(const std::string& fontPath, int faceIndex, float pixelSize, std::string_view usedText);

    void processEvent(const sf::Event& event);
    void newFrame(const sf::RenderWindow& window, float dt);  // applies queued input, then ImGui::NewFrame
    void render(sf::RenderWindow& window);                    // ImGui::Render and draw

    bool wantsMouse() const;
    bool wantsKeyboard() const;

private:
    struct Change {
        int index;
        bool down;
        bool mouse;
    };
    bool m_initialised = false;
    bool m_fontDirty = false;
    std::deque<Change> m_pending;
    float m_wheel = 0, m_wheelH = 0;
    bool m_mouseInside = true;
    sf::Vector2i m_mouse{0, 0};
};

}  // namespace frontline::runtime
