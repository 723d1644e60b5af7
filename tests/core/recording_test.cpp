#include "core/recording.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "session_fixture.h"

using namespace frontline::core;
using frontline::testing::deskScenario;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "frontline-rec-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

SessionRecord recordOf(const Session& session, const Scenario& sc) {
    SessionRecord r;
    r.appVersion = "test";
    r.scenarioId = sc.id;
    r.scenarioFile = sc.file;
    r.scenarioSha256 = sc.sha256;
    r.player = "Li Wei";
    r.locale = "zh";
    r.mode = session.mode();
    r.seed = session.seed();
    r.startTime = "2026-11-23T10:45:55Z";
    int k = 0;
    for (const auto& e : session.events())
        r.events.push_back(toRecordedEvent(e, "2026-11-23T10:46:0" + std::to_string(k++) + "Z"));
    return r;
}

}  // namespace

TEST_CASE("a session record survives saving and loading unchanged") {
    Scenario sc = deskScenario();
    Session s(sc, 1234567890123ULL, {SessionMode::Practice});
    REQUIRE_FALSE(s.choose("pitch", 1500));
    REQUIRE_FALSE(s.stepBack());
    REQUIRE_FALSE(s.timeout(30000));
    REQUIRE_FALSE(s.choose("own", 700));
    SessionRecord r = recordOf(s, sc);

    TempDir dir;
    std::string path = (dir.path / "s.json").string();
    std::string err;
    REQUIRE(saveSessionRecordAtomically(r, path, &err));
    RecordLoad loaded = loadSessionRecord(path);
    REQUIRE(loaded.record);
    CHECK(loaded.diagnostics.empty());
    const SessionRecord& back = *loaded.record;
    CHECK(back.seed == 1234567890123ULL);
    CHECK(back.player == "Li Wei");
    CHECK((back.mode == SessionMode::Practice));
    CHECK(back.scenarioSha256 == sc.sha256);
    REQUIRE(back.events.size() == 4);
    CHECK(back.events[0].displayed == s.events()[0].displayed);
    CHECK(back.events[0].decisionMs == 1500);
    CHECK((back.events[1].type == EventType::Undo));
    CHECK(back.events[3].wallTime == "2026-11-23T10:46:03Z");
    CHECK(serializeSessionRecord(back) == serializeSessionRecord(r));

    const std::string text = readFile(path);
    CHECK(text.find("\"displayed\"") != std::string::npos);
    CHECK(text.find("score") == std::string::npos);  // scores are never stored
}

TEST_CASE("the effective path drops the choices that were stepped back") {
    SessionRecord r;
    auto ev = [](EventType t, const char* choice) {
        RecordedEvent e;
        e.type = t;
        e.choice = choice;
        return e;
    };
    r.events = {ev(EventType::Choice, "pitch"), ev(EventType::Undo, "pitch"), ev(EventType::Choice, "ask"),
                ev(EventType::Timeout, "wait"), ev(EventType::Undo, "wait"),  ev(EventType::Choice, "own")};
    CHECK(effectiveChoiceIds(r) == std::vector<std::string>{"ask", "own"});
}

TEST_CASE("replay re-simulates a record into the same states, events and outcome") {
    Scenario sc = deskScenario();
    Session s(sc, 77);
    REQUIRE_FALSE(s.choose("ask", 1));
    REQUIRE_FALSE(s.choose("own", 2));
    SessionRecord r = recordOf(s, sc);
    ReplayResult replay = replaySession(sc, *parseSessionRecord(serializeSessionRecord(r), "r.json").record, "r.json");
    CHECK(replay.ok());
    CHECK(replay.diagnostics.empty());
    CHECK(replay.appliedEvents == 2);
    REQUIRE(replay.session);
    CHECK((replay.session->state() == s.state()));
    CHECK(replay.session->node().id == "won");
    REQUIRE(replay.session->events().size() == 2);
    CHECK(replay.session->events()[0].displayed == s.events()[0].displayed);
    CHECK(replay.session->events()[1].decisionMs == 2);
}

