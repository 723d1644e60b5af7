#include "runtime/portrait.h"

#include <algorithm>
#include <cmath>

#include "runtime/draw_kit.h"

namespace frontline {

using namespace draw;

namespace {

// Design space: 200 × 250 units; the head is centred at (100, 104).
constexpr float kW = 200, kH = 250;
constexpr float kEyeY = 104, kEyeDx = 20, kBrowY = 91, kMouthY = 140;
const sf::Vector2f kHeadC{100, 104};

struct Palette {
    sf::Color skin, skinShade, skinDeep, hair, hairShade, brow, cloth, clothShade, clothDark, accent, eye, line;
};

float luminance(sf::Color c) {
    return (0.299f * c.r + 0.587f * c.g + 0.114f * c.b) / 255.f;
}

Palette paletteFor(const LookDef& look) {
    Palette p;
    p.skin = toSf(look.skin);
    p.skinShade = mix(shade(p.skin, 0.86f), sf::Color(150, 70, 60), 0.08f);
    p.skinDeep = mix(shade(p.skin, 0.62f), sf::Color(110, 40, 40), 0.15f);
    p.hair = toSf(look.hairColor);
    if (look.age == Age::Senior) p.hair = mix(p.hair, sf::Color(196, 196, 192), 0.5f);
    p.hairShade = luminance(p.hair) > 0.45f ? shade(p.hair, 0.78f) : shade(p.hair, 1.25f);
    p.brow = luminance(p.hair) > 0.55f ? shade(p.hair, 0.55f) : shade(p.hair, 0.9f);
    if (look.hairStyle == HairStyle::Bald && look.headwear == Headwear::None) p.brow = shade(p.skin, 0.45f);
    p.cloth = toSf(look.clothingColor);
    p.clothShade = luminance(p.cloth) > 0.25f ? shade(p.cloth, 0.8f) : shade(p.cloth, 1.3f);
    p.clothDark = mix(p.cloth, sf::Color(10, 12, 20), 0.28f);
    p.accent = toSf(look.accent);
    p.eye = toSf(look.eyeColor);
    p.line = mix(sf::Color(40, 28, 26), p.hair, 0.25f);
    return p;
}

// Head silhouette: rounded skull, gently tapering jaw, chin at y≈162.
Points headOutline() {
    Points pts;
    append(pts, cubicBezier({144, 104}, {145, 134}, {128, 160}, {100, 162}, 18));
    append(pts, cubicBezier({100, 162}, {72, 160}, {55, 134}, {56, 104}, 18), true);
    append(pts, ellipse({100, 104}, 44, 57, 36, 180, 360), true);
    pts.pop_back();  // equals the first point
    return pts;
}

Points mirrorX(const Points& pts) {
    Points out;
    for (auto it = pts.rbegin(); it != pts.rend(); ++it) out.push_back({200 - it->x, it->y});
    return out;
}

// ---- clothing -------------------------------------------------------------------------------------------

Points torsoOutline() {
    Points pts;
    append(pts, cubicBezier({4, 252}, {4, 214}, {20, 196}, {62, 188}, 16));
    pts.push_back({82, 184});
    pts.push_back({118, 184});
    append(pts, cubicBezier({138, 188}, {180, 196}, {196, 214}, {196, 252}, 16));
    return pts;
}

void drawClothing(sf::RenderTarget& t, const sf::RenderStates& st, const LookDef& look, const Palette& p) {
    const Points torso = torsoOutline();
    fillPolygon(t, torso, p.cloth, st);
    // soft shading at the sides for volume
    Points arm = cubicBezier({30, 252}, {28, 230}, {24, 212}, {16, 203}, 10);
    append(arm, cubicBezier({16, 203}, {8, 214}, {4, 230}, {4, 252}, 10), true);
    fillPolygon(t, arm, p.clothDark, st);
    fillPolygon(t, mirrorX(arm), p.clothDark, st);
    const sf::Color white(244, 242, 236);
    switch (look.clothingStyle) {
        case ClothingStyle::Suit:
        case ClothingStyle::Blazer: {
            bool suit = look.clothingStyle == ClothingStyle::Suit;
            sf::Color inner = suit ? white : p.accent;
            // opening of the jacket
            fillPolygon(t, {{80, 184}, {120, 184}, {110, 232}, {100, 252}, {90, 232}}, inner, st);
            if (suit) {
                // shirt collar and tie
                fillPolygon(t, {{81, 183}, {100, 197}, {90, 204}}, shade(white, 0.93f), st);
                fillPolygon(t, {{119, 183}, {100, 197}, {110, 204}}, shade(white, 0.93f), st);
                fillPolygon(t, {{95, 195}, {105, 195}, {103.5f, 203}, {96.5f, 203}}, shade(p.accent, 0.85f), st);
                fillPolygon(t, {{96.5f, 203}, {103.5f, 203}, {107, 240}, {100, 250}, {93, 240}}, p.accent, st);
            } else {
                // scoop of the top underneath
                fillPolygon(t, ellipse({100, 184}, 13, 9, 16, 0, 180), mix(p.skin, p.skinShade, 0.6f), st);
            }
            // lapels
            sf::Color lapel = shade(p.cloth, luminance(p.cloth) > 0.2f ? 0.82f : 1.35f);
            fillPolygon(t, {{78, 184}, {64, 192}, {74, 206}, {68, 214}, {96, 252}, {90, 232}}, lapel, st);
            fillPolygon(t, {{122, 184}, {136, 192}, {126, 206}, {132, 214}, {104, 252}, {110, 232}}, lapel, st);
            strokePolyline(t, {{78, 184}, {64, 192}, {74, 206}, {68, 214}, {96, 252}}, 1.2f,
                           withAlpha(p.clothShade, 0.8f), st);
            strokePolyline(t, {{122, 184}, {136, 192}, {126, 206}, {132, 214}, {104, 252}}, 1.2f,
                           withAlpha(p.clothShade, 0.8f), st);
            if (!suit) fillEllipse(t, {146, 222}, 2.2f, 2.2f, shade(p.accent, 0.9f), st);  // a pin
            break;
        }
        case ClothingStyle::Shirt: {
            fillPolygon(t, {{86, 184}, {114, 184}, {100, 204}}, p.skinShade, st);
            sf::Color collar = shade(p.cloth, luminance(p.cloth) > 0.8f ? 0.92f : 1.18f);
            fillPolygon(t, {{80, 181}, {86, 180}, {100, 204}, {84, 210}}, collar, st);
            fillPolygon(t, {{120, 181}, {114, 180}, {100, 204}, {116, 210}}, collar, st);
            strokePolyline(t, {{80, 181}, {84, 210}, {100, 204}}, 1.1f, withAlpha(p.clothShade, 0.9f), st);
            strokePolyline(t, {{120, 181}, {116, 210}, {100, 204}}, 1.1f, withAlpha(p.clothShade, 0.9f), st);
            strokePolyline(t, {{100, 204}, {100, 252}}, 1.2f, withAlpha(p.clothShade, 0.9f), st);
            for (float y : {216.f, 234.f}) fillEllipse(t, {103, y}, 1.8f, 1.8f, p.accent, st);
            // pocket
            strokePolyline(t, {{124, 220}, {142, 220}, {142, 238}, {124, 238}}, 1.1f, withAlpha(p.clothShade, 0.9f), st,
                           true);
            strokePolyline(t, {{124, 220}, {142, 220}}, 2.0f, p.accent, st);
            break;
        }
        case ClothingStyle::Blouse: {
            fillPolygon(t, ellipse({100, 184}, 20, 15, 24, 0, 180), mix(p.skin, p.skinShade, 0.6f), st);
            strokePolyline(t, ellipse({100, 184}, 21, 16, 24, 0, 180), 3.f, p.accent, st);
            // pendant
            strokePolyline(t, ellipse({100, 184}, 14, 11, 18, 20, 160), 1.f, sf::Color(210, 180, 110), st);
            fillEllipse(t, {100, 196}, 2.4f, 2.4f, sf::Color(225, 195, 120), st);
            // gathered folds
            strokePolyline(t, quadBezier({70, 212}, {74, 230}, {72, 250}), 1.2f, withAlpha(p.clothShade, 0.7f), st);
            strokePolyline(t, quadBezier({130, 212}, {126, 230}, {128, 250}), 1.2f, withAlpha(p.clothShade, 0.7f), st);
            break;
        }
        case ClothingStyle::Polo: {
            fillPolygon(t, {{90, 184}, {110, 184}, {100, 198}}, p.skinShade, st);
            fillPolygon(t, {{94, 190}, {106, 190}, {106, 214}, {94, 214}}, p.clothShade, st);
            fillPolygon(t, {{78, 182}, {88, 180}, {100, 196}, {84, 202}}, p.accent, st);
            fillPolygon(t, {{122, 182}, {112, 180}, {100, 196}, {116, 202}}, p.accent, st);
            for (float y : {201.f, 209.f}) fillEllipse(t, {100, y}, 1.6f, 1.6f, shade(p.cloth, 1.5f), st);
            fillPolygon(t, {{128, 214}, {138, 214}, {138, 222}, {128, 222}}, withAlpha(p.accent, 0.85f), st);
            break;
        }
        case ClothingStyle::Uniform: {
            sf::Color collar = shade(p.cloth, 0.78f);
            fillPolygon(t, {{78, 178}, {122, 178}, {124, 192}, {100, 196}, {76, 192}}, collar, st);
            strokePolyline(t, {{100, 194}, {100, 252}}, 2.f, shade(p.cloth, 0.7f), st);
            // reflective stripe
            fillPolygon(t, {{6, 226}, {194, 226}, {195, 238}, {5, 238}}, p.accent, st);
            fillPolygon(t, {{6, 230.5f}, {194, 230.5f}, {194, 233.5f}, {6, 233.5f}}, sf::Color(235, 235, 225), st);
            // chest badge
            fillPolygon(t, roundRect({126, 202, 20, 13}, 2), shade(p.cloth, 1.35f), st);
            fillPolygon(t, {{129, 206}, {143, 206}, {143, 208}, {129, 208}}, p.accent, st);
            break;
        }
    }
}

// ---- hair -----------------------------------------------------------------------------------------------

// Top of the hair: the outer arc (volume around the skull) from left side to right side.
Points hairArc(float rx, float ry, float cy = 102, int seg = 30) {
    return ellipse({100, cy}, rx, ry, seg, 180, 360);
}

void drawHairBack(sf::RenderTarget& t, const sf::RenderStates& st, const LookDef& look, const Palette& p) {
    switch (look.hairStyle) {
        case HairStyle::Bob: {
            Points pts = hairArc(54, 66);
            append(pts, {{156, 128}, {157, 152}, {146, 160}, {54, 160}, {43, 152}, {44, 128}});
            fillPolygon(t, pts, shade(p.hair, 0.85f), st);
            break;
        }
        case HairStyle::Long: {
            Points pts = hairArc(54, 66);
            append(pts, cubicBezier({154, 102}, {160, 150}, {166, 190}, {160, 226}, 12));
            append(pts, {{40, 226}});
            append(pts, cubicBezier({40, 226}, {34, 190}, {40, 150}, {46, 102}, 12), true);
            fillPolygon(t, pts, shade(p.hair, 0.8f), st);
            break;
        }
        case HairStyle::Bun:
            fillEllipse(t, {100, 42}, 19, 16, shade(p.hair, 0.92f), st);
            strokePolyline(t, ellipse({100, 42}, 12, 9, 20, 200, 340), 1.4f, p.hairShade, st);
            break;
        case HairStyle::Curly: {
            for (int i = 0; i <= 12; ++i) {
                float a = (170.f + 200.f * static_cast<float>(i) / 12.f) * 3.14159f / 180.f;
                sf::Vector2f c{100 + 50 * std::cos(a), 100 + 58 * std::sin(a)};
                fillEllipse(t, c, 17, 17, shade(p.hair, 0.88f), st);
            }
            for (float side : {-1.f, 1.f})
                for (float y : {118.f, 134.f}) fillEllipse(t, {100 + side * 50, y}, 13, 13, shade(p.hair, 0.85f), st);
            break;
        }
        default:
            break;
    }
}

// Locks of long hair falling in front of the shoulders (drawn after the clothes, before the head).
void drawHairLocks(sf::RenderTarget& t, const sf::RenderStates& st, const LookDef& look, const Palette& p) {
    if (look.hairStyle != HairStyle::Long || look.headwear == Headwear::Hijab) return;
    Points left;
    append(left, cubicBezier({46, 100}, {40, 150}, {44, 196}, {56, 222}, 14));
    append(left, cubicBezier({66, 214}, {62, 190}, {62, 150}, {62, 110}, 14));
    fillPolygon(t, left, p.hair, st);
    fillPolygon(t, mirrorX(left), p.hair, st);
    strokePolyline(t, quadBezier({52, 130}, {50, 180}, {58, 212}), 1.2f, p.hairShade, st);
    strokePolyline(t, quadBezier({148, 130}, {150, 180}, {142, 212}), 1.2f, p.hairShade, st);
}

void drawHairFront(sf::RenderTarget& t, const sf::RenderStates& st, const LookDef& look, const Palette& p) {
    const sf::Color h = p.hair;
    switch (look.hairStyle) {
        case HairStyle::Short: {
            Points pts = hairArc(49, 63);
            append(pts, {{149, 104}, {145, 104}});
            append(pts, quadBezier({143, 96}, {141, 76}, {130, 71}, 6));
            append(pts, cubicBezier({130, 71}, {116, 70}, {104, 72}, {96, 66}, 8), true);
            append(pts, cubicBezier({96, 66}, {90, 70}, {80, 68}, {70, 72}, 8), true);
            append(pts, quadBezier({70, 72}, {60, 76}, {57, 96}, 6), true);
            append(pts, {{55, 104}, {51, 104}});
            fillPolygon(t, pts, h, st);
            strokePolyline(t, quadBezier({96, 66}, {98, 54}, {110, 44}), 1.3f, p.hairShade, st);
            strokePolyline(t, quadBezier({112, 70}, {120, 58}, {134, 52}), 1.2f, p.hairShade, st);
            break;
        }
        case HairStyle::SidePart: {
            Points pts = ellipse({100, 100}, 50, 63, 30, 180, 360);
            append(pts, {{150, 104}, {145, 104}});
            append(pts, quadBezier({143, 94}, {140, 78}, {130, 72}, 6));
            append(pts, cubicBezier({130, 72}, {110, 68}, {90, 66}, {80, 52}, 12), true);
            append(pts, quadBezier({80, 52}, {62, 62}, {57, 92}, 8), true);
            append(pts, {{55, 104}, {50, 104}});
            fillPolygon(t, pts, h, st);
            strokePolyline(t, quadBezier({79, 40}, {80, 46}, {80, 52}), 1.6f, p.hairShade, st);
            strokePolyline(t, cubicBezier({86, 52}, {100, 62}, {118, 62}, {136, 70}), 1.3f, p.hairShade, st);
            break;
        }
        case HairStyle::Bob: {
            Points pts = hairArc(52, 64);
            append(pts, {{154, 150}, {142, 155}});
            append(pts, cubicBezier({142, 155}, {140, 130}, {140, 100}, {138, 84}, 10), true);
            append(pts, quadBezier({138, 84}, {100, 76}, {62, 84}, 12), true);
            append(pts, cubicBezier({62, 84}, {60, 100}, {60, 130}, {58, 155}, 10), true);
            append(pts, {{46, 150}});
            fillPolygon(t, pts, h, st);
            strokePolyline(t, quadBezier({96, 46}, {90, 64}, {86, 80}), 1.2f, p.hairShade, st);
            strokePolyline(t, quadBezier({120, 50}, {124, 66}, {124, 80}), 1.2f, p.hairShade, st);
            break;
        }
        case HairStyle::Long: {
            Points pts = hairArc(51, 64);
            append(pts, {{151, 110}, {144, 110}});
            append(pts, cubicBezier({144, 110}, {142, 84}, {128, 66}, {100, 60}, 12), true);
            append(pts, cubicBezier({100, 60}, {72, 66}, {58, 84}, {56, 110}, 12), true);
            append(pts, {{49, 110}});
            fillPolygon(t, pts, h, st);
            strokePolyline(t, quadBezier({100, 40}, {100, 50}, {100, 60}), 1.4f, p.hairShade, st);
            break;
        }
        case HairStyle::Bun: {
            Points pts = hairArc(47, 60);
            append(pts, {{147, 102}, {144, 102}});
            append(pts, quadBezier({143, 92}, {138, 72}, {124, 66}, 6));
            append(pts, quadBezier({124, 66}, {100, 58}, {76, 66}, 10), true);
            append(pts, quadBezier({76, 66}, {62, 72}, {57, 92}, 6), true);
            append(pts, {{56, 102}, {53, 102}});
            fillPolygon(t, pts, h, st);
            for (float x : {86.f, 100.f, 114.f})
                strokePolyline(t, quadBezier({x, 62}, {x + (x - 100) * 0.2f, 52}, {100 + (x - 100) * 0.5f, 44}), 1.1f,
                               p.hairShade, st);
            break;
        }
        case HairStyle::Curly: {
            Points pts = hairArc(50, 62, 102, 40);
            append(pts, {{150, 106}, {145, 106}});
            // scalloped hairline
            for (int i = 0; i <= 8; ++i) {
                float u = static_cast<float>(i) / 8.f;
                float x = 143 - 86 * u;
                float y = 92 - 26 * std::sin(u * 3.14159f) + ((i % 2) ? 5.f : 0.f);
                pts.push_back({x, y});
            }
            append(pts, {{55, 106}, {50, 106}});
            fillPolygon(t, pts, h, st);
            for (int i = 0; i < 9; ++i) {
                float a = (200.f + 140.f * static_cast<float>(i) / 8.f) * 3.14159f / 180.f;
                sf::Vector2f c{100 + 38 * std::cos(a), 98 + 44 * std::sin(a)};
                strokePolyline(t, ellipse(c, 6, 6, 12, 150, 390), 1.3f, p.hairShade, st);
            }
            break;
        }
        case HairStyle::Bald: {
            fillEllipse(t, {86, 62}, 12, 6, withAlpha(sf::Color::White, 0.18f), st);
            if (look.age != Age::Young) {
                // greying fringe above the ears
                for (float side : {-1.f, 1.f}) {
                    Points tuft = {{100 + side * 44, 82},
                                   {100 + side * 47, 90},
                                   {100 + side * 46, 106},
                                   {100 + side * 42, 106},
                                   {100 + side * 41, 90}};
                    fillPolygon(t, tuft, h, st);
                }
            }
            break;
        }
    }
    if (look.age == Age::Senior && look.hairStyle != HairStyle::Bald) {
        sf::Color streak = withAlpha(sf::Color(235, 235, 232), 0.55f);
        strokePolyline(t, quadBezier({72, 60}, {80, 50}, {94, 45}), 1.6f, streak, st);
        strokePolyline(t, quadBezier({128, 62}, {122, 50}, {108, 45}), 1.6f, streak, st);
        strokePolyline(t, quadBezier({58, 90}, {60, 76}, {66, 68}), 1.4f, streak, st);
    }
}

// ---- headwear -------------------------------------------------------------------------------------------

sf::Color headwearColor(const LookDef& look, const Palette& p) {
    if (look.hasHeadwearColor) return toSf(look.headwearColor);
    switch (look.headwear) {
        case Headwear::Hijab: {
            float l = luminance(p.accent);
            if (l > 0.15f && l < 0.85f) return p.accent;
            // the accent is near white or black: a muted colour chosen by the look id, so looks differ
            static const sf::Color kMuted[] = {{0x5b, 0x8a, 0x8a}, {0xa8, 0x6f, 0x82}, {0x4a, 0x5f, 0x8a},
                                               {0x8e, 0x6c, 0x88}, {0x7d, 0x84, 0x50}, {0xb0, 0x8e, 0x5e},
                                               {0x6c, 0x4a, 0x6e}, {0x5e, 0x7f, 0x6a}};
            std::size_t h = 0;
            for (unsigned char ch : look.id) h = h * 31 + ch;
            return kMuted[h % std::size(kMuted)];
        }
        case Headwear::Cap:
            return p.cloth;
        case Headwear::Helmet:
            return sf::Color(0xf2, 0xc2, 0x30);
        case Headwear::None:
            break;
    }
    return p.cloth;
}

Points hijabOuter() {
    return ellipse({100, 100}, 60, 68, 48);
}
Points hijabInner() {
    return ellipse({100, 109}, 41, 56, 48);
}

void drawHijabBack(sf::RenderTarget& t, const sf::RenderStates& st, sf::Color c) {
    Points pts = ellipse({100, 100}, 60, 68, 30, 180, 360);
    append(pts, cubicBezier({160, 100}, {162, 150}, {170, 186}, {158, 206}, 12));
    append(pts, cubicBezier({158, 206}, {140, 226}, {60, 226}, {42, 206}, 16), true);
    append(pts, cubicBezier({42, 206}, {30, 186}, {38, 150}, {40, 100}, 12), true);
    fillPolygon(t, pts, c, st);
    strokePolyline(t, quadBezier({58, 196}, {100, 218}, {142, 196}), 1.5f, shade(c, 0.82f), st);
    strokePolyline(t, quadBezier({48, 180}, {60, 200}, {76, 214}), 1.3f, shade(c, 0.82f), st);
}

void drawHijabFront(sf::RenderTarget& t, const sf::RenderStates& st, sf::Color c) {
    fillBand(
        t,
        [] {
            Points p = hijabInner();
            p.push_back(p.front());
            return p;
        }(),
        [] {
            Points p = hijabOuter();
            p.push_back(p.front());
            return p;
        }(),
        c, st);
    strokePolyline(t, hijabInner(), 2.f, shade(c, 0.8f), st, true);
    strokePolyline(t, ellipse({100, 100}, 52, 62, 30, 200, 340), 1.3f, shade(c, 0.86f), st);
}

void drawCap(sf::RenderTarget& t, const sf::RenderStates& st, sf::Color c, sf::Color accent) {
    Points dome = ellipse({100, 72}, 50, 44, 30, 180, 360);
    append(dome, quadBezier({150, 72}, {100, 82}, {50, 72}, 10), true);
    fillPolygon(t, dome, c, st);
    strokePolyline(t, quadBezier({100, 28}, {96, 50}, {100, 76}), 1.2f, shade(c, 0.75f), st);
    strokePolyline(t, quadBezier({72, 34}, {76, 54}, {74, 76}), 1.0f, shade(c, 0.8f), st);
    strokePolyline(t, quadBezier({128, 34}, {124, 54}, {126, 76}), 1.0f, shade(c, 0.8f), st);
    fillEllipse(t, {100, 29}, 3.5f, 2.5f, shade(c, 0.75f), st);
    Points brim = quadBezier({44, 72}, {100, 98}, {156, 72}, 14);
    append(brim, quadBezier({156, 72}, {100, 78}, {44, 72}, 14), true);
    fillPolygon(t, brim, shade(c, 0.8f), st);
    fillPolygon(t, roundRect({91, 50, 18, 11}, 3), accent, st);
}

void drawHelmet(sf::RenderTarget& t, const sf::RenderStates& st, sf::Color c) {
    Points dome = ellipse({100, 82}, 53, 50, 32, 180, 360);
    fillPolygon(t, dome, c, st);
    fillPolygon(t, {{93, 34}, {107, 34}, {109, 82}, {91, 82}}, shade(c, 0.88f), st);
    fillEllipse(t, {78, 56}, 10, 6, withAlpha(sf::Color::White, 0.35f), st);
    fillPolygon(t, roundRect({38, 76, 124, 12}, 6), shade(c, 0.82f), st);
    strokePolyline(t, {{40, 82}, {160, 82}}, 1.f, shade(c, 0.7f), st);
}

// ---- face -----------------------------------------------------------------------------------------------

void drawEye(sf::RenderTarget& t, const sf::RenderStates& st, float cx, const FaceParams& f, float blink,
             const Palette& p, bool right) {
    const float cy = kEyeY;
    const float rx = 8.5f;
    const float ry = std::max(0.4f, 5.6f * f.eyeOpen * blink);
    if (blink < 0.25f) {
        strokePolyline(t, quadBezier({cx - rx, cy}, {cx, cy + 3}, {cx + rx, cy}), 2.f, p.line, st);
        return;
    }
    fillEllipse(t, {cx, cy}, rx, ry, sf::Color(250, 248, 245), st);
    float ir = 4.7f, iry = std::min(ir, ry);
    float look = right ? -0.6f : 0.6f;  // eyes converge slightly
    fillEllipse(t, {cx + look, cy + 0.3f}, ir, iry, p.eye, st);
    fillEllipse(t, {cx + look, cy + 0.3f}, 2.3f, std::min(2.3f, ry * 0.8f), sf::Color(18, 12, 10), st);
    fillEllipse(t, {cx + look + 1.6f, cy - 1.4f}, 1.3f, std::min(1.3f, ry * 0.4f), sf::Color::White, st);
    // lower lid (smiling eyes push it up)
    float ctrl = (2 * ry - 2) - f.squint * 2.2f * ry;
    Points lid = quadBezier({cx - rx - 2, cy + 2}, {cx, cy + ctrl}, {cx + rx + 2, cy + 2}, 10);
    Points cover = lid;
    append(cover, {{cx + rx + 2, cy + ry + 4}, {cx - rx - 2, cy + ry + 4}});
    fillPolygon(t, cover, p.skin, st);
    if (f.squint > 0.1f) strokePolyline(t, lid, 1.2f, withAlpha(p.skinDeep, std::min(1.f, f.squint * 1.5f)), st);
    // upper lid and lash line
    Points upper = ellipse({cx, cy}, rx + 0.4f, ry + 0.4f, 16, 185, 355);
    strokePolyline(t, upper, 2.2f, p.line, st);
    float outer = right ? cx + rx : cx - rx;
    float dir = right ? 1.f : -1.f;
    strokePolyline(t, {{outer - dir * 1.5f, cy - ry * 0.55f}, {outer + dir * 2.2f, cy - ry * 0.85f}}, 1.6f, p.line, st);
}

void drawBrow(sf::RenderTarget& t, const sf::RenderStates& st, float cx, bool right, const FaceParams& f,
              const Palette& p) {
    float dir = right ? 1.f : -1.f;
    sf::Vector2f inner{cx - dir * 10, kBrowY - f.browInner * 4.2f + 0.5f};
    sf::Vector2f outer{cx + dir * 12, kBrowY - f.browOuter * 3.6f + 1.5f};
    sf::Vector2f mid{(inner.x + outer.x) / 2, std::min(inner.y, outer.y) - 3.2f + std::max(0.f, -f.browInner) * 1.2f};
    Points centre = quadBezier(inner, mid, outer, 12);
    Points top, bottom;
    for (std::size_t i = 0; i < centre.size(); ++i) {
        float u = static_cast<float>(i) / static_cast<float>(centre.size() - 1);
        float half = 2.4f - 1.1f * u;
        top.push_back({centre[i].x, centre[i].y - half});
        bottom.push_back({centre[i].x, centre[i].y + half});
    }
    Points poly = top;
    for (auto it = bottom.rbegin(); it != bottom.rend(); ++it) poly.push_back(*it);
    fillPolygon(t, poly, p.brow, st);
}

void drawMouth(sf::RenderTarget& t, const sf::RenderStates& st, const FaceParams& f, const Palette& p) {
    const float halfW = 12.5f * f.mouthWidth;
    const float cornerY = kMouthY - f.mouthCurve * 4.5f;
    const float upperMid = kMouthY + f.mouthCurve * 1.2f - f.mouthOpen * 1.5f;
    const float gap = 2.4f + f.mouthOpen * 12.f + std::max(0.f, f.mouthCurve) * f.mouthOpen * 3.f;
    const float lowerMid = upperMid + gap;
    sf::Vector2f l{100 - halfW, cornerY}, r{100 + halfW, cornerY};
    Points upper = quadBezier(l, {100, 2 * upperMid - cornerY}, r, 14);
    Points lower = quadBezier(r, {100, 2 * lowerMid - cornerY}, l, 14);
    Points mouth = upper;
    append(mouth, lower, true);
    mouth.pop_back();
    const sf::Color inside(96, 36, 38);
    fillPolygon(t, mouth, inside, st);
    if (f.mouthOpen > 0.08f && f.teeth > 0.05f) {
        // teeth: the upper part of the opening
        float th = gap * 0.42f;
        Points teeth = quadBezier({100 - halfW * 0.86f, cornerY + 0.6f}, {100, 2 * upperMid - cornerY + 1.2f},
                                  {100 + halfW * 0.86f, cornerY + 0.6f}, 12);
        Points base = quadBezier({100 + halfW * 0.8f, cornerY + 0.8f}, {100, 2 * (upperMid + th) - cornerY},
                                 {100 - halfW * 0.8f, cornerY + 0.8f}, 12);
        append(teeth, base, true);
        fillPolygon(t, teeth, withAlpha(sf::Color(250, 248, 242), std::min(1.f, f.teeth * f.mouthOpen * 4)), st);
        if (f.mouthCurve < 0) {  // clenched: lower teeth too
            Points lowTeeth = quadBezier({100 + halfW * 0.7f, cornerY + 1}, {100, 2 * (lowerMid - 0.5f) - cornerY},
                                         {100 - halfW * 0.7f, cornerY + 1}, 12);
            append(lowTeeth,
                   quadBezier({100 - halfW * 0.7f, cornerY + 1}, {100, 2 * (lowerMid - th * 0.8f) - cornerY},
                              {100 + halfW * 0.7f, cornerY + 1}, 12),
                   true);
            fillPolygon(t, lowTeeth, withAlpha(sf::Color(240, 238, 232), std::min(1.f, f.teeth * f.mouthOpen * 3)), st);
        }
    }
    strokePolyline(t, upper, 1.4f, withAlpha(shade(inside, 0.8f), 0.9f), st);
    // lower lip shading
    strokePolyline(t,
                   quadBezier({100 - halfW * 0.55f, lowerMid + 2.6f}, {100, lowerMid + 4.4f},
                              {100 + halfW * 0.55f, lowerMid + 2.6f}, 8),
                   1.8f, withAlpha(p.skinDeep, 0.35f), st);
    // smile dimples / frown corners
    if (std::fabs(f.mouthCurve) > 0.3f) {
        float a = std::min(1.f, (std::fabs(f.mouthCurve) - 0.3f) * 1.6f);
        float d = f.mouthCurve > 0 ? -1.f : 1.f;
        strokePolyline(t, {{l.x - 1.5f, l.y + d * 1.5f}, {l.x - 2.5f, l.y + d * 4.f}}, 1.2f,
                       withAlpha(p.skinDeep, 0.5f * a), st);
        strokePolyline(t, {{r.x + 1.5f, r.y + d * 1.5f}, {r.x + 2.5f, r.y + d * 4.f}}, 1.2f,
                       withAlpha(p.skinDeep, 0.5f * a), st);
    }
}

void drawBeard(sf::RenderTarget& t, const sf::RenderStates& st, const LookDef& look, const Palette& p) {
    if (look.beard == Beard::None) return;
    sf::Color c = p.hair;
    if (look.beard == Beard::Moustache || look.beard == Beard::Full) {
        Points m = {{83, 137},     {88, 131.5f}, {95, 129.5f}, {100, 131},    {105, 129.5f},
                    {112, 131.5f}, {117, 137},   {110, 135},   {100, 134.5f}, {90, 135}};
        if (look.beard == Beard::Full) {
            // jaw and chin following the face outline
            Points beard = cubicBezier({143, 112}, {145, 136}, {129, 163}, {100, 168}, 16);
            append(beard, cubicBezier({100, 168}, {71, 163}, {55, 136}, {57, 112}, 16), true);
            append(beard, {{62, 112}});
            append(beard, cubicBezier({64, 124}, {72, 142}, {86, 148}, {100, 149}, 10));
            append(beard, cubicBezier({100, 149}, {114, 148}, {128, 142}, {136, 124}, 10), true);
            append(beard, {{138, 112}});
            fillPolygon(t, beard, c, st);
        }
        fillPolygon(t, m, c, st);
    } else {  // stubble
        Points s = cubicBezier({143, 112}, {145, 136}, {128, 161}, {100, 163}, 16);
        append(s, cubicBezier({100, 163}, {72, 161}, {55, 136}, {57, 112}, 16), true);
        append(s, {{62, 116}});
        append(s, cubicBezier({66, 128}, {82, 131}, {92, 129}, {100, 129}, 10));
        append(s, cubicBezier({100, 129}, {108, 129}, {118, 131}, {134, 128}, 10), true);
        append(s, {{138, 116}});
        fillPolygon(t, s, withAlpha(c, 0.16f), st);
    }
}

void drawGlasses(sf::RenderTarget& t, const sf::RenderStates& st, Glasses g) {
    if (g == Glasses::None) return;
    const sf::Color frame(38, 36, 40), lens(255, 255, 255, 40);
    for (float cx : {100 - kEyeDx, 100 + kEyeDx}) {
        Points rim = g == Glasses::Round ? ellipse({cx, kEyeY}, 11.5f, 11.f, 32)
                                         : roundRect({cx - 12.5f, kEyeY - 8.5f, 25, 17}, 3.5f, 4);
        fillPolygon(t, rim, lens, st);
        strokePolyline(t, rim, 2.2f, frame, st, true);
    }
    float inner = g == Glasses::Round ? 11.5f : 12.5f;
    strokePolyline(
        t, quadBezier({100 - kEyeDx + inner, kEyeY - 2}, {100, kEyeY - 6}, {100 + kEyeDx - inner, kEyeY - 2}, 6), 2.f,
        frame, st);
    strokePolyline(t, {{100 - kEyeDx - inner, kEyeY - 3}, {56, kEyeY - 5}}, 2.f, frame, st);
    strokePolyline(t, {{100 + kEyeDx + inner, kEyeY - 3}, {144, kEyeY - 5}}, 2.f, frame, st);
}

void drawAgeLines(sf::RenderTarget& t, const sf::RenderStates& st, Age age, const Palette& p) {
    if (age == Age::Young) return;
    sf::Color c = withAlpha(p.skinDeep, age == Age::Senior ? 0.5f : 0.28f);
    // nasolabial folds
    strokePolyline(t, quadBezier({88, 123}, {82, 130}, {84, 140}), 1.4f, c, st);
    strokePolyline(t, quadBezier({112, 123}, {118, 130}, {116, 140}), 1.4f, c, st);
    if (age != Age::Senior) return;
    strokePolyline(t, quadBezier({84, 76}, {100, 72}, {116, 76}), 1.3f, c, st);
    strokePolyline(t, quadBezier({88, 81}, {100, 78}, {112, 81}), 1.2f, c, st);
    for (float side : {-1.f, 1.f}) {
        float x = 100 + side * (kEyeDx + 11);
        strokePolyline(t, {{x, kEyeY + 1}, {x + side * 4, kEyeY - 1}}, 1.1f, c, st);
        strokePolyline(t, {{x, kEyeY + 3}, {x + side * 4, kEyeY + 5}}, 1.1f, c, st);
        strokePolyline(t,
                       quadBezier({100 + side * (kEyeDx - 6), kEyeY + 8}, {100 + side * kEyeDx, kEyeY + 10},
                                  {100 + side * (kEyeDx + 6), kEyeY + 8}),
                       1.0f, c, st);
    }
}

sf::RenderStates designStates(sf::FloatRect box, bool mirrored) {
    sf::FloatRect b = portraitBounds(box);
    sf::RenderStates st;
    st.transform.translate(b.left, b.top);
    st.transform.scale(b.width / kW, b.height / kH);
    if (mirrored) {
        st.transform.translate(kW, 0);
        st.transform.scale(-1, 1);
    }
    return st;
}

}  // namespace

sf::FloatRect portraitBounds(sf::FloatRect box) {
    float s = std::min(box.width / kW, box.height / kH);
    float w = kW * s, h = kH * s;
    return {box.left + (box.width - w) / 2, box.top + box.height - h, w, h};
}

void drawPortrait(sf::RenderTarget& target, const LookDef& look, FaceExpression expr, sf::FloatRect box, float blend,
                  FaceExpression previous, const PortraitOptions& options) {
    drawPortrait(target, look, blendFace(faceParams(previous), faceParams(expr), blend), box, options);
}

void drawPortrait(sf::RenderTarget& t, const LookDef& look, const FaceParams& f, sf::FloatRect box,
                  const PortraitOptions& options) {
    if (box.width <= 0 || box.height <= 0) return;
    Batch batch(t);
    const sf::RenderStates st = designStates(box, options.mirrored);
    const Palette p = paletteFor(look);
    const bool hijab = look.headwear == Headwear::Hijab;
    const sf::Color hw = headwearColor(look, p);

    float blink = 1;
    if (options.timeSeconds >= 0) {
        float phase = std::fmod(options.timeSeconds + static_cast<float>(look.id.size()) * 0.37f, 4.1f);
        if (phase < 0.14f) blink = std::fabs(phase - 0.07f) / 0.07f;
    }

    if (!hijab) drawHairBack(t, st, look, p);
    // neck, with the chin's shadow
    fillPolygon(t, {{80, 138}, {120, 138}, {121, 194}, {79, 194}}, p.skinShade, st);
    fillEllipse(t, {100, 160}, 19, 10, shade(p.skinShade, 0.9f), st);
    drawClothing(t, st, look, p);
    drawHairLocks(t, st, look, p);
    if (hijab) drawHijabBack(t, st, hw);

    // head
    if (!hijab) {
        for (float side : {-1.f, 1.f}) {
            fillEllipse(t, {100 + side * 44, 110}, 7.5f, 12.5f, p.skin, st);
            fillEllipse(t, {100 + side * 45, 111}, 3.5f, 7.f, p.skinShade, st);
        }
    }
    const Points head = headOutline();
    fillPolygon(t, head, p.skin, st);
    // soft shade along the far side of the face, for a little depth
    {
        Points outer, inner;
        for (auto q : head)
            if (q.x > 104 && q.y > 60) outer.push_back(q);
        std::sort(outer.begin(), outer.end(), [](sf::Vector2f a, sf::Vector2f b) { return a.y < b.y; });
        for (auto q : outer) inner.push_back({100 + (q.x - 100) * 0.8f, q.y});
        fillBand(t, inner, outer, withAlpha(p.skinDeep, 0.13f), st);
    }
    // face tints
    fillEllipse(t, {72, 124}, 10, 6, withAlpha(sf::Color(232, 112, 104), 0.12f + 0.38f * f.blush), st);
    fillEllipse(t, {128, 124}, 10, 6, withAlpha(sf::Color(232, 112, 104), 0.12f + 0.38f * f.blush), st);
    if (f.flush > 0.01f) {
        fillPolygon(t, head, withAlpha(sf::Color(214, 58, 44), 0.16f * f.flush), st);
        fillEllipse(t, {100, 86}, 30, 12, withAlpha(sf::Color(200, 40, 30), 0.12f * f.flush), st);
    }
    if (f.pallor > 0.01f) fillPolygon(t, head, withAlpha(sf::Color(205, 218, 226), 0.3f * f.pallor), st);
    drawAgeLines(t, st, look.age, p);

    // nose
    strokePolyline(t, quadBezier({103, 108}, {106, 116}, {104, 121}), 1.6f, withAlpha(p.skinDeep, 0.4f), st);
    strokePolyline(t, quadBezier({95, 123}, {100, 127}, {105, 123}), 2.f, withAlpha(p.skinDeep, 0.75f), st);
    fillEllipse(t, {100, 119}, 4, 3, withAlpha(sf::Color::White, 0.12f), st);

    drawEye(t, st, 100 - kEyeDx, f, blink, p, false);
    drawEye(t, st, 100 + kEyeDx, f, blink, p, true);

    if (!hijab) drawHairFront(t, st, look, p);

    drawBrow(t, st, 100 - kEyeDx, false, f, p);
    drawBrow(t, st, 100 + kEyeDx, true, f, p);
    if (f.crease > 0.02f) {
        sf::Color c = withAlpha(p.skinDeep, 0.55f * f.crease);
        strokePolyline(t, {{97, kBrowY - 2}, {96.5f, kBrowY + 5}}, 1.2f, c, st);
        strokePolyline(t, {{103, kBrowY - 2}, {103.5f, kBrowY + 5}}, 1.2f, c, st);
    }

    drawBeard(t, st, look, p);
    drawMouth(t, st, f, p);
    drawGlasses(t, st, look.glasses);

    if (hijab) drawHijabFront(t, st, hw);
    if (look.headwear == Headwear::Cap) drawCap(t, st, hw, p.accent);
    if (look.headwear == Headwear::Helmet) drawHelmet(t, st, hw);

    if (f.sweat > 0.02f) {
        Points drop = ellipse({141, 88}, 4, 4.5f, 16, -20, 200);
        drop.push_back({141, 78});
        fillPolygon(t, drop, withAlpha(sf::Color(160, 210, 245), 0.9f * f.sweat), st);
        fillEllipse(t, {140, 88}, 1.2f, 1.6f, withAlpha(sf::Color::White, 0.9f * f.sweat), st);
    }
}

}  // namespace frontline
