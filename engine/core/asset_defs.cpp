#include "asset_defs.h"

#include <algorithm>
#include <initializer_list>

#include "data_dirs.h"
#include "diagnostic_rules.h"
#include "enum_names.h"
#include "file_read.h"
#include "json_document.h"
#include "json_reader.h"

namespace frontline {

using core::DiagnosticRule;
using core::Diagnostics;
using core::Json;
namespace rules = core::rules;

namespace {

template <typename E>
using Name = core::EnumName<E>;

constexpr Name<HairStyle> kHairStyles[] = {{"short", HairStyle::Short}, {"side-part", HairStyle::SidePart},
                                           {"bob", HairStyle::Bob},     {"long", HairStyle::Long},
                                           {"bun", HairStyle::Bun},     {"curly", HairStyle::Curly},
                                           {"bald", HairStyle::Bald}};
constexpr Name<Headwear> kHeadwear[] = {
    {"none", Headwear::None}, {"hijab", Headwear::Hijab}, {"cap", Headwear::Cap}, {"helmet", Headwear::Helmet}};
constexpr Name<Beard> kBeards[] = {
    {"none", Beard::None}, {"stubble", Beard::Stubble}, {"moustache", Beard::Moustache}, {"full", Beard::Full}};
constexpr Name<Glasses> kGlasses[] = {{"none", Glasses::None}, {"round", Glasses::Round}, {"square", Glasses::Square}};
constexpr Name<Age> kAges[] = {{"young", Age::Young}, {"middle", Age::Middle}, {"senior", Age::Senior}};
constexpr Name<ClothingStyle> kClothing[] = {{"suit", ClothingStyle::Suit},   {"blazer", ClothingStyle::Blazer},
                                             {"shirt", ClothingStyle::Shirt}, {"blouse", ClothingStyle::Blouse},
                                             {"polo", ClothingStyle::Polo},   {"uniform", ClothingStyle::Uniform}};
constexpr Name<ShapeKind> kShapes[] = {{"rect", ShapeKind::Rect},
                                       {"roundrect", ShapeKind::RoundRect},
                                       {"circle", ShapeKind::Circle},
                                       {"ellipse", ShapeKind::Ellipse},
                                       {"polygon", ShapeKind::Polygon}};
constexpr Name<PropKind> kProps[] = {{"window", PropKind::Window},
                                     {"table", PropKind::Table},
                                     {"desk", PropKind::Desk},
                                     {"chair", PropKind::Chair},
                                     {"screen", PropKind::Screen},
                                     {"monitor", PropKind::Monitor},
                                     {"plant", PropKind::Plant},
                                     {"server-rack", PropKind::ServerRack},
                                     {"door", PropKind::Door},
                                     {"stage-lights", PropKind::StageLights},
                                     {"rain", PropKind::Rain},
                                     {"banner", PropKind::Banner},
                                     {"phone", PropKind::Phone},
                                     {"lamp", PropKind::Lamp},
                                     {"whiteboard", PropKind::Whiteboard},
                                     {"shelf", PropKind::Shelf},
                                     {"clock", PropKind::Clock},
                                     {"sofa", PropKind::Sofa},
                                     {"counter", PropKind::Counter},
                                     {"cup", PropKind::Cup},
                                     {"tower", PropKind::Tower},
                                     {"podium", PropKind::Podium},
                                     {"ceiling-light", PropKind::CeilingLight},
                                     {"lightning", PropKind::Lightning},
                                     {"cone", PropKind::Cone},
                                     {"barrier", PropKind::Barrier},
                                     {"flask", PropKind::Flask},
                                     {"cabinet", PropKind::Cabinet},
                                     {"laptop", PropKind::Laptop},
                                     {"projector", PropKind::Projector},
                                     {"painting", PropKind::Painting},
                                     {"clouds", PropKind::Clouds},
                                     {"skyline", PropKind::Skyline},
                                     {"spotlight", PropKind::Spotlight}};
static_assert(std::size(kProps) == static_cast<std::size_t>(PropKind::Count), "every PropKind needs a name");

// The shared located reader (core/json_reader.h) with the fallbacks assets need: every accessor reports its
// problem at file:line:col and returns a default, so a broken file still draws something.
class Reader {
public:
    Reader(const core::JsonDocument& doc, const std::string& file, Diagnostics& out) : m_r(doc, file, out) {}

    void report(const DiagnosticRule& rule, const std::string& pointer, std::string message) {
        m_r.report(rule, pointer, std::move(message));
    }

