#include "runtime/resources.h"

#include <cstdio>

namespace frontline::runtime {

const sf::Font* Resources::font(const std::string& path) {
    auto it = m_fonts.find(path);
    if (it != m_fonts.end()) return it->second.get();
    auto font = std::make_unique<sf::Font>();
    if (!font->loadFromFile(path)) {
        std::fprintf(stderr, "frontline: cannot load font %s\n", path.c_str());
        font.reset();
    }
    return (m_fonts[path] = std::move(font)).get();
}

const sf::Texture* Resources::texture(const std::string& path) {
    auto it = m_textures.find(path);
    if (it != m_textures.end()) return it->second.get();
    auto texture = std::make_unique<sf::Texture>();
    if (!texture->loadFromFile(path)) {
        std::fprintf(stderr, "frontline: cannot load image %s\n", path.c_str());
        texture.reset();
    } else {
        texture->setSmooth(true);
    }
    return (m_textures[path] = std::move(texture)).get();
}

}  // namespace frontline::runtime
