// frontline_gallery --out DIR [--assets DIR] [--check]
// Renders contact sheets of every scene and look so they can be looked at, and with --check verifies that
// images are not blank and that expressions visibly differ. Needs a display (run under xvfb-run).
#include <fontconfig/fontconfig.h>

#include <SFML/Graphics.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/asset_defs.h"
#include "runtime/face_expression.h"
#include "runtime/portrait.h"
#include "runtime/radar_chart.h"
#include "runtime/scene_painter.h"

namespace fs = std::filesystem;
using namespace frontline;

namespace {

// A Simplified-Chinese-capable font through fontconfig; SFML 2.5 loads only face 0 of a collection, so
// WenQuanYi Micro Hei (face 0 = SC with Latin) is preferred over Noto CJK (face 0 = JP).
std::optional<std::string> findFont() {
    if (!FcInit()) return std::nullopt;
    std::optional<std::string> found;
    for (const char* family : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "sans-serif"}) {
        FcPattern* pat = FcPatternCreate();
        FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
        FcLangSet* langs = FcLangSetCreate();
        FcLangSetAdd(langs, reinterpret_cast<const FcChar8*>("zh-cn"));
        FcPatternAddLangSet(pat, FC_LANG, langs);
        FcConfigSubstitute(nullptr, pat, FcMatchPattern);
        FcDefaultSubstitute(pat);
        FcResult res;
        FcPattern* match = FcFontMatch(nullptr, pat, &res);
        if (match) {
            FcChar8* file = nullptr;
            int index = 0;
            FcPatternGetInteger(match, FC_INDEX, 0, &index);
            if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && index == 0) {
                found = reinterpret_cast<const char*>(file);
            }
            FcPatternDestroy(match);
        }
        FcLangSetDestroy(langs);
        FcPatternDestroy(pat);
        if (found) break;
    }
    return found;
}

struct Gallery {
    fs::path out;
    sf::Font font;
    bool hasFont = false;
    int failures = 0;

    void fail(const std::string& what) {
        std::cerr << "gallery: FAIL " << what << "\n";
        ++failures;
    }

    void label(sf::RenderTarget& t, const std::string& utf8, sf::Vector2f pos, unsigned size = 16,
               sf::Color color = sf::Color(40, 44, 52)) {
        if (!hasFont) return;
        sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font, size);
        text.setFillColor(color);
        text.setPosition(pos);
        t.draw(text);
    }

    sf::Image save(sf::RenderTexture& rt, const std::string& name) {
        rt.display();
        sf::Image img = rt.getTexture().copyToImage();
        auto size = img.getSize();
        // force alpha to 255: translucent shapes leave translucent pixels that look washed out in viewers
        std::vector<sf::Uint8> pixels(img.getPixelsPtr(), img.getPixelsPtr() + std::size_t{size.x} * size.y * 4);
        for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
        img.create(size.x, size.y, pixels.data());
        fs::path file = out / name;
        if (!img.saveToFile(file.string()))
            fail("cannot write " + file.string());
        else
            std::cout << "wrote " << file.string() << "\n";
        return img;
    }
};

bool createTarget(sf::RenderTexture& rt, unsigned w, unsigned h) {
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    return rt.create(w, h, settings);
}

// Standard deviation of luminance over a rectangle: ~0 means blank.
double contrast(const sf::Image& img, sf::IntRect r) {
    double sum = 0, sum2 = 0;
    long n = 0;
    for (int y = r.top; y < r.top + r.height; y += 2)
        for (int x = r.left; x < r.left + r.width; x += 2) {
            sf::Color c = img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
            double l = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
            sum += l;
            sum2 += l * l;
            ++n;
        }
    double mean = sum / static_cast<double>(n);
    return std::sqrt(std::max(0.0, sum2 / static_cast<double>(n) - mean * mean));
}

// Mean absolute per-channel difference between two equally sized crops.
double difference(const sf::Image& img, sf::IntRect a, sf::IntRect b) {
    double sum = 0;
    long n = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            sf::Color p = img.getPixel(static_cast<unsigned>(a.left + x), static_cast<unsigned>(a.top + y));
            sf::Color q = img.getPixel(static_cast<unsigned>(b.left + x), static_cast<unsigned>(b.top + y));
            sum += std::abs(p.r - q.r) + std::abs(p.g - q.g) + std::abs(p.b - q.b);
            ++n;
        }
    return sum / (3.0 * static_cast<double>(n));
}

