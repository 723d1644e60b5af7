// The window opened by other commands (window_command.cpp).
#pragma once
#include <string>

#include "screens/screens.h"

namespace frontline::cli {

// `frontline replay SESSION` without --text: the window on the session's replay viewer; returns the exit code.
// With `shotsDir`, a scripted look for the tests: the viewer (replay-cli.png), then its after-action review
// (replay-aar.png, its lines in replay-aar.txt), then the window closes.
int openReplayWindow(const std::string& sessionFile, const std::string& locale, const std::string& shotsDir = "");

// `frontline edit SCENARIO`: the editor window on `edit` (already opened); returns the exit code.
int openEditorWindow(core::ScenarioEdit edit, const std::string& locale, const game::EditorAutomation& automation);

}  // namespace frontline::cli
