#include "runtime/scene_painter.h"

#include <SFML/Graphics/Sprite.hpp>
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "runtime/draw_kit.h"

namespace frontline {

using namespace draw;

namespace {

constexpr float kPi = 3.14159265358979f;

// Deterministic pseudo-random number in [0, 1) from an index and a salt.
float rnd(int i, int salt = 0) {
    std::uint32_t h = static_cast<std::uint32_t>(i) * 2654435761u ^ static_cast<std::uint32_t>(salt) * 2246822519u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    h *= 3266489917u;
    h ^= h >> 16;
    return static_cast<float>(h & 0xffffff) / static_cast<float>(0x1000000);
}

sf::Color hex(std::uint32_t rgb, std::uint8_t a = 255) {
    return sf::Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, a);
}

struct Prop {
    sf::RenderTarget& t;
    sf::RenderStates st;  // local: origin at the prop's bottom-centre, y up is negative
    const PropDef& def;
    float w, h;  // size in local units
    float time;
    bool still = true;   // draw the parts that never change
    bool moving = true;  // draw the animated details
    sf::Color color(std::uint32_t fallback) const { return def.color ? toSf(*def.color) : hex(fallback); }
    sf::Color accent(std::uint32_t fallback) const { return def.accent ? toSf(*def.accent) : hex(fallback); }
    int count(int fallback) const { return def.count > 0 ? def.count : fallback; }
    void rect(float x, float y, float rw, float rh, sf::Color c) const { fillRect(t, {x, y, rw, rh}, c, st); }
    void rrect(float x, float y, float rw, float rh, float r, sf::Color c) const {
        fillPolygon(t, roundRect({x, y, rw, rh}, r), c, st);
    }
    void poly(const Points& p, sf::Color c) const { fillPolygon(t, p, c, st); }
    void line(const Points& p, float width, sf::Color c) const { strokePolyline(t, p, width, c, st); }
    void oval(float x, float y, float rx, float ry, sf::Color c) const { fillEllipse(t, {x, y}, rx, ry, c, st); }
    void grad(float x, float y, float rw, float rh, sf::Color a, sf::Color b, bool horizontal = false) const {
        fillRectGradient(t, {x, y, rw, rh}, a, b, horizontal, st);
    }
};

// Soft shadow on the floor under an object.
void floorShadow(const Prop& p, float width) {
    p.oval(0, -2, width / 2, std::min(width * 0.045f + 3, 14.f), sf::Color(0, 0, 0, 34));
}

void skylineShapes(const Prop& p, float left, float bottom, float width, float height, sf::Color c, bool lit,
                   int salt) {
    float x = left;
    int i = 0;
    while (x < left + width) {
        float bw = width * (0.05f + 0.06f * rnd(i, salt));
        float bh = height * (0.35f + 0.65f * rnd(i, salt + 1));
        float right = std::min(x + bw, left + width);
        p.rect(x, bottom - bh, right - x, bh, c);
        if (lit) {
            for (float wy = bottom - bh + 6; wy < bottom - 6; wy += 9)
                for (float wx = x + 4; wx < right - 5; wx += 8)
                    if (rnd(static_cast<int>(wx * 7 + wy * 13), salt + 2) < 0.35f)
                        p.rect(wx, wy, 3, 4, sf::Color(255, 214, 130, 200));
        }
        x = right + width * 0.004f;
        ++i;
    }
}

void drawWindow(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color frame = p.color(0xf3f5f7);
    p.rect(-w / 2 - 8, -h - 8, w + 16, h + 16, shade(frame, 0.9f));
    if (p.def.night) {
        p.grad(-w / 2, -h, w, h, hex(0x0f1a2e), hex(0x2a3b5a));
        for (int i = 0; i < 14; ++i)
            p.oval(-w / 2 + w * rnd(i, 3), -h + h * 0.5f * rnd(i, 4), 1.1f, 1.1f, sf::Color(255, 255, 240, 170));
        p.oval(w * 0.28f, -h * 0.78f, 14, 14, hex(0xf4f1de));
        p.oval(w * 0.28f + 5, -h * 0.78f - 3, 12, 12, hex(0x1a2742));
        skylineShapes(p, -w / 2, 0, w, h * 0.45f, hex(0x0b1220), true, 11);
    } else {
        p.grad(-w / 2, -h, w, h, hex(0x9fcbea), hex(0xe3f0f8));
        p.oval(-w * 0.2f, -h * 0.72f, w * 0.16f, h * 0.05f, sf::Color(255, 255, 255, 200));
        p.oval(-w * 0.08f, -h * 0.75f, w * 0.12f, h * 0.06f, sf::Color(255, 255, 255, 200));
        skylineShapes(p, -w / 2, 0, w, h * 0.38f, hex(0xb7c9d8), false, 12);
        skylineShapes(p, -w / 2, 0, w, h * 0.22f, hex(0x98aec2), false, 13);
    }
    // glare
    p.poly({{-w / 2 + w * 0.12f, -h}, {-w / 2 + w * 0.26f, -h}, {-w / 2 + w * 0.14f, 0}, {-w / 2, 0}},
           sf::Color(255, 255, 255, p.def.night ? 10 : 35));
    int panes = p.count(2);
    for (int i = 1; i < panes; ++i)
        p.rect(-w / 2 + w * static_cast<float>(i) / static_cast<float>(panes) - 3, -h, 6, h, frame);
    p.rect(-w / 2, -h * 0.62f - 3, w, 6, frame);
    // frame edges and sill
    p.rect(-w / 2 - 8, -h - 8, w + 16, 8, frame);
    p.rect(-w / 2 - 8, -h - 8, 8, h + 16, frame);
    p.rect(w / 2, -h - 8, 8, h + 16, frame);
    p.rect(-w / 2 - 16, 0, w + 32, 10, shade(frame, 0.85f));
}

void drawTable(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x8d6e4f);
    floorShadow(p, w * 1.05f);
    float top = -h;
    for (float lx : {-w * 0.42f, w * 0.42f}) p.rect(lx - 7, top + 30, 14, h - 30, shade(c, 0.6f));
    p.poly({{-w * 0.45f, top}, {w * 0.45f, top}, {w / 2, top + 22}, {-w / 2, top + 22}}, shade(c, 1.12f));
    p.rect(-w / 2, top + 22, w, 14, shade(c, 0.78f));
    p.rect(-w * 0.44f, top + 36, w * 0.88f, h * 0.28f, shade(c, 0.68f));
    p.line({{-w * 0.4f, top + 6}, {w * 0.4f, top + 6}}, 1.5f, sf::Color(255, 255, 255, 40));
}