std::vector<fs::path> jsonFiles(const fs::path& dir) {
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Synthetic looks so every option of the format appears at least once.
std::vector<LookDef> variantLooks() {
    std::vector<LookDef> v;
    auto add = [&](std::string id, Rgba skin, HairStyle hs, Rgba hair, Headwear hw, Beard b, Glasses g, Age a,
                   ClothingStyle cs, Rgba cloth, Rgba accent) {
        LookDef l;
        l.id = std::move(id);
        l.skin = skin;
        l.hairStyle = hs;
        l.hairColor = hair;
        l.headwear = hw;
        l.beard = b;
        l.glasses = g;
        l.age = a;
        l.clothingStyle = cs;
        l.clothingColor = cloth;
        l.accent = accent;
        v.push_back(l);
    };
    add("short/stubble/polo", {0xc6, 0x8e, 0x64}, HairStyle::Short, {0x1c, 0x1a, 0x18}, Headwear::None, Beard::Stubble,
        Glasses::None, Age::Young, ClothingStyle::Polo, {0x27, 0xae, 0x60}, {0xf4, 0xf1, 0xea});
    add("side-part/moustache/suit", {0xe8, 0xc0, 0x9e}, HairStyle::SidePart, {0x4a, 0x36, 0x28}, Headwear::None,
        Beard::Moustache, Glasses::Square, Age::Middle, ClothingStyle::Suit, {0x2c, 0x3e, 0x50}, {0x8e, 0x44, 0xad});
    add("bob/blouse", {0xf1, 0xd3, 0xbd}, HairStyle::Bob, {0x8b, 0x4a, 0x2b}, Headwear::None, Beard::None,
        Glasses::None, Age::Young, ClothingStyle::Blouse, {0xd9, 0x82, 0x8c}, {0xf4, 0xf1, 0xea});
    add("long/blazer", {0x8d, 0x5a, 0x3c}, HairStyle::Long, {0x1a, 0x14, 0x12}, Headwear::None, Beard::None,
        Glasses::Round, Age::Middle, ClothingStyle::Blazer, {0x34, 0x49, 0x5e}, {0xe6, 0x7e, 0x22});
    add("bun/senior/shirt", {0xe0, 0xb4, 0x8f}, HairStyle::Bun, {0x3a, 0x30, 0x2c}, Headwear::None, Beard::None,
        Glasses::Round, Age::Senior, ClothingStyle::Shirt, {0x7f, 0x8c, 0x8d}, {0x2c, 0x3e, 0x50});
    add("curly/full/uniform", {0x6b, 0x44, 0x30}, HairStyle::Curly, {0x15, 0x10, 0x0e}, Headwear::None, Beard::Full,
        Glasses::None, Age::Middle, ClothingStyle::Uniform, {0x23, 0x4e, 0x7a}, {0xf3, 0x9c, 0x12});
    add("bald/senior/suit", {0xd9, 0xa7, 0x7f}, HairStyle::Bald, {0x5a, 0x50, 0x48}, Headwear::None, Beard::Full,
        Glasses::Square, Age::Senior, ClothingStyle::Suit, {0x1f, 0x2a, 0x36}, {0xc0, 0x39, 0x2b});
    add("hijab/blazer", {0xd2, 0xa0, 0x7c}, HairStyle::Long, {0x1a, 0x14, 0x12}, Headwear::Hijab, Beard::None,
        Glasses::None, Age::Young, ClothingStyle::Blazer, {0x2d, 0x3e, 0x5c}, {0x9b, 0x59, 0xb6});
    add("cap/polo", {0xb9, 0x82, 0x5a}, HairStyle::Short, {0x22, 0x1c, 0x18}, Headwear::Cap, Beard::Stubble,
        Glasses::None, Age::Young, ClothingStyle::Polo, {0xc0, 0x39, 0x2b}, {0xf4, 0xf1, 0xea});
    add("helmet/uniform", {0xe3, 0xb9, 0x95}, HairStyle::Short, {0x2b, 0x28, 0x26}, Headwear::Helmet, Beard::None,
        Glasses::Square, Age::Middle, ClothingStyle::Uniform, {0xe6, 0x7e, 0x22}, {0xd0, 0xd3, 0xd4});
    return v;
}

constexpr int kCellW = 220, kCellH = 275, kLabelH = 26;

// One row per look, one column per expression. Returns the image (for checks).
sf::Image lookSheet(Gallery& g, const std::vector<LookDef>& looks, const std::string& name) {
    const int cols = static_cast<int>(std::size(kAllFaceExpressions));
    const int rows = static_cast<int>(looks.size());
    sf::RenderTexture rt;
    if (!createTarget(rt, static_cast<unsigned>(kCellW * cols),
                      static_cast<unsigned>((kCellH + kLabelH) * rows + 30))) {
        g.fail("cannot create render texture for " + name);
        return {};
    }
    rt.clear(sf::Color(236, 238, 241));
    for (int c = 0; c < cols; ++c)
        g.label(rt, toString(kAllFaceExpressions[c]), {static_cast<float>(c * kCellW + 8), 4}, 18);
    for (int r = 0; r < rows; ++r) {
        float top = 30.f + static_cast<float>(r * (kCellH + kLabelH));
        for (int c = 0; c < cols; ++c) {
            sf::FloatRect cell(static_cast<float>(c * kCellW), top, kCellW, kCellH);
            sf::RectangleShape bg({kCellW - 6.f, kCellH - 4.f});
            bg.setPosition(cell.left + 3, cell.top + 2);
            bg.setFillColor(sf::Color(204, 212, 222));
            rt.draw(bg);
            drawPortrait(rt, looks[static_cast<std::size_t>(r)], kAllFaceExpressions[c],
                         {cell.left + 10, cell.top + 10, kCellW - 20.f, kCellH - 12.f});
        }
        g.label(rt, looks[static_cast<std::size_t>(r)].id, {8, top + kCellH + 2}, 16);
    }
    return g.save(rt, name);
}

void checkLookSheet(Gallery& g, const sf::Image& img, const std::vector<LookDef>& looks, const std::string& name) {
    if (img.getSize().x == 0) return;
    for (std::size_t r = 0; r < looks.size(); ++r) {
        int top = 30 + static_cast<int>(r) * (kCellH + kLabelH);
        // the face area of each cell
        auto face = [&](int col) { return sf::IntRect(col * kCellW + 50, top + 60, 120, 130); };
        double con = contrast(img, face(0));
        if (con < 8) g.fail(name + ": look '" + looks[r].id + "' looks blank (contrast " + std::to_string(con) + ")");
        for (int c = 1; c < 5; ++c) {
            double d = difference(img, face(0), face(c));
            if (d < 0.5)
                g.fail(name + ": look '" + looks[r].id + "' " + toString(kAllFaceExpressions[c]) +
                       " is indistinguishable from neutral (diff " + std::to_string(d) + ")");
        }
        double angry = difference(img, face(0), face(3));
        if (angry < 2.0)
            g.fail(name + ": look '" + looks[r].id + "' angry differs too little from neutral (diff " +
                   std::to_string(angry) + ")");
        std::cout << "  " << looks[r].id << ": contrast " << con << ", neutral/angry diff " << angry << "\n";
    }
}

void tweenSheet(Gallery& g, const LookDef& look) {
    const int steps = 6;
    sf::RenderTexture rt;
    if (!createTarget(rt, kCellW * steps, kCellH + 30)) return g.fail("render texture");
    rt.clear(sf::Color(236, 238, 241));
    for (int i = 0; i < steps; ++i) {
        float t = static_cast<float>(i) / static_cast<float>(steps - 1);
        drawPortrait(rt, look, FaceExpression::Distressed,
                     {static_cast<float>(i * kCellW) + 10, 30, kCellW - 20.f, kCellH - 10.f}, t,
                     FaceExpression::Pleased);
        g.label(rt, "pleased→distressed " + std::to_string(static_cast<int>(t * 100)) + "%",
                {static_cast<float>(i * kCellW + 6), 4}, 14);
    }
    g.save(rt, "tween.png");
}

void sceneSheets(Gallery& g, const std::vector<SceneDef>& scenes) {
    const unsigned w = 1280, h = 720;
    sf::RenderTexture full;
    if (!createTarget(full, w, h)) return g.fail("render texture");
    fs::create_directories(g.out / "scenes");
    const int cols = 3, tw = 480, th = 270;
    const int rows = (static_cast<int>(scenes.size()) + cols - 1) / cols;
    sf::RenderTexture sheet;
    if (!createTarget(sheet, cols * tw, static_cast<unsigned>(rows * (th + 24)))) return g.fail("render texture");
    sheet.clear(sf::Color(30, 32, 36));
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        full.clear(sf::Color::Magenta);
        drawScene(full, scenes[i], {static_cast<float>(w), static_cast<float>(h)}, 1.3f);
        sf::Image img = g.save(full, "scenes/" + scenes[i].id + ".png");
        {
            // the cached path must paint the same picture
            SceneCache cache;
            full.clear(sf::Color::Magenta);
            cache.draw(full, scenes[i], {static_cast<float>(w), static_cast<float>(h)}, 1.3f);
            full.display();
            sf::Image cached = full.getTexture().copyToImage();
            double d = 0;
            for (unsigned y = 0; y < h; y += 4)
                for (unsigned x = 0; x < w; x += 4) {
                    sf::Color p = img.getPixel(x, y), q = cached.getPixel(x, y);
                    d += std::abs(p.r - q.r) + std::abs(p.g - q.g) + std::abs(p.b - q.b);
                }
            d /= 3.0 * (w / 4) * (h / 4);
            if (d > 2.0)
                g.fail("scene '" + scenes[i].id + "': SceneCache differs from drawScene (" + std::to_string(d) + ")");
        }
        double con = contrast(img, {0, 0, static_cast<int>(w), static_cast<int>(h)});
        std::size_t magenta = 0;
        for (unsigned y = 0; y < h; y += 8)
            for (unsigned x = 0; x < w; x += 8)
                if (img.getPixel(x, y) == sf::Color::Magenta) ++magenta;
        std::cout << "  scene " << scenes[i].id << ": contrast " << con << "\n";
        if (con < 6) g.fail("scene '" + scenes[i].id + "' looks blank");
        if (magenta > 0) g.fail("scene '" + scenes[i].id + "' leaves parts of the canvas unpainted");
        sf::Texture tex;
        tex.loadFromImage(img);
        tex.setSmooth(true);
        sf::Sprite sp(tex);
        int c = static_cast<int>(i) % cols, r = static_cast<int>(i) / cols;
        sp.setPosition(static_cast<float>(c * tw), static_cast<float>(r * (th + 24) + 24));
        sp.setScale(static_cast<float>(tw) / w, static_cast<float>(th) / h);
        sheet.draw(sp);
        g.label(sheet, scenes[i].id, {static_cast<float>(c * tw + 6), static_cast<float>(r * (th + 24) + 2)}, 16,
                sf::Color(230, 230, 230));
    }
    g.save(sheet, "scenes.png");
}

