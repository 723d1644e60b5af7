#include "screens/stage.h"

#include <cmath>
#include <functional>

#include <SFML/Graphics.hpp>

#ifdef FRONTLINE_HAVE_VISUALS
#include "runtime/portrait.h"
#include "runtime/scene_painter.h"
#endif

namespace frontline {
#ifndef FRONTLINE_HAVE_VISUALS
FaceExpression expressionFor(int trust, int patience, std::string_view) {
    if (patience < 25) return trust < 50 ? FaceExpression::Angry : FaceExpression::Distressed;
    if (trust < 25) return patience < 50 ? FaceExpression::Angry : FaceExpression::Concerned;
    if (patience < 45 || trust < 40) return FaceExpression::Concerned;
    if (trust >= 70) return FaceExpression::Pleased;
    return FaceExpression::Neutral;
}
#endif
}  // namespace frontline

namespace frontline::game {

void Stage::drawScene(sf::RenderTarget& target, const std::string& sceneId, double time) {
#ifdef FRONTLINE_HAVE_VISUALS
    auto it = m_scenes.find(sceneId);
    if (it == m_scenes.end()) it = m_scenes.emplace(sceneId, loadScene(m_assets, sceneId).def).first;
    frontline::drawScene(target, it->second, {1280, 720}, static_cast<float>(time));
#else
    (void)time;
    auto h = std::hash<std::string>{}(sceneId);
    sf::Color top(static_cast<sf::Uint8>(60 + h % 60), static_cast<sf::Uint8>(70 + (h >> 8) % 60), static_cast<sf::Uint8>(90 + (h >> 16) % 60));
    sf::Vertex quad[] = {{{0, 0}, top}, {{1280, 0}, top}, {{1280, 720}, sf::Color(30, 34, 44)}, {{0, 720}, sf::Color(30, 34, 44)}};
    target.draw(quad, 4, sf::Quads);
    sf::RectangleShape floor({1280, 200});
    floor.setPosition(0, 520);
    floor.setFillColor(sf::Color(40, 44, 54));
    target.draw(floor);
#endif
}

void Stage::drawCharacter(sf::RenderTarget& target, const std::string& look, FaceExpression expression,
                          FaceExpression previous, float blend, sf::FloatRect box, double time, bool mirrored) {
#ifdef FRONTLINE_HAVE_VISUALS
    auto it = m_looks.find(look);
    if (it == m_looks.end()) it = m_looks.emplace(look, loadLook(m_assets, look).def).first;
    PortraitOptions options;
    options.mirrored = mirrored;
    options.timeSeconds = static_cast<float>(time);
    drawPortrait(target, it->second, expression, box, blend, previous, options);
#else
    (void)look; (void)previous; (void)blend; (void)time; (void)mirrored;
    float w = std::min(box.width, box.height * 0.8f), cx = box.left + box.width / 2, bottom = box.top + box.height;
    sf::Color body = expression == FaceExpression::Angry ? sf::Color(170, 70, 70)
                     : expression == FaceExpression::Pleased ? sf::Color(80, 150, 100) : sf::Color(90, 110, 140);
    sf::CircleShape head(w * 0.2f, 40);
    head.setOrigin(w * 0.2f, w * 0.2f);
    head.setPosition(cx, bottom - w * 0.9f);
    head.setFillColor(sf::Color(214, 170, 140));
    sf::RectangleShape torso({w * 0.8f, w * 0.55f});
    torso.setPosition(cx - w * 0.4f, bottom - w * 0.55f);
    torso.setFillColor(body);
    target.draw(torso);
    target.draw(head);
#endif
}

}  // namespace frontline::game
