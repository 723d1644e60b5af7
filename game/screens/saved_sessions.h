// Session files on this machine (the same ones terminal play writes, see core/recording.h): finding an
// interrupted session to offer for resume.
#pragma once
#include <optional>
#include <string>

#include "screens/catalog.h"

namespace frontline::game {

struct Interrupted {
    std::string file;              // the session file
    const core::Scenario* scenario = nullptr;
    int decisions = 0;             // decisions on the path so far
    bool practice = false;
};

// The most recently written unfinished session whose scenario is in the catalog (and unchanged).
std::optional<Interrupted> findInterruptedSession(const Catalog& catalog);

}  // namespace frontline::game
