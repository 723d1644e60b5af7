// The F1 debug panel (Dear ImGui): the current node, every variable, each character's trust and patience,
// and the recent events, read live from the session state each frame.
#pragma once
#include <string>
#include <vector>

#include "core/scenario.h"
#include "core/state.h"

namespace frontline::runtime {

struct DebugView {
    const core::Scenario* scenario = nullptr;  // nothing to show when null
    const core::State* state = nullptr;
    const std::vector<std::string>* events = nullptr;  // newest last
    std::string locale = "en";
    std::string mode;  // "practice" / "graded"
};

// Draws the panel inside the current ImGui frame; `open` is cleared when the user closes it.
void drawDebugPanel(const DebugView& view, bool& open);
// What the panel shows, inside the current ImGui window.
void drawDebugContents(const DebugView& view);

}  // namespace frontline::runtime
