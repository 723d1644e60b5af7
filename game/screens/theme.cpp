#include "screens/theme.h"

#include <algorithm>
#include <cmath>

#include "runtime/text_layout.h"

namespace frontline::game {

const Palette& palette(bool highContrast) {
    static const Palette normal{
        /*background*/ {16, 22, 32},       /*backgroundTop*/ {28, 40, 58}, /*panel*/ {24, 32, 46, 238},
        /*panelRaised*/ {36, 48, 68, 245}, /*border*/ {70, 88, 116},       /*text*/ {238, 242, 247},
        /*textDim*/ {160, 174, 194},       /*accent*/ {86, 164, 255},      /*focus*/ {255, 205, 96},
        /*good*/ {62, 201, 138},           /*mixed*/ {242, 180, 66},       /*poor*/ {236, 96, 96},
        /*listen*/ {72, 180, 220},         /*respond*/ {110, 196, 110},    /*escalate*/ {240, 138, 76},
        /*trust*/ {92, 170, 255},          /*patience*/ {244, 190, 78},    /*shadow*/ {0, 0, 0, 110}};
    static const Palette contrast{/*background*/ {0, 0, 0},
                                  /*backgroundTop*/ {0, 0, 0},
                                  /*panel*/ {0, 0, 0, 250},
                                  /*panelRaised*/ {20, 20, 20, 255},
                                  /*border*/ {255, 255, 255},
                                  /*text*/ {255, 255, 255},
                                  /*textDim*/ {220, 220, 220},
                                  /*accent*/ {255, 230, 0},
                                  /*focus*/ {255, 230, 0},
                                  /*good*/ {0, 235, 120},
                                  /*mixed*/ {255, 200, 0},
                                  /*poor*/ {255, 90, 90},
                                  /*listen*/ {0, 210, 255},
                                  /*respond*/ {120, 255, 120},
                                  /*escalate*/ {255, 150, 60},
                                  /*trust*/ {0, 200, 255},
                                  /*patience*/ {255, 220, 0},
                                  /*shadow*/ {0, 0, 0, 0}};
    return highContrast ? contrast : normal;
}

sf::Color withAlpha(sf::Color c, float alpha) {
    c.a = static_cast<sf::Uint8>(std::clamp(alpha, 0.f, 1.f) * static_cast<float>(c.a));
    return c;
}

sf::Color mix(sf::Color a, sf::Color b, float t) {
    auto m = [t](sf::Uint8 x, sf::Uint8 y) {
        return static_cast<sf::Uint8>(static_cast<float>(x) + (static_cast<float>(y) - static_cast<float>(x)) * t);
    };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

void fillRoundedRect(sf::RenderTarget& target, const sf::FloatRect& r, float radius, sf::Color fill, sf::Color outline,
                     float thickness) {
    radius = std::min({radius, r.width / 2, r.height / 2});
    const int segments = 6;
    sf::ConvexShape shape(4 * (segments + 1));
    const sf::Vector2f centers[4] = {{r.left + r.width - radius, r.top + radius},
                                     {r.left + r.width - radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + radius}};
    std::size_t k = 0;
    for (int c = 0; c < 4; ++c) {
        float start = -90.f + 90.f * static_cast<float>(c);
        for (int s = 0; s <= segments; ++s) {
            float a = (start + 90.f * static_cast<float>(s) / segments) * 3.14159265f / 180.f;
            shape.setPoint(k++, {centers[c].x + radius * std::cos(a), centers[c].y + radius * std::sin(a)});
        }
    }
    shape.setFillColor(fill);
    if (thickness > 0) {
        shape.setOutlineColor(outline);
        shape.setOutlineThickness(thickness);
    }
    target.draw(shape);
}

void fillVerticalGradient(sf::RenderTarget& target, const sf::FloatRect& r, sf::Color top, sf::Color bottom) {
    sf::Vertex quad[] = {{{r.left, r.top}, top},
                         {{r.left + r.width, r.top}, top},
                         {{r.left + r.width, r.top + r.height}, bottom},
                         {{r.left, r.top + r.height}, bottom}};
    target.draw(quad, 4, sf::Quads);
}

const sf::Font* UiFonts::forText(std::string_view utf8, bool english) const {
    if (english && latin && latinCoverage.covers(utf8)) return latin;
    return cjk;
}

float measureText(const Theme& theme, std::string_view utf8, unsigned size, bool bold) {
    const sf::Font* font = theme.fontFor(utf8);
    return font ? runtime::textWidth(*font, size, utf8, bold) : 0.f;
}

float drawText(sf::RenderTarget& target, const Theme& theme, std::string_view utf8, unsigned size, sf::Vector2f pos,
               sf::Color color, bool bold) {
    const sf::Font* font = theme.fontFor(utf8);
    if (!font) return 0;
    sf::Text text(runtime::fromUtf8(utf8), *font, size);
    text.setFillColor(color);
    if (bold) text.setStyle(sf::Text::Bold);
    // sf::Text puts the baseline at pos.y + size-ish; shift up so `pos` is roughly the top of capitals.
    text.setPosition(std::round(pos.x), std::round(pos.y - static_cast<float>(size) * 0.12f));
    target.draw(text);
    return runtime::textWidth(*font, size, utf8, bold);
}

float drawTextCentered(sf::RenderTarget& target, const Theme& theme, std::string_view utf8, unsigned size,
                       float centerX, float top, sf::Color color, bool bold) {
    float w = measureText(theme, utf8, size, bold);
    drawText(target, theme, utf8, size, {centerX - w / 2, top}, color, bold);
    return w;
}

void drawFocusRing(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, float radius) {
    sf::FloatRect ring(rect.left - 4, rect.top - 4, rect.width + 8, rect.height + 8);
    fillRoundedRect(target, ring, radius + 4, sf::Color::Transparent, theme.colors->focus, 3);
}

void drawButton(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, std::string_view label,
                bool focused, unsigned textSize, sf::Color base) {
    const Palette& p = *theme.colors;
    sf::Color fill = base == sf::Color::Transparent ? p.panelRaised : base;
    if (focused) fill = mix(fill, p.accent, 0.35f);
    fillRoundedRect(target, {rect.left, rect.top + 3, rect.width, rect.height}, 10, p.shadow);
    fillRoundedRect(target, rect, 10, fill, p.border, 1);
    if (focused) drawFocusRing(target, theme, rect, 10);
    unsigned size = theme.size(textSize);
    drawTextCentered(target, theme, label, size, rect.left + rect.width / 2,
                     rect.top + (rect.height - static_cast<float>(size)) / 2, p.text, focused);
}

float drawChip(sf::RenderTarget& target, const Theme& theme, sf::Vector2f pos, std::string_view label, sf::Color color,
               unsigned textSize) {
    unsigned size = theme.size(textSize);
    float w = measureText(theme, label, size) + 20;
    float h = static_cast<float>(size) + 12;
    fillRoundedRect(target, {pos.x, pos.y, w, h}, h / 2, withAlpha(color, 0.22f), color, 1.5f);
    drawText(target, theme, label, size, {pos.x + 10, pos.y + 6}, theme.colors->text);
    return w;
}

void drawMeter(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& r, float value, sf::Color color,
               float flash) {
    value = std::clamp(value, 0.f, 1.f);
    fillRoundedRect(target, r, r.height / 2, withAlpha(theme.colors->background, 0.9f), theme.colors->border, 1);
    if (value > 0.01f)
        fillRoundedRect(target, {r.left, r.top, std::max(r.height, r.width * value), r.height}, r.height / 2,
                        mix(color, sf::Color::White, std::clamp(flash, 0.f, 1.f) * 0.6f));
}

void drawModalPanel(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& panel, std::string_view title,
                    float titleTop) {
    const Palette& p = *theme.colors;
    sf::RectangleShape dim({1280, 720});
    dim.setFillColor(sf::Color(6, 8, 14, 175));
    target.draw(dim);
    fillRoundedRect(target, panel, 18, p.panel, p.border, 1.5f);
    drawTextCentered(target, theme, title, theme.size(34), panel.left + panel.width / 2, titleTop, p.text, true);
}

}  // namespace frontline::game
