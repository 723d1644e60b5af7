// Flat-style bust portraits of characters, drawn from a LookDef (assets/characters/<look>.json).
// The bust is fitted into `box` keeping its 4:5 proportions, centred horizontally and standing on the box's
// bottom edge (so the shoulders can sit on the dialogue box). Looks good from ~150 to ~600 px tall.
// Requires an active GL context (like any SFML drawing); enable antialiasing (e.g. 4×) for smooth edges.
//
//   drawPortrait(window, look, FaceExpression::Angry, {x, y, 240, 300});             // fully angry
//   drawPortrait(window, look, FaceExpression::Angry, box, tween, FaceExpression::Neutral); // tween 0→1
#pragma once
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "core/asset_defs.h"
#include "runtime/face_expression.h"

namespace frontline {

struct PortraitOptions {
    bool mirrored = false;   // face the other way (drawn flipped horizontally)
    float timeSeconds = -1;  // >= 0 enables deterministic blinking (about every 4 s, 0.14 s long)
};

// Draws `look` showing `expr`. `blend` (0..1) tweens from `previous` (blend 0) to `expr` (blend 1) by
// interpolating the face's control points, so calling it each frame with a rising blend animates smoothly.
void drawPortrait(sf::RenderTarget& target, const LookDef& look, FaceExpression expr, sf::FloatRect box,
                  float blend = 1.f, FaceExpression previous = FaceExpression::Neutral,
                  const PortraitOptions& options = {});

// Same with explicit face parameters (see face_expression.h).
void drawPortrait(sf::RenderTarget& target, const LookDef& look, const FaceParams& face, sf::FloatRect box,
                  const PortraitOptions& options = {});

// The rectangle the bust actually occupies inside `box` (4:5, bottom-centred).
sf::FloatRect portraitBounds(sf::FloatRect box);

}  // namespace frontline
