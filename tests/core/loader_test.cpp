#include "core/loader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include "core/json_document.h"
#include "core/play_rules.h"
#include "core/sha256.h"

using namespace frontline::core;

namespace {

const std::string fixtures = std::string(FRONTLINE_TEST_DIR) + "/fixtures";

std::string allMessages(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds) out += format(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("a valid minimal scenario loads into the expected model") {
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.scenario);
    CHECK(r.diagnostics.empty());
    const Scenario& sc = *r.scenario;

    CHECK(sc.file == fixtures + "/valid/minimal.json");
    CHECK(sc.sha256.size() == 64);
    CHECK(sc.id == "minimal");
    CHECK(sc.title.in("zh") == "最小场景");
    CHECK(sc.summary.in("zh") == "客户来电，由你决定如何回答。");
    CHECK(sc.summary.in("en") == "A customer calls; you decide how to answer.");
    CHECK(sc.realCase.in("en") == "In the real case the account manager listened first.");
    CHECK(sc.locales == std::vector<std::string>{"zh", "en"});
    CHECK(sc.source.seed == "000_3111830331d6c881.txt");
    CHECK(sc.source.cases == std::vector<std::string>{"A-01", "A-02"});
    CHECK(sc.source.section == "§1.1");
    CHECK(sc.principles == std::vector<std::string>{"P3", "P7"});
    CHECK(sc.difficulty == "introductory");
    CHECK(sc.minutes == 3);
    CHECK_FALSE(sc.shuffle);
    CHECK(sc.clockStart == "2010-08-05T09:00");
    REQUIRE(sc.acts.size() == 1);
    CHECK(sc.acts[0].title.in("en") == "Act one");

    REQUIRE(sc.characters.size() == 1);
    CHECK(sc.characters[0].id == "ceo");
    CHECK(sc.characters[0].role.in("zh") == "CEO");  // a plain string is every locale's text
    CHECK(sc.characters[0].role.in("en") == "CEO");
    CHECK(sc.characters[0].look == "test-ceo");
    CHECK(sc.characters[0].trust == 40);
    CHECK(sc.characters[0].patience == 60);
    REQUIRE(sc.variables.size() == 2);
    CHECK(sc.variables[0].name == "asked");
    CHECK(sc.variables[0].initial == Value{false});
    CHECK(sc.variables[1].initial == Value{0.0});

    // Nodes in file order; references resolved to indices.
    REQUIRE(sc.nodes.size() == 3);
    CHECK(sc.nodes[0].id == "call");
    CHECK(sc.nodes[1].id == "won");
    CHECK(sc.nodes[2].id == "lost");
    CHECK(sc.start == 0);

    const Node& call = sc.nodes[0];
    CHECK(call.act == "act1");
    CHECK(call.scene == "office");
    CHECK(call.speaker == "ceo");
    CHECK(call.present == std::vector<int>{0});  // defaults to the speaker
    CHECK(call.timeLimitSeconds == 30);
    CHECK(call.timeoutChoice == 1);
    REQUIRE(call.choices.size() == 2);
    const Choice& ask = call.choices[0];
    CHECK(toString(ask.kind) == std::string("listen"));
    CHECK(ask.effects.trust == std::vector<std::pair<int, int>>{{0, 10}});
    CHECK(ask.effects.patience == std::vector<std::pair<int, int>>{{0, -5}});
    REQUIRE(ask.effects.set.size() == 1);
    CHECK(ask.effects.set[0].first == 0);
    CHECK(ask.effects.set[0].second == Value{true});
    REQUIRE(ask.effects.add.size() == 1);
    CHECK(ask.effects.add[0] == std::pair<int, double>{1, 1.0});
    CHECK(ask.effects.minutes == 30);  // 0.5 hours
    CHECK(ask.grades.at("P3") == 2);
    CHECK(ask.feedback.in("en") == "Listening first.");
    REQUIRE(ask.next.size() == 2);
    REQUIRE(ask.next[0].condition);
    CHECK(ask.next[0].target == 1);
    CHECK_FALSE(ask.next[1].condition);
    CHECK(ask.next[1].target == 2);
    CHECK(call.choices[1].timeoutOnly);
    CHECK(toString(call.choices[1].kind) == std::string("respond"));

    const Node& won = sc.nodes[1];
    CHECK(won.isEnding());
    CHECK(toString(*won.ending) == std::string("won"));
    CHECK(won.scene == "office");  // inherited from the previous node in file order
    CHECK(won.act == "act1");      // likewise
    CHECK(won.present.empty());    // the narrator is not on screen
    CHECK(won.endingTitle.in("en") == "Solved");
    CHECK(sc.nodes[2].scene == "meeting-room");

    REQUIRE(sc.rules.size() == 1);
    CHECK(sc.rules[0].id == "never-asked");
    CHECK(sc.rules[0].grades.at("P3") == -1);

    CHECK(sc.rubricChanges.weights.at("P7") == 2.0);
    REQUIRE(sc.rubricChanges.dimensions.size() == 1);
    CHECK(sc.rubricChanges.dimensions[0].id == "X1");
}

TEST_CASE("the load result carries the rubric the scenario is scored with, its changes applied") {
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json");
    REQUIRE(r.scenario);
    REQUIRE(r.rubric);
    REQUIRE(r.rubric->find("P7"));
    CHECK(r.rubric->find("P7")->weight == 2.0);  // the scenario's "weights"
    CHECK(r.rubric->find("P3")->weight == 1.0);
    REQUIRE(r.rubric->dimensions.size() == 13);  // P1..P12 and the scenario's own X1, appended
    CHECK(r.rubric->dimensions.back().id == "X1");
    CHECK_FALSE(r.rubric->bands.empty());
}

TEST_CASE("LoadOptions::rubricPath names the rubric the result carries") {
    auto dir = std::filesystem::temp_directory_path() / ("frontline-rubric-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    std::string rubricFile = (dir / "other-rubric.json").string();
    std::ofstream(rubricFile) << R"({"format": 1, "dimensions": [
        {"id": "P3", "title": {"zh": "倾听", "en": "Listen"}, "description": {"zh": "先听", "en": "Listen first"}, "weight": 5},
        {"id": "P7", "title": {"zh": "负责", "en": "Own"}, "description": {"zh": "负责到底", "en": "Own it"}}],
      "bands": [{"id": "all", "min": 0, "title": {"zh": "全部", "en": "All"}}]})";
    LoadOptions options;
    options.rubricPath = rubricFile;
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json", options);
    std::filesystem::remove_all(dir);
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.rubric);
    REQUIRE(r.rubric->dimensions.size() == 3);
    CHECK(r.rubric->find("P3")->weight == 5.0);
    CHECK(r.rubric->find("P7")->weight == 2.0);
    CHECK(r.rubric->bands.size() == 1);
}

