#include <iostream>

#include "commands.h"

namespace frontline::cli {

// Placeholder until the window lands: points the user at terminal play.
std::function<int()> addWindowOptions(CLI::App&) {
    return [] {
        std::cerr << "frontline: the window is not available in this build yet; try: frontline play --text scenarios/tutorial.json\n";
        return 2;
    };
}

}  // namespace frontline::cli
