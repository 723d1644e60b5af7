// Whole-scenario checks that need the complete model: reachability (unreachable-node), endings that can
// never be reached (trap), and references to asset files (unknown-scene, unknown-look). The loader runs
// these after it has built the model; they tolerate unresolved references (index -1) in a broken file.
#pragma once
#include <string>
#include <vector>

#include "asset_defs.h"
#include "diagnostic.h"
#include "json_document.h"
#include "scenario.h"

namespace frontline::core {

struct ValidateContext {
    const JsonDocument& document;
    std::string file;
    AssetFolders assetFolders;  // overlaid, most specific first (scenarioAssetFolders()); none = no checks
    // For each node, whether the file gave it a "scene" (inherited scenes are checked where written).
    std::vector<bool> sceneWritten;
};

void checkGraph(const Scenario& scenario, const ValidateContext& context, Diagnostics& out);
void checkAssets(const Scenario& scenario, const ValidateContext& context, Diagnostics& out);

}  // namespace frontline::core