void radarSheet(Gallery& g) {
    if (!g.hasFont) return;
    sf::RenderTexture rt;
    if (!createTarget(rt, 1280, 720)) return g.fail("render texture");
    rt.clear(sf::Color(28, 34, 44));
    std::vector<std::pair<std::string, float>> dims = {
        {"P1 以客户为中心", 0.9f},   {"P2 倾听", 0.75f},  {"P3 Ownership 担当", 0.4f}, {"P4 透明", 0.85f},
        {"P5 Empathy 共情", 0.6f},   {"P6 承诺", 0.3f},   {"P7 第一时间响应", 0.95f},  {"P8 一个声音", 0.5f},
        {"P9 Follow-up 闭环", 0.7f}, {"P10 专业", 0.65f}, {"P11 长期关系", 0.55f},     {"P12 Learning", 0.8f}};
    std::vector<RadarAxis> axes;
    for (auto& [l, v] : dims) axes.push_back({sf::String::fromUtf8(l.begin(), l.end()), v});
    drawRadarChart(rt, {400, 370}, 220, axes, g.font);
    std::vector<RadarAxis> few(axes.begin(), axes.begin() + 5);
    RadarStyle warm;
    warm.fill = sf::Color(230, 126, 34, 90);
    warm.outline = sf::Color(230, 126, 34);
    drawRadarChart(rt, {1000, 370}, 160, few, g.font, warm);
    sf::Image img = g.save(rt, "radar.png");
    if (contrast(img, {150, 120, 500, 500}) < 6) g.fail("radar chart looks blank");
}

