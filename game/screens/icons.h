// Small vector icons shared by the play and debrief screens: the three choice kinds and arcs.
#pragma once
#include <SFML/Graphics.hpp>

#include "core/scenario.h"

namespace frontline::game {

// A ring segment from fraction `from` to `to` of a full turn, clockwise from 12 o'clock.
void drawArc(sf::RenderTarget& target, sf::Vector2f centre, float radius, float thickness, float from, float to,
             sf::Color color);
// listen: sound waves reaching an ear; respond: a speech bubble; escalate: an upward arrow.
void drawKindIcon(sf::RenderTarget& target, core::ChoiceKind kind, sf::Vector2f centre, float size, sf::Color color);

}  // namespace frontline::game
