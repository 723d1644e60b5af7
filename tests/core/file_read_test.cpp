#include "core/file_read.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/loader.h"
#include "core/recording.h"
#include "temp_folder.h"

using namespace frontline::core;
namespace fs = std::filesystem;

TEST_CASE("input files: only regular files are read, whole, up to the limit") {
    TempFolder dir;
    const std::string small = (dir.path / "a.json").string();
    std::ofstream(small) << "{\"a\": 1}";
    FileRead ok = readInputFile(small, 8, "test");
    REQUIRE(ok.ok());
    CHECK(ok.bytes == "{\"a\": 1}");

    FileRead tooLarge = readInputFile(small, 7, "test");
    CHECK(tooLarge.problem == FileRead::Problem::TooLarge);
    CHECK(tooLarge.message == "file is 8 bytes; test files are limited to 7 bytes");

    CHECK(readInputFile((dir.path / "none.json").string(), 100, "test").problem == FileRead::Problem::Missing);
    CHECK(readInputFile(dir.path.string(), 100, "test").problem == FileRead::Problem::Directory);
    // A device never ends and a FIFO would block: both are refused at once, not read.
    CHECK(readInputFile("/dev/zero", 100, "test").problem == FileRead::Problem::NotRegular);
    const std::string fifo = (dir.path / "pipe.json").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    FileRead piped = readInputFile(fifo, 100, "test");
    CHECK(piped.problem == FileRead::Problem::NotRegular);
    CHECK(piped.message == "is not a regular file (a device, FIFO or socket)");
}

TEST_CASE("input files: scenario, session and rubric loaders refuse a FIFO or a device with a located reason") {
    TempFolder dir;
    const std::string fifo = (dir.path / "pipe.json").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    LoadResult scenario = loadScenarioFile(fifo);
    REQUIRE(scenario.diagnostics.size() == 1);
    CHECK(scenario.diagnostics[0].rule == "io-error");
    CHECK(scenario.diagnostics[0].file == fifo);
    CHECK(scenario.diagnostics[0].message.find("not a regular file") != std::string::npos);

    RecordLoad session = loadSessionRecord("/dev/zero");
    REQUIRE_FALSE(session.record);
    REQUIRE(session.diagnostics.size() == 1);
    CHECK(session.diagnostics[0].rule == "session-unreadable");
    CHECK(session.diagnostics[0].message.find("not a regular file") != std::string::npos);
}

TEST_CASE("input files: a session file over the limit is refused before it is parsed") {
    TempFolder dir;
    const std::string big = (dir.path / "big.json").string();
    {
        std::ofstream out(big);
        out << "{\"events\": [";
        const std::string event = "{\"type\": \"choice\", \"node\": \"n\", \"choice\": \"c\"},";
        for (std::size_t written = 0; written <= kMaxSessionBytes; written += event.size()) out << event;
        out << "{}]}";
    }
    RecordLoad session = loadSessionRecord(big);
    REQUIRE_FALSE(session.record);
    REQUIRE(session.diagnostics.size() == 1);
    CHECK(session.diagnostics[0].message.find("session files are limited to " + std::to_string(kMaxSessionBytes) +
                                              " bytes") != std::string::npos);
}
