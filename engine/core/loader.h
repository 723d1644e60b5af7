// Loading a scenario file: read (at most maxBytes), parse with positions, check every rule in
// docs/diagnostics.md, and build the resolved model (indices, compiled conditions, inherited scenes).
// The scenario is present only when no diagnostic is an error; warnings may accompany it. Never throws.
// Diagnostics come sorted by line and column. Rule ids "io-error" and "file-too-large" mean the file could
// not be read at all (the validate command exits 2 for them).
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"
#include "file_read.h"
#include "scenario.h"

namespace frontline::core {

struct LoadOptions {
    std::size_t maxBytes = kMaxScenarioBytes;  // larger files are refused (file-too-large)
    std::string assetsDir;                     // "" = the first "assets/" found walking up from the file's folder
    bool checkAssets = true;                   // unknown-scene / unknown-look warnings
    std::string rubricPath;                    // "" = defaultRubricPath(file)
    // Whether the game's fonts can draw a character; texts with one they cannot get undrawable-character. Unset:
    // not checked (the core knows no fonts; `frontline validate` sets it from the fonts the window uses).
    std::function<bool(char32_t)> canDraw;
};

struct LoadResult {
    std::optional<Scenario> scenario;  // present when there is no error
    // The rubric this scenario is scored with (LoadOptions::rubricPath with the scenario's "rubric" changes
    // applied); present with the scenario unless the rubric could not be loaded (warning no-rubric).
    std::optional<Rubric> rubric;
    Diagnostics diagnostics;
    // With errors, the model as far as it could be built (unresolved references are -1), for tools that show a
    // broken scenario, such as its graph; never played or scored. Absent when the scenario is, or the file
    // is not a JSON object.
    std::optional<Scenario> draft;

    const Scenario* model() const { return scenario ? &*scenario : draft ? &*draft : nullptr; }
};

LoadResult loadScenarioFile(const std::string& path, const LoadOptions& options = {});
LoadResult loadScenarioText(std::string_view text, const std::string& fileName, const LoadOptions& options = {});

// True for diagnostics that mean the file itself could not be read (io-error, file-too-large).
bool isReadFailure(const Diagnostic& d);

// Only whether the file is strict JSON (for files such as a JSON Schema that have no format of ours).
Diagnostics checkJsonFile(const std::string& path);

}  // namespace frontline::core
