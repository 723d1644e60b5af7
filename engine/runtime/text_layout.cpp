#include "runtime/text_layout.h"

#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>

#include "text/line_breaker.h"

namespace frontline::runtime {

sf::String fromUtf8(std::string_view utf8) {
    return sf::String::fromUtf8(utf8.begin(), utf8.end());
}

float textWidth(const sf::Font& font, unsigned size, std::string_view utf8, bool bold) {
    sf::String s = fromUtf8(utf8);
    float width = 0, lineWidth = 0;
    sf::Uint32 previous = 0;
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        sf::Uint32 c = s[i];
        if (c == '\n') {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            previous = 0;
            continue;
        }
        if (previous) lineWidth += font.getKerning(previous, c, size);
        lineWidth += font.getGlyph(c, size, bold).advance;
        previous = c;
    }
    return std::max(width, lineWidth);
}

std::vector<std::string> wrapText(const sf::Font& font, unsigned size, std::string_view utf8, float maxWidth,
                                  bool bold) {
    return text::wrap(utf8, maxWidth,
                      [&](std::string_view s) { return static_cast<double>(textWidth(font, size, s, bold)); });
}

void Paragraph::set(std::string_view utf8, const TextStyle& style, float maxWidth) {
    m_style = style;
    m_lines.clear();
    m_length = 0;
    m_widest = 0;
    if (!style.font) return;
    for (const auto& line : wrapText(*style.font, style.size, utf8, maxWidth, style.bold)) {
        m_lines.push_back(fromUtf8(line));
        m_length += m_lines.back().getSize();
        m_widest = std::max(m_widest, textWidth(*style.font, style.size, line, style.bold));
    }
}

void Paragraph::draw(sf::RenderTarget& target, sf::Vector2f topLeft, std::size_t visible) const {
    if (!m_style.font) return;
    sf::Text text;
    text.setFont(*m_style.font);
    text.setCharacterSize(m_style.size);
    text.setFillColor(m_style.color);
    if (m_style.bold) text.setStyle(sf::Text::Bold);
    float y = topLeft.y;
    for (const auto& line : m_lines) {
        if (visible == 0) break;
        if (visible < line.getSize()) {
            text.setString(line.substring(0, visible));
            visible = 0;
        } else {
            text.setString(line);
            if (visible != std::string::npos) visible -= line.getSize();
        }
        text.setPosition(std::round(topLeft.x), std::round(y));
        target.draw(text);
        y += lineAdvance();
    }
}

void Typewriter::start(std::size_t total, double charsPerSecond) {
    m_total = total;
    m_rate = charsPerSecond;
    m_shown = 0;
}

void Typewriter::update(double dt) {
    m_shown = std::min(static_cast<double>(m_total), m_shown + dt * m_rate);
}

}  // namespace frontline::runtime
