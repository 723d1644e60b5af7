// Every diagnostic rule is proven by a broken fixture in tests/fixtures/invalid/ with the exact diagnostics
// it must produce (rule, line:col, severity, pointer), and documented in docs/diagnostics.md.
#include "core/validator.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic_rules.h"
#include "core/library.h"
#include "core/loader.h"
#include "temp_folder.h"

using namespace frontline::core;

namespace {

const std::string fixtures = std::string(FRONTLINE_TEST_DIR) + "/fixtures";

struct Expected {
    const char* rule;
    int line, column;
    const char* pointer;
    const char* messagePart;  // a piece of the message the author must see
};

struct FixtureCase {
    const char* file;  // in tests/fixtures/invalid/
    std::vector<Expected> diagnostics;
};

const std::vector<FixtureCase>& fixtureCases() {
    static const std::vector<FixtureCase> cases{
        {"json-syntax", {{"json-syntax", 12, 3, "", "expected ',' or '}' after object member"}}},
        {"duplicate-key", {{"duplicate-key", 12, 3, "/minutes", "duplicate key 'minutes'"}}},
        {"wrong-type",
         {{"wrong-type", 5, 33, "/title/en", "expected a string, found the number 5"},  // after Chinese text
          {"wrong-type", 11, 14, "/minutes", "expected an integer, found the string \"3\""},
          {"wrong-type", 12, 32, "/comment", "a comment is a string or an array of strings"}}},
        {"missing-key", {{"missing-key", 28, 13, "/nodes/call", "missing required key 'speaker'"}}},
        {"unknown-key", {{"unknown-key", 12, 3, "/shufle", "did you mean 'shuffle'?"}}},
        {"unknown-effect",  // a misspelt effect, and a misspelt "effects" key: either would drop effects silently
         {{"unknown-effect", 39, 45, "/nodes/call/choices/0/effects/patince", "did you mean 'patience'?"},
          {"unknown-effect", 52, 11, "/nodes/call/choices/1/efects", "did you mean 'effects'?"}}},
        {"bad-value",
         {{"bad-value", 10, 17, "/difficulty", "difficulty 'easy'"},
          {"bad-value", 38, 19, "/nodes/call/choices/0/kind", "did you mean 'listen'?"}}},
        {"value-range",
         {{"value-range", 11, 14, "/minutes", "at least 1"},
          {"value-range", 21, 16, "/characters/ceo/trust", "initial trust 140 is outside 0..100"}}},
        {"format-version", {{"format-version", 3, 13, "/format", "format 2 is not supported"}}},
        {"bad-id",
         {{"bad-id", 4, 9, "/id", "scenario id 'Minimal Scenario'"},
          {"bad-id", 25, 17, "/variables/2fast", "must start with a letter"}}},
        {"duplicate-id", {{"duplicate-id", 49, 17, "/nodes/call/choices/1/id", "choice id 'ask' is used twice"}}},
        {"unknown-node",
         {{"unknown-node", 55, 19, "/nodes/call/choices/1/next", "unknown node 'lots' (did you mean 'lost'?)"}}},
        {"unknown-character",
         {{"unknown-character", 31, 18, "/nodes/call/speaker", "speaker 'cto'"},
          {"unknown-character", 40, 33, "/nodes/call/choices/0/effects/trust/coe", "unknown character 'coe'"}}},
        {"unknown-variable",
         {{"unknown-variable", 40, 78, "/nodes/call/choices/0/effects/set/askd", "did you mean 'asked'?"},
          // the condition is written with \u0026 escapes; the column still lands on 'askd'
          {"unknown-variable", 44, 50, "/nodes/call/choices/0/next/0/if",
           "variable 'askd' is not declared in \"variables\" (did you mean 'asked'?)"}}},
        {"variable-type",
         {{"variable-type", 40, 87, "/nodes/call/choices/0/effects/set/asked",
           "is a boolean, but is set to the number 1"},
          {"variable-type", 40, 99, "/nodes/call/choices/0/effects/add/asked", "cannot add to 'asked'"}}},
        {"grade-range",
         {{"grade-range", 41, 28, "/nodes/call/choices/0/grades/P3", "grade 5 for 'P3' is outside -3..+3"}}},
        {"unknown-dimension",
         {{"unknown-dimension", 9, 24, "/principles/1", "principle 'P77'"},
          {"unknown-dimension", 41, 22, "/nodes/call/choices/0/grades/P33", "did you mean 'P3'?"}}},
        {"unknown-act", {{"unknown-act", 29, 14, "/nodes/call/act", "act 'act2'"}}},
        {"expr-syntax",
         {{"expr-syntax", 44, 37, "/nodes/call/choices/0/next/0/if", "'&' is not an operator"},
          {"expr-syntax", 76, 35, "/rules/0/if", "expected ')'"}}},
        {"expr-non-ascii",  // an author typing Chinese in a condition: the whole character is quoted
         {{"expr-syntax", 45, 37, "/nodes/call/choices/0/next/0/if", "unexpected character '且'"}}},
        {"expr-type",
         {{"expr-type", 44, 31, "/nodes/call/choices/0/next/0/if", "'&&' needs a boolean"},
          {"expr-type", 76, 14, "/rules/0/if", "a condition must be true or false"}}},
        {"missing-locale", {{"missing-locale", 42, 23, "/nodes/call/choices/0/feedback", "no 'en' version"}}},
        {"empty-text",
         {{"empty-text", 6, 14, "/summary", "text is empty"},
          {"empty-text", 39, 43, "/nodes/call/choices/0/text/en", "the 'en' text is empty"}}},
        {"untranslated-text",  // a code like "P7 · 17:30" reads the same in every locale and is not reported
         {{"untranslated-text", 53, 19, "/nodes/call/choices/1/text",
           "one plain string, shown unchanged in 'zh', 'en'"},
          {"untranslated-text", 64, 16, "/nodes/won/title", "write one version per locale"}}},
        {"missing-feedback", {{"missing-feedback", 48, 9, "/nodes/call/choices/1", "'feedback'"}}},
        {"no-choices",
         {{"no-choices", 59, 5, "/nodes/won", "needs a non-empty \"choices\" list"},
          {"unknown-key", 61, 7, "/nodes/won/title", "unknown key 'title'"}}},
        {"bad-timeout",
         {{"bad-timeout", 33, 7, "/nodes/call/time_limit", "time_limit needs \"on_timeout\""},
          {"bad-timeout", 51, 27, "/nodes/call/choices/1/timeout_only", "can never be taken"}}},
        {"bad-timeout-choice",
         {{"bad-timeout", 39, 17, "/nodes/call/choices/0/if", "timeout choice 'ask' has an \"if\""},
          {"bad-timeout", 53, 27, "/nodes/call/choices/1/timeout_only", "can never be taken"}}},
        {"branch-order",
         {{"branch-order", 45, 20, "/nodes/call/choices/0/next/1/if", "the last branch of next has an \"if\""}}},
        {"branch-order-early",
         {{"branch-order", 44, 13, "/nodes/call/choices/0/next/0", "can never be taken"},
          {"branch-order", 45, 20, "/nodes/call/choices/0/next/1/if", "the last branch"}}},
        {"trap", {{"trap", 59, 5, "/nodes/loop", "no ending can be reached"}}},
        {"guarded-choices", {{"guarded-choices", 62, 18, "/nodes/check/choices", "every choice has an \"if\""}}},
        {"unreachable-node", {{"unreachable-node", 65, 5, "/nodes/limbo", "never be reached"}}},
        {"unknown-scene", {{"unknown-scene", 30, 16, "/nodes/call/scene", "scene 'offfice'"}}},
        {"unknown-look", {{"unknown-look", 20, 15, "/characters/ceo/look", "look 'test-cto'"}}},
    };
    return cases;
}

Severity severityOf(const std::string& code) {
    if (const DiagnosticRule* r = rules::find(code)) return r->severity;
    FAIL("rule '" << code << "' is not in diagnostic_rules.h");
    return Severity::Error;
}

std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds) out += format(d) + "\n";
    return out;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("every broken fixture produces exactly its expected diagnostics, at the right line:col") {
    for (const auto& c : fixtureCases()) {
        std::string path = fixtures + "/invalid/" + c.file + ".json";
        CAPTURE(path);
        LoadResult r = loadScenarioFile(path);
        INFO(describe(r.diagnostics));
        REQUIRE(r.diagnostics.size() == c.diagnostics.size());
        bool anyError = false;
        for (std::size_t i = 0; i < c.diagnostics.size(); ++i) {
            const Expected& e = c.diagnostics[i];
            const Diagnostic& d = r.diagnostics[i];
            CAPTURE(i);
            CHECK(d.rule == e.rule);
            CHECK(d.file == path);
            CHECK(d.line == e.line);
            CHECK(d.column == e.column);
            CHECK(d.pointer == e.pointer);
            CHECK(d.message.find(e.messagePart) != std::string::npos);
            CHECK(d.severity == severityOf(e.rule));
            anyError = anyError || d.severity == Severity::Error;
        }
        // The scenario is present exactly when nothing is an error (warnings allowed).
        CHECK(r.scenario.has_value() == !anyError);
    }
}