TEST_CASE("a record that diverges from the scenario gives diagnostics, never a crash") {
    Scenario sc = deskScenario();
    Session s(sc, 5);
    REQUIRE_FALSE(s.choose("escalate", 1));
    REQUIRE_FALSE(s.choose("own", 1));
    SessionRecord r = recordOf(s, sc);

    SUBCASE("a choice id that does not exist") {
        r.events[1].choice = "vanished";
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK_FALSE(replay.ok());
        CHECK(replay.divergedAt == 1);
        CHECK(replay.appliedEvents == 1);
        REQUIRE(hasErrors(replay.diagnostics));
        const Diagnostic& d = replay.diagnostics.back();
        CHECK(d.rule == "unknown-choice");
        CHECK(d.pointer == "/events/1");
        CHECK(d.file == "r.json");
        CHECK(d.message.find("vanished") != std::string::npos);
        REQUIRE(replay.session);
        CHECK(replay.session->node().id == "call");
    }
    SUBCASE("a choice that is not offered at that node") {
        r.events[1].choice = "send";  // visits == 1 after escalate
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK(replay.divergedAt == 1);
        CHECK(replay.diagnostics.back().rule == "choice-not-offered");
    }
    SUBCASE("a recorded node the path no longer reaches") {
        r.events[1].node = "elsewhere";
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK(replay.divergedAt == 1);
        CHECK(replay.diagnostics.back().rule == "replay-node-differs");
    }
    SUBCASE("events after the ending") {
        r.events.push_back(r.events[1]);
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK(replay.divergedAt == 2);
        CHECK(replay.diagnostics.back().rule == "replay-after-ending");
    }
    SUBCASE("an undo in a graded session") {
        RecordedEvent undo;
        undo.type = EventType::Undo;
        undo.node = "intro";
        undo.choice = "escalate";
        r.events.insert(r.events.begin() + 1, undo);
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK(replay.divergedAt == 1);
        CHECK(replay.diagnostics.back().rule == "undo-not-allowed");
    }
    SUBCASE("a changed scenario is reported clearly even when the path still replays") {
        Scenario changed = sc;
        changed.sha256 = std::string(64, 'b');
        ReplayResult replay = replaySession(changed, r, "r.json");
        CHECK(replay.ok());
        CHECK(replay.scenarioChanged);
        REQUIRE(replay.diagnostics.size() == 1);
        CHECK(replay.diagnostics[0].severity == Severity::Warning);
        CHECK(replay.diagnostics[0].rule == "scenario-changed");
        CHECK(replay.diagnostics[0].message.find("changed since this session was recorded") != std::string::npos);
    }
    SUBCASE("a record of another scenario is a warning, and the replay goes on") {
        r.scenarioId = "another-desk";
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK(replay.ok());
        REQUIRE(replay.diagnostics.size() == 1);
        CHECK(replay.diagnostics[0].rule == "scenario-id-differs");
        CHECK(replay.diagnostics[0].severity == Severity::Warning);
        CHECK(replay.diagnostics[0].message.find("another-desk") != std::string::npos);
    }
    SUBCASE("a recorded timeout whose choice the scenario now names differently") {
        Session timed(sc, 5);
        REQUIRE_FALSE(timed.timeout(30000));
        SessionRecord t = recordOf(timed, sc);
        Scenario changed = sc;
        changed.nodes[0].timeoutChoice = 1;  // "pitch" instead of "wait"
        ReplayResult replay = replaySession(changed, t, "r.json");
        CHECK(replay.divergedAt == 0);
        CHECK(replay.diagnostics.back().rule == "replay-timeout-differs");
        CHECK(replay.diagnostics.back().message.find("'pitch'") != std::string::npos);
    }
    SUBCASE("a choice none of whose branches holds") {
        Scenario changed = sc;
        for (Branch& branch : changed.nodes[1].choices[0].next)  // "own": no branch holds any more
            branch.condition = frontline::testing::condition(changed, "visits > 99");
        ReplayResult replay = replaySession(changed, r, "r.json");
        CHECK(replay.divergedAt == 1);
        CHECK(replay.diagnostics.back().rule == "no-branch");
    }
    SUBCASE("a changed choice order is a warning") {
        std::swap(r.events[0].displayed[0], r.events[0].displayed[1]);
        ReplayResult replay = replaySession(sc, r, "r.json");
        CHECK(replay.ok());
        REQUIRE(replay.diagnostics.size() == 1);
        CHECK(replay.diagnostics[0].rule == "displayed-order-differs");
    }
}

