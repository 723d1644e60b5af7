// The played scenarios, kept so a recorded session stands on its own: when a session starts, the scenario's
// bytes are copied once to <store>/<sha256>.json (the hash the session records), and replay, score, report,
// cohort and xapi fall back to that copy when the scenario file was edited, moved or deleted.
// The store is $XDG_DATA_HOME/frontline/scenarios (default ~/.local/share/frontline/scenarios).
#pragma once
#include <optional>
#include <string>

#include "loader.h"
#include "recording.h"

namespace frontline::core {

std::string defaultScenarioStoreDirectory();  // from the environment

// Copies `scenarioFile` to <storeDir>/<sha256>.json unless a copy is there already; atomic. False (and why, in
// `error`) when the file cannot be read, its bytes no longer hash to `sha256`, or the copy cannot be written.
bool keepPlayedScenario(const std::string& scenarioFile, const std::string& sha256, const std::string& storeDir,
                        std::string* error);

// <storeDir>/<sha256>.json when that copy exists, else "".
std::string playedScenarioCopy(const std::string& storeDir, const std::string& sha256);

// SHA-256 of a file's bytes; "" when there is no such file; nullopt when it is there but cannot be read (a
// directory, device or FIFO, too large, no permission): that is reported by loading it, never worked around.
std::optional<std::string> fileSha256(const std::string& path);

struct PlayedScenario {
    std::string file;     // the scenario file to load: the recorded one, or the played copy
    LoadOptions options;  // for a copy: the rubric and assets the recorded file would have had
    bool playedCopy = false;
    std::string message;  // for a copy: why, naming the recorded file and the copy; "" otherwise
};

// Which file replays `record`: the recorded scenario file when its bytes are the played ones or it cannot be
// read (`currentSha256`, from fileSha256), else the played copy in `storeDir` when there is one, else the
// recorded file (the caller then reports it missing or changed as before).
PlayedScenario findPlayedScenario(const SessionRecord& record, const std::optional<std::string>& currentSha256,
                                  const std::string& storeDir);

}  // namespace frontline::core
