#include "validator.h"

#include <filesystem>
#include <set>

#include "asset_defs.h"
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

namespace {

// A look or scene file's own problems, reported where they are (the asset file's line:col) as warnings: the game
// draws the default figure or a plain backdrop in place of a definition it cannot read.
void addAssetDiagnostics(Diagnostics diagnostics, Diagnostics& out) {
    for (Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Error) {
            d.severity = Severity::Warning;
            d.message += " (the game draws its default instead)";
        }
        out.push_back(std::move(d));
    }
}

std::string searched(const std::vector<fs::path>& folders, const char* kind, const std::string& id) {
    std::string out;
    for (const auto& f : folders) out += (out.empty() ? "" : ", ") + (f / kind / (id + ".json")).string();
    return out;
}

}  // namespace

void checkAssets(const Scenario& sc, const ValidateContext& ctx, Diagnostics& out) {
    if (ctx.assetFolders.empty()) return;
    JsonReader r(ctx.document, ctx.file, out);
    const AssetFolders& folders = ctx.assetFolders;
    std::set<std::string> checked;
    for (std::size_t i = 0; i < sc.nodes.size(); ++i) {
        const std::string& scene = sc.nodes[i].scene;
        if (i >= ctx.sceneWritten.size() || !ctx.sceneWritten[i] || scene.empty() || !checked.insert(scene).second)
            continue;
        if (definingFolder(folders, "scenes", scene).empty())
            r.report(rules::unknownScene, appendPointer("/nodes", sc.nodes[i].id) + "/scene",
                     "scene '" + scene + "' has no definition (looked for " + searched(folders, "scenes", scene) +
                         "); a plain backdrop is drawn");
        else
            addAssetDiagnostics(loadScene(folders, scene).diagnostics, out);
    }
    checked.clear();
    for (const auto& c : sc.characters) {
        if (c.look.empty() || !checked.insert(c.look).second) continue;
        if (definingFolder(folders, "characters", c.look).empty())
            r.report(rules::unknownLook, appendPointer("/characters", c.id) + "/look",
                     "look '" + c.look + "' has no definition (looked for " + searched(folders, "characters", c.look) +
                         "); a default figure is drawn");
        else
            addAssetDiagnostics(loadLook(folders, c.look).diagnostics, out);
    }
}

}  // namespace frontline::core