// A dialogue screen mock-up: scene, two characters in the middle band, a dialogue box over the bottom 35%.
void compositeSheet(Gallery& g, const std::vector<SceneDef>& scenes, const std::vector<LookDef>& looks) {
    if (looks.empty() || scenes.empty()) return;
    const int cols = 3, tw = 640, th = 360;
    const int rows = (static_cast<int>(scenes.size()) + cols - 1) / cols;
    sf::RenderTexture full, sheet;
    if (!createTarget(full, 1280, 720) || !createTarget(sheet, cols * tw, static_cast<unsigned>(rows * th)))
        return g.fail("render texture");
    sheet.clear();
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        full.clear();
        drawScene(full, scenes[i], {1280, 720}, 0.7f);
        const LookDef& a = looks[i % looks.size()];
        const LookDef& b = looks[(i + 1) % looks.size()];
        drawPortrait(full, a, static_cast<FaceExpression>(i % 5), {200, 150, 360, 450});
        drawPortrait(full, b, static_cast<FaceExpression>((i + 2) % 5), {720, 150, 360, 450}, 1.f,
                     FaceExpression::Neutral, {true, -1});
        sf::RectangleShape box({1240, 232});
        box.setPosition(20, 468);
        box.setFillColor(sf::Color(20, 24, 32, 225));
        box.setOutlineColor(sf::Color(255, 255, 255, 60));
        box.setOutlineThickness(1);
        full.draw(box);
        g.label(full, a.id + " · " + scenes[i].id, {44, 484}, 24, sf::Color(241, 196, 15));
        g.label(full, "“我们的网络已经中断三个小时了，你们到底什么时候能给我一个答复？”", {44, 526}, 26,
                sf::Color(236, 240, 241));
        full.display();
        sf::Sprite sp(full.getTexture());
        sp.setPosition(static_cast<float>((static_cast<int>(i) % cols) * tw),
                       static_cast<float>((static_cast<int>(i) / cols) * th));
        sp.setScale(0.5f, 0.5f);
        sheet.draw(sp);
        if (i == 0) g.save(full, "composite-full.png");
    }
    g.save(sheet, "composite.png");
}

}  // namespace

