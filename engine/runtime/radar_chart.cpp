#include "runtime/radar_chart.h"

#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>
#include <optional>

#include "runtime/draw_kit.h"

namespace frontline {

namespace {

constexpr float kPi = 3.14159265358979f;

sf::Vector2f axisDirection(std::size_t i, std::size_t n) {
    float a = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    return {std::cos(a), std::sin(a)};
}

}  // namespace

std::vector<sf::FloatRect> radarLabelLayout(sf::Vector2f centre, float radius, float gap,
                                            const std::vector<sf::Vector2f>& sizes) {
    const std::size_t n = sizes.size();
    std::vector<sf::FloatRect> rects(n);
    for (std::size_t i = 0; i < n; ++i) {
        sf::Vector2f d = axisDirection(i, n);
        sf::Vector2f anchor = centre + d * (radius + gap);
        sf::Vector2f s = sizes[i];
        float left;
        if (std::fabs(d.x) < 0.2f)
            left = anchor.x - s.x / 2;  // top or bottom: centred
        else if (d.x > 0)
            left = anchor.x;
        else
            left = anchor.x - s.x;
        float top = anchor.y - s.y / 2;
        if (d.y < -0.95f) top = anchor.y - s.y;  // straight up: sits above the anchor
        if (d.y > 0.95f) top = anchor.y;         // straight down: hangs below
        rects[i] = {left, top, s.x, s.y};
    }
    // Resolve overlaps: repeatedly push apart any two overlapping rectangles vertically, away from each other
    // (and from the centre line), keeping them outside the circle.
    for (int iter = 0; iter < 200; ++iter) {
        bool moved = false;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                sf::FloatRect a = rects[i], b = rects[j];
                const float pad = 2;
                bool overlapX = a.left < b.left + b.width + pad && b.left < a.left + a.width + pad;
                bool overlapY = a.top < b.top + b.height + pad && b.top < a.top + a.height + pad;
                if (!overlapX || !overlapY) continue;
                float ca = a.top + a.height / 2, cb = b.top + b.height / 2;
                float need = (a.height + b.height) / 2 + pad - std::fabs(ca - cb);
                float dir = ca < cb || (ca == cb && i < j) ? -1.f : 1.f;  // a goes up when it is above
                rects[i].top += dir * need / 2 + dir * 0.01f;
                rects[j].top -= dir * need / 2 + dir * 0.01f;
                moved = true;
            }
        if (!moved) break;
    }
    return rects;
}

void drawRadarChart(sf::RenderTarget& target, sf::Vector2f centre, float radius, const std::vector<RadarAxis>& axes,
                    const sf::Font& font, const RadarStyle& style) {
    const std::size_t n = axes.size();
    if (n < 3 || radius <= 0) return;
    std::optional<draw::Batch> batch(std::in_place, target);
    // rings
    for (int r = 1; r <= std::max(1, style.rings); ++r) {
        float rr = radius * static_cast<float>(r) / static_cast<float>(std::max(1, style.rings));
        draw::Points ring;
        for (std::size_t i = 0; i < n; ++i) ring.push_back(centre + axisDirection(i, n) * rr);
        draw::strokePolyline(target, ring, r == style.rings ? 1.5f : 1.f, style.grid, {}, true);
    }
    // axes
    for (std::size_t i = 0; i < n; ++i)
        draw::strokePolyline(target, {centre, centre + axisDirection(i, n) * radius}, 1.f, style.axis);
    // values
    draw::Points poly;
    for (std::size_t i = 0; i < n; ++i) {
        float v = std::clamp(axes[i].value, 0.f, 1.f);
        poly.push_back(centre + axisDirection(i, n) * (radius * std::max(v, 0.02f)));
    }
    // fan from the centre: the value polygon is star-shaped around it
    sf::VertexArray fan(sf::TriangleFan);
    fan.append(sf::Vertex(centre, style.fill));
    for (std::size_t i = 0; i <= n; ++i) fan.append(sf::Vertex(poly[i % n], style.fill));
    draw::submit(target, fan);
    draw::strokePolyline(target, poly, style.outlineWidth, style.outline, {}, true);
    for (auto p : poly)
        draw::fillEllipse(target, p, style.outlineWidth * 1.4f, style.outlineWidth * 1.4f, style.outline);
    batch.reset();  // shapes first, then text on top
    // labels
    std::vector<sf::Text> texts;
    std::vector<sf::Vector2f> sizes;
    for (const auto& a : axes) {
        sf::Text t(a.label, font, style.characterSize);
        t.setFillColor(style.label);
        sf::FloatRect b = t.getLocalBounds();
        sizes.push_back({b.left + b.width, static_cast<float>(style.characterSize) * 1.25f});
        texts.push_back(t);
    }
    auto rects = radarLabelLayout(centre, radius, style.labelGap, sizes);
    for (std::size_t i = 0; i < n; ++i) {
        texts[i].setPosition(std::round(rects[i].left), std::round(rects[i].top));
        target.draw(texts[i]);
    }
}

}  // namespace frontline
