#include "core/asset_defs.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "temp_folder.h"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

const fs::path kAssets = fs::path(FRONTLINE_SOURCE_DIR) / "assets";

bool hasRule(const core::Diagnostics& ds, std::string_view rule, std::string_view pointer = {}) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::Diagnostic& d) {
        return d.rule == rule && (pointer.empty() || d.pointer == pointer);
    });
}

const char* kLook = R"({
  "id": "tm-cto",
  "skin": "#c99a78",
  "hair": {"style": "bob", "color": "#1c1a18"},
  "headwear": "hijab",
  "beard": "none",
  "glasses": "round",
  "age": "senior",
  "clothing": {"style": "blazer", "color": "#2d3e5c", "accent": "#c0392b"}
})";

}  // namespace

TEST_CASE("colours parse in short, long and alpha forms and reject garbage") {
    CHECK((parseColor("#c0392b") == Rgba{0xc0, 0x39, 0x2b, 255}));
    CHECK((parseColor("#fff") == Rgba{255, 255, 255, 255}));
    CHECK((parseColor("#10203040") == Rgba{0x10, 0x20, 0x30, 0x40}));
    CHECK_FALSE(parseColor("c0392b"));
    CHECK_FALSE(parseColor("#c0392"));
    CHECK_FALSE(parseColor("#zz0000"));
}

TEST_CASE("a look from the format document parses into its fields") {
    auto r = parseLook(kLook, "tm-cto.json");
    CHECK(r.diagnostics.empty());
    CHECK(r.def.id == "tm-cto");
    CHECK((r.def.skin == Rgba{0xc9, 0x9a, 0x78, 255}));
    CHECK((r.def.hairStyle == HairStyle::Bob));
    CHECK((r.def.headwear == Headwear::Hijab));
    CHECK((r.def.glasses == Glasses::Round));
    CHECK((r.def.age == Age::Senior));
    CHECK((r.def.clothingStyle == ClothingStyle::Blazer));
    CHECK((r.def.accent == Rgba{0xc0, 0x39, 0x2b, 255}));
    CHECK_FALSE(r.def.hasHeadwearColor);
}

TEST_CASE("look problems are diagnostics with a JSON pointer, never a crash") {
    SUBCASE("an unknown hair style warns and falls back to the default") {
        auto r = parseLook(R"({"id":"x","skin":"#fff","hair":{"style":"mohawk","color":"#000"},
                               "clothing":{"style":"suit","color":"#000"}})",
                           "x.json");
        CHECK_FALSE(core::hasErrors(r.diagnostics));
        CHECK(hasRule(r.diagnostics, "asset-unknown-value", "/hair/style"));
        CHECK((r.def.hairStyle == LookDef{}.hairStyle));
        CHECK(r.diagnostics[0].message.find("mohawk") != std::string::npos);
        CHECK(r.diagnostics[0].file == "x.json");
    }
    SUBCASE("a malformed colour warns and keeps the default") {
        auto r = parseLook(
            R"({"id":"x","skin":"pink","hair":{"style":"bald"},"clothing":{"style":"suit","color":"#000"}})", "x.json");
        CHECK(hasRule(r.diagnostics, "asset-bad-color", "/skin"));
        CHECK((r.def.skin == LookDef{}.skin));
    }
    SUBCASE("missing required keys are errors") {
        auto r = parseLook(R"({"id":"x"})", "x.json");
        CHECK(core::hasErrors(r.diagnostics));
        CHECK(hasRule(r.diagnostics, "missing-key"));
    }
    SUBCASE("a wrong type is an error at its pointer") {
        auto r = parseLook(R"({"id":"x","skin":"#fff","hair":"short","clothing":{"style":"suit","color":"#000"}})",
                           "x.json");
        CHECK(hasRule(r.diagnostics, "wrong-type", "/hair"));
    }
    SUBCASE("a typo in a key is a warning naming the key") {
        auto r = parseLook(R"({"id":"x","skin":"#fff","hair":{"style":"bald"},"glases":"round",
                               "clothing":{"style":"suit","color":"#000"}})",
                           "x.json");
        CHECK(hasRule(r.diagnostics, "unknown-key", "/glases"));
        CHECK(r.diagnostics.at(0).message.find("did you mean 'glasses'") != std::string::npos);
    }
    SUBCASE("every problem has its line and column, counted in characters as an editor shows them") {
        auto r = parseLook(
            "{\"id\": \"周经理\", \"skin\": \"pink\",\n \"hair\": {\"style\": \"bald\"}, \"glases\": 1,\n"
            " \"clothing\": {\"style\": \"suit\", \"color\": \"#000\"}}",
            "x.json");
        REQUIRE(r.diagnostics.size() == 2);
        CHECK(r.diagnostics[0].rule == "asset-bad-color");
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column == 23);  // bytes would say 29: 周经理 is 9 bytes, 3 characters
        CHECK(r.diagnostics[1].rule == "unknown-key");
        CHECK(r.diagnostics[1].line == 2);
        CHECK(r.diagnostics[1].column == 29);
        CHECK(core::format(r.diagnostics[0]).starts_with("x.json:1:23: warning: "));
    }
    SUBCASE("invalid JSON reports line and column") {
        auto r = parseLook("{\n  \"id\": \"x\",\n  \"skin\": #fff\n}", "x.json");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].rule == "json-syntax");
        CHECK(r.diagnostics[0].line == 3);
        CHECK(r.diagnostics[0].column > 1);
    }
    SUBCASE("a file that is not an object is an error") {
        auto r = parseLook("[1, 2]", "x.json");
        CHECK(core::hasErrors(r.diagnostics));
    }
}