void drawDesk(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xa07c5a);
    floorShadow(p, w);
    p.rect(-w / 2 + 10, -h + 16, 14, h - 16, shade(c, 0.62f));
    p.rect(w / 2 - 24, -h + 16, 14, h - 16, shade(c, 0.62f));
    p.rect(-w / 2 + 24, -h + 16, w * 0.36f, h * 0.75f, shade(c, 0.8f));
    for (int i = 0; i < 3; ++i) {
        float y = -h + 24 + static_cast<float>(i) * h * 0.24f;
        p.rect(-w / 2 + 30, y, w * 0.36f - 12, h * 0.2f, shade(c, 0.88f));
        p.rect(-w / 2 + 24 + w * 0.18f - 12, y + h * 0.08f, 24, 4, shade(c, 0.55f));
    }
    p.rect(-w / 2, -h, w, 16, shade(c, 1.1f));
    p.rect(-w / 2, -h + 12, w, 4, shade(c, 0.7f));
}

void drawChair(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x34495e);
    floorShadow(p, w);
    p.rect(-3, -h * 0.42f, 6, h * 0.36f, hex(0x7f8c8d));
    p.line({{-w * 0.4f, -4}, {w * 0.4f, -4}}, 5, hex(0x5d6d7e));
    p.oval(-w * 0.4f, -3, 4, 4, hex(0x2c3e50));
    p.oval(w * 0.4f, -3, 4, 4, hex(0x2c3e50));
    p.rrect(-w * 0.38f, -h, w * 0.76f, h * 0.5f, 12, c);
    p.rrect(-w / 2, -h * 0.5f, w, h * 0.12f, 6, shade(c, 0.8f));
    p.rrect(-w * 0.3f, -h * 0.95f, w * 0.6f, h * 0.38f, 10, sf::Color(255, 255, 255, 18));
}

void chartContent(const Prop& p, float x, float y, float w, float h, sf::Color accent, bool dim) {
    sf::Color bar = dim ? withAlpha(accent, 0.5f) : accent;
    sf::Color text(255, 255, 255, dim ? 60 : 120);
    p.rect(x + w * 0.06f, y + h * 0.1f, w * 0.4f, h * 0.06f, text);
    p.rect(x + w * 0.06f, y + h * 0.2f, w * 0.25f, h * 0.04f, withAlpha(text, 0.6f));
    for (int i = 0; i < 5; ++i) {
        float bh = h * (0.2f + 0.4f * rnd(i, 77));
        p.rect(x + w * (0.08f + 0.08f * static_cast<float>(i)), y + h * 0.88f - bh, w * 0.05f, bh, bar);
    }
    Points line;
    for (int i = 0; i < 6; ++i)
        line.push_back({x + w * (0.55f + 0.075f * static_cast<float>(i)), y + h * (0.75f - 0.45f * rnd(i, 78))});
    p.line(line, 2.5f, dim ? sf::Color(120, 200, 160, 120) : hex(0x2ecc71));
}

void drawScreen(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x1c2430);
    p.rrect(-w / 2 - 6, -h - 6, w + 12, h + 12, 6, hex(0x111418));
    p.grad(-w / 2, -h, w, h, shade(c, 1.15f), c);
    chartContent(p, -w / 2, -h, w, h, p.accent(0x3498db), p.def.night);
    p.poly({{-w / 2, -h}, {-w / 2 + w * 0.35f, -h}, {-w / 2, -h * 0.3f}}, sf::Color(255, 255, 255, 12));
}

void drawMonitor(const Prop& p) {
    const float w = p.w, h = p.h;
    int n = p.count(1);
    float each = w / static_cast<float>(n);
    for (int i = 0; i < n; ++i) {
        float cx = -w / 2 + each * (static_cast<float>(i) + 0.5f);
        p.rect(cx - 4, -h * 0.3f, 8, h * 0.3f, hex(0x4a4f57));
        p.rect(cx - each * 0.2f, -4, each * 0.4f, 4, hex(0x4a4f57));
        p.rrect(cx - each * 0.46f, -h, each * 0.92f, h * 0.72f, 4, hex(0x20242a));
        p.grad(cx - each * 0.42f, -h + 4, each * 0.84f, h * 0.72f - 8, p.accent(0x5dade2),
               shade(p.accent(0x5dade2), 0.6f));
        for (int k = 0; k < 4; ++k)
            p.rect(cx - each * 0.36f, -h + 10 + static_cast<float>(k) * h * 0.13f,
                   each * (0.3f + 0.35f * rnd(k + i * 7, 5)), 3, sf::Color(255, 255, 255, 110));
    }
}

void drawPlant(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color leaf = p.color(0x3f8f5a), pot = p.accent(0xd8cbb8);
    floorShadow(p, w * 0.7f);
    for (int i = 0; i < 9; ++i) {
        float a = (-160.f + 140.f * static_cast<float>(i) / 8.f) * kPi / 180.f;
        float len = h * (0.55f + 0.25f * rnd(i, 21));
        sf::Vector2f base{0, -h * 0.3f};
        sf::Vector2f tip{std::cos(a) * len * 0.55f, -h * 0.3f + std::sin(a) * len};
        sf::Vector2f n{(tip.y - base.y) * 0.18f, -(tip.x - base.x) * 0.18f};
        Points leafShape = quadBezier(base, (base + tip) / 2.f + n, tip, 8);
        append(leafShape, quadBezier(tip, (base + tip) / 2.f - n, base, 8), true);
        p.poly(leafShape, i % 2 ? leaf : shade(leaf, 0.8f));
    }
    p.poly({{-w * 0.3f, -h * 0.32f}, {w * 0.3f, -h * 0.32f}, {w * 0.22f, 0}, {-w * 0.22f, 0}}, pot);
    p.rect(-w * 0.32f, -h * 0.34f, w * 0.64f, h * 0.05f, shade(pot, 0.9f));
}