    // Warn about keys not in `known`; "$schema"-style keys and "comment" are always allowed.
    void checkKeys(const Json& obj, const std::string& ptr, std::initializer_list<std::string_view> known) {
        std::vector<std::string> names(known.begin(), known.end());
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const std::string& key = it.key();
            if (key.starts_with("$") || key == "comment" || std::find(names.begin(), names.end(), key) != names.end())
                continue;
            m_r.reportAtKey(rules::unknownKey, core::appendPointer(ptr, key),
                            "unknown key '" + key + "' is ignored" + core::didYouMean(key, names));
        }
    }

    const Json* member(const Json& obj, const std::string& ptr, const char* key, bool required) {
        return m_r.member(obj, ptr, key, required);
    }

    std::string string(const Json& obj, const std::string& ptr, const char* key, std::string fallback,
                       bool required = false) {
        const Json* v = member(obj, ptr, key, required);
        if (!v) return fallback;
        return m_r.string(*v, core::appendPointer(ptr, key)).value_or(fallback);
    }

    float number(const Json& obj, const std::string& ptr, const char* key, float fallback) {
        const Json* v = member(obj, ptr, key, false);
        if (!v) return fallback;
        return static_cast<float>(m_r.number(*v, core::appendPointer(ptr, key)).value_or(fallback));
    }

    bool boolean(const Json& obj, const std::string& ptr, const char* key, bool fallback) {
        const Json* v = member(obj, ptr, key, false);
        if (!v) return fallback;
        return m_r.boolean(*v, core::appendPointer(ptr, key)).value_or(fallback);
    }

    std::optional<Rgba> color(const Json& value, const std::string& ptr) {
        if (value.is_string())
            if (auto c = parseColor(value.get<std::string>())) return c;
        report(rules::assetBadColor, ptr, "colour must be a string like \"#1c1a18\" or \"#1c1a18cc\"; using a default");
        return std::nullopt;
    }

    std::optional<Rgba> optionalColor(const Json& obj, const std::string& ptr, const char* key) {
        const Json* v = member(obj, ptr, key, false);
        if (!v) return std::nullopt;
        return color(*v, core::appendPointer(ptr, key));
    }

    Rgba color(const Json& obj, const std::string& ptr, const char* key, Rgba fallback, bool required = false) {
        const Json* v = member(obj, ptr, key, required);
        if (!v) return fallback;
        return color(*v, core::appendPointer(ptr, key)).value_or(fallback);
    }

