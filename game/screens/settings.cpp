#include "screens/settings.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/data_dirs.h"
#include "core/file_read.h"

namespace frontline::game {
namespace {

constexpr std::size_t kMaxSettingsBytes = 64u << 10;  // a settings file is a few hundred bytes

std::optional<nlohmann::json> readJson(const std::filesystem::path& p) {
    core::FileRead file = core::readInputFile(p.string(), kMaxSettingsBytes, "settings");
    if (!file.ok()) return std::nullopt;
    auto j = nlohmann::json::parse(file.bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    return j;
}

bool writeJson(const std::filesystem::path& p, const nlohmann::json& j) {
    std::error_code ec;
    std::filesystem::create_directories(p.parent_path(), ec);
    return core::writeFileAtomically(p.string(), j.dump(2) + "\n", nullptr);
}

}  // namespace

std::filesystem::path configDir() {
    return core::userDir("XDG_CONFIG_HOME", ".config");
}
std::filesystem::path dataDir() {
    return core::userDir("XDG_DATA_HOME", ".local/share");
}

Settings loadSettings() {
    Settings s;
    auto j = readJson(configDir() / "settings.json");
    if (!j) return s;
    if (auto l = j->value("locale", s.locale); l == "zh" || l == "en") s.locale = l;
    s.textSize = std::clamp(j->value("text_size", s.textSize), 0, 2);
    s.highContrast = j->value("high_contrast", s.highContrast);
    s.sound = j->value("sound", s.sound);
    if (auto player = j->find("player"); player != j->end() && player->is_string())
        s.player = player->get<std::string>();
    return s;
}

bool saveSettings(const Settings& s) {
    return writeJson(configDir() / "settings.json", {{"locale", s.locale},
                                                     {"text_size", s.textSize},
                                                     {"high_contrast", s.highContrast},
                                                     {"sound", s.sound},
                                                     {"player", s.player}});
}

void BestScores::load() {
    m_best.clear();
    auto j = readJson(dataDir() / "best.json");
    if (!j) return;
    for (auto& [id, v] : j->items())
        if (v.is_number_integer()) m_best[id] = v.get<int>();
}

int BestScores::best(const std::string& id) const {
    auto it = m_best.find(id);
    return it == m_best.end() ? -1 : it->second;
}

bool BestScores::record(const std::string& id, int index) {
    if (best(id) >= index) return false;
    m_best[id] = index;
    nlohmann::json j = nlohmann::json::object();
    for (auto& [k, v] : m_best) j[k] = v;
    writeJson(dataDir() / "best.json", j);
    return true;
}

}  // namespace frontline::game