void drawServerRack(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x22272e);
    if (p.still) {
        floorShadow(p, w * 1.1f);
        p.rect(-w / 2, -h, w, h, c);
        p.rect(-w / 2 + 6, -h + 8, w - 12, h - 16, shade(c, 1.25f));
    }
    int units = p.count(12);
    float uh = (h - 24) / static_cast<float>(units);
    for (int i = 0; i < units; ++i) {
        float y = -h + 12 + static_cast<float>(i) * uh;
        if (p.still) {
            p.rect(-w / 2 + 10, y + 2, w - 20, uh - 4, shade(c, 0.9f + 0.2f * rnd(i, 31)));
            p.rect(-w / 2 + 16, y + uh / 2 - 1, w * 0.35f, 2, sf::Color(255, 255, 255, 30));
        }
        for (int k = 0; k < 3; ++k) {
            float phase = rnd(i * 3 + k, static_cast<int>(p.def.x));
            bool on = std::fmod(p.time * (0.7f + phase * 2.3f) + phase * 5, 1.f) < 0.6f;
            sf::Color led = k == 2 ? hex(0xf39c12) : hex(0x2ecc71);
            float x = w / 2 - 18 - static_cast<float>(k) * 9;
            if (p.still) p.oval(x, y + uh / 2, 2.2f, 2.2f, shade(led, 0.35f));
            if (p.moving && on) p.oval(x, y + uh / 2, 2.2f, 2.2f, led);
        }
    }
}

void drawDoor(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xb08d6a);
    p.rect(-w / 2 - 10, -h - 10, w + 20, h + 10, hex(0xe9e4dc));
    p.rect(-w / 2, -h, w, h, c);
    p.rect(-w / 2 + 14, -h + 16, w - 28, h * 0.38f, shade(c, 0.9f));
    p.rect(-w / 2 + 14, -h * 0.5f, w - 28, h * 0.44f, shade(c, 0.9f));
    p.rrect(w / 2 - 30, -h * 0.52f, 18, 6, 3, p.accent(0xc9ced6));
}

void drawStageLights(const Prop& p) {
    // Area: the whole prop box; lights hang on a truss along its top edge.
    const float w = p.w, h = p.h;
    int n = p.count(6);
    sf::Color beam = p.color(0xfff1c1);
    sf::Color truss = hex(0x2b2f36);
    if (p.still) {
        p.rect(-w / 2, -h, w, 14, truss);
        for (float x = -w / 2; x < w / 2; x += 28) p.line({{x, -h}, {x + 14, -h + 14}, {x + 28, -h}}, 2, hex(0x454b55));
        for (int i = 0; i < n; ++i) {
            float x = -w / 2 + w * (static_cast<float>(i) + 0.5f) / static_cast<float>(n);
            p.rrect(x - 12, -h + 10, 24, 20, 4, hex(0x15181d));
            p.oval(x, -h + 28, 9, 4, beam);
        }
    }
    for (int i = 0; i < n && p.moving; ++i) {
        float x = -w / 2 + w * (static_cast<float>(i) + 0.5f) / static_cast<float>(n);
        float sweep = std::sin(p.time * 0.6f + static_cast<float>(i) * 1.7f) * 0.25f;
        float lean = (x / (w / 2)) * -0.25f + sweep;
        sf::Vector2f src{x, -h + 26};
        sf::Vector2f floor{x + lean * h, 0};
        float spread = h * 0.16f;
        // soft beam: bright along its axis, fading to nothing at the edges
        sf::VertexArray cone(sf::Triangles, 6);
        sf::Color c0 = withAlpha(beam, 0.3f * std::min(2.f, p.def.intensity));
        sf::Color mid = withAlpha(beam, 0.12f * std::min(2.f, p.def.intensity));
        sf::Color c1 = withAlpha(beam, 0.0f);
        cone[0] = sf::Vertex(src, c0);
        cone[1] = sf::Vertex(floor + sf::Vector2f(-spread, 0), c1);
        cone[2] = sf::Vertex(floor, mid);
        cone[3] = sf::Vertex(src, c0);
        cone[4] = sf::Vertex(floor, mid);
        cone[5] = sf::Vertex(floor + sf::Vector2f(spread, 0), c1);
        sf::RenderStates add = p.st;
        add.blendMode = sf::BlendAdd;
        submit(p.t, cone, add);
    }
}

void drawSpotlight(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color beam = p.color(0xfff6dc);
    sf::VertexArray cone(sf::TriangleStrip, 6);
    float k = std::min(2.f, p.def.intensity);
    sf::Color top = withAlpha(beam, 0.12f * k), bottom = withAlpha(beam, 0.22f * k), edge = withAlpha(beam, 0);
    cone[0] = sf::Vertex({-w * 0.12f, -h}, edge);
    cone[1] = sf::Vertex({-w / 2, 0}, edge);
    cone[2] = sf::Vertex({0, -h}, top);
    cone[3] = sf::Vertex({0, 0}, bottom);
    cone[4] = sf::Vertex({w * 0.12f, -h}, edge);
    cone[5] = sf::Vertex({w / 2, 0}, edge);
    sf::RenderStates add = p.st;
    add.blendMode = sf::BlendAdd;
    submit(p.t, cone, add);
    sf::VertexArray pool(sf::TriangleFan);
    pool.append(sf::Vertex({0, 0}, withAlpha(beam, 0.35f)));
    for (int k = 0; k <= 32; ++k) {
        float a = static_cast<float>(k) / 32.f * 2 * kPi;
        pool.append(sf::Vertex({std::cos(a) * w * 0.55f, std::sin(a) * w * 0.08f}, withAlpha(beam, 0.f)));
    }
    submit(p.t, pool, add);
}

