// Player settings (language, text size, high contrast, sound) and where per-user files live:
// settings in $XDG_CONFIG_HOME/frontline/settings.json, best scores in $XDG_DATA_HOME/frontline/best.json.
#pragma once
#include <filesystem>
#include <map>
#include <string>

namespace frontline::game {

struct Settings {
    std::string locale = "zh";  // "zh" or "en"
    int textSize = 1;           // 0 small, 1 medium, 2 large
    bool highContrast = false;
    bool sound = true;
    std::string player;  // the trainee's name, asked once on the title screen

    float textScale() const { return textSize == 0 ? 0.9f : textSize == 2 ? 1.15f : 1.0f; }
};

std::filesystem::path configDir();  // $XDG_CONFIG_HOME/frontline or ~/.config/frontline
std::filesystem::path dataDir();    // $XDG_DATA_HOME/frontline or ~/.local/share/frontline

Settings loadSettings();
bool saveSettings(const Settings& settings);

// Best Index per scenario id, kept across runs.
class BestScores {
public:
    void load();
    int best(const std::string& scenarioId) const;          // -1 when never finished
    bool record(const std::string& scenarioId, int index);  // true when it is a new best (saved at once)

private:
    std::map<std::string, int> m_best;
};

}  // namespace frontline::game
