// The debrief after an ending: the Index and band, the radar chart of the dimensions, the real case behind the
// scenario (when it has a real_case), the timeline of decisions (good / mixed / poor, feedback, the principles
// at stake with their titles, the better alternative), the findings of the trajectory rules, and buttons to
// replay the recorded decisions or play again.
#pragma once
#include <memory>
#include <string>

#include "core/recording.h"
#include "core/session.h"
#include "runtime/screen.h"
#include "screens/context.h"

namespace frontline::game {

struct DebriefInput {
    const core::Scenario* scenario = nullptr;
    core::Session session;       // finished
    core::SessionRecord record;  // what was saved (events include step-backs)
    std::string recordFile;
};

std::unique_ptr<runtime::Screen> makeDebriefScreen(GameContext& ctx, DebriefInput input);

}  // namespace frontline::game