TEST_CASE("a scene parses layers, gradients, polygons and props") {
    auto r = parseScene(R"({
      "id": "s",
      "background": {"from": "#101010", "to": "#202020"},
      "layers": [
        {"shape": "rect", "x": 0, "y": 500, "w": 1280, "h": 220, "gradient": {"from": "#aaa", "to": "#bbb", "direction": "horizontal"}},
        {"shape": "polygon", "points": [[0,0],[10,0],[5,8]], "color": "#ff000080"},
        {"shape": "circle", "x": 50, "y": 60, "r": 20, "color": "#fff", "outline": "#000"}
      ],
      "props": [{"type": "server-rack", "x": 100, "y": 500, "scale": 1.5, "count": 8, "night": true}]
    })",
                        "s.json");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.def.layers.size() == 3);
    CHECK((r.def.background.from == Rgba{0x10, 0x10, 0x10, 255}));
    REQUIRE(r.def.layers[0].gradient);
    CHECK(r.def.layers[0].gradient->horizontal);
    CHECK(r.def.layers[1].points.size() == 3);
    CHECK(r.def.layers[1].color.a == 0x80);
    CHECK((r.def.layers[2].shape == ShapeKind::Circle));
    CHECK(r.def.layers[2].radius == 20);
    CHECK(r.def.layers[2].outlineWidth > 0);
    REQUIRE(r.def.props.size() == 1);
    CHECK((r.def.props[0].kind == PropKind::ServerRack));
    CHECK(r.def.props[0].scale == 1.5f);
    CHECK(r.def.props[0].count == 8);
    CHECK(r.def.props[0].night);
}

TEST_CASE("scene problems skip the broken item and say where it is") {
    auto r = parseScene(R"({
      "id": "s",
      "layers": [
        {"shape": "polygon", "points": [[0,0],[1,1]]},
        {"shape": "hexagon", "x": 0, "y": 0, "w": 10, "h": 10},
        {"shape": "rect", "x": 0, "y": 0, "w": 10}
      ],
      "props": [{"type": "unicorn"}, {"type": "plant", "scale": -2}, {"type": "door", "x": "left"}]
    })",
                        "s.json");
    CHECK(hasRule(r.diagnostics, "wrong-type", "/layers/0/points"));
    CHECK(hasRule(r.diagnostics, "asset-unknown-value", "/layers/1/shape"));
    CHECK(hasRule(r.diagnostics, "asset-degenerate", "/layers/2"));
    CHECK(hasRule(r.diagnostics, "asset-unknown-value", "/props/0/type"));
    CHECK(hasRule(r.diagnostics, "asset-degenerate", "/props/1/scale"));
    CHECK(hasRule(r.diagnostics, "wrong-type", "/props/2/x"));
    // the unknown shape falls back to a rect; the broken polygon and the zero-height rect are dropped
    REQUIRE(r.def.layers.size() == 1);
    CHECK((r.def.layers[0].shape == ShapeKind::Rect));
    REQUIRE(r.def.props.size() == 2);  // the unicorn is skipped
    CHECK(r.def.props[0].scale == 1);
}

