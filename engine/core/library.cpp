#include "library.h"

#include <algorithm>
#include <filesystem>

namespace frontline::core {

std::vector<std::string> scenarioFiles(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name == "rubric.json" || name.ends_with(".schema.json")) continue;
        files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace frontline::core
