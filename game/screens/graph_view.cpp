#include "screens/graph_view.h"

#include <SFML/Graphics/ConvexShape.hpp>
#include <cmath>

namespace frontline::game {

draw::Points edgePath(const graph::LaidOutEdge& edge, const std::function<sf::Vector2f(const graph::Point&)>& toScreen,
                      int stepsPerSegment) {
    draw::Points path;
    const auto& s = edge.spline;
    for (std::size_t i = 0; i + 3 < s.size(); i += 3)
        draw::append(path,
                     draw::cubicBezier(toScreen(s[i]), toScreen(s[i + 1]), toScreen(s[i + 2]), toScreen(s[i + 3]),
                                       stepsPerSegment),
                     !path.empty());
    return path;
}

void drawArrowhead(sf::RenderTarget& target, const draw::Points& path, float size, sf::Color color) {
    if (path.size() < 2) return;
    const sf::Vector2f tip = path.back();
    sf::Vector2f d = tip - path[path.size() - 2];
    const float length = std::sqrt(d.x * d.x + d.y * d.y);
    if (length < 0.01f) return;
    d /= length;
    const sf::Vector2f n{-d.y, d.x};
    sf::ConvexShape head(3);
    head.setPoint(0, tip + d * size);
    head.setPoint(1, tip - d * size * 0.4f + n * size * 0.7f);
    head.setPoint(2, tip - d * size * 0.4f - n * size * 0.7f);
    head.setFillColor(color);
    target.draw(head);
}

sf::View clippedView(const sf::RenderTarget& target, sf::FloatRect area) {
    const sf::View& whole = target.getView();
    const sf::Vector2f size = whole.getSize();
    const sf::FloatRect vp = whole.getViewport();  // the window's letterbox, if any
    sf::View clipped(area);
    clipped.setViewport({vp.left + vp.width * area.left / size.x, vp.top + vp.height * area.top / size.y,
                         vp.width * area.width / size.x, vp.height * area.height / size.y});
    return clipped;
}

}  // namespace frontline::game
