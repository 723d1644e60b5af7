#include "runtime/asset_defs.h"

#include <array>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/file_read.h"
#include "core/json_document.h"

namespace frontline {

using core::Diagnostic;
using core::Diagnostics;
using core::Severity;
using nlohmann::json;

namespace {

template <typename E>
struct Name {
    const char* text;
    E value;
};

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

template <typename E, std::size_t N>
std::string allNames(const Name<E> (&names)[N]) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + std::string(n.text);
    return out;
}

// Walks a JSON document and records diagnostics; every accessor falls back to a default.
class Reader {
public:
    Reader(std::string file, Diagnostics& out) : m_file(std::move(file)), m_out(out) {}

    void report(Severity severity, const char* rule, const std::string& pointer, std::string message) {
        Diagnostic d;
        d.severity = severity;
        d.rule = rule;
        d.file = m_file;
        d.pointer = pointer.empty() ? "" : pointer;
        d.message = std::move(message);
        m_out.push_back(std::move(d));
    }

    // Warn about keys not in `known`.
    void checkKeys(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool ok = it.key().starts_with("$") || it.key() == "comment";
            for (auto k : known) ok = ok || it.key() == k;
            if (!ok)
                report(Severity::Warning, "asset-unknown-key", core::appendPointer(ptr, it.key()),
                       "unknown key '" + it.key() + "' is ignored");
        }
    }

    std::string string(const json& obj, const std::string& ptr, const char* key, std::string fallback,
                       bool required = false) {
        auto it = obj.find(key);
        std::string p = ptr + "/" + key;
        if (it == obj.end()) {
            if (required) report(Severity::Error, "asset-missing-key", ptr, std::string("missing key '") + key + "'");
            return fallback;
        }
        if (!it->is_string()) {
            report(Severity::Error, "asset-type", p, std::string("'") + key + "' must be a string");
            return fallback;
        }
        return it->get<std::string>();
    }

    float number(const json& obj, const std::string& ptr, const char* key, float fallback) {
        auto it = obj.find(key);
        if (it == obj.end()) return fallback;
        if (!it->is_number()) {
            report(Severity::Error, "asset-type", ptr + "/" + key, std::string("'") + key + "' must be a number");
            return fallback;
        }
        return it->get<float>();
    }

    bool boolean(const json& obj, const std::string& ptr, const char* key, bool fallback) {
        auto it = obj.find(key);
        if (it == obj.end()) return fallback;
        if (!it->is_boolean()) {
            report(Severity::Error, "asset-type", ptr + "/" + key, std::string("'") + key + "' must be true or false");
            return fallback;
        }
        return it->get<bool>();
    }

    std::optional<Rgba> color(const json& value, const std::string& ptr) {
        if (value.is_string())
            if (auto c = parseColor(value.get<std::string>())) return c;
        report(Severity::Warning, "asset-bad-color", ptr,
               "colour must be a string like \"#1c1a18\" or \"#1c1a18cc\"; using a default");
        return std::nullopt;
    }

    std::optional<Rgba> optionalColor(const json& obj, const std::string& ptr, const char* key) {
        auto it = obj.find(key);
        if (it == obj.end()) return std::nullopt;
        return color(*it, ptr + "/" + key);
    }

    Rgba color(const json& obj, const std::string& ptr, const char* key, Rgba fallback, bool required = false) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) report(Severity::Error, "asset-missing-key", ptr, std::string("missing key '") + key + "'");
            return fallback;
        }
        return color(*it, ptr + "/" + key).value_or(fallback);
    }

    template <typename E, std::size_t N>
    E choice(const json& obj, const std::string& ptr, const char* key, const Name<E> (&names)[N], E fallback,
             bool required = false, bool* present = nullptr) {
        auto it = obj.find(key);
        if (present) *present = it != obj.end();
        if (it == obj.end()) {
            if (required) report(Severity::Error, "asset-missing-key", ptr, std::string("missing key '") + key + "'");
            return fallback;
        }
        std::string p = ptr + "/" + key;
        if (!it->is_string()) {
            report(Severity::Error, "asset-type", p, std::string("'") + key + "' must be a string");
            return fallback;
        }
        const auto text = it->get<std::string>();
        for (const auto& n : names)
            if (text == n.text) return n.value;
        report(Severity::Warning, "asset-unknown-value", p,
               "unknown " + std::string(key) + " '" + text + "' (expected one of: " + allNames(names) +
                   "); using the default");
        return fallback;
    }

    const std::string& file() const { return m_file; }

