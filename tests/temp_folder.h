#pragma once
// A fresh folder under /tmp for one test, removed with everything in it when the test ends (even on failure).

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

struct TempFolder {
    std::filesystem::path path;
    TempFolder() {
        char tmpl[] = "/tmp/frontline-test-XXXXXX";
        REQUIRE(::mkdtemp(tmpl));
        path = tmpl;
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    ~TempFolder() { std::filesystem::remove_all(path); }
};