TEST_CASE("a session saved after k decisions resumes to the same outcome as one played straight through") {
    Scenario sc = deskScenario();
    const std::vector<std::string> choices = {"pitch", "note"};
    Session straight(sc, 2024);
    for (const auto& c : choices) REQUIRE_FALSE(straight.choose(c, 10));

    TempDir dir;
    std::string path = (dir.path / "resume.json").string();
    {  // first process: one decision, saved, then "killed"
        Session first(sc, 2024);
        REQUIRE_FALSE(first.choose(choices[0], 10));
        REQUIRE(saveSessionRecordAtomically(recordOf(first, sc), path, nullptr));
    }
    RecordLoad loaded = loadSessionRecord(path);
    REQUIRE(loaded.record);
    ReplayResult resumed = replaySession(sc, *loaded.record, path);
    REQUIRE(resumed.ok());
    Session& s = *resumed.session;
    CHECK(s.displayedChoiceIds() == straight.events()[1].displayed);
    REQUIRE_FALSE(s.choose(choices[1], 10));
    CHECK((s.state() == straight.state()));
    CHECK(s.node().id == "partial");
}

TEST_CASE("saving is atomic") {
    Scenario sc = deskScenario();
    Session s(sc, 9);
    SessionRecord before = recordOf(s, sc);
    REQUIRE_FALSE(s.choose("ask", 1));
    SessionRecord after = recordOf(s, sc);
    TempDir dir;
    const std::string path = (dir.path / "atomic.json").string();
    REQUIRE(saveSessionRecordAtomically(before, path, nullptr));
    const std::string original = readFile(path);

    SUBCASE("a write that fails half way leaves the previous file intact and no temp file") {
        // Limit the file size below the record's size so write() fails with EFBIG (SIGXFSZ ignored).
        struct rlimit old {};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto oldHandler = signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 64;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        std::string err;
        bool ok = saveSessionRecordAtomically(after, path, &err);
        setrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, oldHandler);
        CHECK_FALSE(ok);
        CHECK(err.find("write failed") != std::string::npos);
        CHECK(readFile(path) == original);
        CHECK(dir.entries() == std::vector<std::string>{"atomic.json"});
    }
    SUBCASE("a rename that fails removes the temp file") {
        fs::create_directory(dir.path / "taken.json");
        fs::create_directory(dir.path / "taken.json" / "child");  // a non-empty directory cannot be replaced
        std::string err;
        CHECK_FALSE(saveSessionRecordAtomically(after, (dir.path / "taken.json").string(), &err));
        CHECK(err.find("rename failed") != std::string::npos);
        CHECK(dir.entries() == std::vector<std::string>{"atomic.json", "taken.json"});
    }
    SUBCASE("a directory that does not exist is an error, not a crash") {
        std::string err;
        CHECK_FALSE(saveSessionRecordAtomically(after, (dir.path / "missing" / "x.json").string(), &err));
        CHECK(err.find("cannot save") != std::string::npos);
    }
    SUBCASE("a successful save replaces the file") {
        REQUIRE(saveSessionRecordAtomically(after, path, nullptr));
        CHECK(loadSessionRecord(path).record->events.size() == 1);
        CHECK(dir.entries() == std::vector<std::string>{"atomic.json"});
    }
}

