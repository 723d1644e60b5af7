// The played scenarios' store: one copy per SHA-256, written once; a session whose scenario file was edited or
// deleted is scored against the copy, with a warning naming both files.
#include "core/scenario_store.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/file_read.h"
#include "core/scored_session.h"
#include "core/sha256.h"
#include "temp_folder.h"

using namespace frontline::core;
namespace fs = std::filesystem;

namespace {

const std::string kScoring = std::string(FRONTLINE_TEST_DIR) + "/fixtures/scoring/";

std::string bytesOf(const std::string& path) {
    return readInputFile(path, kMaxSessionBytes, "test").bytes;
}

std::string write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

// The fixture session, recorded against `scenarioPath`.
std::string sessionNaming(const std::string& scenarioPath) {
    std::string text = bytesOf(kScoring + "complaint-session.json");
    const std::string recorded = "tests/fixtures/scoring/complaint.json";
    text.replace(text.find(recorded), recorded.size(), scenarioPath);
    return text;
}

// The fixture scenario with the timeout choice the session took graded down (so the Index differs).
std::string regraded(const std::string& scenario) {
    nlohmann::json j = nlohmann::json::parse(scenario);
    for (auto& choice : j["nodes"]["open"]["choices"])
        if (choice["id"] == "silence") choice["grades"]["P1"] = -2;
    return j.dump(2);
}

}  // namespace

TEST_CASE("scenario store: the played bytes are kept once under their SHA-256") {
    TempFolder dir;
    const std::string bytes = bytesOf(kScoring + "complaint.json");
    const std::string sha = sha256Hex(bytes);
    const std::string file = write(dir.path / "complaint.json", bytes);
    const std::string store = (dir.path / "store").string();
    CHECK(playedScenarioCopy(store, sha).empty());
    std::string error;
    REQUIRE(keepPlayedScenario(file, sha, store, &error));
    CHECK(playedScenarioCopy(store, sha) == store + "/" + sha + ".json");
    CHECK(bytesOf(store + "/" + sha + ".json") == bytes);
    // Kept once: a later start with that hash leaves the copy as it is.
    write(dir.path / "complaint.json", bytes + "\n");
    CHECK(keepPlayedScenario(file, sha, store, &error));
    CHECK(bytesOf(store + "/" + sha + ".json") == bytes);
    // Bytes that no longer hash to the played SHA-256 are never stored under it.
    const std::string other = std::string(64, 'a');
    CHECK_FALSE(keepPlayedScenario(file, other, store, &error));
    CHECK(error.find("changed since it was loaded") != std::string::npos);
    CHECK(playedScenarioCopy(store, other).empty());
    CHECK_FALSE(keepPlayedScenario(file, "../../etc/passwd", store, &error));
}

TEST_CASE("scenario store: the recorded file when unchanged, else the played copy with a message naming both") {
    TempFolder dir;
    const std::string bytes = bytesOf(kScoring + "complaint.json");
    const std::string file = write(dir.path / "complaint.json", bytes);
    const std::string store = (dir.path / "store").string();
    SessionRecord record;
    record.scenarioFile = file;
    record.scenarioSha256 = sha256Hex(bytes);

    PlayedScenario same = findPlayedScenario(record, record.scenarioSha256, store);
    CHECK(same.file == file);
    CHECK_FALSE(same.playedCopy);
    CHECK(findPlayedScenario(record, "", store).file == file);  // no copy: the caller reports it as before

    REQUIRE(keepPlayedScenario(file, record.scenarioSha256, store, nullptr));
    const std::string copy = store + "/" + record.scenarioSha256 + ".json";
    PlayedScenario edited = findPlayedScenario(record, sha256Hex(bytes + "\n"), store);
    CHECK(edited.playedCopy);
    CHECK(edited.file == copy);
    CHECK(edited.message.find("'" + file + "' differs from the one played") != std::string::npos);
    CHECK(edited.message.find(copy) != std::string::npos);
    PlayedScenario gone = findPlayedScenario(record, "", store);
    CHECK(gone.file == copy);
    CHECK(gone.message.find("'" + file + "' recorded in the session is gone") != std::string::npos);
    CHECK(gone.message.find(copy) != std::string::npos);
    // A recorded path that is there but cannot be read (a FIFO, a device) is reported by loading it, not hidden.
    CHECK_FALSE(findPlayedScenario(record, std::nullopt, store).playedCopy);

    CHECK(fileSha256(file) == record.scenarioSha256);
    CHECK(fileSha256((dir.path / "no-such.json").string()) == "");
    CHECK(fileSha256(dir.path.string()) == std::nullopt);
}

TEST_CASE("scorer: an edited or deleted scenario file scores the session against the played copy") {
    TempFolder dir;
    const std::string bytes = bytesOf(kScoring + "complaint.json");
    const fs::path scenario = dir.path / "complaint.json";
    write(scenario, bytes);
    const std::string session = write(dir.path / "s.json", sessionNaming(scenario.string()));
    ScorerOptions options;
    options.storeDir = (dir.path / "store").string();
    const int played = SessionScorer(options).load(session).session->report.index.index;
    REQUIRE(keepPlayedScenario(scenario.string(), sha256Hex(bytes), options.storeDir, nullptr));

    write(scenario, regraded(bytes));
    ScorerOptions current;
    current.scenarioOverride = scenario.string();
    const int edited = SessionScorer(current).load(session).session->report.index.index;
    REQUIRE(edited != played);  // the edit matters
    ScoredSessionLoad s = SessionScorer(options).load(session);
    REQUIRE(s.session);
    CHECK(s.session->report.index.index == played);
    CHECK_FALSE(s.session->scenarioChanged);
    REQUIRE(s.diagnostics.size() == 1);
    CHECK(s.diagnostics[0].rule == "scenario-played-copy");
    CHECK(s.diagnostics[0].message.find(scenario.string()) != std::string::npos);

    fs::remove(scenario);
    ScoredSessionLoad deleted = SessionScorer(options).load(session);
    REQUIRE(deleted.session);
    CHECK(deleted.session->report.index.index == played);
    REQUIRE(deleted.diagnostics.size() == 1);
    CHECK(deleted.diagnostics[0].message.find("is gone") != std::string::npos);
}
