#include "runtime/face_expression.h"

#include <algorithm>
#include <string>

namespace frontline {

const char* toString(FaceExpression e) {
    switch (e) {
        case FaceExpression::Neutral:
            return "neutral";
        case FaceExpression::Pleased:
            return "pleased";
        case FaceExpression::Concerned:
            return "concerned";
        case FaceExpression::Angry:
            return "angry";
        case FaceExpression::Distressed:
            return "distressed";
    }
    return "neutral";
}

std::optional<FaceExpression> parseFaceExpression(std::string_view name) {
    std::string n(name);
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (n == "neutral" || n == "calm") return FaceExpression::Neutral;
    if (n == "pleased" || n == "happy" || n == "relieved" || n == "satisfied") return FaceExpression::Pleased;
    if (n == "concerned" || n == "worried" || n == "doubtful" || n == "sceptical" || n == "skeptical")
        return FaceExpression::Concerned;
    if (n == "angry" || n == "frustrated" || n == "furious" || n == "annoyed") return FaceExpression::Angry;
    if (n == "distressed" || n == "upset" || n == "panicked" || n == "desperate" || n == "anxious")
        return FaceExpression::Distressed;
    return std::nullopt;
}

FaceExpression expressionFor(int trust, int patience, std::string_view nodeMood) {
    if (auto forced = parseFaceExpression(nodeMood)) return *forced;
    if (patience < 25) return trust < 50 ? FaceExpression::Angry : FaceExpression::Distressed;
    if (trust < 25) return patience < 50 ? FaceExpression::Angry : FaceExpression::Concerned;
    if (patience < 45 || trust < 40) return FaceExpression::Concerned;
    if (trust >= 70) return FaceExpression::Pleased;
    return FaceExpression::Neutral;
}

FaceParams faceParams(FaceExpression e) {
    FaceParams p;
    switch (e) {
        case FaceExpression::Neutral:
            p.mouthCurve = 0.12f;
            break;
        case FaceExpression::Pleased:
            p.browInner = 0.35f;
            p.browOuter = 0.3f;
            p.eyeOpen = 0.9f;
            p.squint = 0.55f;
            p.mouthWidth = 1.2f;
            p.mouthCurve = 1.0f;
            p.mouthOpen = 0.45f;
            p.teeth = 1.0f;
            p.blush = 0.8f;
            break;
        case FaceExpression::Concerned:
            p.browInner = 1.15f;
            p.browOuter = -0.35f;
            p.eyeOpen = 1.08f;
            p.mouthWidth = 0.8f;
            p.mouthCurve = -0.6f;
            p.mouthOpen = 0.06f;
            p.crease = 0.7f;
            break;
        case FaceExpression::Angry:
            p.browInner = -1.1f;
            p.browOuter = 0.35f;
            p.eyeOpen = 0.72f;
            p.squint = 0.25f;
            p.mouthWidth = 1.0f;
            p.mouthCurve = -0.75f;
            p.mouthOpen = 0.3f;
            p.teeth = 1.0f;
            p.flush = 0.7f;
            p.crease = 1.0f;
            break;
        case FaceExpression::Distressed:
            p.browInner = 1.6f;
            p.browOuter = -0.45f;
            p.eyeOpen = 1.25f;
            p.mouthWidth = 0.8f;
            p.mouthCurve = -0.9f;
            p.mouthOpen = 0.55f;
            p.teeth = 0.0f;
            p.crease = 0.7f;
            p.sweat = 1.0f;
            p.pallor = 0.5f;
            break;
    }
    return p;
}

FaceParams blendFace(const FaceParams& a, const FaceParams& b, float t) {
    t = std::clamp(t, 0.f, 1.f);
    t = t * t * (3 - 2 * t);
    auto l = [t](float x, float y) { return x + (y - x) * t; };
    FaceParams r;
    r.browInner = l(a.browInner, b.browInner);
    r.browOuter = l(a.browOuter, b.browOuter);
    r.eyeOpen = l(a.eyeOpen, b.eyeOpen);
    r.squint = l(a.squint, b.squint);
    r.mouthWidth = l(a.mouthWidth, b.mouthWidth);
    r.mouthCurve = l(a.mouthCurve, b.mouthCurve);
    r.mouthOpen = l(a.mouthOpen, b.mouthOpen);
    r.teeth = l(a.teeth, b.teeth);
    r.blush = l(a.blush, b.blush);
    r.flush = l(a.flush, b.flush);
    r.crease = l(a.crease, b.crease);
    r.sweat = l(a.sweat, b.sweat);
    r.pallor = l(a.pallor, b.pallor);
    return r;
}

}  // namespace frontline