void drawRain(const Prop& p) {
    if (!p.moving) return;
    const float w = p.w, h = p.h;
    int n = static_cast<int>(static_cast<float>(p.count(170)) * std::clamp(p.def.intensity, 0.1f, 2.f));
    sf::Color c = p.color(0xc8d6e5);
    sf::VertexArray lines(sf::Triangles);
    for (int i = 0; i < n; ++i) {
        float speed = 700 + 400 * rnd(i, 41);
        float len = 18 + 22 * rnd(i, 42);
        float x0 = -w / 2 + w * rnd(i, 43);
        float y = std::fmod(h * rnd(i, 44) + p.time * speed, h + len) - h;
        float x = x0 + (y + h) * 0.18f;
        x = -w / 2 + std::fmod(x + w / 2 + w, w);
        sf::Color cc = withAlpha(c, 0.35f + 0.45f * rnd(i, 45));
        // a thin streak fading in from its tail
        const sf::Vector2f tail{x, y - len}, head{x + len * 0.18f, y}, side{0.7f, 0};
        for (auto q : {tail - side, tail + side, head + side, tail - side, head + side, head - side})
            lines.append(sf::Vertex(q, (q.y < y - 1) ? withAlpha(cc, 0.f) : cc));
    }
    submit(p.t, lines, p.st);
    // splashes along the bottom edge
    for (int i = 0; i < n / 8; ++i) {
        float phase = std::fmod(p.time * 1.7f + rnd(i, 46), 1.f);
        float x = -w / 2 + w * rnd(i, 47);
        p.line(ellipse({x, -4 - 10 * rnd(i, 48)}, 4 + 6 * phase, 1.5f + 1.5f * phase, 10, 180, 360), 1.f,
               withAlpha(c, 0.35f * (1 - phase)));
    }
}

void drawLightning(const Prop& p) {
    if (!p.moving) return;
    const float w = p.w, h = p.h;
    float cycle = 7.f;
    float t = std::fmod(p.time + 5.2f, cycle);
    float flash = t < 0.12f ? 1.f : (t > 0.22f && t < 0.3f) ? 0.6f : 0.f;
    if (flash <= 0) return;
    int strike = static_cast<int>((p.time + 5.2f) / cycle);
    p.rect(-w / 2, -h, w, h, sf::Color(220, 230, 255, static_cast<sf::Uint8>(70 * flash)));
    Points bolt;
    float x = -w * 0.3f + w * 0.6f * rnd(strike, 51);
    for (int k = 0; k <= 8; ++k) {
        bolt.push_back({x, -h + h * 0.55f * static_cast<float>(k) / 8.f});
        x += (rnd(k + strike * 9, 52) - 0.5f) * 40;
    }
    p.line(bolt, 5, sf::Color(200, 215, 255, static_cast<sf::Uint8>(120 * flash)));
    p.line(bolt, 2, sf::Color(255, 255, 255, static_cast<sf::Uint8>(255 * flash)));
}

void drawClouds(const Prop& p) {
    const float w = p.w, h = p.h;
    int n = p.count(7);
    sf::Color c = p.color(0x3d4654);
    for (int i = 0; i < n; ++i) {
        if (!p.still) return;
        float cx = -w / 2 + w * rnd(i, 61);
        float cy = -h + h * 0.35f * rnd(i, 63);
        float s = 70 + 90 * rnd(i, 64);
        sf::Color cc = shade(c, 0.85f + 0.3f * rnd(i, 65));
        for (int k = 0; k < 5; ++k)
            p.oval(cx + (static_cast<float>(k) - 2) * s * 0.45f, cy - s * 0.2f * std::sin(static_cast<float>(k) * 0.8f),
                   s * (0.45f + 0.2f * rnd(k + i * 5, 66)), s * 0.3f, cc);
    }
}

void drawSkyline(const Prop& p) {
    skylineShapes(p, -p.w / 2, 0, p.w, p.h, p.color(0x8fa3b8), p.def.night, 17);
}

void drawBanner(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xc0392b), a = p.accent(0xffffff);
    p.line({{-w * 0.4f, -h - 40}, {-w * 0.4f, -h}}, 2, hex(0x555a60));
    p.line({{w * 0.4f, -h - 40}, {w * 0.4f, -h}}, 2, hex(0x555a60));
    p.grad(-w / 2, -h, w, h, shade(c, 1.1f), shade(c, 0.85f), true);
    // an abstract emblem and "lettering" bars
    float ex = -w / 2 + h * 0.62f;
    for (int k = 0; k < 6; ++k) {
        float ang = (-90.f + 30.f * static_cast<float>(k - 2.5f)) * kPi / 180.f;
        sf::Vector2f tip{ex + std::cos(ang) * h * 0.32f, -h / 2 + std::sin(ang) * h * 0.32f + h * 0.12f};
        Points petal = quadBezier({ex, -h * 0.28f}, {tip.x - 6, tip.y + 8}, tip, 6);
        append(petal, quadBezier(tip, {tip.x + 6, tip.y + 8}, {ex, -h * 0.28f}, 6), true);
        p.poly(petal, a);
    }
    p.rrect(-w / 2 + h * 1.1f, -h * 0.66f, w * 0.5f, h * 0.16f, h * 0.08f, withAlpha(a, 0.95f));
    p.rrect(-w / 2 + h * 1.1f, -h * 0.4f, w * 0.32f, h * 0.1f, h * 0.05f, withAlpha(a, 0.7f));
    p.rect(-w / 2, -h * 0.08f, w, h * 0.08f, shade(c, 0.7f));
}

void drawPhone(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x2d3436);
    bool blink = std::fmod(p.time, 1.2f) < 0.6f;
    if (p.moving && blink) p.oval(-w * 0.3f, -h * 0.45f, 3, 3, p.accent(0xe74c3c));
    if (!p.still) return;
    p.oval(0, -1, w * 0.55f, 4, sf::Color(0, 0, 0, 50));
    p.poly({{-w / 2, 0}, {w / 2, 0}, {w * 0.4f, -h * 0.7f}, {-w * 0.4f, -h * 0.7f}}, c);
    Points handset = roundRect({-w * 0.48f, -h, w * 0.96f, h * 0.32f}, h * 0.14f);
    p.poly(handset, shade(c, 1.2f));
    for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 3; ++k)
            p.rect(-w * 0.12f + static_cast<float>(k) * w * 0.1f, -h * 0.58f + static_cast<float>(r) * h * 0.14f,
                   w * 0.06f, h * 0.08f, hex(0xb2bec3));
    p.oval(-w * 0.3f, -h * 0.45f, 3, 3, shade(p.accent(0xe74c3c), 0.4f));
}

