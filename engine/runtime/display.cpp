#include "runtime/display.h"

#include <X11/Xlib.h>

#include <cstdlib>

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
