// The window opened by other commands (window_command.cpp).
#pragma once
#include <string>

namespace frontline::cli {

// `frontline replay SESSION` without --text: the window on the session's replay viewer; returns the exit code.
// With `shotsDir`, a scripted look for the tests: the viewer (replay-cli.png), then its after-action review
// (replay-aar.png, its lines in replay-aar.txt), then the window closes.
int openReplayWindow(const std::string& sessionFile, const std::string& locale, const std::string& shotsDir = "");

}  // namespace frontline::cli