int main(int argc, char** argv) {
    Gallery g;
    fs::path assets = fs::path(FRONTLINE_SOURCE_DIR) / "assets";
    bool check = false, bench = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--out" && i + 1 < argc)
            g.out = argv[++i];
        else if (a == "--assets" && i + 1 < argc)
            assets = argv[++i];
        else if (a == "--check")
            check = true;
        else if (a == "--bench")
            bench = true;
        else {
            std::cerr << "usage: frontline_gallery --out DIR [--assets DIR] [--check]\n";
            return 2;
        }
    }
    if (g.out.empty()) {
        std::cerr << "usage: frontline_gallery --out DIR [--assets DIR] [--check]\n";
        return 2;
    }
    if (!std::getenv("DISPLAY")) {
        std::cerr << "frontline_gallery needs a display; run it under xvfb-run -a\n";
        return 2;
    }
    fs::create_directories(g.out);
    if (auto font = findFont()) {
        g.hasFont = g.font.loadFromFile(*font);
        std::cout << "font: " << *font << "\n";
    }
    if (!g.hasFont) g.fail("no usable font found through fontconfig");

    std::vector<LookDef> looks;
    for (const auto& f : jsonFiles(assets / "characters")) {
        auto parsed = loadLookFile(f);
        for (const auto& d : parsed.diagnostics) std::cerr << core::format(d) << "\n";
        if (core::hasErrors(parsed.diagnostics)) g.fail("look " + f.string() + " has errors");
        looks.push_back(parsed.def);
    }
    std::vector<SceneDef> scenes;
    for (const auto& f : jsonFiles(assets / "scenes")) {
        auto parsed = loadSceneFile(f);
        for (const auto& d : parsed.diagnostics) std::cerr << core::format(d) << "\n";
        if (core::hasErrors(parsed.diagnostics)) g.fail("scene " + f.string() + " has errors");
        scenes.push_back(parsed.def);
    }

    auto variants = variantLooks();
    if (bench) {
        sf::RenderTexture rt;
        if (!rt.create(1280, 720)) return 1;
        rt.clear();
        rt.display();
        glFinish();
        sf::Clock clock;
        std::clock_t cpu = std::clock();
        for (int i = 0; i < 100; ++i) {
            drawPortrait(rt, variants[static_cast<std::size_t>(i) % variants.size()], FaceExpression::Angry,
                         {400, 100, 360, 450}, 0.5f);
            if (i % 10 == 9) rt.display();
        }
        rt.display();
        glFinish();
        std::cout << "bench: portrait " << clock.getElapsedTime().asMicroseconds() / 100 << " us, cpu "
                  << (std::clock() - cpu) * 1000000 / CLOCKS_PER_SEC / 100 << " us\n";
        for (const auto& sc : scenes) {
            SceneCache cache;
            cache.draw(rt, sc, {1280, 720}, 0);
            rt.display();
            glFinish();
            clock.restart();
            cpu = std::clock();
            for (int i = 0; i < 10; ++i) cache.draw(rt, sc, {1280, 720}, 0.1f * static_cast<float>(i));
            rt.display();
            glFinish();
            std::cout << "bench: cached scene " << sc.id << " " << clock.getElapsedTime().asMicroseconds() / 10
                      << " us, cpu " << (std::clock() - cpu) * 1000000 / CLOCKS_PER_SEC / 10 << " us\n";
            glFinish();
            clock.restart();
            cpu = std::clock();
            for (int i = 0; i < 10; ++i) drawScene(rt, sc, {1280, 720}, 0.1f * static_cast<float>(i));
            rt.display();
            glFinish();
            std::cout << "bench: scene " << sc.id << " " << clock.getElapsedTime().asMicroseconds() / 10 << " us, cpu "
                      << (std::clock() - cpu) * 1000000 / CLOCKS_PER_SEC / 10 << " us\n";
        }
        return 0;
    }
    sf::Image variantImg = lookSheet(g, variants, "looks-variants.png");
    if (check) checkLookSheet(g, variantImg, variants, "looks-variants.png");
    // pages of 20 looks: one tall image would exceed the maximum texture size
    for (std::size_t first = 0; first < looks.size(); first += 20) {
        std::vector<LookDef> page(looks.begin() + static_cast<std::ptrdiff_t>(first),
                                  looks.begin() + static_cast<std::ptrdiff_t>(std::min(looks.size(), first + 20)));
        std::string name = "looks-" + std::to_string(first / 20 + 1) + ".png";
        sf::Image lookImg = lookSheet(g, page, name);
        if (check) checkLookSheet(g, lookImg, page, name);
    }
    tweenSheet(g, variants[3]);
    {
        // rough cost of one portrait and one scene (CPU side; the GPU is llvmpipe under Xvfb)
        sf::RenderTexture rt;
        if (createTarget(rt, 1280, 720)) {
            sf::Clock clock;
            std::clock_t cpu = std::clock();
            for (int i = 0; i < 50; ++i)
                drawPortrait(rt, variants[static_cast<std::size_t>(i) % variants.size()], FaceExpression::Angry,
                             {400, 100, 360, 450}, 0.5f);
            rt.display();
            std::cout << "portrait: " << clock.getElapsedTime().asMicroseconds() / 50 << " us each (cpu "
                      << (std::clock() - cpu) * 1000000 / CLOCKS_PER_SEC / 50 << " us)\n";
            if (!scenes.empty()) {
                clock.restart();
                cpu = std::clock();
                for (int i = 0; i < 20; ++i)
                    drawScene(rt, scenes[static_cast<std::size_t>(i) % scenes.size()], {1280, 720},
                              0.1f * static_cast<float>(i));
                rt.display();
                std::cout << "scene: " << clock.getElapsedTime().asMicroseconds() / 20 << " us each (cpu "
                          << (std::clock() - cpu) * 1000000 / CLOCKS_PER_SEC / 20 << " us)\n";
            }
        }
    }
    if (!scenes.empty()) sceneSheets(g, scenes);
    radarSheet(g);
    compositeSheet(g, scenes, looks.empty() ? variants : looks);

    if (g.failures) {
        std::cerr << "gallery: " << g.failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "gallery: ok (" << looks.size() << " looks, " << scenes.size() << " scenes)\n";
    return 0;
}
