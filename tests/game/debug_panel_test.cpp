// The F1 debug panel drawn headless, as Dear ImGui's example_null does: a real context and font atlas, no
// window or GPU. ImGui's own text log records what the panel writes, so the test reads the panel's content.
#include "runtime/debug_panel.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

#include "core/session.h"
#include "core/session_fixture.h"  // tests/core

using namespace frontline;

namespace {

// Draws `frames` frames of the panel's contents in a window of its own and returns the text of the last one
// (ImGui stops its log at the end of a top-level window, so the log is read inside it).
std::string panelText(const runtime::DebugView& view, int frames = 2) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.f / 60;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    std::string text;
    for (int i = 0; i < frames; ++i) {
        ImGui::NewFrame();
        ImGui::SetNextWindowSize(ImVec2(420, 600));
        ImGui::Begin("Debug (F1)");
        ImGui::LogToBuffer();
        runtime::drawDebugContents(view);
        text = GImGui->LogBuffer.c_str();
        ImGui::End();
        ImGui::Render();
    }
    const ImDrawData* drawn = ImGui::GetDrawData();
    CHECK((drawn && drawn->TotalVtxCount > 0));  // something was drawn, not only logged
    ImGui::DestroyContext();
    return text;
}

}  // namespace

TEST_CASE("the F1 panel shows the live node, clock, meters, variables and events") {
    core::Scenario sc = testing::deskScenario();
    core::Session session(sc, 7);
    REQUIRE_FALSE(session.choose("pitch", 900));
    const core::State state = session.state();
    const std::vector<std::string> events = {"choice pitch [respond]"};
    runtime::DebugView view{&sc, &state, &events, "en", "graded"};
    const std::string text = panelText(view);
    INFO(text);
    CHECK(text.find("scenario  desk") != std::string::npos);
    CHECK(text.find("node      call") != std::string::npos);
    CHECK(text.find("mode      graded") != std::string::npos);
    CHECK(text.find("trust 30") != std::string::npos);  // the CEO's 50, less the pitch's 20
    CHECK(text.find("hidden") != std::string::npos);
    CHECK(text.find("true") != std::string::npos);  // "pitch" set it
    CHECK(text.find("choice pitch [respond]") != std::string::npos);
}

TEST_CASE("the F1 panel with nothing being played says so") {
    runtime::DebugView view;
    const std::string text = panelText(view);
    CHECK(text.find("No scenario is being played.") != std::string::npos);
    CHECK(text.find("node") == std::string::npos);
}
