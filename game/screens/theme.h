// One look for every screen: the palette (normal and high contrast), the fonts, type sizes scaled by the
// text-size setting, and drawing helpers (rounded panels, text, buttons, chips, meters) in logical 1280x720 units.
#pragma once
#include <SFML/Graphics.hpp>
#include <string_view>

#include "runtime/fonts.h"

namespace frontline::game {

struct Palette {
    sf::Color background, backgroundTop, panel, panelRaised, border, text, textDim, accent, focus, good, mixed, poor,
        listen, respond, escalate, trust, patience, shadow;
};

const Palette& palette(bool highContrast);

// The two UI faces. English text is set in a Latin sans when that face has every glyph of the string; Chinese
// text, and any string with a character the Latin face lacks, uses the Chinese-capable face.
struct UiFonts {
    const sf::Font* cjk = nullptr;
    const sf::Font* latin = nullptr;  // null when no Latin face was found: cjk sets everything
    runtime::GlyphCoverage latinCoverage;
    const sf::Font* forText(std::string_view utf8, bool english) const;
};

struct Theme {
    const UiFonts* fonts = nullptr;
    const Palette* colors = nullptr;
    float scale = 1.0f;    // text-size setting
    bool english = false;  // the interface language
    unsigned size(unsigned base) const { return static_cast<unsigned>(static_cast<float>(base) * scale + 0.5f); }
    // The face to set `utf8` in (the one place a font is chosen). Null only when no font was loaded.
    const sf::Font* fontFor(std::string_view utf8) const { return fonts ? fonts->forText(utf8, english) : nullptr; }
};

sf::Color withAlpha(sf::Color c, float alpha);  // alpha 0..1 multiplies c.a
sf::Color mix(sf::Color a, sf::Color b, float t);

void fillRoundedRect(sf::RenderTarget& target, const sf::FloatRect& rect, float radius, sf::Color fill,
                     sf::Color outline = sf::Color::Transparent, float outlineThickness = 0);
void fillVerticalGradient(sf::RenderTarget& target, const sf::FloatRect& rect, sf::Color top, sf::Color bottom);

// Draws one line of UTF-8 text with its top-left at `pos` (the text's ascent box, not SFML's origin); returns width.
float drawText(sf::RenderTarget& target, const Theme& theme, std::string_view utf8, unsigned size, sf::Vector2f pos,
               sf::Color color, bool bold = false);
// Centred horizontally on `centerX`.
float drawTextCentered(sf::RenderTarget& target, const Theme& theme, std::string_view utf8, unsigned size,
                       float centerX, float top, sf::Color color, bool bold = false);
float measureText(const Theme& theme, std::string_view utf8, unsigned size, bool bold = false);

// A button: rounded panel, label centred, a focus ring when focused.
void drawButton(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, std::string_view label,
                bool focused, unsigned textSize = 22, sf::Color base = sf::Color::Transparent);
// A small rounded label such as a difficulty or mode.
float drawChip(sf::RenderTarget& target, const Theme& theme, sf::Vector2f pos, std::string_view label, sf::Color color,
               unsigned textSize = 15);
// A horizontal meter 0..1 with a label.
void drawMeter(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, float value, sf::Color color,
               float flash = 0);
void drawFocusRing(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, float radius);
// A modal over the current screen: dims the whole window, draws the panel and its centred title at titleTop.
void drawModalPanel(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& panel, std::string_view title,
                    float titleTop);

}  // namespace frontline::game
