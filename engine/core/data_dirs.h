// Where Frontline's files are, with no path compiled in. The shipped data (scenarios/, assets/, docs/) is the
// first of: $FRONTLINE_DATA_DIR (an override, taken as given); <executable's folder>/../share/frontline (an
// install under any prefix); <executable's folder>/share/frontline (a build tree: CMake links the sources'
// folders there); <each $XDG_DATA_DIRS entry, default /usr/local/share:/usr/share>/frontline. A candidate
// counts when it holds a scenarios/ folder. The user's own files follow the XDG base directory spec.
#pragma once
#include <string>
#include <string_view>

namespace frontline::core {

struct DataSearch {
    std::string overrideDir;    // $FRONTLINE_DATA_DIR
    std::string executableDir;  // the folder of the running executable
    std::string xdgDataDirs;    // $XDG_DATA_DIRS, ':'-separated; "" = the spec's default
};

DataSearch dataSearchFromEnvironment();
std::string findDataDir(const DataSearch& search);  // "" when no candidate holds the data

// findDataDir(dataSearchFromEnvironment()), looked up once per run.
const std::string& shippedDataDir();
// shippedDataDir() + "/" + relative, or "" when there is no data dir.
std::string shippedDataPath(std::string_view relative);

// $<xdgVariable>/frontline when it is an absolute path (the spec ignores relative ones), else
// $HOME/<homeFallback>/frontline, e.g. userDir("XDG_CONFIG_HOME", ".config") = ~/.config/frontline.
std::string userDir(const char* xdgVariable, const char* homeFallback);
std::string userDir(const char* xdgValue, const char* home, const char* homeFallback);  // explicit values

}  // namespace frontline::core
