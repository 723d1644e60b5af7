#include "runtime/display.h"

#include <X11/Xlib.h>

#include <cstdlib>

namespace frontline::runtime {

DisplayStatus probeDisplay(std::string& name) {
    const char* display = std::getenv("DISPLAY");
    name = display ? display : "";
    if (name.empty()) return DisplayStatus::NotSet;
    // The connection stays open for the rest of the run: an X server such as Xvfb resets when its last client
    // disconnects, and SFML's own connection, opened right after, then fails now and then and SFML aborts.
    static Display* held = nullptr;
    if (held) return DisplayStatus::Available;
    held = XOpenDisplay(display);
    return held ? DisplayStatus::Available : DisplayStatus::CannotOpen;
}

}  // namespace frontline::runtime