    template <typename E, std::size_t N>
    E choice(const Json& obj, const std::string& ptr, const char* key, const Name<E> (&names)[N], E fallback,
             bool required = false, std::string_view consequence = "using the default") {
        const Json* v = member(obj, ptr, key, required);
        if (!v) return fallback;
        const std::string p = core::appendPointer(ptr, key);
        auto text = m_r.string(*v, p);
        if (!text) return fallback;
        if (auto value = core::valueIn(names, *text)) return *value;
        report(rules::assetUnknownValue, p,
               "unknown " + std::string(key) + " '" + *text + "' (expected one of: " + core::listNamesIn(names) +
                   "); " + std::string(consequence));
        return fallback;
    }

private:
    core::JsonReader m_r;
};

// The parsed file, or nothing after a syntax error (reported with line:column) or when it is not an object.
std::optional<core::JsonDocument> parseDocument(std::string_view text, const std::string& file, Diagnostics& out) {
    core::JsonParseResult parsed = core::parseJsonDocument(text, file);
    out.insert(out.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    if (parsed.document && !parsed.document->root.is_object()) {
        out.push_back(core::makeDiagnostic(rules::wrongType, file, "", "the file must contain a JSON object", 1, 1));
        return std::nullopt;
    }
    return std::move(parsed.document);
}

std::optional<Gradient> readGradient(Reader& r, const Json& value, const std::string& ptr) {
    if (!value.is_object()) {
        r.report(rules::wrongType, ptr, "a gradient is an object {\"from\", \"to\", \"direction\"}");
        return std::nullopt;
    }
    r.checkKeys(value, ptr, {"from", "to", "top", "bottom", "direction"});
    Gradient g;
    // "top"/"bottom" are accepted as synonyms of "from"/"to" for vertical gradients.
    const char* fromKey = value.contains("top") ? "top" : "from";
    const char* toKey = value.contains("bottom") ? "bottom" : "to";
    g.from = r.color(value, ptr, fromKey, Rgba{128, 128, 128}, true);
    g.to = r.color(value, ptr, toKey, g.from, true);
    std::string dir = r.string(value, ptr, "direction", "vertical");
    if (dir == "horizontal")
        g.horizontal = true;
    else if (dir != "vertical")
        r.report(rules::assetUnknownValue, ptr + "/direction",
                 "unknown direction '" + dir + "' (expected vertical or horizontal); using vertical");
    return g;
}

LayerDef readLayer(Reader& r, const Json& value, const std::string& ptr, bool& ok) {
    LayerDef layer;
    ok = value.is_object();
    if (!ok) {
        r.report(rules::wrongType, ptr, "a layer must be an object");
        return layer;
    }
    r.checkKeys(
        value, ptr,
        {"shape", "x", "y", "w", "h", "r", "radius", "points", "color", "gradient", "outline", "outline_width"});
    layer.shape = r.choice(value, ptr, "shape", kShapes, ShapeKind::Rect);
    layer.x = r.number(value, ptr, "x", 0);
    layer.y = r.number(value, ptr, "y", 0);
    layer.w = r.number(value, ptr, "w", 0);
    layer.h = r.number(value, ptr, "h", 0);
    layer.radius = r.number(value, ptr, value.contains("radius") ? "radius" : "r", 0);
    layer.color = r.color(value, ptr, "color", layer.color);
    if (auto it = value.find("gradient"); it != value.end()) layer.gradient = readGradient(r, *it, ptr + "/gradient");
    layer.outline = r.optionalColor(value, ptr, "outline");
    layer.outlineWidth = r.number(value, ptr, "outline_width", layer.outline ? 2.f : 0.f);
    if (layer.shape == ShapeKind::Polygon) {
        auto it = value.find("points");
        if (it == value.end() || !it->is_array() || it->size() < 3) {
            r.report(rules::wrongType, ptr + "/points", "a polygon needs \"points\": at least three [x, y] pairs");
            ok = false;
            return layer;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const Json& p = (*it)[i];
            if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
                r.report(rules::wrongType, ptr + "/points/" + std::to_string(i),
                         "a point is an [x, y] pair of numbers");
                ok = false;
                return layer;
            }
            layer.points.push_back({p[0].get<float>(), p[1].get<float>()});
        }
    } else if (layer.shape == ShapeKind::Circle) {
        if (layer.radius <= 0) {
            r.report(rules::assetDegenerate, ptr, "a circle needs a positive \"r\"; it is not drawn");
            ok = false;
        }
    } else if (layer.w <= 0 || layer.h <= 0) {
        r.report(rules::assetDegenerate, ptr, "this shape needs positive \"w\" and \"h\"; it is not drawn");
        ok = false;
    }
    return layer;
}

std::vector<LayerDef> readLayers(Reader& r, const Json& doc, const char* key) {
    std::vector<LayerDef> layers;
    auto it = doc.find(key);
    if (it == doc.end()) return layers;
    std::string ptr = std::string("/") + key;
    if (!it->is_array()) {
        r.report(rules::wrongType, ptr, std::string("'") + key + "' must be an array of shapes");
        return layers;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        bool ok = true;
        LayerDef layer = readLayer(r, (*it)[i], ptr + "/" + std::to_string(i), ok);
        if (ok) layers.push_back(std::move(layer));
    }
    return layers;
}

void checkId(const std::string& id, const std::filesystem::path& file, Diagnostics& out) {
    if (!id.empty() && id != file.stem().string())
        out.push_back(core::makeDiagnostic(rules::assetIdMismatch, file.string(), "/id",
                                           "id '" + id + "' differs from the file name '" + file.stem().string() +
                                               "'; scenarios refer to the file name"));
}

}  // namespace

std::optional<Rgba> parseColor(std::string_view text) {
    if (text.empty() || text[0] != '#') return std::nullopt;
    text.remove_prefix(1);
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (char c : text)
        if (hex(c) < 0) return std::nullopt;
    auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(hex(text[i]) * 16 + hex(text[i + 1])); };
    if (text.size() == 3) {
        auto nib = [&](std::size_t i) { return static_cast<std::uint8_t>(hex(text[i]) * 17); };
        return Rgba{nib(0), nib(1), nib(2), 255};
    }
    if (text.size() == 6) return Rgba{byte(0), byte(2), byte(4), 255};
    if (text.size() == 8) return Rgba{byte(0), byte(2), byte(4), byte(6)};
    return std::nullopt;
}

