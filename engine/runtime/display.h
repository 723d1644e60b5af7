// Whether a window can be opened at all: SFML calls abort() when the X display cannot be opened, so the game
// asks first and explains instead.
#pragma once
#include <string>

namespace frontline::runtime {

enum class DisplayStatus { Available, NotSet, CannotOpen };

// Checks $DISPLAY and tries to open (and closes) that display; `name` receives $DISPLAY's value.
DisplayStatus probeDisplay(std::string& name);

}  // namespace frontline::runtime
