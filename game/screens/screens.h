// Factories for the game's screens. Flow: title -> select -> play (pause, settings) -> debrief -> select.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "core/recording.h"
#include "core/scenario.h"
#include "core/scenario_edit.h"
#include "core/state.h"
#include "runtime/screen.h"
#include "screens/context.h"
#include "screens/focus.h"

namespace frontline::game {

struct PlayStart {
    const core::Scenario* scenario = nullptr;
    bool practice = false;
    std::string resumeFile;  // a session file to continue, or "" for a new session
    bool record = true;      // autosave to the session folder (the tour plays without recording)
    // A rehearsal (the editor's "play from here", core/rehearsal.h): play begins in this state, in practice, not
    // recorded, graded with `rubric` (the edited scenario is not in the catalog), and its ending, like quitting,
    // returns to the screen below instead of opening the debrief.
    std::optional<core::State> from;
    const core::Rubric* rubric = nullptr;
    bool rehearsal() const { return from.has_value(); }
};

std::unique_ptr<runtime::Screen> makeTitleScreen(GameContext& ctx);
// The replay viewer (screens/replay_screen.cpp) of a session file, or of the session the debrief shows.
std::unique_ptr<runtime::Screen> makeReplayScreen(GameContext& ctx, const std::string& sessionFile);
std::unique_ptr<runtime::Screen> makeReplayScreen(GameContext& ctx, const core::Scenario& scenario,
                                                  const core::SessionRecord& record, const std::string& file);
// Recorded sessions on this machine, newest first, each opening in the replay viewer.
std::unique_ptr<runtime::Screen> makeSessionsScreen(GameContext& ctx);
// The class view: the sessions `files` of one scenario as a heat map over its graph (screens/class_screen.cpp).
std::unique_ptr<runtime::Screen> makeClassScreen(GameContext& ctx, const std::string& scenarioId,
                                                 const std::vector<std::string>& files);
// What `frontline edit --select/--screenshot/--status` asks of the editor, for tests: select a node (or "@N", the
// node of the Nth diagnostic, as a click on it does), save a screenshot, write what it shows, then quit. With
// playFrom, the node is played from as the "Play from here" button does, with the panel's values changed by `set`
// (name=value,...): the play screen is shot (SCREENSHOT-play.png) and left through pause, the editor shot again
// when it is back (SCREENSHOT-back.png), and the status says what the play showed.
struct EditorAutomation {
    std::string select, screenshot, status, playFrom, set;
    std::string tab;  // "explorer": open on the Explorer tab (the default is the diagnostics)
    bool active() const { return !select.empty() || !screenshot.empty() || !status.empty() || !playFrom.empty(); }
};
// The scenario editor (screens/editor_screen.cpp) on an opened document; closing the window ends it.
std::unique_ptr<runtime::Screen> makeEditorScreen(GameContext& ctx, core::ScenarioEdit edit,
                                                  EditorAutomation automation = {});
std::unique_ptr<runtime::Screen> makeSelectScreen(GameContext& ctx);
std::unique_ptr<runtime::Screen> makeSettingsScreen(GameContext& ctx);
std::unique_ptr<runtime::Screen> makePlayScreen(GameContext& ctx, const PlayStart& start);
// Pause (Esc during play): resume, restart (`restart` played again), settings, quit to the screen under the play.
std::unique_ptr<runtime::Screen> makePauseScreen(GameContext& ctx, const PlayStart& restart);

}  // namespace frontline::game
