// Small flat-shape drawing helpers shared by the portrait, scene and chart painters (internal to them).
// All functions draw in the coordinates of `states.transform`; polygons may be concave (ear clipping).
#pragma once
#include <SFML/Graphics.hpp>
#include <vector>

#include "core/asset_defs.h"

namespace frontline::draw {

using Points = std::vector<sf::Vector2f>;

// Collects everything the helpers below draw into `target` (with no texture/shader) into one vertex array,
// transformed on the CPU, and draws it in as few calls as possible (one per run of the same blend mode) when
// flushed or destroyed. Keeps drawing order. Use one around a whole portrait or scene: hundreds of tiny draw
// calls are slow on software GL. Draw nothing else into `target` while it is alive without flush() first.
class Batch {
public:
    explicit Batch(sf::RenderTarget& target);
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;
    void flush();

private:
    friend void submit(sf::RenderTarget&, const sf::Vertex*, std::size_t, sf::PrimitiveType, const sf::RenderStates&);
    sf::RenderTarget& m_target;
    sf::VertexArray m_vertices{sf::Triangles};
    sf::BlendMode m_blend = sf::BlendAlpha;
    Batch* m_outer = nullptr;
};

// Draws (or batches, inside a Batch on the same target) triangles, triangle strips/fans, quads or lines.
void submit(sf::RenderTarget& target, const sf::Vertex* vertices, std::size_t count, sf::PrimitiveType type,
            const sf::RenderStates& states = sf::RenderStates::Default);
inline void submit(sf::RenderTarget& target, const sf::VertexArray& va,
                   const sf::RenderStates& states = sf::RenderStates::Default) {
    if (va.getVertexCount() > 0) submit(target, &va[0], va.getVertexCount(), va.getPrimitiveType(), states);
}

sf::Color toSf(Rgba c);
sf::Color mix(sf::Color a, sf::Color b, float t);  // t=0 → a, t=1 → b (alpha too)
sf::Color shade(sf::Color c, float factor);        // factor < 1 darker, > 1 lighter (towards white)
sf::Color withAlpha(sf::Color c, float alpha01);   // multiplies the existing alpha

Points ellipse(sf::Vector2f centre, float rx, float ry, int segments = 48, float fromDeg = 0, float toDeg = 360);
Points quadBezier(sf::Vector2f a, sf::Vector2f control, sf::Vector2f b, int segments = 16);
Points cubicBezier(sf::Vector2f a, sf::Vector2f c1, sf::Vector2f c2, sf::Vector2f b, int segments = 20);
void append(Points& to, const Points& from, bool skipFirst = false);

// Simple (non-self-intersecting) polygon, any winding, concave allowed.
void fillPolygon(sf::RenderTarget& target, const Points& polygon, sf::Color color,
                 const sf::RenderStates& states = sf::RenderStates::Default);
// Same, with a vertical colour gradient over the polygon's bounding box.
void fillPolygonGradient(sf::RenderTarget& target, const Points& polygon, sf::Color top, sf::Color bottom,
                         const sf::RenderStates& states = sf::RenderStates::Default, bool horizontal = false);
// Band between two polylines with the same point count (e.g. a ring or a hood).
void fillBand(sf::RenderTarget& target, const Points& inner, const Points& outer, sf::Color color,
              const sf::RenderStates& states = sf::RenderStates::Default);
void strokePolyline(sf::RenderTarget& target, const Points& line, float width, sf::Color color,
                    const sf::RenderStates& states = sf::RenderStates::Default, bool closed = false);
void fillRect(sf::RenderTarget& target, sf::FloatRect r, sf::Color color,
              const sf::RenderStates& states = sf::RenderStates::Default);
void fillRectGradient(sf::RenderTarget& target, sf::FloatRect r, sf::Color from, sf::Color to, bool horizontal,
                      const sf::RenderStates& states = sf::RenderStates::Default);
Points roundRect(sf::FloatRect r, float radius, int segmentsPerCorner = 6);
void fillEllipse(sf::RenderTarget& target, sf::Vector2f centre, float rx, float ry, sf::Color color,
                 const sf::RenderStates& states = sf::RenderStates::Default);

}  // namespace frontline::draw