TEST_CASE("without its rubric a scenario still loads, but carries no rubric to score with") {
    LoadOptions options;
    options.rubricPath = fixtures + "/no-such-rubric.json";
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json", options);
    CHECK(r.scenario);
    CHECK_FALSE(r.rubric);
}

TEST_CASE("the loaded model plays: compiled conditions and effects work with the rules of play") {
    LoadResult r = loadScenarioFile(fixtures + "/valid/minimal.json");
    REQUIRE(r.scenario);
    const Scenario& sc = *r.scenario;
    State s = initialState(sc);
    CHECK(s.trust == std::vector<int>{40});
    auto after = applyChoice(sc, s, 0);  // ask: trust 50, asked = true -> won
    REQUIRE(after);
    CHECK(after->node == 1);
    CHECK(after->minutes == 30);
    CHECK(isTrue(sc.rules[0].condition.evaluate(s)));
    CHECK_FALSE(isTrue(sc.rules[0].condition.evaluate(*after)));
}

TEST_CASE("loading is deterministic: same bytes, same model and diagnostics") {
    LoadResult a = loadScenarioFile(fixtures + "/valid/minimal.json");
    LoadResult b = loadScenarioFile(fixtures + "/valid/minimal.json");
    REQUIRE(a.scenario);
    REQUIRE(b.scenario);
    CHECK(a.scenario->sha256 == b.scenario->sha256);
    REQUIRE(a.scenario->nodes.size() == b.scenario->nodes.size());
    for (std::size_t i = 0; i < a.scenario->nodes.size(); ++i) {
        CHECK(a.scenario->nodes[i].id == b.scenario->nodes[i].id);
        CHECK(a.scenario->nodes[i].choices.size() == b.scenario->nodes[i].choices.size());
    }
    LoadResult broken1 = loadScenarioFile(fixtures + "/invalid/unknown-node.json");
    LoadResult broken2 = loadScenarioFile(fixtures + "/invalid/unknown-node.json");
    CHECK(allMessages(broken1.diagnostics) == allMessages(broken2.diagnostics));
    CHECK_FALSE(broken1.diagnostics.empty());
}