const char* toString(PropKind kind) {
    return core::nameIn(kProps, kind);
}

Parsed<LookDef> parseLook(std::string_view jsonText, const std::string& file) {
    Parsed<LookDef> result;
    std::optional<core::JsonDocument> parsed = parseDocument(jsonText, file, result.diagnostics);
    if (!parsed) return result;
    const Json& doc = parsed->root;
    Reader r(*parsed, file, result.diagnostics);
    LookDef& look = result.def;
    r.checkKeys(
        doc, "",
        {"id", "skin", "hair", "headwear", "headwear_color", "beard", "glasses", "age", "clothing", "eye_color"});
    look.id = r.string(doc, "", "id", "", true);
    look.skin = r.color(doc, "", "skin", look.skin, true);
    if (auto it = doc.find("hair"); it == doc.end()) {
        r.report(rules::missingKey, "", "missing required key 'hair'");
    } else if (!it->is_object()) {
        r.report(rules::wrongType, "/hair", "'hair' must be an object {\"style\", \"color\"}");
    } else {
        r.checkKeys(*it, "/hair", {"style", "color"});
        look.hairStyle = r.choice(*it, "/hair", "style", kHairStyles, look.hairStyle, true);
        look.hairColor = r.color(*it, "/hair", "color", look.hairColor, look.hairStyle != HairStyle::Bald);
    }
    look.headwear = r.choice(doc, "", "headwear", kHeadwear, look.headwear);
    if (auto c = r.optionalColor(doc, "", "headwear_color")) {
        look.headwearColor = *c;
        look.hasHeadwearColor = true;
    }
    look.beard = r.choice(doc, "", "beard", kBeards, look.beard);
    look.glasses = r.choice(doc, "", "glasses", kGlasses, look.glasses);
    look.age = r.choice(doc, "", "age", kAges, look.age);
    look.eyeColor = r.color(doc, "", "eye_color", look.eyeColor);
    if (auto it = doc.find("clothing"); it == doc.end()) {
        r.report(rules::missingKey, "", "missing required key 'clothing'");
    } else if (!it->is_object()) {
        r.report(rules::wrongType, "/clothing", "'clothing' must be an object {\"style\", \"color\", \"accent\"}");
    } else {
        r.checkKeys(*it, "/clothing", {"style", "color", "accent"});
        look.clothingStyle = r.choice(*it, "/clothing", "style", kClothing, look.clothingStyle, true);
        look.clothingColor = r.color(*it, "/clothing", "color", look.clothingColor, true);
        look.accent = r.color(*it, "/clothing", "accent", look.accent);
    }
    core::sortDiagnostics(result.diagnostics);
    return result;
}

Parsed<SceneDef> parseScene(std::string_view jsonText, const std::string& file) {
    Parsed<SceneDef> result;
    std::optional<core::JsonDocument> parsed = parseDocument(jsonText, file, result.diagnostics);
    if (!parsed) return result;
    const Json& doc = parsed->root;
    Reader r(*parsed, file, result.diagnostics);
    SceneDef& scene = result.def;
    r.checkKeys(doc, "", {"id", "background", "layers", "props", "foreground"});
    scene.id = r.string(doc, "", "id", "", true);
    if (auto it = doc.find("background"); it != doc.end()) {
        if (it->is_string()) {
            if (auto c = r.color(*it, "/background")) scene.background = Gradient{*c, *c};
        } else if (auto g = readGradient(r, *it, "/background")) {
            scene.background = *g;
        }
    }
    scene.layers = readLayers(r, doc, "layers");
    scene.foreground = readLayers(r, doc, "foreground");
    if (auto it = doc.find("props"); it != doc.end()) {
        if (!it->is_array()) {
            r.report(rules::wrongType, "/props", "'props' must be an array");
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const Json& p = (*it)[i];
                std::string ptr = "/props/" + std::to_string(i);
                if (!p.is_object()) {
                    r.report(rules::wrongType, ptr, "a prop must be an object");
                    continue;
                }
                r.checkKeys(
                    p, ptr,
                    {"type", "x", "y", "w", "h", "scale", "color", "accent", "flip", "night", "count", "intensity"});
                PropDef prop;
                prop.kind = r.choice(p, ptr, "type", kProps, PropKind::Count, true, "the prop is skipped");
                if (prop.kind == PropKind::Count) continue;  // unknown or missing type: already reported
                prop.x = r.number(p, ptr, "x", 640);
                prop.y = r.number(p, ptr, "y", 720);
                prop.w = r.number(p, ptr, "w", 0);
                prop.h = r.number(p, ptr, "h", 0);
                prop.scale = r.number(p, ptr, "scale", 1);
                if (prop.scale <= 0) {
                    r.report(rules::assetDegenerate, ptr + "/scale", "scale must be positive; using 1");
                    prop.scale = 1;
                }
                prop.color = r.optionalColor(p, ptr, "color");
                prop.accent = r.optionalColor(p, ptr, "accent");
                prop.flip = r.boolean(p, ptr, "flip", false);
                prop.night = r.boolean(p, ptr, "night", false);
                prop.count = static_cast<int>(r.number(p, ptr, "count", 0));
                prop.intensity = r.number(p, ptr, "intensity", 1);
                scene.props.push_back(prop);
            }
        }
    }
    core::sortDiagnostics(result.diagnostics);
    return result;
}