void drawLamp(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x2c3e50), light = p.accent(0xffd98a);
    // shade: a cone tilted 30° towards the front-right
    const sf::Vector2f d{0.5f, 0.866f}, n{0.866f, -0.5f};
    const sf::Vector2f top{w * 0.12f, -h * 0.95f};
    const sf::Vector2f mouth = top + d * (h * 0.24f);
    sf::VertexArray glow(sf::TriangleFan);
    glow.append(sf::Vertex(mouth, withAlpha(light, 0.5f * p.def.intensity)));
    for (int k = 0; k <= 32; ++k) {
        float a = static_cast<float>(k) / 32.f * 2 * kPi;
        glow.append(sf::Vertex(mouth + sf::Vector2f(std::cos(a) * w * 1.8f, std::sin(a) * w * 1.3f + w * 0.4f),
                               withAlpha(light, 0.f)));
    }
    sf::RenderStates add = p.st;
    add.blendMode = sf::BlendAdd;
    submit(p.t, glow, add);
    p.rect(-w * 0.3f, -6, w * 0.6f, 6, c);
    p.line({{-w * 0.05f, -6}, {-w * 0.2f, -h * 0.55f}, {top.x, top.y}}, 4, c);
    p.poly({top - n * (w * 0.1f), top + n * (w * 0.1f), mouth + n * (w * 0.3f), mouth - n * (w * 0.3f)}, c);
    p.oval(mouth.x, mouth.y, w * 0.2f, w * 0.09f, light);
}

void drawWhiteboard(const Prop& p) {
    const float w = p.w, h = p.h;
    p.rect(-w / 2 - 5, -h - 5, w + 10, h + 10, hex(0xb8c0c8));
    p.rect(-w / 2, -h, w, h, hex(0xfbfcfd));
    sf::Color blue = p.accent(0x2e6fbf), red = hex(0xd35454);
    p.line({{-w * 0.4f, -h * 0.8f}, {-w * 0.1f, -h * 0.8f}}, 3, blue);
    p.line({{-w * 0.4f, -h * 0.68f}, {-w * 0.2f, -h * 0.68f}}, 2, withAlpha(blue, 0.7f));
    p.rrect(-w * 0.42f, -h * 0.52f, w * 0.2f, h * 0.16f, 4, sf::Color(0, 0, 0, 0));
    p.line(roundRect({-w * 0.42f, -h * 0.52f, w * 0.22f, h * 0.16f}, 4), 2, blue);
    p.line(roundRect({w * 0.05f, -h * 0.52f, w * 0.22f, h * 0.16f}, 4), 2, blue);
    p.line({{-w * 0.2f, -h * 0.44f}, {w * 0.05f, -h * 0.44f}}, 2, blue);
    p.line({{w * 0.02f, -h * 0.47f}, {w * 0.05f, -h * 0.44f}, {w * 0.02f, -h * 0.41f}}, 2, blue);
    p.line(quadBezier({w * 0.1f, -h * 0.25f}, {w * 0.25f, -h * 0.05f}, {w * 0.38f, -h * 0.3f}), 2.5f, red);
    p.rect(-w * 0.3f, -6, w * 0.6f, 6, hex(0x95a5a6));
}

void drawShelf(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x8a6a4c);
    floorShadow(p, w);
    p.rect(-w / 2, -h, w, h, shade(c, 0.75f));
    int rows = p.count(4);
    float rh = (h - 12) / static_cast<float>(rows);
    const std::uint32_t books[] = {0x2e86de, 0xc0392b, 0x27ae60, 0xf1c40f, 0x8e44ad, 0xecf0f1, 0x16a085, 0xd35400};
    for (int r = 0; r < rows; ++r) {
        float base = -h + 6 + static_cast<float>(r + 1) * rh;
        float x = -w / 2 + 10;
        int i = 0;
        while (x < w / 2 - 22) {
            float bw = 8 + 8 * rnd(i + r * 31, 71);
            float bh = rh * (0.55f + 0.3f * rnd(i + r * 31, 72));
            if (rnd(i + r * 31, 73) < 0.12f) {
                x += bw + 6;
                ++i;
                continue;
            }
            p.rect(x, base - 5 - bh, bw, bh, shade(hex(books[(i + r * 3) % 8]), 0.8f));
            x += bw + 1.5f;
            ++i;
        }
        p.rect(-w / 2, base - 6, w, 6, c);
    }
    p.rect(-w / 2, -h, 6, h, c);
    p.rect(w / 2 - 6, -h, 6, h, c);
    p.rect(-w / 2, -h, w, 8, c);
}

void drawClock(const Prop& p) {
    const float r = std::min(p.w, p.h) / 2;
    sf::Vector2f c{0, -r};
    p.oval(c.x, c.y, r, r, p.color(0x2c3e50));
    p.oval(c.x, c.y, r * 0.86f, r * 0.86f, hex(0xfdfdfd));
    for (int k = 0; k < 12; ++k) {
        float a = static_cast<float>(k) / 12.f * 2 * kPi;
        p.line({c + sf::Vector2f(std::cos(a), std::sin(a)) * r * 0.72f,
                c + sf::Vector2f(std::cos(a), std::sin(a)) * r * 0.8f},
               1.5f, hex(0x2c3e50));
    }
    float minute = p.def.night ? 0.62f : 0.17f, hour = p.def.night ? 0.95f : 0.35f;  // 11:37 at night, 10:10 by day
    auto hand = [&](float frac, float len, float width) {
        float a = frac * 2 * kPi - kPi / 2;
        p.line({c, c + sf::Vector2f(std::cos(a), std::sin(a)) * r * len}, width, hex(0x2c3e50));
    };
    hand(hour, 0.45f, 3);
    hand(minute, 0.68f, 2);
    p.oval(c.x, c.y, 2.5f, 2.5f, p.accent(0xc0392b));
}

void drawSofa(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x7f8fa6);
    floorShadow(p, w);
    p.rrect(-w / 2 + 10, -h, w - 20, h * 0.6f, 14, shade(c, 0.9f));
    p.rrect(-w / 2 + 24, -h * 0.52f, w - 48, h * 0.3f, 8, c);
    p.rrect(-w / 2, -h * 0.7f, 34, h * 0.62f, 12, shade(c, 0.82f));
    p.rrect(w / 2 - 34, -h * 0.7f, 34, h * 0.62f, 12, shade(c, 0.82f));
    p.rect(-w / 2 + 10, -h * 0.22f, w - 20, h * 0.16f, shade(c, 0.75f));
    p.line({{0, -h * 0.95f}, {0, -h * 0.45f}}, 2, shade(c, 0.8f));
    for (float x : {-w / 2 + 20, w / 2 - 20}) p.rect(x - 4, -h * 0.08f, 8, h * 0.08f, hex(0x3d3d3d));
}

