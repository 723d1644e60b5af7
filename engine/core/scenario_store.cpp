#include "scenario_store.h"

#include <filesystem>

#include "atomic_file.h"
#include "data_dirs.h"
#include "file_read.h"
#include "rubric_loader.h"
#include "sha256.h"

namespace frontline::core {
namespace fs = std::filesystem;

namespace {

bool isSha256Hex(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

std::string defaultScenarioStoreDirectory() {
    return userDir("XDG_DATA_HOME", ".local/share") + "/scenarios";
}

bool keepPlayedScenario(const std::string& scenarioFile, const std::string& sha256, const std::string& storeDir,
                        std::string* error) {
    auto fail = [&](const std::string& why) {
        if (error) *error = "cannot keep a copy of " + scenarioFile + ": " + why;
        return false;
    };
    if (!isSha256Hex(sha256)) return fail("'" + sha256 + "' is not a SHA-256");
    if (!playedScenarioCopy(storeDir, sha256).empty()) return true;
    FileRead file = readInputFile(scenarioFile, kMaxScenarioBytes, "scenario");
    if (!file.ok()) return fail(file.message);
    if (sha256Hex(file.bytes) != sha256) return fail("it changed since it was loaded");
    std::error_code ec;
    fs::create_directories(storeDir, ec);
    if (ec) return fail("cannot create " + storeDir + ": " + ec.message());
    return writeFileAtomically(storeDir + "/" + sha256 + ".json", file.bytes, error);
}

std::string playedScenarioCopy(const std::string& storeDir, const std::string& sha256) {
    if (storeDir.empty() || !isSha256Hex(sha256)) return "";
    std::string path = storeDir + "/" + sha256 + ".json";
    std::error_code ec;
    return fs::is_regular_file(path, ec) ? path : "";
}

std::optional<std::string> fileSha256(const std::string& path) {
    FileRead file = readInputFile(path, kMaxScenarioBytes, "scenario");
    if (file.problem == FileRead::Problem::Missing) return "";
    if (!file.ok()) return std::nullopt;
    return sha256Hex(file.bytes);
}

PlayedScenario findPlayedScenario(const SessionRecord& record, const std::optional<std::string>& currentSha256,
                                  const std::string& storeDir) {
    PlayedScenario out;
    out.file = record.scenarioFile;
    if (record.scenarioSha256.empty() || !currentSha256 || *currentSha256 == record.scenarioSha256) return out;
    std::string copy = playedScenarioCopy(storeDir, record.scenarioSha256);
    if (copy.empty()) return out;
    out.file = copy;
    out.playedCopy = true;
    out.options.rubricPath = defaultRubricPath(record.scenarioFile);
    out.options.assetsDir = shippedDataPath("assets");
    if (currentSha256->empty())
        out.message = "the scenario file '" + record.scenarioFile +
                      "' recorded in the session is gone; using the copy of "
                      "the played scenario kept at '" +
                      copy + "'";
    else
        out.message = "the scenario file '" + record.scenarioFile + "' differs from the one played (sha256 " +
                      *currentSha256 + " now, " + record.scenarioSha256 + " played); using the played copy '" + copy +
                      "'";
    return out;
}

}  // namespace frontline::core