TEST_CASE("sha256Hex matches the standard test vectors") {
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("json_document: positions of values and keys, in code points") {
    auto r = parseJsonDocument("{\n  \"标题\": \"客户\",\n  \"a\": [1, {\"b\": true}]\n}", "t.json");
    REQUIRE(r.document);
    const JsonDocument& d = *r.document;
    CHECK(d.keyPosition("/标题").line == 2);
    CHECK(d.keyPosition("/标题").column == 3);
    CHECK(d.valuePosition("/标题").column == 9);  // after "标题": (4 code points + quotes)
    CHECK(d.valuePosition("/a/1/b").line == 3);
    CHECK(d.valuePosition("/a/1/b").column == 18);
    CHECK(d.valuePosition("/a/7").column == 8);  // falls back to the array
    CHECK(d.root["a"][1]["b"] == true);
}

TEST_CASE("json_document: file order is kept") {
    auto r = parseJsonDocument(R"({"z": 1, "a": 2, "m": 3})", "t.json");
    REQUIRE(r.document);
    std::string keys;
    for (const auto& [k, v] : r.document->root.items()) keys += k;
    CHECK(keys == "zam");
}

TEST_CASE("json_document: syntax errors are located and explained") {
    struct Case {
        const char* text;
        int line, column;
        const char* message;
    };
    const Case cases[] = {
        {"{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after object member"},
        {"{\"a\": 1,}", 1, 8, "trailing comma"},
        {"[1, 2", 1, 6, "expected ',' or ']' after array element"},
        {"{\"a\": tru}", 1, 7, "expected a value"},
        {"{\"a\": 'x'}", 1, 7, "double quotes"},
        {"{\n  // note\n}", 2, 3, "comments"},
        {"{\"a\": \"line\nbreak\"}", 1, 12, "line break inside a string"},
        {"{\"a\": \"x\\q\"}", 1, 9, "invalid escape"},
        {"{\"a\": \"x\\\u4e2d\"}", 1, 9, "invalid escape '\\\u4e2d'"},  // the whole character, valid UTF-8
        {"{\"a\": \"x\\\xff\"}", 1, 9, "followed by an invalid UTF-8 byte"},
        {"{\"a\": 01}", 1, 7, "leading zeros"},
        {"{} {}", 1, 4, "after the end of the JSON value"},
        {"", 1, 1, "empty"},
        {"{\"a\": \"\xff\"}", 1, 8, "invalid UTF-8"},
        {"{\"客户\": \"网络\" \"x\": 1}", 1, 13, "expected ',' or '}'"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto r = parseJsonDocument(c.text, "t.json");
        CHECK_FALSE(r.document);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].rule == "json-syntax");
        CHECK(r.diagnostics[0].line == c.line);
        CHECK(r.diagnostics[0].column == c.column);
        CHECK(r.diagnostics[0].message.find(c.message) != std::string::npos);
    }
}

TEST_CASE("json_document: escapes decode, surrogate pairs included") {
    auto r = parseJsonDocument(R"({"s": "a\n\u4e2d\ud83d\ude00\"\\\/"})", "t.json");
    REQUIRE(r.document);
    CHECK(r.document->root["s"] == "a\n中😀\"\\/");
    auto bad = parseJsonDocument(R"({"s": "\ud83d"})", "t.json");
    CHECK_FALSE(bad.document);
}

TEST_CASE("json_document: a 10,000-deep nesting is refused without crashing") {
    std::string deep(10000, '[');
    deep += std::string(10000, ']');
    auto r = parseJsonDocument(deep, "deep.json");
    CHECK_FALSE(r.document);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "json-syntax");
    CHECK(r.diagnostics[0].message.find("nesting deeper than") != std::string::npos);
    CHECK(r.diagnostics[0].column == defaultMaxJsonDepth + 1);

    std::string objects;
    for (int i = 0; i < 10000; ++i) objects += "{\"a\":";
    auto r2 = loadScenarioText(objects, "deep.json");
    CHECK_FALSE(r2.scenario);
    REQUIRE(r2.diagnostics.size() == 1);
    CHECK(r2.diagnostics[0].rule == "json-syntax");
}

TEST_CASE("a file over the size limit is refused with a clear message") {
    std::string huge = "{\"pad\": \"" + std::string((2u << 20) + 10, 'x') + "\"}";
    auto r = loadScenarioText(huge, "huge.json");
    CHECK_FALSE(r.scenario);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "file-too-large");
    CHECK(r.diagnostics[0].message.find("2 MiB") != std::string::npos);
    CHECK(isReadFailure(r.diagnostics[0]));

    LoadOptions small;
    small.maxBytes = 100;
    auto f = loadScenarioFile(fixtures + "/valid/minimal.json", small);
    REQUIRE(f.diagnostics.size() == 1);
    CHECK(f.diagnostics[0].rule == "file-too-large");
}

TEST_CASE("a missing file or a directory is an io-error, not a crash") {
    auto r = loadScenarioFile(fixtures + "/no-such-file.json");
    CHECK_FALSE(r.scenario);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "io-error");
    auto d = loadScenarioFile(fixtures);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].rule == "io-error");
}

