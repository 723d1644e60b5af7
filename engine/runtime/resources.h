// Resource cache: fonts and textures loaded once by path and kept for the life of the cache.
// Returns nullptr (and prints one line) when a file cannot be loaded.
#pragma once
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <map>
#include <memory>
#include <string>

namespace frontline::runtime {

class Resources {
public:
    const sf::Font* font(const std::string& path);
    const sf::Texture* texture(const std::string& path);

private:
    std::map<std::string, std::unique_ptr<sf::Font>> m_fonts;
    std::map<std::string, std::unique_ptr<sf::Texture>> m_textures;
};

}  // namespace frontline::runtime
