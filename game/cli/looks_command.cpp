// `frontline looks [--assets DIR] [--html OUT]`: the catalogue of looks and scenes a scenario can pick, with the
// shipped scenarios that use each. --html draws every look and scene into one self-contained contact sheet (PNG
// pictures inlined), which needs a display (xvfb-run gives one). Exit 0; 2 when the assets or a display are
// missing or the sheet cannot be written.
#include <openssl/evp.h>
#include <unistd.h>

#include <SFML/Graphics.hpp>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "command_failure.h"
#include "commands.h"
#include "core/asset_defs.h"
#include "core/atomic_file.h"
#include "core/data_dirs.h"
#include "core/file_read.h"
#include "core/library.h"
#include "core/loader.h"
#include "html.h"
#include "runtime/display.h"
#include "runtime/portrait.h"
#include "runtime/scene_painter.h"

namespace frontline::cli {

namespace {

namespace fs = std::filesystem;

struct Options {
    std::string assets;
    std::string html;
};

const CommandFailure fail{"looks", 2};

std::vector<std::string> idsIn(const fs::path& folder) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".json") ids.push_back(entry.path().stem().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Which shipped scenarios use each look and each scene.
struct Uses {
    std::map<std::string, std::set<std::string>> looks, scenes;
};

Uses usesIn(const std::string& scenariosDir) {
    Uses uses;
    for (const auto& file : core::scenarioFiles(scenariosDir)) {
        core::LoadOptions options;
        options.checkAssets = false;
        core::LoadResult loaded = core::loadScenarioFile(file, options);
        if (!loaded.scenario) continue;
        for (const auto& c : loaded.scenario->characters) uses.looks[c.look].insert(loaded.scenario->id);
        for (const auto& n : loaded.scenario->nodes)
            if (!n.scene.empty()) uses.scenes[n.scene].insert(loaded.scenario->id);
    }
    return uses;
}

std::string joined(const std::set<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "-" : out;
}

// The picture in `rt` as PNG bytes, base64-encoded for a data: URI (SFML 2.5 writes images only to files).
std::string pngBase64(sf::RenderTexture& rt) {
    rt.display();
    sf::Image image = rt.getTexture().copyToImage();
    fs::path file = fs::temp_directory_path() / ("frontline-looks-" + std::to_string(::getpid()) + ".png");
    if (!image.saveToFile(file.string())) fail("cannot write a picture to " + file.string());
    core::FileRead png = core::readInputFile(file.string(), 16u << 20, "picture");
    std::error_code ec;
    fs::remove(file, ec);
    if (!png.ok()) fail(png.message);
    std::string out(4 * ((png.bytes.size() + 2) / 3) + 1, '\0');
    int n =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(png.bytes.data()), static_cast<int>(png.bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string card(const std::string& id, const std::string& picture, const std::set<std::string>& usedBy) {
    return "<figure class=\"card\"><img alt=\"" + html::escape(id) + "\" src=\"data:image/png;base64," + picture +
           "\"><figcaption><b>" + html::escape(id) + "</b><br><small>" + html::escape(joined(usedBy)) +
           "</small></figcaption></figure>\n";
}

void writeSheet(const fs::path& assets, const Uses& uses, const std::string& out) {
    std::string display;
    if (runtime::probeDisplay(display) != runtime::DisplayStatus::Available)
        fail("drawing the contact sheet needs a display; without one, run: xvfb-run -a frontline looks --html " + out);
    std::string page = html::pageStart("Frontline looks and scenes", "en");
    page +=
        "<style>.grid{display:flex;flex-wrap:wrap;gap:10px}.card{margin:0;width:170px;text-align:center}"
        ".card img{width:160px;border:1px solid #ccd}.scenes .card{width:330px}.scenes .card img{width:320px}"
        "</style>\n<h1>Looks and scenes</h1>\n<p>Every look (<code>assets/characters/</code>, neutral expression) and "
        "scene (<code>assets/scenes/</code>) a scenario can name, with the shipped scenarios that use it.</p>\n";
    sf::RenderTexture rt;
    if (!rt.create(160, 200)) fail("cannot create a drawing surface");
    const std::vector<std::string> looks = idsIn(assets / "characters");
    page += "<h2>Looks (" + std::to_string(looks.size()) + ")</h2>\n<div class=\"grid\">\n";
    for (const auto& id : looks) {
        rt.clear(sf::Color(0xee, 0xf0, 0xf4));
        drawPortrait(rt, loadLook(assets, id).def, FaceExpression::Neutral, {0, 0, 160, 200});
        auto used = uses.looks.find(id);
        page += card(id, pngBase64(rt), used == uses.looks.end() ? std::set<std::string>{} : used->second);
    }
    const std::vector<std::string> scenes = idsIn(assets / "scenes");
    page += "</div>\n<h2>Scenes (" + std::to_string(scenes.size()) + ")</h2>\n<div class=\"grid scenes\">\n";
    sf::RenderTexture wide;
    if (!wide.create(320, 180)) fail("cannot create a drawing surface");
    for (const auto& id : scenes) {
        wide.clear();
        drawScene(wide, loadScene(assets, id).def, {320, 180});
        auto used = uses.scenes.find(id);
        page += card(id, pngBase64(wide), used == uses.scenes.end() ? std::set<std::string>{} : used->second);
    }
    page += "</div>\n" + html::pageEnd();
    if (std::string error; !core::writeFileAtomically(out, page, &error)) fail("cannot write '" + out + "': " + error);
    std::cout << "Wrote " << out << ": " << looks.size() << " looks and " << scenes.size() << " scenes\n";
}

void run(const Options& o) {
    fs::path assets = o.assets.empty() ? fs::path(core::shippedDataPath("assets")) : fs::path(o.assets);
    std::error_code ec;
    if (assets.empty() || !fs::is_directory(assets / "characters", ec))
        fail("no assets folder with characters/ at '" + assets.string() + "'");
    const Uses uses = usesIn(core::shippedDataPath("scenarios"));
    if (!o.html.empty()) return writeSheet(assets, uses, o.html);
    std::cout << "Looks in " << (assets / "characters").string() << " (a character's \"look\")\n";
    for (const auto& id : idsIn(assets / "characters")) {
        auto used = uses.looks.find(id);
        std::cout << "  " << id << "  used by: " << (used == uses.looks.end() ? "-" : joined(used->second)) << "\n";
    }
    std::cout << "\nScenes in " << (assets / "scenes").string() << " (a node's \"scene\")\n";
    for (const auto& id : idsIn(assets / "scenes")) {
        auto used = uses.scenes.find(id);
        std::cout << "  " << id << "  used by: " << (used == uses.scenes.end() ? "-" : joined(used->second)) << "\n";
    }
    std::cout << "\nSee them drawn: frontline looks --html looks.html (needs a display, or xvfb-run -a)\n";
}

}  // namespace

void addLooksCommand(CLI::App& app) {
    static Options o;
    auto* cmd = app.add_subcommand("looks", "List (or draw, --html) the looks and scenes a scenario can use");
    cmd->add_option("--assets", o.assets, "An assets folder (default: the shipped one)");
    cmd->add_option("--html", o.html, "Draw them all into this self-contained HTML contact sheet");
    cmd->callback([] { run(o); });
}

}  // namespace frontline::cli
