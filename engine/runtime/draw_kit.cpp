#include "runtime/draw_kit.h"

#include <algorithm>
#include <cmath>

namespace frontline::draw {

namespace {

constexpr float kPi = 3.14159265358979f;

float cross(sf::Vector2f o, sf::Vector2f a, sf::Vector2f b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool insideTriangle(sf::Vector2f p, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c) {
    float d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
    bool neg = d1 < 0 || d2 < 0 || d3 < 0;
    bool pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
}

// Ear clipping; returns triangle indices. Degenerate input yields a fan so something is drawn.
std::vector<std::size_t> triangulate(const Points& poly) {
    std::vector<std::size_t> out;
    const std::size_t n = poly.size();
    if (n < 3) return out;
    float area = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& p = poly[i];
        const auto& q = poly[(i + 1) % n];
        area += p.x * q.y - q.x * p.y;
    }
    std::vector<std::size_t> idx(n);
    for (std::size_t i = 0; i < n; ++i) idx[i] = area > 0 ? i : n - 1 - i;  // make it counter-clockwise (y down)
    std::size_t guard = 0;
    while (idx.size() > 3 && guard < n * n) {
        ++guard;
        bool clipped = false;
        for (std::size_t i = 0; i < idx.size(); ++i) {
            std::size_t ia = idx[(i + idx.size() - 1) % idx.size()], ib = idx[i], ic = idx[(i + 1) % idx.size()];
            const auto &a = poly[ia], &b = poly[ib], &c = poly[ic];
            if (cross(a, b, c) <= 0) continue;  // reflex or flat
            bool ear = true;
            for (std::size_t j : idx) {
                if (j == ia || j == ib || j == ic) continue;
                if (insideTriangle(poly[j], a, b, c)) {
                    ear = false;
                    break;
                }
            }
            if (!ear) continue;
            out.insert(out.end(), {ia, ib, ic});
            idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(i));
            clipped = true;
            break;
        }
        if (!clipped) {
            // Remove a flat/duplicate vertex if any, else fall back to a fan.
            bool removed = false;
            for (std::size_t i = 0; i < idx.size() && !removed; ++i) {
                auto a = poly[idx[(i + idx.size() - 1) % idx.size()]], b = poly[idx[i]],
                     c = poly[idx[(i + 1) % idx.size()]];
                if (std::fabs(cross(a, b, c)) < 1e-6f) {
                    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(i));
                    removed = true;
                }
            }
            if (!removed) break;
        }
    }
    for (std::size_t i = 1; i + 1 < idx.size(); ++i) out.insert(out.end(), {idx[0], idx[i], idx[i + 1]});
    return out;
}

Batch* g_batch = nullptr;  // the innermost live batch (drawing is single-threaded)

}  // namespace

Batch::Batch(sf::RenderTarget& target) : m_target(target), m_outer(g_batch) {
    g_batch = this;
}

Batch::~Batch() {
    flush();
    g_batch = m_outer;
}

void Batch::flush() {
    if (m_vertices.getVertexCount() > 0) {
        sf::RenderStates st;
        st.blendMode = m_blend;
        m_target.draw(m_vertices, st);
        m_vertices.clear();
    }
}

void submit(sf::RenderTarget& target, const sf::Vertex* v, std::size_t n, sf::PrimitiveType type,
            const sf::RenderStates& states) {
    Batch* batch = g_batch;
    bool batchable = batch && &batch->m_target == &target && !states.texture && !states.shader && type != sf::Points &&
                     type != sf::Lines && type != sf::LineStrip;
    if (!batchable) {
        if (batch && &batch->m_target == &target) batch->flush();
        target.draw(v, n, type, states);
        return;
    }
    if (!(states.blendMode == batch->m_blend)) {
        batch->flush();
        batch->m_blend = states.blendMode;
    }
    auto put = [&](std::size_t i) {
        sf::Vertex out = v[i];
        out.position = states.transform.transformPoint(v[i].position);
        batch->m_vertices.append(out);
    };
    switch (type) {
        case sf::Triangles:
            for (std::size_t i = 0; i + 2 < n; i += 3) put(i), put(i + 1), put(i + 2);
            break;
        case sf::TriangleStrip:
            for (std::size_t i = 0; i + 2 < n; ++i) put(i), put(i + 1), put(i + 2);
            break;
        case sf::TriangleFan:
            for (std::size_t i = 1; i + 1 < n; ++i) put(0), put(i), put(i + 1);
            break;
        case sf::Quads:
            for (std::size_t i = 0; i + 3 < n; i += 4) put(i), put(i + 1), put(i + 2), put(i), put(i + 2), put(i + 3);
            break;
        default:
            break;
    }
}

