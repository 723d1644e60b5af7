#include "screens/focus.h"

#include <cmath>
#include <limits>

namespace frontline::game {

using runtime::Action;

const std::string& FocusGroup::focused() const {
    static const std::string none;
    for (const auto& item : m_items)
        if (item.id == m_focused) return item.id;
    return m_items.empty() ? none : m_items.front().id;
}

void FocusGroup::focus(const std::string& id) {
    m_focused = id;
}

void FocusGroup::hover(sf::Vector2f p) {
    if (auto id = hit(p)) m_focused = *id;
}

std::optional<std::string> FocusGroup::hit(sf::Vector2f p) const {
    for (const auto& item : m_items)
        if (item.rect.contains(p)) return item.id;
    return std::nullopt;
}

std::optional<sf::FloatRect> FocusGroup::rect(const std::string& id) const {
    for (const auto& item : m_items)
        if (item.id == id) return item.rect;
    return std::nullopt;
}

bool FocusGroup::navigate(Action action) {
    if (m_items.empty()) return false;
    std::size_t current = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == focused()) current = i;
    if (action == Action::Next || action == Action::Previous) {
        std::size_t n = m_items.size();
        current = action == Action::Next ? (current + 1) % n : (current + n - 1) % n;
        m_focused = m_items[current].id;
        return true;
    }
    float dx = action == Action::Left ? -1.f : action == Action::Right ? 1.f : 0.f;
    float dy = action == Action::Up ? -1.f : action == Action::Down ? 1.f : 0.f;
    if (dx == 0 && dy == 0) return false;
    const auto& from = m_items[current].rect;
    sf::Vector2f c0{from.left + from.width / 2, from.top + from.height / 2};
    float best = std::numeric_limits<float>::max();
    std::optional<std::size_t> pick;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (i == current) continue;
        const auto& r = m_items[i].rect;
        sf::Vector2f c{r.left + r.width / 2, r.top + r.height / 2};
        float along = (c.x - c0.x) * dx + (c.y - c0.y) * dy;
        if (along <= 1.f) continue;
        float across = std::fabs((c.x - c0.x) * dy) + std::fabs((c.y - c0.y) * dx);
        float score = along + across * 2.f;
        if (score < best) {
            best = score;
            pick = i;
        }
    }
    if (!pick) return false;
    m_focused = m_items[*pick].id;
    return true;
}

}  // namespace frontline::game