TEST_CASE("columns count code points: an error after Chinese text, and inside a condition after escapes") {
    // Line 2: the key 备注 and its value come first; the condition's '=' is the 8th character of the string.
    const std::string text = "{\n  \"备注\": \"客户\", \"if\": \"a\\u0020b = 1\"\n}";
    auto r = parseJsonDocument(text, "t.json");
    REQUIRE(r.document);
    TextPosition value = r.document->valuePosition("/if");
    CHECK(value.line == 2);
    CHECK(value.column == 21);  // 2 spaces, "备注" (4), ": " , "客户" (4), ", ", "if" (4), ": "
    // Decoded "a b = 1": byte 4 is '='. In the file the \u0020 escape occupies six columns.
    TextPosition eq = r.document->stringCharPosition("/if", 4);
    CHECK(eq.column == 21 + 1 + 1 + 6 + 2);

    LoadResult loaded = loadScenarioFile(fixtures + "/invalid/wrong-type.json");
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].line == 5);
    CHECK(loaded.diagnostics[0].column == 33);  // after "最小场景": 4 columns, not 12 bytes
}

TEST_CASE("mutated scenario files never crash the loader") {
    std::ifstream in(fixtures + "/valid/minimal.json", std::ios::binary);
    std::string base((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(base.size() > 1000);
    std::mt19937 rng(12345);  // fixed seed: the same mutations on every run
    const char pieces[] = {'{', '}', '[', ']', '"', ',', ':', '\\', '0', '-', 'x', ' ', '\n', '\xe4', '\xff'};
    int loaded = 0, refused = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string text = base;
        int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits; ++e) {
            std::size_t at = rng() % text.size();
            switch (rng() % 3) {
                case 0:
                    text.erase(at, 1 + rng() % 8);
                    break;
                case 1:
                    text.insert(at, 1, pieces[rng() % sizeof pieces]);
                    break;
                default:
                    text[at] = pieces[rng() % sizeof pieces];
                    break;
            }
        }
        LoadResult r = loadScenarioText(text, "mutant.json");
        if (r.scenario) {
            ++loaded;
            CHECK_FALSE(hasErrors(r.diagnostics));
        } else {
            ++refused;
            CHECK(hasErrors(r.diagnostics));
        }
        for (const auto& d : r.diagnostics) {
            CHECK_FALSE(d.rule.empty());
            CHECK_FALSE(d.message.empty());
        }
    }
    CHECK(refused > 0);
    CHECK(loaded > 0);  // some edits land in texts and stay valid
}

TEST_CASE("the clock starts at a date and time, or at a time on day 1") {
    std::ifstream in(fixtures + "/valid/minimal.json", std::ios::binary);
    const std::string base((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string dated = "\"start\": \"2010-08-05T09:00\"";
    REQUIRE(base.find(dated) != std::string::npos);
    auto withStart = [&](const std::string& start) {
        std::string text = base;
        text.replace(text.find(dated), dated.size(), "\"start\": \"" + start + "\"");
        return loadScenarioText(text, "clock.json");
    };
    LoadResult timeOnly = withStart("15:40");
    INFO(allMessages(timeOnly.diagnostics));
    REQUIRE(timeOnly.scenario);
    CHECK(clockLabel(*timeOnly.scenario, 30) == "Day 1, 16:10");
    for (const char* bad : {"25:00", "9:00", "15:40:00", "2010-13-05T09:00"}) {
        CAPTURE(bad);
        LoadResult r = withStart(bad);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].rule == "bad-value");
        CHECK(r.diagnostics[0].pointer == "/clock/start");
        CHECK(r.diagnostics[0].message.find("a time like \"14:30\"") != std::string::npos);
    }
}

TEST_CASE("a character's side: customer by default, colleague when marked, anything else refused") {
    std::ifstream in(fixtures + "/valid/minimal.json");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto plain = loadScenarioText(text, "minimal.json");
    REQUIRE(plain.scenario);
    REQUIRE_FALSE(plain.scenario->characters.empty());
    CHECK(plain.scenario->characters[0].customerSide);

    auto withSide = [&](const std::string& side) {
        std::string marked = text;
        auto at = marked.find("\"look\"");
        REQUIRE(at != std::string::npos);
        marked.insert(at, "\"side\": \"" + side + "\", ");
        return loadScenarioText(marked, "side.json");
    };
    auto colleague = withSide("colleague");
    REQUIRE_MESSAGE(colleague.scenario, allMessages(colleague.diagnostics));
    CHECK_FALSE(colleague.scenario->characters[0].customerSide);
    auto customer = withSide("customer");
    REQUIRE(customer.scenario);
    CHECK(customer.scenario->characters[0].customerSide);
    auto wrong = withSide("ours");
    CHECK(allMessages(wrong.diagnostics).find("side 'ours' must be \"customer\" or \"colleague\"") !=
          std::string::npos);
}