sf::Color toSf(Rgba c) {
    return sf::Color(c.r, c.g, c.b, c.a);
}

sf::Color mix(sf::Color a, sf::Color b, float t) {
    t = std::clamp(t, 0.f, 1.f);
    auto m = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(std::lround(x + (y - x) * t)); };
    return sf::Color(m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a));
}

sf::Color shade(sf::Color c, float factor) {
    if (factor <= 1) {
        auto s = [factor](sf::Uint8 x) { return static_cast<sf::Uint8>(std::lround(x * factor)); };
        return sf::Color(s(c.r), s(c.g), s(c.b), c.a);
    }
    sf::Color lighter = mix(c, sf::Color(255, 255, 255, c.a), std::min(factor - 1, 1.f));
    return lighter;
}

sf::Color withAlpha(sf::Color c, float alpha01) {
    c.a = static_cast<sf::Uint8>(std::lround(std::clamp(alpha01, 0.f, 1.f) * c.a));
    return c;
}

Points ellipse(sf::Vector2f centre, float rx, float ry, int segments, float fromDeg, float toDeg) {
    Points out;
    bool full = std::fabs(toDeg - fromDeg) >= 360.f;
    int count = full ? segments : segments + 1;
    for (int i = 0; i < count; ++i) {
        float t = (fromDeg + (toDeg - fromDeg) * static_cast<float>(i) / static_cast<float>(segments)) * kPi / 180.f;
        out.push_back({centre.x + rx * std::cos(t), centre.y + ry * std::sin(t)});
    }
    return out;
}

Points quadBezier(sf::Vector2f a, sf::Vector2f c, sf::Vector2f b, int segments) {
    Points out;
    for (int i = 0; i <= segments; ++i) {
        float t = static_cast<float>(i) / static_cast<float>(segments), u = 1 - t;
        out.push_back(u * u * a + 2 * u * t * c + t * t * b);
    }
    return out;
}

Points cubicBezier(sf::Vector2f a, sf::Vector2f c1, sf::Vector2f c2, sf::Vector2f b, int segments) {
    Points out;
    for (int i = 0; i <= segments; ++i) {
        float t = static_cast<float>(i) / static_cast<float>(segments), u = 1 - t;
        out.push_back(u * u * u * a + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * b);
    }
    return out;
}

void append(Points& to, const Points& from, bool skipFirst) {
    to.insert(to.end(), from.begin() + (skipFirst && !from.empty() ? 1 : 0), from.end());
}

void fillPolygon(sf::RenderTarget& target, const Points& polygon, sf::Color color, const sf::RenderStates& states) {
    if (color.a == 0) return;
    auto tris = triangulate(polygon);
    sf::VertexArray va(sf::Triangles, tris.size());
    for (std::size_t i = 0; i < tris.size(); ++i) va[i] = sf::Vertex(polygon[tris[i]], color);
    submit(target, va, states);
}

