// Screens and the screen stack. Input goes to the top screen; every screen from the topmost opaque one upwards
// is drawn. push/pop/replace requested during input or update are applied after the update (never mid-frame),
// so a screen may safely pop itself. Only the top screen is updated: the screens under a see-through top keep
// their state, so their picture is the same until input arrives or the stack changes: the app draws it once and
// reuses it. A see-through screen must therefore change what the screens under it show only in response to input.
#pragma once
#include <SFML/Graphics/RenderTarget.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "runtime/input.h"

namespace frontline::runtime {

class Screen {
public:
    virtual ~Screen() = default;
    virtual std::string_view name() const = 0;  // stable id, e.g. "title"; used by automation
    virtual void onAction(Action) {}
    virtual void onMouseMove(sf::Vector2f) {}     // logical 1280x720 coordinates
    virtual void onMouseClick(sf::Vector2f) {}    // left button pressed
    virtual void onMouseRelease(sf::Vector2f) {}  // left button released (the end of a drag)
    virtual void onWheel(float) {}                // positive: scroll up
    virtual void update(double dt) = 0;           // fixed step, seconds
    virtual void draw(sf::RenderTarget& target) = 0;
    virtual void drawImGui() {}                     // inside an ImGui frame
    virtual bool isOpaque() const { return true; }  // false: the screen below shows through
    virtual void onResume() {}                      // the screen above was popped
    // A screen editing text: typed characters reach onText, and only Enter, Escape, Backspace, Tab, the arrows
    // and the F keys still act (a typed "L" or "W" is a letter, not a language switch or a move).
    virtual bool wantsText() const { return false; }
    virtual void onText(char32_t) {}
};

class ScreenStack {
public:
    void push(std::unique_ptr<Screen> screen);
    void pop();
    void replaceAll(std::unique_ptr<Screen> screen);  // clear the stack, then push
    void applyPending();                              // called by the app after update

    Screen* top() const { return m_screens.empty() ? nullptr : m_screens.back().get(); }
    bool empty() const { return m_screens.empty(); }
    std::size_t size() const { return m_screens.size(); }
    void forEachVisible(const std::function<void(Screen&)>& fn) const;  // bottom-up
    std::uint64_t generation() const { return m_generation; }           // changes whenever the stack does

private:
    enum class Op { Push, Pop, Clear };
    std::vector<std::unique_ptr<Screen>> m_screens;
    std::vector<std::pair<Op, std::unique_ptr<Screen>>> m_pending;
    std::uint64_t m_generation = 0;
};

}  // namespace frontline::runtime
