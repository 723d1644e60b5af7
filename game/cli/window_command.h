// The window opened by other commands (window_command.cpp).
#pragma once
#include <string>

namespace frontline::cli {

// `frontline replay SESSION` without --text: the window on the session's replay viewer; returns the exit code.
int openReplayWindow(const std::string& sessionFile, const std::string& locale);

}  // namespace frontline::cli
