#include "core/session_lock.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "temp_folder.h"

using frontline::core::SessionLock;
namespace fs = std::filesystem;

namespace {

void touch(const fs::path& p) {
    std::ofstream(p) << "x";
}

}  // namespace

TEST_CASE("session lock: a second recorder of the same file is refused, with the reason, until the first ends") {
    TempFolder dir;
    const std::string session = (dir.path / "s.json").string();
    std::string error;
    {
        auto first = SessionLock::acquire(session, &error);
        REQUIRE(first);
        auto second = SessionLock::acquire(session, &error);
        CHECK_FALSE(second);
        CHECK(error == session + " is being recorded by another frontline process right now");
        CHECK(SessionLock::acquire((dir.path / "other.json").string(), &error));  // other files are free
    }
    CHECK_FALSE(fs::exists(dir.path / ".s.json.lock"));  // nothing left behind
    CHECK(SessionLock::acquire(session, &error));
}

TEST_CASE("session lock: temp files a killed writer left are removed, other files are not") {
    TempFolder dir;
    touch(dir.path / ".s.json.tmp-AbC123");
    touch(dir.path / ".s.json.tmp-zzz999");
    touch(dir.path / ".t.json.tmp-AbC123");  // another session's
    touch(dir.path / "s.json");
    std::string error;
    auto lock = SessionLock::acquire((dir.path / "s.json").string(), &error);
    REQUIRE(lock);
    CHECK(lock->staleTempFilesRemoved() == 2);
    CHECK_FALSE(fs::exists(dir.path / ".s.json.tmp-AbC123"));
    CHECK(fs::exists(dir.path / ".t.json.tmp-AbC123"));
    CHECK(fs::exists(dir.path / "s.json"));
}

TEST_CASE("session lock: a folder that does not exist is an error, not a crash") {
    std::string error;
    CHECK_FALSE(SessionLock::acquire("/nonexistent-frontline-dir/s.json", &error));
    CHECK(error.find("No such file or directory") != std::string::npos);
}
