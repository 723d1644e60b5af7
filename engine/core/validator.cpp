#include "validator.h"

#include <filesystem>
#include <set>

#include "data_dirs.h"
#include "json_reader.h"
#include "scenario_graph.h"

namespace frontline::core {

namespace fs = std::filesystem;

namespace {

std::string nodePointer(const Scenario& sc, int node) {
    return appendPointer("/nodes", sc.nodes[node].id);
}

}  // namespace

void checkGraph(const Scenario& sc, const ValidateContext& ctx, Diagnostics& out) {
    JsonReader r(ctx.document, ctx.file, out);
    const int n = static_cast<int>(sc.nodes.size());
    // Every branch of every choice counts, conditions or not (any of them may be taken). An unresolved target
    // (already reported as unknown-node) counts as "may reach an ending", to avoid a cascade.
    const ScenarioGraph graph = analyseGraph(sc);

    // A node whose every choice has an "if" and no timeout to fall back on may offer nothing.
    for (int i = 0; i < n; ++i) {
        const Node& node = sc.nodes[i];
        if (node.isEnding() || node.choices.empty() || node.timeoutChoice >= 0) continue;
        bool allGuarded = true;
        for (const auto& choice : node.choices)
            allGuarded = allGuarded && (choice.condition.has_value() || choice.timeoutOnly);
        if (allGuarded)
            r.report(rules::guardedChoices, nodePointer(sc, i) + "/choices",
                     "node '" + node.id +
                         "': every choice has an \"if\"; when none holds the trainee is stuck (add a choice without "
                         "\"if\")");
    }

    bool haveStart = sc.start >= 0 && sc.start < n;
    if (haveStart)
        for (int i = 0; i < n; ++i)
            if (!graph.reachable[i])
                r.reportAtKey(rules::unreachableNode, nodePointer(sc, i),
                              "node '" + sc.nodes[i].id + "' can never be reached from the start node '" +
                                  sc.nodes[sc.start].id + "'");

    // A non-ending without choices is reported as no-choices, not again as a trap.
    for (int i = 0; i < n; ++i) {
        if (graph.canEnd[i] || graph.deadEnd[i]) continue;
        if (haveStart && !graph.reachable[i]) continue;  // unreachable nodes are warned about above
        r.reportAtKey(rules::trap, nodePointer(sc, i),
                      "node '" + sc.nodes[i].id +
                          "': no ending can be reached from here; every path loops or dead-ends (give it a way out)");
    }
}

void checkAssets(const Scenario& sc, const ValidateContext& ctx, Diagnostics& out) {
    JsonReader r(ctx.document, ctx.file, out);
    std::error_code ec;
    fs::path assets(ctx.assetsDir);
    if (fs::is_directory(assets / "scenes", ec)) {
        std::set<std::string> reported;
        for (std::size_t i = 0; i < sc.nodes.size(); ++i) {
            const std::string& scene = sc.nodes[i].scene;
            if (i >= ctx.sceneWritten.size() || !ctx.sceneWritten[i] || scene.empty() || reported.count(scene))
                continue;
            if (fs::is_regular_file(assets / "scenes" / (scene + ".json"), ec)) continue;
            reported.insert(scene);
            r.report(rules::unknownScene, appendPointer("/nodes", sc.nodes[i].id) + "/scene",
                     "scene '" + scene + "' has no definition " + (assets / "scenes" / (scene + ".json")).string() +
                         "; a plain backdrop is drawn");
        }
    }
    if (fs::is_directory(assets / "characters", ec)) {
        for (const auto& c : sc.characters) {
            if (c.look.empty() || fs::is_regular_file(assets / "characters" / (c.look + ".json"), ec)) continue;
            r.report(rules::unknownLook, appendPointer("/characters", c.id) + "/look",
                     "look '" + c.look + "' has no definition " +
                         (assets / "characters" / (c.look + ".json")).string() + "; a default figure is drawn");
        }
    }
}

std::string findAssetsDir(const std::string& file, const std::string& configured) {
    std::error_code ec;
    if (!configured.empty()) return fs::is_directory(configured, ec) ? configured : std::string{};
    fs::path dir = fs::absolute(fs::path(file), ec).parent_path();
    while (!dir.empty()) {
        if (fs::is_directory(dir / "assets", ec)) return (dir / "assets").string();
        fs::path parent = dir.parent_path();
        if (parent == dir) break;
        dir = parent;
    }
    std::string shipped = shippedDataPath("assets");
    return !shipped.empty() && fs::is_directory(shipped, ec) ? shipped : std::string{};
}

}  // namespace frontline::core
