// Drawing a Graphviz layout (engine/graph) on a screen: the class heat map and the scenario editor.
#pragma once
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/View.hpp>
#include <functional>

#include "graph/graph_layout.h"
#include "runtime/draw_kit.h"

namespace frontline::game {

// An edge's path on screen: each of its cubic Bézier segments sampled, mapped by `toScreen`.
draw::Points edgePath(const graph::LaidOutEdge& edge, const std::function<sf::Vector2f(const graph::Point&)>& toScreen,
                      int stepsPerSegment = 12);

// A filled arrowhead `size` long at the end of `path`, pointing along its last segment.
void drawArrowhead(sf::RenderTarget& target, const draw::Points& path, float size, sf::Color color);

// The target's current view narrowed to `area` (in its coordinates), so that what is drawn through it is cut at
// the area's edges; the window's letterbox is kept.
sf::View clippedView(const sf::RenderTarget& target, sf::FloatRect area);

}  // namespace frontline::game