namespace {

template <typename Def>
Parsed<Def> loadAssetFile(const std::filesystem::path& file,
                          Parsed<Def> (*parse)(std::string_view, const std::string&)) {
    core::FileRead read = core::readInputFile(file.string(), core::kMaxAssetBytes, "asset");
    std::error_code ec;
    if (read.ok() && std::filesystem::is_symlink(file, ec) &&
        !core::isRegularFileInside(file.string(), file.parent_path().empty() ? "." : file.parent_path().string())) {
        read = {};
        read.problem = core::FileRead::Problem::Unreadable;
        read.message = "it is a link to a file outside its folder " + file.parent_path().string();
    }
    Parsed<Def> result;
    if (!read.ok()) {
        result.def.id = file.stem().string();
        result.diagnostics.push_back(core::makeDiagnostic(core::readFailureRule(read), file.string(), "",
                                                          "cannot read the file: " + read.message));
        return result;
    }
    result = parse(read.bytes, file.string());
    checkId(result.def.id, file, result.diagnostics);  // no position: it stays after the sorted ones
    return result;
}

}  // namespace

Parsed<LookDef> loadLookFile(const std::filesystem::path& file) {
    return loadAssetFile(file, parseLook);
}

Parsed<SceneDef> loadSceneFile(const std::filesystem::path& file) {
    return loadAssetFile(file, parseScene);
}

Parsed<LookDef> loadLook(const std::filesystem::path& assetsDir, std::string_view id) {
    return loadLookFile(assetsDir / "characters" / (std::string(id) + ".json"));
}

Parsed<SceneDef> loadScene(const std::filesystem::path& assetsDir, std::string_view id) {
    return loadSceneFile(assetsDir / "scenes" / (std::string(id) + ".json"));
}

std::filesystem::path definingFolder(const AssetFolders& folders, std::string_view kind, std::string_view id) {
    // A file linking out of its folder defines nothing (loading it is refused).
    for (const auto& folder : folders)
        if (core::isRegularFileInside((folder / kind / (std::string(id) + ".json")).string(), (folder / kind).string()))
            return folder;
    return {};
}

Parsed<LookDef> loadLook(const AssetFolders& folders, std::string_view id) {
    std::filesystem::path folder = definingFolder(folders, "characters", id);
    return loadLook(folder.empty() && !folders.empty() ? folders.front() : folder, id);
}

Parsed<SceneDef> loadScene(const AssetFolders& folders, std::string_view id) {
    std::filesystem::path folder = definingFolder(folders, "scenes", id);
    return loadScene(folder.empty() && !folders.empty() ? folders.front() : folder, id);
}

AssetFolders scenarioAssetFolders(const std::string& file, const std::string& configured) {
    std::error_code ec;
    namespace fs = std::filesystem;
    AssetFolders folders;
    if (!configured.empty()) {
        if (!fs::is_directory(configured, ec)) return {};
        folders.push_back(configured);
    } else {
        fs::path dir = fs::absolute(fs::path(file), ec).parent_path();
        while (!dir.empty()) {
            if (fs::is_directory(dir / "assets", ec)) {
                folders.push_back(dir / "assets");
                break;
            }
            fs::path parent = dir.parent_path();
            if (parent == dir) break;
            dir = parent;
        }
    }
    std::string shipped = core::shippedDataPath("assets");
    if (!shipped.empty() && fs::is_directory(shipped, ec)) {
        bool same = !folders.empty() && fs::equivalent(folders.front(), shipped, ec);
        if (!same) folders.push_back(shipped);
    }
    return folders;
}

}  // namespace frontline
