// Factories for the game's screens. Flow: title -> select -> play (pause, settings) -> debrief -> select.
#pragma once
#include <memory>
#include <string>

#include "core/scenario.h"
#include "runtime/screen.h"
#include "screens/context.h"
#include "screens/focus.h"

namespace frontline::game {

struct PlayStart {
    const core::Scenario* scenario = nullptr;
    bool practice = false;
    std::string resumeFile;   // a session file to continue, or "" for a new session
};

std::unique_ptr<runtime::Screen> makeTitleScreen(GameContext& ctx);
std::unique_ptr<runtime::Screen> makeSelectScreen(GameContext& ctx);
std::unique_ptr<runtime::Screen> makeSettingsScreen(GameContext& ctx);
std::unique_ptr<runtime::Screen> makePlayScreen(GameContext& ctx, const PlayStart& start);

}  // namespace frontline::game
