// Keyboard and mouse focus over a set of rectangles: arrows move to the nearest item in that direction,
// Tab cycles, the mouse hovers and clicks. Screens rebuild the items whenever their layout changes.
#pragma once
#include <SFML/Graphics/Rect.hpp>
#include <optional>
#include <string>
#include <vector>

#include "runtime/input.h"

namespace frontline::game {

class FocusGroup {
public:
    void clear() { m_items.clear(); }
    void add(std::string id, sf::FloatRect rect) { m_items.push_back({std::move(id), rect}); }
    bool empty() const { return m_items.empty(); }

    bool navigate(runtime::Action action);  // true when the action moved focus
    void focus(const std::string& id);
    void hover(sf::Vector2f point);
    std::optional<std::string> hit(sf::Vector2f point) const;
    const std::string& focused() const;
    bool isFocused(const std::string& id) const { return !m_items.empty() && focused() == id; }
    std::optional<sf::FloatRect> rect(const std::string& id) const;

private:
    struct Item {
        std::string id;
        sf::FloatRect rect;
    };
    std::vector<Item> m_items;
    std::string m_focused;
};

}  // namespace frontline::game