void fillPolygonGradient(sf::RenderTarget& target, const Points& polygon, sf::Color top, sf::Color bottom,
                         const sf::RenderStates& states, bool horizontal) {
    if (polygon.size() < 3) return;
    float lo = horizontal ? polygon[0].x : polygon[0].y, hi = lo;
    for (auto p : polygon) {
        float v = horizontal ? p.x : p.y;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    auto tris = triangulate(polygon);
    sf::VertexArray va(sf::Triangles, tris.size());
    for (std::size_t i = 0; i < tris.size(); ++i) {
        auto p = polygon[tris[i]];
        float t = hi > lo ? ((horizontal ? p.x : p.y) - lo) / (hi - lo) : 0;
        va[i] = sf::Vertex(p, mix(top, bottom, t));
    }
    submit(target, va, states);
}

void fillBand(sf::RenderTarget& target, const Points& inner, const Points& outer, sf::Color color,
              const sf::RenderStates& states) {
    std::size_t n = std::min(inner.size(), outer.size());
    if (n < 2 || color.a == 0) return;
    sf::VertexArray va(sf::TriangleStrip, n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        va[2 * i] = sf::Vertex(inner[i], color);
        va[2 * i + 1] = sf::Vertex(outer[i], color);
    }
    submit(target, va, states);
}

void strokePolyline(sf::RenderTarget& target, const Points& line, float width, sf::Color color,
                    const sf::RenderStates& states, bool closed) {
    if (line.size() < 2 || color.a == 0 || width <= 0) return;
    const float h = width / 2;
    sf::VertexArray quads(sf::Triangles);
    std::size_t segments = closed ? line.size() : line.size() - 1;
    for (std::size_t i = 0; i < segments; ++i) {
        sf::Vector2f a = line[i], b = line[(i + 1) % line.size()];
        sf::Vector2f d = b - a;
        float len = std::sqrt(d.x * d.x + d.y * d.y);
        if (len < 1e-4f) continue;
        sf::Vector2f n(-d.y / len * h, d.x / len * h);
        for (auto p : {a + n, a - n, b + n, b + n, a - n, b - n}) quads.append(sf::Vertex(p, color));
    }
    submit(target, quads, states);
    // Round joins and caps when the line is thick enough to show corners.
    if (width >= 2.5f) {
        int seg = width >= 5 ? 10 : 6;
        for (std::size_t i = 0; i < line.size(); ++i) {
            sf::VertexArray fan(sf::TriangleFan);
            fan.append(sf::Vertex(line[i], color));
            for (int k = 0; k <= seg; ++k) {
                float t = static_cast<float>(k) / static_cast<float>(seg) * 2 * kPi;
                fan.append(sf::Vertex(line[i] + sf::Vector2f(std::cos(t) * h, std::sin(t) * h), color));
            }
            submit(target, fan, states);
        }
    }
}

void fillRect(sf::RenderTarget& target, sf::FloatRect r, sf::Color color, const sf::RenderStates& states) {
    fillRectGradient(target, r, color, color, false, states);
}

void fillRectGradient(sf::RenderTarget& target, sf::FloatRect r, sf::Color from, sf::Color to, bool horizontal,
                      const sf::RenderStates& states) {
    sf::Vertex v[4];
    v[0] = sf::Vertex({r.left, r.top}, from);
    v[1] = sf::Vertex({r.left + r.width, r.top}, horizontal ? to : from);
    v[2] = sf::Vertex({r.left + r.width, r.top + r.height}, to);
    v[3] = sf::Vertex({r.left, r.top + r.height}, horizontal ? from : to);
    submit(target, v, 4, sf::Quads, states);
}

Points roundRect(sf::FloatRect r, float radius, int seg) {
    radius = std::max(0.f, std::min({radius, r.width / 2, r.height / 2}));
    Points out;
    auto corner = [&](float cx, float cy, float startDeg) {
        append(out, ellipse({cx, cy}, radius, radius, seg, startDeg, startDeg + 90));
    };
    corner(r.left + r.width - radius, r.top + radius, -90);
    corner(r.left + r.width - radius, r.top + r.height - radius, 0);
    corner(r.left + radius, r.top + r.height - radius, 90);
    corner(r.left + radius, r.top + radius, 180);
    return out;
}

void fillEllipse(sf::RenderTarget& target, sf::Vector2f centre, float rx, float ry, sf::Color color,
                 const sf::RenderStates& states) {
    if (color.a == 0) return;
    int seg = std::clamp(static_cast<int>(std::max(rx, ry) * 0.8f), 16, 64);
    sf::VertexArray fan(sf::TriangleFan);
    fan.append(sf::Vertex(centre, color));
    for (int k = 0; k <= seg; ++k) {
        float t = static_cast<float>(k) / static_cast<float>(seg) * 2 * kPi;
        fan.append(sf::Vertex(centre + sf::Vector2f(std::cos(t) * rx, std::sin(t) * ry), color));
    }
    submit(target, fan, states);
}

}  // namespace frontline::draw
