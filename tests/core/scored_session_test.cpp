// SessionScorer on the scoring fixture: a session scored with its path, one scenario load for many sessions,
// the scenario found by id when its recorded path is gone, and located errors for damaged or foreign files.
#include "core/scored_session.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace frontline::core;
namespace fs = std::filesystem;

namespace {

const std::string kScoring = std::string(FRONTLINE_TEST_DIR) + "/fixtures/scoring/";

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string tmpl = (fs::temp_directory_path() / "frontline-scored-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempFolder() { fs::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
        return (path / name).string();
    }
};

// The fixture session, recorded against `scenarioPath` instead of the source tree's relative path.
std::string sessionNaming(const std::string& scenarioPath) {
    std::string text = readText(kScoring + "complaint-session.json");
    const std::string recorded = "tests/fixtures/scoring/complaint.json";
    text.replace(text.find(recorded), recorded.size(), scenarioPath);
    return text;
}

const Diagnostic* firstError(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("scorer: a session is scored with its effective path and decision times") {
    TempFolder dir;
    SessionScorer scorer(ScorerOptions{});
    const std::string a = dir.write("a.json", sessionNaming(kScoring + "complaint.json"));
    const std::string b = dir.write("b.json", sessionNaming(kScoring + "complaint.json"));
    ScoredSessionLoad first = scorer.load(a);
    ScoredSessionLoad second = scorer.load(b);
    REQUIRE(first.session);
    REQUIRE(second.session);
    CHECK(first.diagnostics.empty());
    CHECK(first.session->file == a);
    CHECK(first.session->report.index.index == 56);
    REQUIRE(first.session->path.size() == 3);
    CHECK(first.session->path[0].decisionMs == 30000);
    CHECK(first.session->path[1].decisionMs == 4100);
    CHECK_FALSE(first.session->scenarioChanged);
    CHECK(first.session->scenario == second.session->scenario);  // loaded once for the class
}

TEST_CASE("scorer: a missing scenario is looked for by id, else a located error naming the session") {
    TempFolder dir;
    const std::string gone = dir.write("gone.json", sessionNaming("/nowhere/complaint.json"));

    SessionScorer noFallback(ScorerOptions{});
    ScoredSessionLoad missing = noFallback.load(gone);
    CHECK_FALSE(missing.session);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].rule == "session-scenario-missing");
    CHECK(missing.diagnostics[0].file == gone);
    CHECK(missing.diagnostics[0].message.find("/nowhere/complaint.json") != std::string::npos);

    ScorerOptions withFallback;
    withFallback.fallbackDir = kScoring;  // holds complaint.json, the recorded scenario id
    SessionScorer scorer(withFallback);
    ScoredSessionLoad found = scorer.load(gone);
    REQUIRE(found.session);
    CHECK(found.session->report.index.index == 56);
    REQUIRE(found.diagnostics.size() == 1);
    CHECK(found.diagnostics[0].rule == "scenario-fallback");
    CHECK(found.diagnostics[0].severity == Severity::Warning);
}

TEST_CASE("scorer: damaged and foreign files give located errors, never a session") {
    TempFolder dir;
    SessionScorer scorer(ScorerOptions{});
    const std::string whole = sessionNaming(kScoring + "complaint.json");

    SUBCASE("cut off") {
        const std::string cut = dir.write("cut.json", whole.substr(0, 300));
        ScoredSessionLoad s = scorer.load(cut);
        CHECK_FALSE(s.session);
        const Diagnostic* d = firstError(s.diagnostics);
        REQUIRE(d);
        CHECK(d->rule == "session-json-syntax");
        CHECK(d->file == cut);
        CHECK(d->line > 0);
    }
    SUBCASE("a scenario given as a session") {
        ScoredSessionLoad s = scorer.load(kScoring + "complaint.json");
        CHECK_FALSE(s.session);
        const Diagnostic* d = firstError(s.diagnostics);
        REQUIRE(d);
        CHECK(d->rule == "session-foreign-file");
        CHECK(d->message.find("scenario file") != std::string::npos);
        CHECK(s.diagnostics.size() == 1);
    }
    SUBCASE("a notes file given as a session") {
        const std::string notes =
            dir.write("s.notes.json", "{\"format\": 1, \"session\": \"s.json\", \"notes\": []}\n");
        ScoredSessionLoad s = scorer.load(notes);
        CHECK_FALSE(s.session);
        const Diagnostic* d = firstError(s.diagnostics);
        REQUIRE(d);
        CHECK(d->rule == "session-foreign-file");
        CHECK(d->message.find("give NAME.json") != std::string::npos);
    }
    SUBCASE("binary bytes") {
        const std::string png = dir.write("shot.json", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        ScoredSessionLoad s = scorer.load(png);
        CHECK_FALSE(s.session);
        REQUIRE(firstError(s.diagnostics));
    }
    SUBCASE("choices that are not in the scenario") {
        std::string text = whole;
        text.replace(text.find("\"answer\""), 8, "\"shout\"");
        ScoredSessionLoad s = scorer.load(dir.write("foreign.json", text));
        CHECK_FALSE(s.session);
        const Diagnostic* d = firstError(s.diagnostics);
        REQUIRE(d);
        CHECK(d->file == (dir.path / "foreign.json").string());
        CHECK(d->message.find("shout") != std::string::npos);
    }
    SUBCASE("a scenario file that is itself broken") {
        const std::string broken = dir.write("broken-scenario.json", "{\"format\": 1,");
        ScoredSessionLoad s = scorer.load(dir.write("s.json", sessionNaming(broken)));
        CHECK_FALSE(s.session);
        bool named = false;
        for (const Diagnostic& d : s.diagnostics) named |= d.rule == "session-scenario-invalid";
        CHECK(named);
    }
}

TEST_CASE("scorer: an edited scenario is a warning, and the session is scored against the current file") {
    TempFolder dir;
    std::string scenario = readText(kScoring + "complaint.json");
    const std::string edited = dir.write("complaint.json", scenario + "\n");  // same content, other bytes
    SessionScorer scorer(ScorerOptions{});
    ScoredSessionLoad s = scorer.load(dir.write("s.json", sessionNaming(edited)));
    REQUIRE(s.session);
    CHECK(s.session->scenarioChanged);
    REQUIRE(s.diagnostics.size() == 1);
    CHECK(s.diagnostics[0].rule == "scenario-changed");
}
