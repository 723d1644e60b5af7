#include "runtime/app.h"

#include <imgui.h>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cstdio>

namespace frontline::runtime {

App::App(const AppConfig& config) : m_config(config) {
    sf::ContextSettings settings;
    settings.antialiasingLevel = 0;
    m_window.create(sf::VideoMode(config.width, config.height),
                    sf::String::fromUtf8(config.title.begin(), config.title.end()),
                    sf::Style::Titlebar | sf::Style::Close | sf::Style::Resize, settings);
    m_window.setPosition({0, 0});
    if (config.vsync && !config.simulatedClock) m_window.setVerticalSyncEnabled(true);
    applyView();
    m_imgui.init(m_window);
}

void App::applyView() {
    sf::View view(sf::FloatRect(0, 0, logicalWidth, logicalHeight));
    m_window.setView(view);
}

void App::dispatch(Action action) {
    m_underValid = false;
    if (m_global && m_global(action)) return;
    if (Screen* top = m_screens.top()) top->onAction(action);
}

namespace {
bool keepsActionWhileTyping(sf::Keyboard::Key k) {
    return k == sf::Keyboard::Enter || k == sf::Keyboard::Escape || k == sf::Keyboard::BackSpace ||
           k == sf::Keyboard::Tab || k == sf::Keyboard::Up || k == sf::Keyboard::Down || k == sf::Keyboard::Left ||
           k == sf::Keyboard::Right || (k >= sf::Keyboard::F1 && k <= sf::Keyboard::F15);
}
}  // namespace

void App::handleEvent(const sf::Event& event) {
    m_underValid = false;
    m_imgui.processEvent(event);
    Screen* top = m_screens.top();
    switch (event.type) {
        case sf::Event::Closed:
            quit(0);
            break;
        case sf::Event::Resized:
            applyView();
            break;
        case sf::Event::KeyPressed:
            if (m_imgui.wantsKeyboard() && event.key.code != sf::Keyboard::F1) break;
            if (top && top->wantsText() && !keepsActionWhileTyping(event.key.code)) break;
            if (auto action = actionForKey(event.key)) dispatch(*action);
            break;
        case sf::Event::TextEntered:
            if (top && top->wantsText() && event.text.unicode >= 32 && event.text.unicode != 127)
                top->onText(static_cast<char32_t>(event.text.unicode));
            break;
        case sf::Event::MouseMoved:
            if (top && !m_imgui.wantsMouse())
                top->onMouseMove(m_window.mapPixelToCoords({event.mouseMove.x, event.mouseMove.y}));
            break;
        case sf::Event::MouseButtonPressed:
            if (top && !m_imgui.wantsMouse() && event.mouseButton.button == sf::Mouse::Left)
                top->onMouseClick(m_window.mapPixelToCoords({event.mouseButton.x, event.mouseButton.y}));
            break;
        case sf::Event::MouseButtonReleased:
            if (top && event.mouseButton.button == sf::Mouse::Left)
                top->onMouseRelease(m_window.mapPixelToCoords({event.mouseButton.x, event.mouseButton.y}));
            break;
        case sf::Event::MouseWheelScrolled:
            if (top && !m_imgui.wantsMouse() && event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
                top->onWheel(event.mouseWheelScroll.delta);
            break;
        default:
            break;
    }
}

void App::update(double dt) {
    m_time += dt;
    if (Screen* top = m_screens.top()) top->update(dt);
    m_screens.applyPending();
}

void App::render() {
    drawScreens();
    m_imgui.newFrame(m_window, static_cast<float>(m_config.step));
    if (Screen* top = m_screens.top()) top->drawImGui();
    if (m_overlay) m_overlay();
    m_imgui.render(m_window);
}

void App::drawScreens() {
    Screen* top = m_screens.top();
    bool under = false;  // is anything drawn under a see-through top?
    m_screens.forEachVisible([&](Screen& s) { under = under || &s != top; });
    if (!under) {
        m_underValid = false;
        m_window.clear(sf::Color(18, 22, 30));
        m_screens.forEachVisible([this](Screen& s) { s.draw(m_window); });
        return;
    }
    const sf::Vector2u size = m_window.getSize();
    if (m_underValid && m_underGeneration == m_screens.generation() && m_under.getSize() == size) {
        // Same pixels as drawing them again: a 1:1 copy without filtering or blending.
        m_window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
        m_window.draw(sf::Sprite(m_under), sf::RenderStates(sf::BlendNone));
        applyView();
    } else {
        m_window.clear(sf::Color(18, 22, 30));
        m_screens.forEachVisible([&](Screen& s) {
            if (&s != top) s.draw(m_window);
        });
        m_underValid = (m_under.getSize() == size || m_under.create(size.x, size.y));
        if (m_underValid) m_under.update(m_window);
        m_underGeneration = m_screens.generation();
    }
    top->draw(m_window);
}

int App::run() {
    sf::Clock clock;
    double accumulator = 0;
    m_screens.applyPending();
    while (m_running && m_window.isOpen()) {
        sf::Clock work;
        if (m_frameHook) m_frameHook(*this);
        sf::Event event;
        while (m_window.pollEvent(event)) handleEvent(event);
        for (char32_t c : m_injectedText)
            if (Screen* top = m_screens.top(); top && top->wantsText()) top->onText(c);
        m_injectedText.clear();
        while (!m_injected.empty()) {
            Action a = m_injected.front();
            m_injected.pop_front();
            dispatch(a);
        }
        if (!m_injectedClicks.empty()) m_underValid = false;
        while (!m_injectedClicks.empty()) {
            if (Screen* top = m_screens.top()) {
                top->onMouseMove(m_injectedClicks.front());
                top->onMouseClick(m_injectedClicks.front());
            }
            m_injectedClicks.pop_front();
        }
        m_screens.applyPending();
        if (m_config.simulatedClock) {
            update(m_config.step);
        } else {
            accumulator += std::min(0.25, clock.restart().asSeconds() * 1.0);
            while (accumulator >= m_config.step) {
                update(m_config.step);
                accumulator -= m_config.step;
            }
        }
        if (m_screens.empty()) break;
        render();
        for (const auto& path : m_shots)
            if (!saveScreenshot(path)) {
                std::fprintf(stderr, "frontline: could not save screenshot %s\n", path.c_str());
                ++m_shotFailures;
            }
        m_shots.clear();
        m_window.display();
        m_lastFrameSeconds = work.getElapsedTime().asSeconds();
        ++m_frame;
    }
    if (m_window.isOpen()) m_window.close();
    return m_exitCode;
}

bool App::saveScreenshot(const std::string& path) {
    sf::Texture texture;
    auto size = m_window.getSize();
    if (!texture.create(size.x, size.y)) return false;
    texture.update(m_window);
    sf::Image image = texture.copyToImage();
    for (unsigned y = 0; y < size.y; ++y)
        for (unsigned x = 0; x < size.x; ++x) {
            sf::Color c = image.getPixel(x, y);
            c.a = 255;
            image.setPixel(x, y, c);
        }
    return image.saveToFile(path);
}

}  // namespace frontline::runtime