TEST_CASE("every rule is documented in docs/diagnostics.md and proven by a test") {
    std::string docs = readFile(std::string(FRONTLINE_SOURCE_DIR) + "/docs/diagnostics.md");
    REQUIRE_FALSE(docs.empty());
    std::set<std::string> proven{"io-error", "file-too-large", "no-rubric",
                                 "undrawable-character"};  // proven by the TEST_CASEs below
    for (const auto& c : fixtureCases())
        for (const auto& e : c.diagnostics) proven.insert(e.rule);
    // Session, replay, score and asset rules are proven where those files are tested: a test names the code.
    std::string otherTests;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(FRONTLINE_SOURCE_DIR) + "/tests"))
        if (entry.is_regular_file() && entry.path().filename() != "validator_test.cpp" &&
            (entry.path().extension() == ".cpp" || entry.path().extension() == ".sh"))
            otherTests += readFile(entry.path().string());
    std::set<std::string_view> codes;
    for (const DiagnosticRule* rule : rules::all) {
        const std::string code(rule->code);
        CAPTURE(code);
        CHECK(codes.insert(rule->code).second);
        CHECK(docs.find("## `" + code + "`") != std::string::npos);
        CHECK((proven.count(code) == 1 || otherTests.find("\"" + code + "\"") != std::string::npos ||
               otherTests.find("[" + code + "]") != std::string::npos));
    }
}

