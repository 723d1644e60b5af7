// `frontline score` and `frontline explore` as a user runs them: output, warnings and exit codes.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
    int exit = -1;
    std::string out;  // stdout and stderr together
};

Run frontline(const std::string& args) {
    std::string binary = std::string(FRONTLINE_BINARY_DIR) + "/frontline";
    REQUIRE(std::filesystem::exists(binary));
    std::string cmd = "cd '" + std::string(FRONTLINE_SOURCE_DIR) + "' && '" + binary + "' " + args + " 2>&1";
    Run r;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    while (size_t n = fread(buf.data(), 1, buf.size(), pipe)) r.out.append(buf.data(), n);
    int status = pclose(pipe);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

const std::string kDir = "tests/fixtures/scoring/";

}  // namespace

TEST_CASE("frontline score prints the readable report in the session's locale, or the one asked for") {
    Run en = frontline("score " + kDir + "complaint-session.json");
    CHECK(en.exit == 0);
    CHECK(en.out.find("Customer-Centricity Index: 56 / 100 — Developing") != std::string::npos);
    CHECK(en.out.find("Better (escalate): I'll put one owner on this, end to end.") != std::string::npos);
    CHECK(en.out.find("listen-first") != std::string::npos);
    CHECK(en.out.find("warning") == std::string::npos);
    Run zh = frontline("score " + kDir + "complaint-session.json --locale zh");
    CHECK(zh.exit == 0);
    CHECK(zh.out.find("以客户为中心指数: 56 / 100 — 有待提高") != std::string::npos);
}

TEST_CASE("frontline score --json gives the documented structure with the session's details") {
    Run r = frontline("score " + kDir + "complaint-session.json --json");
    CHECK(r.exit == 0);
    CHECK(r.out.find("\"value\": 56") != std::string::npos);
    CHECK(r.out.find("\"locale\": \"en\"") != std::string::npos);
    CHECK(r.out.find("\"scenario_changed\": false") != std::string::npos);
}

TEST_CASE("frontline score warns when the scenario changed and fails clearly on bad input") {
    Run changed = frontline("score " + kDir + "complaint-session-changed.json");
    CHECK(changed.exit == 0);
    CHECK(changed.out.find("warning: the scenario file has changed since this session was recorded") != std::string::npos);
    Run missing = frontline("score " + kDir + "no-such-session.json");
    CHECK(missing.exit == 1);
    CHECK(missing.out.find("cannot read session") != std::string::npos);
    Run bad = frontline("score " + kDir + "complaint-session-bad.json");
    CHECK(bad.exit == 1);
    CHECK(bad.out.find("choice 'owner' is not available at node 'detail'") != std::string::npos);
    Run notSession = frontline("score " + kDir + "complaint.json");
    CHECK(notSession.exit == 1);
}

TEST_CASE("frontline explore reports paths and ranges; exit 1 with warnings, 2 on load errors") {
    Run r = frontline("explore " + kDir + "complaint.json");
    CHECK(r.out.find("complete paths: 22") != std::string::npos);
    CHECK(r.out.find("Best path: Index 100 (won, won)") != std::string::npos);
    CHECK(r.out.find("hear → probe → deliver") != std::string::npos);
    CHECK(r.exit == 0);
    Run limited = frontline("explore " + kDir + "complaint.json --max-states 3");
    CHECK(limited.exit == 1);
    CHECK(limited.out.find("STOPPED EARLY (max-states)") != std::string::npos);
    Run json = frontline("explore " + kDir + "complaint.json --json");
    CHECK(json.out.find("\"paths\": \"22\"") != std::string::npos);
    Run missing = frontline("explore " + kDir + "nothing-here.json");
    CHECK(missing.exit == 2);
}
