// Look (character appearance) and scene definitions parsed from assets/characters/*.json and
// assets/scenes/*.json into plain structs. Pure: no SFML here, so it is testable without a display.
// Parsing never throws: problems come back as Diagnostics (file + JSON Pointer). Unknown enum values and
// unknown keys are warnings and fall back to defaults; a broken file still yields a drawable default.
// The formats are documented in docs/assets.md.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace frontline {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Rgba&, const Rgba&) = default;
};

// "#rgb", "#rrggbb" or "#rrggbbaa"; nullopt when malformed.
std::optional<Rgba> parseColor(std::string_view text);

enum class HairStyle { Short, SidePart, Bob, Long, Bun, Curly, Bald };
enum class Headwear { None, Hijab, Cap, Helmet };
enum class Beard { None, Stubble, Moustache, Full };
enum class Glasses { None, Round, Square };
enum class Age { Young, Middle, Senior };
enum class ClothingStyle { Suit, Blazer, Shirt, Blouse, Polo, Uniform };

struct LookDef {
    std::string id;
    Rgba skin{0xd8, 0xa8, 0x83};
    HairStyle hairStyle = HairStyle::Short;
    Rgba hairColor{0x2a, 0x22, 0x20};
    Headwear headwear = Headwear::None;
    Rgba headwearColor{0x2c, 0x3e, 0x50};  // optional key "headwear_color"; default depends on headwear
    bool hasHeadwearColor = false;
    Beard beard = Beard::None;
    Glasses glasses = Glasses::None;
    Age age = Age::Middle;
    ClothingStyle clothingStyle = ClothingStyle::Shirt;
    Rgba clothingColor{0x5d, 0x6d, 0x7e};
    Rgba accent{0xff, 0xff, 0xff};
    Rgba eyeColor{0x2b, 0x1d, 0x16};  // optional key "eye_color"
};

struct Vec2f {
    float x = 0, y = 0;
};

struct Gradient {
    Rgba from, to;  // top→bottom, or left→right when horizontal
    bool horizontal = false;
};

enum class ShapeKind { Rect, RoundRect, Circle, Ellipse, Polygon };

// One flat shape in the 1280×720 virtual canvas.
struct LayerDef {
    ShapeKind shape = ShapeKind::Rect;
    float x = 0, y = 0, w = 0, h = 0;  // rect/roundrect/ellipse: top-left and size; circle: centre
    float radius = 0;                  // circle radius, roundrect corner radius
    std::vector<Vec2f> points;         // polygon
    Rgba color{128, 128, 128};
    std::optional<Gradient> gradient;  // replaces color when present
    std::optional<Rgba> outline;
    float outlineWidth = 0;
};

enum class PropKind {
    Window,
    Table,
    Desk,
    Chair,
    Screen,
    Monitor,
    Plant,
    ServerRack,
    Door,
    StageLights,
    Rain,
    Banner,
    Phone,
    Lamp,
    Whiteboard,
    Shelf,
    Clock,
    Sofa,
    Counter,
    Cup,
    Tower,
    Podium,
    CeilingLight,
    Lightning,
    Cone,
    Barrier,
    Flask,
    Cabinet,
    Laptop,
    Projector,
    Painting,
    Clouds,
    Skyline,
    Spotlight,
    Count
};

// A ready-made object. (x, y) is its bottom-centre (where it stands) in the virtual canvas; w/h override
// its default size (0 = default); everything is multiplied by scale. Full-canvas effects (rain, lightning,
// clouds, stage-lights) use x/y/w/h as their area, defaulting to the whole canvas.
struct PropDef {
    PropKind kind = PropKind::Plant;
    float x = 0, y = 0, w = 0, h = 0, scale = 1;
    std::optional<Rgba> color, accent;  // prop-specific main and detail colours
    bool flip = false;                  // mirror horizontally
    bool night = false;                 // windows: night sky with lit city; screens: dimmed
    int count = 0;                      // lights, drops, monitors, shelves... (0 = prop default)
    float intensity = 1;                // rain density, light brightness, 0..2
};

struct SceneDef {
    std::string id;
    Gradient background{{0xdd, 0xe3, 0xea}, {0xc4, 0xcc, 0xd6}};
    std::vector<LayerDef> layers;      // drawn after the background, in order
    std::vector<PropDef> props;        // drawn after the layers, in order
    std::vector<LayerDef> foreground;  // drawn last (e.g. a tint)
};

template <typename Def>
struct Parsed {
    Def def;  // always usable; defaults where the file was wrong
    core::Diagnostics diagnostics;
};

// `file` is only used to label diagnostics.
Parsed<LookDef> parseLook(std::string_view jsonText, const std::string& file);
Parsed<SceneDef> parseScene(std::string_view jsonText, const std::string& file);
Parsed<LookDef> loadLookFile(const std::filesystem::path& file);
Parsed<SceneDef> loadSceneFile(const std::filesystem::path& file);
// <assetsDir>/characters/<id>.json and <assetsDir>/scenes/<id>.json; a missing file is an error
// diagnostic ("asset-file") and a default definition with that id.
Parsed<LookDef> loadLook(const std::filesystem::path& assetsDir, std::string_view id);
Parsed<SceneDef> loadScene(const std::filesystem::path& assetsDir, std::string_view id);

// Asset folders overlay each other, most specific first (a scenario's own assets/, then the shipped ones): an id
// is taken from the first folder that defines it, so a scenario adds looks and scenes without hiding any.
using AssetFolders = std::vector<std::filesystem::path>;
// The folders a scenario draws from: `configured` when given (none when it is not a folder), else the first
// assets/ folder found walking up from the scenario file's folder; then the shipped assets (data_dirs.h).
AssetFolders scenarioAssetFolders(const std::string& scenarioFile, const std::string& configured = "");
// The folder of `folders` with <folder>/<kind>/<id>.json ("characters" or "scenes"), or an empty path.
std::filesystem::path definingFolder(const AssetFolders& folders, std::string_view kind, std::string_view id);
// From the defining folder; with none, a missing-file diagnostic naming the first folder, and the default.
Parsed<LookDef> loadLook(const AssetFolders& folders, std::string_view id);
Parsed<SceneDef> loadScene(const AssetFolders& folders, std::string_view id);

const char* toString(PropKind kind);  // "server-rack", ...

}  // namespace frontline
