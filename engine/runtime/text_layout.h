// Text layout for the window: UTF-8 strings measured with the SFML font's glyph advances and wrapped with
// frontline::text::wrap (ICU line breaking: Chinese between characters, English at word boundaries), plus a
// typewriter that reveals a paragraph over time and can be completed at once by a key or click.
#pragma once
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/System/String.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::runtime {

sf::String fromUtf8(std::string_view utf8);

// Pixel width of one line of text (advances plus kerning), as sf::Text would draw it.
float textWidth(const sf::Font& font, unsigned size, std::string_view utf8, bool bold = false);

std::vector<std::string> wrapText(const sf::Font& font, unsigned size, std::string_view utf8, float maxWidth,
                                  bool bold = false);

struct TextStyle {
    const sf::Font* font = nullptr;
    unsigned size = 20;
    sf::Color color = sf::Color::White;
    bool bold = false;
    float lineHeight = 1.5f;  // multiple of size
};

// A wrapped paragraph ready to draw, optionally only its first `visible` code points.
class Paragraph {
public:
    void set(std::string_view utf8, const TextStyle& style, float maxWidth);
    float height() const { return static_cast<float>(m_lines.size()) * lineAdvance(); }
    float lineAdvance() const { return static_cast<float>(m_style.size) * m_style.lineHeight; }
    std::size_t lineCount() const { return m_lines.size(); }
    std::size_t length() const { return m_length; }
    float widestLine() const { return m_widest; }
    void setColor(sf::Color color) { m_style.color = color; }
    void draw(sf::RenderTarget& target, sf::Vector2f topLeft, std::size_t visible = std::string::npos) const;

private:
    TextStyle m_style;
    std::vector<sf::String> m_lines;
    std::size_t m_length = 0;
    float m_widest = 0;
};

class Typewriter {
public:
    void start(std::size_t total, double charsPerSecond);
    void update(double dt);
    void complete() { m_shown = static_cast<double>(m_total); }
    bool done() const { return m_shown >= static_cast<double>(m_total); }
    std::size_t visible() const { return static_cast<std::size_t>(m_shown); }

private:
    std::size_t m_total = 0;
    double m_rate = 40, m_shown = 0;
};

}  // namespace frontline::runtime