// The saved text of a desk-scenario session after one decision ("ask"), the base that corruption tests edit.
std::string oneDecisionRecordText() {
    Scenario sc = deskScenario();
    Session s(sc, 9);
    REQUIRE_FALSE(s.choose("ask", 1));
    return serializeSessionRecord(recordOf(s, sc));
}

// Parses a broken session text that must be refused with exactly one diagnostic, and returns it.
Diagnostic onlyDiagnostic(const std::string& text, const std::string& file) {
    RecordLoad r = parseSessionRecord(text, file);
    CHECK_FALSE(r.record);
    REQUIRE(r.diagnostics.size() == 1);
    return r.diagnostics[0];
}

TEST_CASE("corrupted session files give located diagnostics") {
    const std::string good = oneDecisionRecordText();

    SUBCASE("truncated JSON") {
        RecordLoad r = parseSessionRecord(good.substr(0, good.size() / 2), "cut.json");
        CHECK_FALSE(r.record);
        REQUIRE(r.diagnostics.size() == 1);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.rule == "session-json-syntax");
        CHECK(d.line > 1);
        CHECK(d.column >= 1);
        CHECK(d.message.find("truncated") != std::string::npos);
        CHECK(format(d).rfind("cut.json:" + std::to_string(d.line) + ":", 0) == 0);
    }
    SUBCASE("a syntax error points at its line and column") {
        RecordLoad r = parseSessionRecord("{\n  \"format\": 1,\n  \"seed\" 3\n}", "bad.json");
        CHECK_FALSE(r.record);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].line == 3);
        CHECK(r.diagnostics[0].column == 10);
    }
    SUBCASE("empty file and binary garbage") {
        CHECK(parseSessionRecord("", "e.json").diagnostics.at(0).rule == "session-json-syntax");
        CHECK(parseSessionRecord(std::string("\0\xff\xfe", 3), "g.json").diagnostics.at(0).rule ==
              "session-json-syntax");
        CHECK(parseSessionRecord("[1,2]", "a.json").diagnostics.at(0).rule == "session-field-type");
    }
    SUBCASE("wrong and missing fields are named by pointer") {
        std::string bad = good;
        bad.replace(bad.find("\"seed\": 9"), 9, "\"seed\": \"nine\"");
        bad.replace(bad.find("\"type\": \"choice\""), 16, "\"type\": \"dance\"");
        RecordLoad r = parseSessionRecord(bad, "f.json");
        CHECK_FALSE(r.record);
        REQUIRE(r.diagnostics.size() == 2);
        CHECK(r.diagnostics[0].pointer == "/seed");
        CHECK(r.diagnostics[1].pointer == "/events/0/type");
        RecordLoad missing = parseSessionRecord("{\"format\": 1}", "m.json");
        CHECK(missing.diagnostics.size() >= 8);
        CHECK(missing.diagnostics[0].rule == "session-missing-field");
    }
    SUBCASE("a newer format is refused with an explanation") {
        std::string newer = good;
        newer.replace(newer.find("\"format\": 1"), 11, "\"format\": 2");
        RecordLoad r = parseSessionRecord(newer, "n.json");
        CHECK_FALSE(r.record);
        CHECK(r.diagnostics.at(0).message.find("unsupported session format 2") != std::string::npos);
    }
    SUBCASE("a file that does not exist") {
        RecordLoad r = loadSessionRecord("/nonexistent/frontline/session.json");
        CHECK_FALSE(r.record);
        CHECK(r.diagnostics.at(0).rule == "session-unreadable");
    }
}

