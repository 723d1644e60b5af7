// Paints a SceneDef (assets/scenes/<id>.json) as the backdrop of the dialogue screen.
// The scene is designed on a 1280×720 virtual canvas and scaled to `size` (stretched if the aspect differs),
// drawn at the target's origin in its current view. `timeSeconds` drives the animated props (rain, lightning,
// stage lights, blinking LEDs); the same time always gives the same picture (no randomness, no clock).
#pragma once
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/System/Vector2.hpp>

#include "runtime/asset_defs.h"

namespace frontline {

inline constexpr float kSceneWidth = 1280.f, kSceneHeight = 720.f;

void drawScene(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds = 0.f);

}  // namespace frontline