TEST_CASE("no-rubric: grades cannot be checked without the rubric, which is a warning") {
    LoadOptions options;
    options.rubricPath = fixtures + "/no-such-rubric.json";
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json", options);
    INFO(describe(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "no-rubric");
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.scenario);
}

TEST_CASE("undrawable-character: a character the fonts cannot draw is reported once per text and locale") {
    LoadOptions options;
    options.canDraw = [](char32_t c) { return c != U'满' && c != U'!'; };  // 满 U+6EE1, in the zh ending text
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json", options);
    INFO(describe(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].rule == "undrawable-character");
    CHECK(r.diagnostics[0].pointer == "/nodes/call/text/en");  // "The network is down again!"
    CHECK(r.diagnostics[0].message.find("U+0021") != std::string::npos);
    CHECK(r.diagnostics[1].pointer == "/nodes/won/text/zh");
    CHECK(r.diagnostics[1].message.find("U+6EE1, which the game's fonts cannot draw") != std::string::npos);
    CHECK(r.diagnostics[1].severity == Severity::Warning);
    CHECK(r.scenario);
    options.canDraw = [](char32_t) { return true; };
    CHECK(loadScenarioFile(fixtures + "/valid/minimal.json", options).diagnostics.empty());
}

TEST_CASE("asset checks can be switched off or pointed elsewhere") {
    LoadOptions off;
    off.checkAssets = false;
    CHECK(loadScenarioFile(fixtures + "/invalid/unknown-look.json", off).diagnostics.empty());
    LoadOptions elsewhere;
    elsewhere.assetsDir = fixtures + "/no-such-assets";
    CHECK(loadScenarioFile(fixtures + "/invalid/unknown-scene.json", elsewhere).diagnostics.empty());
    // The fixtures' own assets overlay the shipped ones: both are searched, the nearest first.
    frontline::AssetFolders folders = frontline::scenarioAssetFolders(fixtures + "/valid/minimal.json", "");
    REQUIRE(folders.size() == 2);
    CHECK(folders[0] == fixtures + "/assets");
    CHECK(std::filesystem::equivalent(folders[1], std::string(FRONTLINE_SOURCE_DIR) + "/assets"));
}