private:
    std::string m_file;
    Diagnostics& m_out;
};

// Parses text into `doc`; on a syntax error reports it with line:column and returns false.
bool parseDocument(std::string_view text, const std::string& file, json& doc, Diagnostics& out) {
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        Diagnostic d;
        d.rule = "asset-json";
        d.file = file;
        // byte is 1-based position just past the error; count lines up to it.
        std::size_t upTo = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        d.line = 1;
        d.column = 1;
        for (std::size_t i = 0; i < upTo; ++i) {
            if (text[i] == '\n') {
                ++d.line;
                d.column = 1;
            } else {
                ++d.column;
            }
        }
        std::string what = e.what();
        if (auto pos = what.find("syntax error"); pos != std::string::npos) what = what.substr(pos);
        d.message = "invalid JSON: " + what;
        out.push_back(std::move(d));
        return false;
    }
    if (!doc.is_object()) {
        out.push_back({Severity::Error, "asset-type", file, 0, 0, "", "the file must contain a JSON object"});
        return false;
    }
    return true;
}

std::optional<Gradient> readGradient(Reader& r, const json& value, const std::string& ptr) {
    if (!value.is_object()) {
        r.report(Severity::Error, "asset-type", ptr, "a gradient is an object {\"from\", \"to\", \"direction\"}");
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
        r.report(Severity::Warning, "asset-unknown-value", ptr + "/direction",
                 "unknown direction '" + dir + "' (expected vertical or horizontal); using vertical");
    return g;
}

LayerDef readLayer(Reader& r, const json& value, const std::string& ptr, bool& ok) {
    LayerDef layer;
    ok = value.is_object();
    if (!ok) {
        r.report(Severity::Error, "asset-type", ptr, "a layer must be an object");
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
            r.report(Severity::Error, "asset-type", ptr + "/points",
                     "a polygon needs \"points\": at least three [x, y] pairs");
            ok = false;
            return layer;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& p = (*it)[i];
            if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
                r.report(Severity::Error, "asset-type", ptr + "/points/" + std::to_string(i),
                         "a point is an [x, y] pair of numbers");
                ok = false;
                return layer;
            }
            layer.points.push_back({p[0].get<float>(), p[1].get<float>()});
        }
    } else if (layer.shape == ShapeKind::Circle) {
        if (layer.radius <= 0) {
            r.report(Severity::Warning, "asset-degenerate", ptr, "a circle needs a positive \"r\"; it is not drawn");
            ok = false;
        }
    } else if (layer.w <= 0 || layer.h <= 0) {
        r.report(Severity::Warning, "asset-degenerate", ptr,
                 "this shape needs positive \"w\" and \"h\"; it is not drawn");
        ok = false;
    }
    return layer;
}

