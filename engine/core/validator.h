// Whole-scenario checks that need the complete model: reachability (unreachable-node), endings that can
// never be reached (trap), and references to asset files (unknown-scene, unknown-look). The loader runs
// these after it has built the model; they tolerate unresolved references (index -1) in a broken file.
#pragma once
#include <string>
#include <vector>

#include "diagnostic.h"
#include "json_document.h"
#include "scenario.h"

namespace frontline::core {

struct ValidateContext {
    const JsonDocument& document;
    std::string file;
    std::string assetsDir;  // "" = skip asset checks
    // For each node, whether the file gave it a "scene" (inherited scenes are checked where written).
    std::vector<bool> sceneWritten;
};

void checkGraph(const Scenario& scenario, const ValidateContext& context, Diagnostics& out);
void checkAssets(const Scenario& scenario, const ValidateContext& context, Diagnostics& out);

// The "assets" folder the loader uses for `file`: `configured` when set, else the first "assets/" found
// walking up from the file's folder, else the shipped assets (data_dirs.h); "" when none exists.
std::string findAssetsDir(const std::string& file, const std::string& configured);

}  // namespace frontline::core
