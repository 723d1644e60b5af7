// Radar (spider) chart for the debrief: one axis per value, grid rings, a semi-transparent filled polygon
// with an outline, and labels outside the rings placed so that they do not overlap each other.
// The label layout is pure (radarLabelLayout) and unit-tested; drawRadarChart needs a GL context.
#pragma once
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/System/String.hpp>
#include <vector>

namespace frontline {

struct RadarAxis {
    sf::String label;  // build from UTF-8 with sf::String::fromUtf8(s.begin(), s.end())
    float value = 0;   // 0..1 (clamped)
};

struct RadarStyle {
    sf::Color fill{52, 152, 219, 90};
    sf::Color outline{41, 128, 185};
    sf::Color grid{255, 255, 255, 70};
    sf::Color axis{255, 255, 255, 110};
    sf::Color label{236, 240, 241};
    unsigned characterSize = 18;
    int rings = 4;
    float outlineWidth = 2.5f;
    float labelGap = 12;  // distance between the outer ring and the labels
};

void drawRadarChart(sf::RenderTarget& target, sf::Vector2f centre, float radius, const std::vector<RadarAxis>& axes,
                    const sf::Font& font, const RadarStyle& style = {});

// Places labels of the given sizes around a chart: axis i points at angle −90° + i·360°/n (first axis up,
// clockwise). Each label is anchored outside radius + gap (left-aligned on the right half, right-aligned on the
// left half, centred at top and bottom), then labels on the same side are pushed apart vertically until no
// two rectangles overlap. Returns one rectangle (top-left + size) per label.
std::vector<sf::FloatRect> radarLabelLayout(sf::Vector2f centre, float radius, float gap,
                                            const std::vector<sf::Vector2f>& labelSizes);

}  // namespace frontline