// Shipped scenarios are held to a stricter bar (no errors and no warnings) in library_test.cpp.
TEST_CASE("every valid fixture loads without errors") {
    std::vector<std::string> files = scenarioFiles(fixtures + "/valid");
    REQUIRE_FALSE(files.empty());
    for (const auto& f : files) {
        CAPTURE(f);
        LoadResult r = loadScenarioFile(f);
        INFO(describe(r.diagnostics));
        CHECK(r.scenario);
    }
}

TEST_CASE("one broken file does not stop or disturb the next") {
    LoadResult broken = loadScenarioFile(fixtures + "/invalid/json-syntax.json");
    LoadResult good = loadScenarioFile(fixtures + "/valid/minimal.json");
    CHECK_FALSE(broken.scenario);
    CHECK(good.scenario);
    CHECK(good.diagnostics.empty());
}

TEST_CASE("garbage of every kind is reported, never thrown") {
    const char* inputs[] = {
        "[]",
        "null",
        "42",
        "\"text\"",
        "{}",
        "{\"format\": 1, \"nodes\": []}",
        "{\"format\": 1, \"nodes\": {\"a\": 5}, \"start\": \"a\"}",
        "{\"format\": 1, \"nodes\": {\"a\": {\"choices\": [1, {\"next\": [5, {\"to\": 3}]}]}}}",
        "{\"format\": \"1\", \"characters\": [], \"variables\": {\"x\": \"s\"}, \"rules\": {}}",
        "{\"locales\": [\"fr\", 3], \"title\": {\"zh\": 1}, \"rubric\": {\"weights\": {\"Q\": -1}}}"};
    for (const char* text : inputs) {
        CAPTURE(text);
        LoadResult r = loadScenarioText(text, "garbage.json");
        CHECK_FALSE(r.scenario);
        CHECK(hasErrors(r.diagnostics));
    }
}

TEST_CASE("a look or scene that links out of the assets folder counts as missing (unknown-look, unknown-scene)") {
    namespace fs = std::filesystem;
    TempFolder tmp;
    fs::create_directories(tmp.path / "assets" / "characters");
    fs::create_directories(tmp.path / "assets" / "scenes");
    fs::create_symlink(fs::path(fixtures) / "assets" / "characters" / "test-ceo.json",
                       tmp.path / "assets" / "characters" / "test-ceo.json");
    fs::copy_file(fs::path(fixtures) / "assets" / "scenes" / "office.json",
                  tmp.path / "assets" / "scenes" / "office.json");
    fs::copy_file(fs::path(fixtures) / "assets" / "scenes" / "meeting-room.json",
                  tmp.path / "assets" / "scenes" / "stored.json");
    fs::create_symlink("stored.json", tmp.path / "assets" / "scenes" / "meeting-room.json");  // inside: fine
    LoadOptions options;
    options.assetsDir = (tmp.path / "assets").string();
    options.rubricPath = std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/rubric.json";
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json", options);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "unknown-look");
    CHECK(r.diagnostics[0].message.find("has no definition") != std::string::npos);
}

TEST_CASE("an unknown key that another tool's word for a known one gets that key suggested, not the closest spelling") {
    std::ifstream in(fixtures + "/valid/minimal.json");
    std::stringstream text;
    text << in.rdbuf();
    std::string source = text.str();
    const std::string next = "\"next\": \"lost\"";
    REQUIRE(source.find(next) != std::string::npos);
    source.replace(source.find(next), next.size(), "\"to\": \"lost\"");
    LoadResult loaded = loadScenarioText(source, "to.json");
    bool found = false;
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.pointer.ends_with("/to")) {
            found = true;
            CHECK(d.rule == "unknown-key");
            CHECK(d.message.find("did you mean 'next'?") != std::string::npos);
        }
    CHECK(found);
}
