#include "screens/icons.h"

#include <cmath>

namespace frontline::game {

void drawArc(sf::RenderTarget& target, sf::Vector2f c, float radius, float thickness, float from, float to,
             sf::Color color) {
    if (to <= from) return;
    const int segments = std::max(2, static_cast<int>(64 * (to - from)));
    sf::VertexArray strip(sf::TriangleStrip);
    for (int i = 0; i <= segments; ++i) {
        float f = from + (to - from) * static_cast<float>(i) / static_cast<float>(segments);
        float a = (f * 360.f - 90.f) * 3.14159265f / 180.f;
        sf::Vector2f dir{std::cos(a), std::sin(a)};
        strip.append({c + dir * (radius - thickness / 2), color});
        strip.append({c + dir * (radius + thickness / 2), color});
    }
    target.draw(strip);
}

void drawKindIcon(sf::RenderTarget& target, core::ChoiceKind kind, sf::Vector2f c, float s, sf::Color color) {
    switch (kind) {
        case core::ChoiceKind::Listen: {
            sf::CircleShape dot(s * 0.22f, 16);
            dot.setOrigin(s * 0.22f, s * 0.22f);
            dot.setPosition(c.x - s * 0.55f, c.y);
            dot.setFillColor(color);
            target.draw(dot);
            drawArc(target, {c.x - s * 0.55f, c.y}, s * 0.6f, s * 0.16f, 0.17f, 0.33f, color);
            drawArc(target, {c.x - s * 0.55f, c.y}, s * 1.05f, s * 0.16f, 0.17f, 0.33f, color);
            break;
        }
        case core::ChoiceKind::Respond: {
            sf::RectangleShape bubble({s * 1.6f, s * 1.05f});
            bubble.setOrigin(s * 0.8f, s * 0.65f);
            bubble.setPosition(c);
            bubble.setFillColor(color);
            target.draw(bubble);
            sf::ConvexShape tail(3);
            tail.setPoint(0, {c.x - s * 0.45f, c.y + s * 0.38f});
            tail.setPoint(1, {c.x - s * 0.05f, c.y + s * 0.38f});
            tail.setPoint(2, {c.x - s * 0.55f, c.y + s * 0.8f});
            tail.setFillColor(color);
            target.draw(tail);
            break;
        }
        case core::ChoiceKind::Escalate: {
            sf::ConvexShape arrow(7);
            arrow.setPoint(0, {c.x, c.y - s * 0.85f});
            arrow.setPoint(1, {c.x + s * 0.75f, c.y - s * 0.05f});
            arrow.setPoint(2, {c.x + s * 0.28f, c.y - s * 0.05f});
            arrow.setPoint(3, {c.x + s * 0.28f, c.y + s * 0.8f});
            arrow.setPoint(4, {c.x - s * 0.28f, c.y + s * 0.8f});
            arrow.setPoint(5, {c.x - s * 0.28f, c.y - s * 0.05f});
            arrow.setPoint(6, {c.x - s * 0.75f, c.y - s * 0.05f});
            arrow.setFillColor(color);
            target.draw(arrow);
            break;
        }
    }
}

}  // namespace frontline::game