TEST_CASE("loading a missing asset gives an error and a usable default with that id") {
    auto r = loadLook(kAssets, "nobody-has-this-look");
    CHECK(hasRule(r.diagnostics, "io-error"));
    CHECK(r.def.id == "nobody-has-this-look");
    auto s = loadScene(kAssets, "nowhere");
    CHECK(hasRule(s.diagnostics, "io-error"));
}

TEST_CASE("every shipped scene and look parses without errors or warnings") {
    for (const char* id : {"office", "meeting-room", "boardroom", "network-room", "launch-stage", "hotel-lobby",
                           "phone-call", "field-site", "storm-site", "lab", "cafe", "training-room"}) {
        CAPTURE(id);
        CHECK(fs::exists(kAssets / "scenes" / (std::string(id) + ".json")));
    }
    int files = 0;
    for (const char* dir : {"scenes", "characters"}) {
        if (!fs::is_directory(kAssets / dir)) continue;
        for (const auto& e : fs::directory_iterator(kAssets / dir)) {
            if (e.path().extension() != ".json") continue;
            ++files;
            std::string file = e.path().string();
            CAPTURE(file);
            core::Diagnostics ds =
                std::string(dir) == "scenes" ? loadSceneFile(e.path()).diagnostics : loadLookFile(e.path()).diagnostics;
            std::string all;
            for (const auto& d : ds) all += core::format(d) + "\n";
            CAPTURE(all);
            CHECK(ds.empty());
        }
    }
    CHECK(files >= 12);
}

TEST_CASE("a look whose id differs from its file name is flagged") {
    fs::path dir = fs::path(FRONTLINE_BINARY_DIR) / "asset_defs_test";
    fs::create_directories(dir);
    fs::path file = dir / "right-name.json";
    {
        std::ofstream(file) << kLook;  // id "tm-cto"
    }
    auto r = loadLookFile(file);
    CHECK(hasRule(r.diagnostics, "asset-id-mismatch", "/id"));
}

TEST_CASE("an asset that is a link out of its folder is refused; a link inside it is read") {
    TempFolder tmp;
    fs::create_directories(tmp.path / "assets" / "characters");
    fs::create_directories(tmp.path / "elsewhere");
    std::string lookHere = kLook;
    lookHere.replace(lookHere.find("tm-cto"), 6, "here");
    std::ofstream(tmp.path / "assets" / "characters" / "here.json") << lookHere;
    std::ofstream(tmp.path / "elsewhere" / "secret.json") << kLook;
    fs::create_symlink(tmp.path / "elsewhere" / "secret.json", tmp.path / "assets" / "characters" / "out.json");
    fs::create_symlink("here.json", tmp.path / "assets" / "characters" / "alias.json");
    fs::create_symlink("/dev/zero", tmp.path / "assets" / "characters" / "zero.json");

    auto out = loadLook(tmp.path / "assets", "out");
    REQUIRE(out.diagnostics.size() == 1);
    CHECK(out.diagnostics[0].rule == "io-error");
    CHECK(out.diagnostics[0].message.find("link to a file outside its folder") != std::string::npos);
    CHECK_FALSE(out.def.skin == *parseColor("#c99a78"));  // the default figure, not the linked file's

    auto zero = loadLook(tmp.path / "assets", "zero");
    CHECK(hasRule(zero.diagnostics, "io-error"));

    auto alias = loadLook(tmp.path / "assets", "alias");
    CHECK_FALSE(hasRule(alias.diagnostics, "io-error"));
    CHECK(alias.def.skin == *parseColor("#c99a78"));
}
