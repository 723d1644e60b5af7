#include "data_dirs.h"

#include <cstdlib>
#include <filesystem>

namespace frontline::core {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

bool holdsData(const fs::path& dir) {
    std::error_code ec;
    return !dir.empty() && fs::is_directory(dir / "scenarios", ec);
}

}  // namespace

DataSearch dataSearchFromEnvironment() {
    DataSearch s;
    s.overrideDir = env("FRONTLINE_DATA_DIR");
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) s.executableDir = exe.parent_path().string();
    s.xdgDataDirs = env("XDG_DATA_DIRS");
    return s;
}

std::string findDataDir(const DataSearch& search) {
    if (!search.overrideDir.empty()) return search.overrideDir;
    if (!search.executableDir.empty()) {
        fs::path exe(search.executableDir);
        for (const fs::path& candidate : {exe.parent_path() / "share" / "frontline", exe / "share" / "frontline"})
            if (holdsData(candidate)) return candidate.lexically_normal().string();
    }
    std::string dirs = search.xdgDataDirs.empty() ? "/usr/local/share:/usr/share" : search.xdgDataDirs;
    for (std::size_t start = 0; start <= dirs.size();) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        fs::path entry = dirs.substr(start, end - start);
        if (entry.is_absolute() && holdsData(entry / "frontline")) return (entry / "frontline").string();
        start = end + 1;
    }
    return "";
}

const std::string& shippedDataDir() {
    static const std::string dir = findDataDir(dataSearchFromEnvironment());
    return dir;
}

std::string shippedDataPath(std::string_view relative) {
    const std::string& dir = shippedDataDir();
    return dir.empty() ? std::string{} : dir + "/" + std::string(relative);
}

std::string userDir(const char* xdgValue, const char* home, const char* homeFallback) {
    if (xdgValue && xdgValue[0] == '/') return std::string(xdgValue) + "/frontline";
    if (home && *home) return std::string(home) + "/" + homeFallback + "/frontline";
    return std::string(homeFallback) + "/frontline";
}

std::string userDir(const char* xdgVariable, const char* homeFallback) {
    return userDir(std::getenv(xdgVariable), std::getenv("HOME"), homeFallback);
}

}  // namespace frontline::core
