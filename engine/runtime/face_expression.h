// Facial expressions of portraits: which one a character shows, and the face parameters each one means.
// Pure (no SFML), so the mapping and the blending are unit-tested without a display.
// Named FaceExpression so it never clashes with core::Expression (the condition language).
#pragma once
#include <optional>
#include <string_view>

namespace frontline {

enum class FaceExpression { Neutral, Pleased, Concerned, Angry, Distressed };
inline constexpr FaceExpression kAllFaceExpressions[] = {FaceExpression::Neutral, FaceExpression::Pleased,
                                                         FaceExpression::Concerned, FaceExpression::Angry,
                                                         FaceExpression::Distressed};

const char* toString(FaceExpression e);  // "neutral", "pleased", ...
// Accepts the five names and a few synonyms (happy, calm, worried, upset, frustrated, panicked...).
std::optional<FaceExpression> parseFaceExpression(std::string_view name);

// The expression a character shows given their current trust and patience (0..100):
//  1. a recognised `nodeMood` (a name accepted by parseFaceExpression) wins — authors can force a face;
//  2. patience < 25: Angry when trust < 50, otherwise Distressed (under pressure but not blaming you);
//  3. trust < 25: Angry when patience < 50, otherwise Concerned;
//  4. patience < 45 or trust < 40: Concerned;
//  5. trust >= 70: Pleased;
//  6. otherwise Neutral.
FaceExpression expressionFor(int trust, int patience, std::string_view nodeMood = "");

// Control values of a face; interpolating them tweens one expression into another.
struct FaceParams {
    float browInner = 0;   // lift of the inner brow ends (+ raised/worried, − lowered/angry), in brow heights
    float browOuter = 0;   // lift of the outer ends
    float eyeOpen = 1;     // eye height factor (0.7 narrowed … 1.25 wide)
    float squint = 0;      // lower-lid lift (smiling eyes), 0..1
    float mouthWidth = 1;  // factor
    float mouthCurve = 0;  // + smile, − frown (corner lift)
    float mouthOpen = 0;   // 0 closed … 1 wide open
    float teeth = 0;       // how much of the open mouth shows teeth, 0..1
    float blush = 0;       // cheek warmth, 0..1
    float flush = 0;       // red anger flush over the face, 0..1
    float crease = 0;      // frown lines between the brows, 0..1
    float sweat = 0;       // sweat drop, 0..1
    float pallor = 0;      // pale face, 0..1
};

FaceParams faceParams(FaceExpression e);
// t = 0 → a, t = 1 → b; t is clamped and eased (smoothstep) so the tween starts and ends gently.
FaceParams blendFace(const FaceParams& a, const FaceParams& b, float t);

}  // namespace frontline
