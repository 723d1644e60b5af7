// The play screen's picture: the scene backdrop and the characters' portraits, drawn by the visuals
// module (runtime/scene_painter.h, runtime/portrait.h) from assets/; plain stand-ins until it is built in.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include <SFML/Graphics/RenderTarget.hpp>

#if __has_include("runtime/portrait.h")
#include "runtime/asset_defs.h"
#include "runtime/face_expression.h"
#define FRONTLINE_HAVE_VISUALS 1
#else
namespace frontline {
enum class FaceExpression { Neutral, Pleased, Concerned, Angry, Distressed };
FaceExpression expressionFor(int trust, int patience, std::string_view nodeMood = "");
}  // namespace frontline
#endif

namespace frontline::game {

class Stage {
public:
    explicit Stage(std::string assetsDir) : m_assets(std::move(assetsDir)) {}
    void drawScene(sf::RenderTarget& target, const std::string& sceneId, double time);
    // The bust stands on box's bottom edge; `blend` 0..1 tweens from `previous` to `expression`.
    void drawCharacter(sf::RenderTarget& target, const std::string& look, FaceExpression expression,
                       FaceExpression previous, float blend, sf::FloatRect box, double time, bool mirrored);

private:
    std::string m_assets;
#ifdef FRONTLINE_HAVE_VISUALS
    std::map<std::string, SceneDef> m_scenes;
    std::map<std::string, LookDef> m_looks;
#endif
};

}  // namespace frontline::game
