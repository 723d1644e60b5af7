#include "screens/stage.h"

#include <SFML/Graphics.hpp>
#include <cmath>
#include <functional>
#include <map>

#include "runtime/portrait.h"
#include "runtime/scene_painter.h"

namespace frontline::game {

struct Stage::Cache {
    std::map<std::string, SceneDef> scenes;
    std::map<std::string, LookDef> looks;
    SceneCache backdrop;  // the still part of the current scene, rendered once; only animated details redraw
};

Stage::Stage(AssetFolders folders) : m_folders(std::move(folders)), m_cache(std::make_unique<Cache>()) {}
Stage::~Stage() = default;

void Stage::drawScene(sf::RenderTarget& target, const std::string& sceneId, double time) {
    auto it = m_cache->scenes.find(sceneId);
    if (it == m_cache->scenes.end()) it = m_cache->scenes.emplace(sceneId, loadScene(m_folders, sceneId).def).first;
    m_cache->backdrop.draw(target, it->second, {1280, 720}, static_cast<float>(time));
}

void Stage::drawCharacter(sf::RenderTarget& target, const std::string& look, FaceExpression expression,
                          FaceExpression previous, float blend, sf::FloatRect box, double time, bool mirrored) {
    auto it = m_cache->looks.find(look);
    if (it == m_cache->looks.end()) it = m_cache->looks.emplace(look, loadLook(m_folders, look).def).first;
    PortraitOptions options;
    options.mirrored = mirrored;
    options.timeSeconds = static_cast<float>(time);
    drawPortrait(target, it->second, expression, box, blend, previous, options);
}

}  // namespace frontline::game
