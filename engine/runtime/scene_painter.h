// Paints a SceneDef (assets/scenes/<id>.json) as the backdrop of the dialogue screen.
// The scene is designed on a 1280×720 virtual canvas and scaled to `size` (stretched if the aspect differs),
// drawn at the target's origin in its current view. `timeSeconds` drives the animated props (rain, lightning,
// stage lights, blinking LEDs); the same time always gives the same picture (no randomness, no clock).
#pragma once
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/System/Vector2.hpp>
#include <string>

#include "core/asset_defs.h"

namespace frontline {

inline constexpr float kSceneWidth = 1280.f, kSceneHeight = 720.f;

// Draws the whole scene: first everything still (background, layers, props, foreground), then the moving details
// of animated props (rain, lightning, stage beams, server LEDs, phone LED, steam, tower beacon) on top.
void drawScene(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds = 0.f);
// The two passes of drawScene, for callers that cache the still part themselves.
void drawSceneStill(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size);
void drawSceneMoving(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds);
bool hasMovingParts(const SceneDef& scene);

// Use this in a frame loop: it renders the still part once into a texture (again only when the scene id or the
// size changes; call invalidate() after editing a SceneDef in place) and each frame draws that texture plus the
// moving details. Same picture as drawScene, several times cheaper on software GL.
class SceneCache {
public:
    void draw(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds);
    void invalidate();

private:
    sf::RenderTexture m_texture;
    std::string m_id;
    sf::Vector2u m_size{0, 0};
    bool m_ready = false;
};

}  // namespace frontline