void drawCounter(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xe8e2d6), a = p.accent(0xb08d57);
    floorShadow(p, w);
    p.rect(-w / 2, -h + 16, w, h - 16, c);
    p.grad(-w / 2, -h + 16, w, h - 16, shade(c, 1.05f), shade(c, 0.85f));
    p.rect(-w / 2 - 10, -h, w + 20, 18, shade(c, 0.7f));
    p.rect(-w / 2, -h * 0.45f, w, 8, a);
    for (int i = 1; i < 4; ++i) p.rect(-w / 2 + w * static_cast<float>(i) / 4 - 1, -h + 18, 2, h - 18, shade(c, 0.9f));
}

void drawCup(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xf5f5f0);
    for (int k = 0; k < 2 && p.moving; ++k) {
        Points steam;
        for (int i = 0; i <= 10; ++i) {
            float y = -h - static_cast<float>(i) * h * 0.12f;
            steam.push_back(
                {-w * 0.15f + static_cast<float>(k) * w * 0.3f +
                     std::sin(static_cast<float>(i) * 0.8f + p.time * 2 + static_cast<float>(k)) * w * 0.12f,
                 y});
        }
        p.line(steam, 2, sf::Color(255, 255, 255, 70));
    }
    if (!p.still) return;
    p.poly({{-w / 2, -h}, {w / 2, -h}, {w * 0.4f, 0}, {-w * 0.4f, 0}}, c);
    p.line(ellipse({w * 0.55f, -h * 0.55f}, w * 0.18f, h * 0.22f, 12, -90, 90), 3, c);
    p.rect(-w / 2, -h, w, 3, shade(c, 0.8f));
    p.rect(-w * 0.45f, -h * 0.6f, w * 0.9f, h * 0.18f, p.accent(0xc0392b));
}

void drawTower(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x9aa5b1);
    float topW = w * 0.12f;
    bool on = std::fmod(p.time, 1.5f) < 0.75f;
    if (p.moving && on) p.oval(0, -h - 32, 5, 5, hex(0xff3b30));
    if (!p.still) return;
    p.line({{-w / 2, 0}, {-topW, -h}}, 4, c);
    p.line({{w / 2, 0}, {topW, -h}}, 4, c);
    int n = 10;
    for (int i = 0; i < n; ++i) {
        float y0 = -h * static_cast<float>(i) / static_cast<float>(n),
              y1 = -h * static_cast<float>(i + 1) / static_cast<float>(n);
        float x0 = w / 2 - (w / 2 - topW) * static_cast<float>(i) / static_cast<float>(n);
        float x1 = w / 2 - (w / 2 - topW) * static_cast<float>(i + 1) / static_cast<float>(n);
        p.line({{-x0, y0}, {x1, y1}}, 1.6f, c);
        p.line({{x0, y0}, {-x1, y1}}, 1.6f, c);
        p.line({{-x1, y1}, {x1, y1}}, 1.6f, c);
    }
    sf::Color panel = p.accent(0xe5e8eb);
    p.line({{-topW * 2.6f, -h * 0.88f}, {topW * 2.6f, -h * 0.88f}}, 2.5f, c);
    p.line({{-topW * 2.6f, -h * 0.97f}, {topW * 2.6f, -h * 0.97f}}, 2.5f, c);
    for (int k = 0; k < 3; ++k) {
        float x = -topW * 2.4f + static_cast<float>(k) * topW * 2.4f;
        p.rrect(x - 6, -h * 0.93f, 12, h * 0.12f, 3, panel);
    }
    p.rect(-topW * 0.3f, -h - 30, topW * 0.6f, 30, c);
    p.oval(0, -h - 32, 5, 5, hex(0x5a1d1a));
}

void drawPodium(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x2c3e50);
    floorShadow(p, w);
    p.poly({{-w * 0.4f, 0}, {w * 0.4f, 0}, {w * 0.32f, -h * 0.82f}, {-w * 0.32f, -h * 0.82f}}, c);
    p.poly({{-w / 2, -h * 0.82f}, {w / 2, -h * 0.82f}, {w * 0.44f, -h}, {-w * 0.44f, -h}}, shade(c, 1.3f));
    p.oval(0, -h * 0.5f, w * 0.14f, w * 0.14f, p.accent(0xc0392b));
    p.line({{w * 0.1f, -h}, {w * 0.2f, -h * 1.18f}}, 2, hex(0x333333));
    p.oval(w * 0.2f, -h * 1.19f, 4, 5, hex(0x222222));
}

void drawCeilingLight(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0x2d3436), light = p.accent(0xfff3d6);
    sf::RenderStates add = p.st;
    add.blendMode = sf::BlendAdd;
    sf::VertexArray glow(sf::TriangleStrip, 4);
    glow[0] = sf::Vertex({-w * 0.4f, 0}, withAlpha(light, 0.09f * p.def.intensity));
    glow[1] = sf::Vertex({w * 0.4f, 0}, withAlpha(light, 0.09f * p.def.intensity));
    glow[2] = sf::Vertex({-w * 1.6f, h * 6}, withAlpha(light, 0));
    glow[3] = sf::Vertex({w * 1.6f, h * 6}, withAlpha(light, 0));
    submit(p.t, glow, add);
    p.line({{0, -h}, {0, -2000}}, 2, c);
    p.poly({{-w * 0.15f, -h}, {w * 0.15f, -h}, {w / 2, 0}, {-w / 2, 0}}, c);
    p.oval(0, 0, w * 0.42f, 5, light);
}

void drawCone(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xe67e22);
    p.rect(-w / 2, -5, w, 5, shade(c, 0.7f));
    p.poly({{-w * 0.35f, -5}, {w * 0.35f, -5}, {w * 0.08f, -h}, {-w * 0.08f, -h}}, c);
    p.poly({{-w * 0.25f, -h * 0.35f}, {w * 0.25f, -h * 0.35f}, {w * 0.19f, -h * 0.55f}, {-w * 0.19f, -h * 0.55f}},
           hex(0xf5f5f5));
}

