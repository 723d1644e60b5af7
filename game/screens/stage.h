// The play screen's picture: the scene backdrop and the characters' portraits, drawn by the visuals
// module (runtime/scene_painter.h, runtime/portrait.h) from assets/. Parsed definitions are cached.
#pragma once
#include <SFML/Graphics/RenderTarget.hpp>
#include <memory>
#include <string>
#include <string_view>

#include "core/asset_defs.h"
#include "runtime/face_expression.h"

namespace frontline::game {

class Stage {
public:
    // Looks and scenes are taken from the first of `folders` that defines them (core/asset_defs.h).
    explicit Stage(AssetFolders folders);
    ~Stage();
    void drawScene(sf::RenderTarget& target, const std::string& sceneId, double time);
    // The bust stands on box's bottom edge; `blend` 0..1 tweens from `previous` to `expression`.
    void drawCharacter(sf::RenderTarget& target, const std::string& look, FaceExpression expression,
                       FaceExpression previous, float blend, sf::FloatRect box, double time, bool mirrored);

private:
    struct Cache;  // parsed looks and scenes
    AssetFolders m_folders;
    std::unique_ptr<Cache> m_cache;
};

}  // namespace frontline::game
