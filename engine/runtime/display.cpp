#include "runtime/display.h"

#include <cstdlib>

#include <X11/Xlib.h>

namespace frontline::runtime {

DisplayStatus probeDisplay(std::string& name) {
    const char* display = std::getenv("DISPLAY");
    name = display ? display : "";
    if (name.empty()) return DisplayStatus::NotSet;
    Display* d = XOpenDisplay(display);
    if (!d) return DisplayStatus::CannotOpen;
    XCloseDisplay(d);
    return DisplayStatus::Available;
}

}  // namespace frontline::runtime
