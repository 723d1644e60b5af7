#include "core/data_dirs.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <random>

using namespace frontline::core;
namespace fs = std::filesystem;

namespace {

// A scratch folder with the given data folders (each gets a scenarios/ folder), removed at the end.
struct Tree {
    fs::path root = fs::temp_directory_path() / ("frontline-data-dirs-" + std::to_string(std::random_device{}()));
    explicit Tree(std::initializer_list<const char*> dataDirs) {
        for (const char* d : dataDirs) fs::create_directories(root / d / "scenarios");
        fs::create_directories(root / "prefix" / "bin");
        fs::create_directories(root / "build");
    }
    ~Tree() { fs::remove_all(root); }
    std::string at(const char* relative) const { return (root / relative).string(); }
};

}  // namespace

TEST_CASE("the shipped data is found beside an installed executable, under any prefix") {
    Tree t({"prefix/share/frontline", "xdg/frontline"});
    CHECK(findDataDir({"", t.at("prefix/bin"), t.at("xdg")}) == t.at("prefix/share/frontline"));
}

TEST_CASE("the shipped data is found in a build tree, where CMake links the sources' folders") {
    Tree t({"build/share/frontline"});
    CHECK(findDataDir({"", t.at("build"), "/nonexistent"}) == t.at("build/share/frontline"));
}

TEST_CASE("$XDG_DATA_DIRS is searched in order when nothing is beside the executable; relative entries are ignored") {
    Tree t({"second/frontline", "third/frontline", "relative/frontline"});
    std::string dirs = t.at("first") + ":relative:" + t.at("second") + ":" + t.at("third");
    CHECK(findDataDir({"", t.at("prefix/bin"), dirs}) == t.at("second/frontline"));
}

TEST_CASE("$FRONTLINE_DATA_DIR overrides every other place, taken as given") {
    Tree t({"prefix/share/frontline"});
    CHECK(findDataDir({"/my/data", t.at("prefix/bin"), ""}) == "/my/data");
}

TEST_CASE("no data anywhere: the answer is empty, and callers say so") {
    Tree t({});
    CHECK(findDataDir({"", t.at("prefix/bin"), t.at("nothing")}).empty());
}

TEST_CASE("user folders follow the XDG base directory spec") {
    CHECK(userDir("/x/data", "/home/a", ".local/share") == "/x/data/frontline");
    CHECK(userDir("relative", "/home/a", ".local/share") == "/home/a/.local/share/frontline");
    CHECK(userDir(nullptr, "/home/a", ".config") == "/home/a/.config/frontline");
    CHECK(userDir("", nullptr, ".config") == ".config/frontline");
}