void drawBarrier(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xe74c3c), stripe = p.accent(0xf5f5f5);
    for (float x : {-w * 0.42f, w * 0.42f}) {
        p.rect(x - 4, -h, 8, h, hex(0x7f8c8d));
        p.rect(x - 16, -4, 32, 4, hex(0x5d6d7e));
    }
    p.rect(-w / 2, -h * 0.9f, w, h * 0.3f, stripe);
    for (float x = -w / 2; x < w / 2; x += 36)
        p.poly({{x, -h * 0.6f},
                {std::min(x + 18, w / 2), -h * 0.6f},
                {std::min(x + 36, w / 2), -h * 0.9f},
                {std::min(x + 18, w / 2), -h * 0.9f}},
               c);
}

void drawFlask(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color liquid = p.color(0x48c9b0);
    Points body = {{-w * 0.12f, -h}, {w * 0.12f, -h}, {w * 0.12f, -h * 0.6f},
                   {w / 2, 0},       {-w / 2, 0},     {-w * 0.12f, -h * 0.6f}};
    p.poly(body, sf::Color(230, 240, 245, 120));
    p.poly({{-w * 0.28f, -h * 0.3f}, {w * 0.28f, -h * 0.3f}, {w / 2, 0}, {-w / 2, 0}}, withAlpha(liquid, 0.85f));
    p.line(body, 1.5f, sf::Color(200, 215, 225));
    p.line({body.back(), body.front()}, 1.5f, sf::Color(200, 215, 225));
}

void drawCabinet(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xc8ced6);
    floorShadow(p, w);
    p.rect(-w / 2, -h, w, h, c);
    p.rect(-w / 2, -h, w, 8, shade(c, 0.8f));
    p.rect(-w / 2 + 6, -h + 14, w / 2 - 9, h - 20, shade(c, 0.93f));
    p.rect(3, -h + 14, w / 2 - 9, h - 20, shade(c, 0.93f));
    for (float y = -h + 24; y < -h + 24 + 5 * 8; y += 8) p.rect(-w / 2 + 14, y, w / 2 - 26, 3, shade(c, 0.7f));
    p.rect(-8, -h * 0.5f, 4, 18, shade(c, 0.6f));
    p.rect(4, -h * 0.5f, 4, 18, shade(c, 0.6f));
    p.rect(w / 2 - 30, -h + 20, 14, 8, p.accent(0x27ae60));
}

void drawLaptop(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color c = p.color(0xb2bac2);
    p.poly({{-w * 0.4f, -h * 0.2f}, {w * 0.4f, -h * 0.2f}, {w * 0.36f, -h}, {-w * 0.36f, -h}}, shade(c, 0.7f));
    p.poly({{-w * 0.35f, -h * 0.25f}, {w * 0.35f, -h * 0.25f}, {w * 0.32f, -h * 0.94f}, {-w * 0.32f, -h * 0.94f}},
           p.accent(0x5dade2));
    p.poly({{-w / 2, 0}, {w / 2, 0}, {w * 0.42f, -h * 0.2f}, {-w * 0.42f, -h * 0.2f}}, c);
}

void drawProjector(const Prop& p) {
    const float w = p.w, h = p.h;
    p.rect(-w / 2 - 8, -h - 14, w + 16, 12, hex(0x7f8c8d));
    p.rect(-w / 2, -h - 2, w, h, hex(0xf7f8fa));
    p.rect(-w / 2, -h - 2, w, 3, hex(0xd5d9de));
    chartContent(p, -w / 2 + w * 0.06f, -h + h * 0.06f, w * 0.88f, h * 0.82f, p.accent(0x3498db), false);
    p.rect(-w / 2 + 4, -2, w - 8, 4, hex(0x95a5a6));
}

void drawPainting(const Prop& p) {
    const float w = p.w, h = p.h;
    sf::Color frame = p.accent(0x3b2f2a);
    p.rect(-w / 2 - 6, -h - 6, w + 12, h + 12, frame);
    p.grad(-w / 2, -h, w, h, p.color(0xd7e4ea), shade(p.color(0xd7e4ea), 0.85f));
    p.poly({{-w / 2, 0}, {-w * 0.15f, -h * 0.6f}, {w * 0.1f, -h * 0.25f}, {w * 0.25f, -h * 0.45f}, {w / 2, 0}},
           hex(0x7f9c8f));
    p.oval(w * 0.25f, -h * 0.72f, h * 0.1f, h * 0.1f, hex(0xf0c27b));
}

// Props without animated details draw nothing in the moving pass.
bool isAnimated(PropKind k) {
    switch (k) {
        case PropKind::ServerRack:
        case PropKind::StageLights:
        case PropKind::Rain:
        case PropKind::Lightning:
        case PropKind::Phone:
        case PropKind::Cup:
        case PropKind::Tower:
            return true;
        default:
            return false;
    }
}

