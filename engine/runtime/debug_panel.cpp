#include "runtime/debug_panel.h"

#include <imgui.h>

#include <algorithm>

#include "core/play_rules.h"

namespace frontline::runtime {

void drawDebugPanel(const DebugView& view, bool& open) {
    ImGui::SetNextWindowPos(ImVec2(16, 16), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(420, 600), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowBgAlpha(0.92f);
    if (ImGui::Begin("Debug (F1)", &open)) drawDebugContents(view);
    ImGui::End();
}

void drawDebugContents(const DebugView& view) {
    if (!view.scenario || !view.state || view.state->node < 0) {
        ImGui::TextUnformatted("No scenario is being played.");
        return;
    }
    const core::Scenario& sc = *view.scenario;
    const core::State& st = *view.state;
    const core::Node& node = sc.nodes[static_cast<std::size_t>(st.node)];
    ImGui::Text("scenario  %s", sc.id.c_str());
    ImGui::Text("node      %s%s", node.id.c_str(), node.isEnding() ? "  (ending)" : "");
    ImGui::Text("clock     %s  (+%d min)", core::clockLabel(sc, st.minutes).c_str(), st.minutes);
    if (!view.mode.empty()) ImGui::Text("mode      %s", view.mode.c_str());
    if (!node.isEnding()) {
        auto offered = core::offeredChoices(sc, st);
        ImGui::Text("offered   %zu of %zu choices", offered.size(), node.choices.size());
        if (node.timeLimitSeconds > 0)
            ImGui::Text("timer     %d s -> %s", node.timeLimitSeconds,
                        node.choices[static_cast<std::size_t>(node.timeoutChoice)].id.c_str());
    }
    if (ImGui::CollapsingHeader("Meters", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (std::size_t i = 0; i < sc.characters.size(); ++i) {
            ImGui::Text("%-12s", sc.characters[i].id.c_str());
            ImGui::SameLine(130);
            ImGui::ProgressBar(st.trust[i] / 100.f, ImVec2(120, 0), ("trust " + std::to_string(st.trust[i])).c_str());
            ImGui::SameLine();
            ImGui::ProgressBar(st.patience[i] / 100.f, ImVec2(120, 0),
                               ("patience " + std::to_string(st.patience[i])).c_str());
        }
    }
    if (ImGui::CollapsingHeader("Variables", ImGuiTreeNodeFlags_DefaultOpen)) {
        if (sc.variables.empty()) ImGui::TextDisabled("none");
        for (std::size_t i = 0; i < sc.variables.size(); ++i)
            ImGui::Text("%-20s %s", sc.variables[i].name.c_str(), core::toString(st.variables[i]).c_str());
    }
    if (view.events && ImGui::CollapsingHeader("Events", ImGuiTreeNodeFlags_DefaultOpen)) {
        // The rest of the window, so the panel itself never needs a scroll bar; opens on the newest event and
        // follows new ones unless the user has scrolled up.
        ImGui::BeginChild("events", ImVec2(0, std::max(120.f, ImGui::GetContentRegionAvail().y)), true);
        for (const auto& e : *view.events) ImGui::TextWrapped("%s", e.c_str());
        if (ImGui::IsWindowAppearing() || ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 4)
            ImGui::SetScrollHereY(1.0f);
        ImGui::EndChild();
    }
}

}  // namespace frontline::runtime