namespace {

// 1-based line and column (in code points) of the first occurrence of `needle` in `text`.
std::pair<int, int> positionOf(const std::string& text, const std::string& needle, std::size_t from = 0) {
    std::size_t at = text.find(needle, from);
    REQUIRE(at != std::string::npos);
    int line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

TEST_CASE("session-file diagnostics carry file:line:col like scenario files") {
    const std::string good = oneDecisionRecordText();

    SUBCASE("a field of the wrong type points at its value") {
        std::string bad = good;
        bad.replace(bad.find("\"decision_ms\": 1"), 16, "\"decision_ms\": \"1 s\"");
        const Diagnostic d = onlyDiagnostic(bad, "wrong.json");
        auto [line, column] = positionOf(bad, "\"1 s\"");
        CHECK(d.rule == "session-field-type");
        CHECK(d.pointer == "/events/0/decision_ms");
        CHECK(d.line == line);
        CHECK(d.column == column);
        CHECK(format(d) == "wrong.json:" + std::to_string(line) + ":" + std::to_string(column) +
                               ": error: 'decision_ms' must be a non-negative integer [session-field-type] "
                               "(/events/0/decision_ms)");
    }
    SUBCASE("a missing field points at the object that lacks it") {
        std::string bad = good;
        const std::size_t wall = bad.find(",\n      \"wall_time\"");
        REQUIRE(wall != std::string::npos);
        bad.erase(wall, bad.find('\n', wall + 2) - wall);  // drops the event's last member and its comma
        const Diagnostic d = onlyDiagnostic(bad, "missing.json");
        auto [line, column] = positionOf(bad, "{", bad.find("\"events\""));
        CHECK(d.rule == "session-missing-field");
        CHECK(d.message == "missing required field 'wall_time'");
        CHECK(d.pointer == "/events/0");
        CHECK(d.line == line);
        CHECK(d.column == column);
        CHECK(line > 1);
    }
    SUBCASE("a syntax error gives file:line:col") {
        const Diagnostic d =
            onlyDiagnostic("{\n  \"format\": 1,\n  \"seed\": 3,\n  \"player\": 'Li'\n}", "syntax.json");
        CHECK(d.rule == "session-json-syntax");
        CHECK(format(d).rfind("syntax.json:4:13: error: expected a value", 0) == 0);
        CHECK(d.message.find("double quotes") != std::string::npos);
    }
    SUBCASE("a well-typed but unknown value points at it") {
        std::string bad = good;
        const std::size_t mode = bad.find("\"graded\"");
        REQUIRE(mode != std::string::npos);
        bad.replace(mode, 8, "\"exam\"");
        const Diagnostic d = onlyDiagnostic(bad, "mode.json");
        CHECK(d.rule == "session-field-value");
        CHECK(d.pointer == "/mode");
        CHECK(d.line == positionOf(bad, "\"exam\"").first);
    }
    SUBCASE("a duplicate key is located, not silently dropped") {
        std::string bad = good;
        bad.replace(bad.find("\"player\""), 8, "\"seed\": 10,\n  \"player\"");
        const Diagnostic d = onlyDiagnostic(bad, "dup.json");
        CHECK(d.rule == "duplicate-key");
        // Keys are written in sorted order, so the inserted one comes first and the recorded one repeats it.
        CHECK(d.line == positionOf(bad, "\"seed\": 9").first);
        CHECK(d.column == 3);
    }
    SUBCASE("a field that is not UTF-8 is a located syntax error") {
        std::string bad = good;
        bad.replace(bad.find("Li Wei"), 6, "Li \xff\xfe");
        const Diagnostic d = onlyDiagnostic(bad, "utf8.json");
        CHECK(d.line == positionOf(bad, "Li \xff").first);
    }
    SUBCASE("every truncation and every byte corruption gives located diagnostics, never a crash") {
        for (std::size_t n = 0; n < good.size(); ++n) {
            CAPTURE(n);
            RecordLoad r = parseSessionRecord(good.substr(0, n), "cut.json");
            if (good.find_first_not_of(" \n", n) == std::string::npos) {
                CHECK(r.record);  // only trailing white space was cut
                continue;
            }
            CHECK_FALSE(r.record);
            REQUIRE_FALSE(r.diagnostics.empty());
            for (const Diagnostic& d : r.diagnostics) {
                CHECK(d.line >= 1);
                CHECK(d.column >= 1);
            }
        }
        const char garbage[] = {'\0', '\x7f', '\xff', '}', ']', '"', '\\', ',', ':', '0', '-', '\n'};
        for (std::size_t i = 0; i < good.size(); ++i)
            for (char g : garbage) {
                std::string bad = good;
                bad[i] = g;
                RecordLoad r = parseSessionRecord(bad, "garbage.json");
                if (r.record) continue;  // some bytes still make a valid session (e.g. a digit in a digit)
                CAPTURE(i);
                REQUIRE_FALSE(r.diagnostics.empty());
                for (const Diagnostic& d : r.diagnostics) CHECK(d.line >= 1);
            }
    }
    SUBCASE("the largest seed survives, as the format promises an unsigned 64-bit integer") {
        RecordLoad parsed = parseSessionRecord(good, "good.json");
        REQUIRE(parsed.record);
        SessionRecord record = *parsed.record;
        record.seed = 18446744073709551615ULL;
        RecordLoad r = parseSessionRecord(serializeSessionRecord(record), "big.json");
        REQUIRE(r.record);
        CHECK(r.record->seed == 18446744073709551615ULL);
        std::string negative = good;
        negative.replace(negative.find("\"seed\": 9"), 9, "\"seed\": -9");
        RecordLoad neg = parseSessionRecord(negative, "neg.json");
        REQUIRE(neg.diagnostics.size() == 1);
        CHECK(neg.diagnostics[0].line == positionOf(negative, "-9").first);
        CHECK(neg.diagnostics[0].column == positionOf(negative, "-9").second);
    }
}

TEST_CASE("the default session directory follows XDG") {
    CHECK(defaultSessionDirectory("/data", "/home/li") == "/data/frontline/sessions");
    CHECK(defaultSessionDirectory(nullptr, "/home/li") == "/home/li/.local/share/frontline/sessions");
    CHECK(defaultSessionDirectory("", "/home/li") == "/home/li/.local/share/frontline/sessions");
    CHECK(defaultSessionDirectory("relative", "/home/li") == "/home/li/.local/share/frontline/sessions");
    SessionRecord r;
    r.scenarioId = "tm-outage";
    r.startTime = "2026-11-23T10:45:55Z";
    r.seed = 42;
    CHECK(sessionFileName(r) == "tm-outage-20261123T104555Z-42.json");
}

TEST_CASE("a new record names the scenario, its digest, the seed and the mode") {
    Scenario sc = deskScenario();
    Session s(sc, 31, {SessionMode::Practice});
    SessionRecord r = makeSessionRecord(sc, s, "/abs/desk.json", "Li Wei", "en", "2026-11-23T10:00:00Z", "0.1.0");
    CHECK(r.format == kSessionFormatVersion);
    CHECK(r.appVersion == "0.1.0");
    CHECK(r.scenarioId == "desk");
    CHECK(r.scenarioFile == "/abs/desk.json");
    CHECK(r.scenarioSha256 == sc.sha256);
    CHECK(r.seed == 31);
    CHECK((r.mode == SessionMode::Practice));
    CHECK(r.events.empty());
    CHECK(sessionFileName(r) == "desk-20261123T100000Z-31.json");

    TempDir dir;  // two sessions started in the same second with the same seed get different files
    const std::string first = newSessionPath(dir.path.string(), r);
    CHECK(first == (dir.path / "desk-20261123T100000Z-31.json").string());
    REQUIRE(saveSessionRecordAtomically(r, first, nullptr));
    const std::string second = newSessionPath(dir.path.string(), r);
    CHECK(second == (dir.path / "desk-20261123T100000Z-31-2.json").string());
}