std::vector<LayerDef> readLayers(Reader& r, const json& doc, const char* key) {
    std::vector<LayerDef> layers;
    auto it = doc.find(key);
    if (it == doc.end()) return layers;
    std::string ptr = std::string("/") + key;
    if (!it->is_array()) {
        r.report(Severity::Error, "asset-type", ptr, std::string("'") + key + "' must be an array of shapes");
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
        out.push_back({Severity::Warning, "asset-id-mismatch", file.string(), 0, 0, "/id",
                       "id '" + id + "' differs from the file name '" + file.stem().string() +
                           "'; scenarios refer to the file name"});
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
    for (const auto& n : kProps)
        if (n.value == kind) return n.text;
    return "?";
}

Parsed<LookDef> parseLook(std::string_view jsonText, const std::string& file) {
    Parsed<LookDef> result;
    json doc;
    if (!parseDocument(jsonText, file, doc, result.diagnostics)) return result;
    Reader r(file, result.diagnostics);
    LookDef& look = result.def;
    r.checkKeys(
        doc, "",
        {"id", "skin", "hair", "headwear", "headwear_color", "beard", "glasses", "age", "clothing", "eye_color"});
    look.id = r.string(doc, "", "id", "", true);
    look.skin = r.color(doc, "", "skin", look.skin, true);
    if (auto it = doc.find("hair"); it == doc.end()) {
        r.report(Severity::Error, "asset-missing-key", "", "missing key 'hair'");
    } else if (!it->is_object()) {
        r.report(Severity::Error, "asset-type", "/hair", "'hair' must be an object {\"style\", \"color\"}");
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
        r.report(Severity::Error, "asset-missing-key", "", "missing key 'clothing'");
    } else if (!it->is_object()) {
        r.report(Severity::Error, "asset-type", "/clothing",
                 "'clothing' must be an object {\"style\", \"color\", \"accent\"}");
    } else {
        r.checkKeys(*it, "/clothing", {"style", "color", "accent"});
        look.clothingStyle = r.choice(*it, "/clothing", "style", kClothing, look.clothingStyle, true);
        look.clothingColor = r.color(*it, "/clothing", "color", look.clothingColor, true);
        look.accent = r.color(*it, "/clothing", "accent", look.accent);
    }
    return result;
}

Parsed<SceneDef> parseScene(std::string_view jsonText, const std::string& file) {
    Parsed<SceneDef> result;
    json doc;
    if (!parseDocument(jsonText, file, doc, result.diagnostics)) return result;
    Reader r(file, result.diagnostics);
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
            r.report(Severity::Error, "asset-type", "/props", "'props' must be an array");
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& p = (*it)[i];
                std::string ptr = "/props/" + std::to_string(i);
                if (!p.is_object()) {
                    r.report(Severity::Error, "asset-type", ptr, "a prop must be an object");
                    continue;
                }
                r.checkKeys(
                    p, ptr,
                    {"type", "x", "y", "w", "h", "scale", "color", "accent", "flip", "night", "count", "intensity"});
                bool present = false;
                PropDef prop;
                auto before = result.diagnostics.size();
                prop.kind = r.choice(p, ptr, "type", kProps, PropKind::Count, true, &present);
                if (prop.kind == PropKind::Count) {
                    // Unknown or missing type: already reported; the prop is skipped.
                    if (result.diagnostics.size() > before) result.diagnostics.back().message += " — prop skipped";
                    continue;
                }
                prop.x = r.number(p, ptr, "x", 640);
                prop.y = r.number(p, ptr, "y", 720);
                prop.w = r.number(p, ptr, "w", 0);
                prop.h = r.number(p, ptr, "h", 0);
                prop.scale = r.number(p, ptr, "scale", 1);
                if (prop.scale <= 0) {
                    r.report(Severity::Warning, "asset-degenerate", ptr + "/scale", "scale must be positive; using 1");
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
    return result;
}

Parsed<LookDef> loadLookFile(const std::filesystem::path& file) {
    core::FileRead read = core::readInputFile(file.string(), core::kMaxAssetBytes, "asset");
    if (!read.ok()) {
        Parsed<LookDef> result;
        result.def.id = file.stem().string();
        result.diagnostics.push_back({Severity::Error, "asset-file", file.string(), 0, 0, "", "cannot read the file: " + read.message});
        return result;
    }
    auto result = parseLook(read.bytes, file.string());
    checkId(result.def.id, file, result.diagnostics);
    return result;
}

Parsed<SceneDef> loadSceneFile(const std::filesystem::path& file) {
    core::FileRead read = core::readInputFile(file.string(), core::kMaxAssetBytes, "asset");
    if (!read.ok()) {
        Parsed<SceneDef> result;
        result.def.id = file.stem().string();
        result.diagnostics.push_back({Severity::Error, "asset-file", file.string(), 0, 0, "", "cannot read the file: " + read.message});
        return result;
    }
    auto result = parseScene(read.bytes, file.string());
    checkId(result.def.id, file, result.diagnostics);
    return result;
}

Parsed<LookDef> loadLook(const std::filesystem::path& assetsDir, std::string_view id) {
    return loadLookFile(assetsDir / "characters" / (std::string(id) + ".json"));
}

Parsed<SceneDef> loadScene(const std::filesystem::path& assetsDir, std::string_view id) {
    return loadSceneFile(assetsDir / "scenes" / (std::string(id) + ".json"));
}

}  // namespace frontline
