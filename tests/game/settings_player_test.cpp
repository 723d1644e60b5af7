// The trainee's name is asked once: once confirmed it is saved with the other settings and read back by the
// next run (which then records it in every session without asking again).
#include <doctest/doctest.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "screens/settings.h"

namespace fs = std::filesystem;

TEST_CASE("the trainee's name is remembered in the settings") {
    char tmpl[] = "/tmp/frontline-settings-XXXXXX";
    REQUIRE(::mkdtemp(tmpl));
    const char* before = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = before ? before : "";
    ::setenv("XDG_CONFIG_HOME", tmpl, 1);
    CHECK(frontline::game::loadSettings().player.empty());  // a first run: the title asks for the name
    frontline::game::Settings s = frontline::game::loadSettings();
    s.player = "李雷 Lei Li";
    CHECK(frontline::game::saveSettings(s));
    CHECK(frontline::game::loadSettings().player == "李雷 Lei Li");
    for (const auto& entry : fs::directory_iterator(fs::path(tmpl) / "frontline"))  // no temp file is left
        CHECK(entry.path().filename() == "settings.json");
    // A save that cannot be written says so (here a file stands where the settings folder should be).
    const fs::path blocked = fs::path(tmpl) / "blocked";
    fs::create_directories(blocked);
    { std::ofstream(blocked / "frontline") << "not a folder"; }
    ::setenv("XDG_CONFIG_HOME", blocked.c_str(), 1);
    CHECK_FALSE(frontline::game::saveSettings(s));
    CHECK(frontline::game::loadSettings().player.empty());
    if (before)
        ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else
        ::unsetenv("XDG_CONFIG_HOME");
    fs::remove_all(tmpl);
}