void drawProp(sf::RenderTarget& target, const sf::RenderStates& sceneStates, const PropDef& def, float time, bool still,
              bool moving) {
    if (!still && !isAnimated(def.kind)) return;
    struct Size {
        float w, h;
    };
    static const Size sizes[] = {
        {260, 300},   // window
        {700, 130},   // table
        {420, 150},   // desk
        {90, 150},    // chair
        {360, 210},   // screen
        {130, 110},   // monitor
        {90, 180},    // plant
        {140, 320},   // server-rack
        {150, 300},   // door
        {1280, 720},  // stage-lights
        {1280, 720},  // rain
        {600, 90},    // banner
        {80, 46},     // phone
        {70, 120},    // lamp
        {300, 190},   // whiteboard
        {200, 260},   // shelf
        {60, 60},     // clock
        {300, 120},   // sofa
        {500, 130},   // counter
        {24, 26},     // cup
        {160, 420},   // tower
        {110, 150},   // podium
        {80, 40},     // ceiling-light
        {1280, 720},  // lightning
        {40, 60},     // cone
        {200, 90},    // barrier
        {40, 60},     // flask
        {160, 190},   // cabinet
        {90, 60},     // laptop
        {360, 220},   // projector
        {160, 110},   // painting
        {1280, 300},  // clouds
        {1280, 220},  // skyline
        {320, 500},   // spotlight
    };
    static_assert(std::size(sizes) == static_cast<std::size_t>(PropKind::Count), "a default size per prop kind");
    Size s = sizes[static_cast<std::size_t>(def.kind)];
    sf::RenderStates st = sceneStates;
    st.transform.translate(def.x, def.y);
    st.transform.scale(def.flip ? -def.scale : def.scale, def.scale);
    Prop p{target, st, def, def.w > 0 ? def.w : s.w, def.h > 0 ? def.h : s.h, time, still, moving};
    switch (def.kind) {
        case PropKind::Window:
            drawWindow(p);
            break;
        case PropKind::Table:
            drawTable(p);
            break;
        case PropKind::Desk:
            drawDesk(p);
            break;
        case PropKind::Chair:
            drawChair(p);
            break;
        case PropKind::Screen:
            drawScreen(p);
            break;
        case PropKind::Monitor:
            drawMonitor(p);
            break;
        case PropKind::Plant:
            drawPlant(p);
            break;
        case PropKind::ServerRack:
            drawServerRack(p);
            break;
        case PropKind::Door:
            drawDoor(p);
            break;
        case PropKind::StageLights:
            drawStageLights(p);
            break;
        case PropKind::Rain:
            drawRain(p);
            break;
        case PropKind::Banner:
            drawBanner(p);
            break;
        case PropKind::Phone:
            drawPhone(p);
            break;
        case PropKind::Lamp:
            drawLamp(p);
            break;
        case PropKind::Whiteboard:
            drawWhiteboard(p);
            break;
        case PropKind::Shelf:
            drawShelf(p);
            break;
        case PropKind::Clock:
            drawClock(p);
            break;
        case PropKind::Sofa:
            drawSofa(p);
            break;
        case PropKind::Counter:
            drawCounter(p);
            break;
        case PropKind::Cup:
            drawCup(p);
            break;
        case PropKind::Tower:
            drawTower(p);
            break;
        case PropKind::Podium:
            drawPodium(p);
            break;
        case PropKind::CeilingLight:
            drawCeilingLight(p);
            break;
        case PropKind::Lightning:
            drawLightning(p);
            break;
        case PropKind::Cone:
            drawCone(p);
            break;
        case PropKind::Barrier:
            drawBarrier(p);
            break;
        case PropKind::Flask:
            drawFlask(p);
            break;
        case PropKind::Cabinet:
            drawCabinet(p);
            break;
        case PropKind::Laptop:
            drawLaptop(p);
            break;
        case PropKind::Projector:
            drawProjector(p);
            break;
        case PropKind::Painting:
            drawPainting(p);
            break;
        case PropKind::Clouds:
            drawClouds(p);
            break;
        case PropKind::Skyline:
            drawSkyline(p);
            break;
        case PropKind::Spotlight:
            drawSpotlight(p);
            break;
        case PropKind::Count:
            break;
    }
}

void drawLayer(sf::RenderTarget& t, const sf::RenderStates& st, const LayerDef& l) {
    Points pts;
    switch (l.shape) {
        case ShapeKind::Rect:
            pts = {{l.x, l.y}, {l.x + l.w, l.y}, {l.x + l.w, l.y + l.h}, {l.x, l.y + l.h}};
            break;
        case ShapeKind::RoundRect:
            pts = roundRect({l.x, l.y, l.w, l.h}, l.radius);
            break;
        case ShapeKind::Circle:
            pts = ellipse({l.x, l.y}, l.radius, l.radius, 64);
            break;
        case ShapeKind::Ellipse:
            pts = ellipse({l.x + l.w / 2, l.y + l.h / 2}, l.w / 2, l.h / 2, 64);
            break;
        case ShapeKind::Polygon:
            for (auto p : l.points) pts.push_back({p.x, p.y});
            break;
    }
    if (l.gradient)
        fillPolygonGradient(t, pts, toSf(l.gradient->from), toSf(l.gradient->to), st, l.gradient->horizontal);
    else
        fillPolygon(t, pts, toSf(l.color), st);
    if (l.outline && l.outlineWidth > 0) strokePolyline(t, pts, l.outlineWidth, toSf(*l.outline), st, true);
}

}  // namespace

void drawSceneStill(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size) {
    Batch batch(target);
    sf::RenderStates st;
    st.transform.scale(size.x / kSceneWidth, size.y / kSceneHeight);
    fillRectGradient(target, {0, 0, kSceneWidth, kSceneHeight}, toSf(scene.background.from), toSf(scene.background.to),
                     scene.background.horizontal, st);
    for (const auto& l : scene.layers) drawLayer(target, st, l);
    for (const auto& p : scene.props) drawProp(target, st, p, 0, true, false);
    for (const auto& l : scene.foreground) drawLayer(target, st, l);
}

void drawSceneMoving(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds) {
    Batch batch(target);
    sf::RenderStates st;
    st.transform.scale(size.x / kSceneWidth, size.y / kSceneHeight);
    for (const auto& p : scene.props) drawProp(target, st, p, timeSeconds, false, true);
}

bool hasMovingParts(const SceneDef& scene) {
    for (const auto& p : scene.props)
        if (isAnimated(p.kind)) return true;
    return false;
}

void drawScene(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds) {
    drawSceneStill(target, scene, size);
    drawSceneMoving(target, scene, size, timeSeconds);
}

void SceneCache::draw(sf::RenderTarget& target, const SceneDef& scene, sf::Vector2f size, float timeSeconds) {
    const sf::Vector2u pixels(static_cast<unsigned>(std::lround(std::max(1.f, size.x))),
                              static_cast<unsigned>(std::lround(std::max(1.f, size.y))));
    if (!m_ready || m_id != scene.id || m_size != pixels) {
        sf::ContextSettings settings;
        settings.antialiasingLevel = 4;
        m_ready = m_texture.create(pixels.x, pixels.y, settings);
        if (m_ready) {
            m_texture.clear();
            drawSceneStill(m_texture, scene, size);
            m_texture.display();
            m_texture.setSmooth(true);
            m_id = scene.id;
            m_size = pixels;
        }
    }
    if (!m_ready) {
        drawScene(target, scene, size, timeSeconds);
        return;
    }
    sf::Sprite sprite(m_texture.getTexture());
    sprite.setScale(size.x / static_cast<float>(pixels.x), size.y / static_cast<float>(pixels.y));
    // The still part is opaque, so blending would change nothing; without it llvmpipe also drops the work
    // already binned under it (the clear) and shades the full screen without reading it back.
    target.draw(sprite, sf::RenderStates(sf::BlendNone));
    drawSceneMoving(target, scene, size, timeSeconds);
}

void SceneCache::invalidate() {
    m_ready = false;
}

}  // namespace frontline
