// The editor's model: each edit on nodes and choices, undo/redo of every one, refused edits, the stable pretty
// JSON it saves (byte-stable from the second save on for every shipped scenario), the backup, and a file changed
// on disk since it was read.
#include "core/scenario_edit.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/library.h"
#include "core/loader.h"
#include "temp_folder.h"

using namespace frontline::core;
using Json = nlohmann::ordered_json;

namespace {

const std::string kStarter = std::string(FRONTLINE_TEST_DIR) + "/../docs/examples/starter.json";

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

LoadOptions noAssets() {
    LoadOptions o;
    o.checkAssets = false;
    return o;
}

ScenarioEdit starter() {
    auto opened = ScenarioEdit::open(kStarter);
    REQUIRE(opened.edit);
    return std::move(*opened.edit);
}

// Every edit is undone to exactly the text before it and redone to exactly the text after it.
// `cleanBefore`: the text before was the file as read, so undo makes the document clean again.
void checkUndoRedo(ScenarioEdit& e, const std::string& before, bool cleanBefore = true) {
    const std::string after = e.text();
    CHECK(after != before);
    CHECK(e.dirty());
    REQUIRE(e.undo());
    CHECK(e.text() == before);
    CHECK(e.dirty() == !cleanBefore);
    REQUIRE(e.redo());
    CHECK(e.text() == after);
    CHECK(e.dirty());
}

}  // namespace

TEST_CASE("edit: a text in one locale; a plain string keeps its value for the other locales") {
    ScenarioEdit e = starter();
    const std::string before = e.text();
    REQUIRE(e.setText("/nodes/call/text", "en", "Hello there."));
    CHECK(e.json()["nodes"]["call"]["text"]["en"] == "Hello there.");
    CHECK(e.json()["nodes"]["call"]["text"]["zh"] != "Hello there.");
    checkUndoRedo(e, before);

    auto plain = ScenarioEdit::fromText(R"({"locales": ["zh", "en"], "nodes": {"a": {"text": "Hi"}}})", "p.json");
    REQUIRE(plain);
    REQUIRE(plain->setText("/nodes/a/text", "zh", "你好"));
    CHECK(plain->json()["nodes"]["a"]["text"].dump() == R"({"zh":"你好","en":"Hi"})");
    REQUIRE(plain->setText("/nodes/a/title", "en", "T"));  // absent: created, the other locale missing
    CHECK(plain->json()["nodes"]["a"]["title"].dump() == R"({"en":"T"})");
    CHECK_FALSE(plain->setText("/nodes/zz/text", "en", "x"));
    CHECK_FALSE(plain->setText("not a pointer", "en", "x"));
    CHECK(plain->undoLabel() == "set text /nodes/a/title (en)");
}

TEST_CASE("edit: grades are −3…+3 per dimension; removing the last removes grades") {
    ScenarioEdit e = starter();
    const std::string before = e.text();
    REQUIRE(e.setGrade("call", 0, "P12", -3));
    CHECK(e.json()["nodes"]["call"]["choices"][0]["grades"]["P12"] == -3);
    checkUndoRedo(e, before);
    const std::string withGrade = e.text();

    EditResult tooHigh = e.setGrade("call", 0, "P1", 4);
    CHECK_FALSE(tooHigh);
    CHECK(tooHigh.error == "a grade is an integer from -3 to +3, not 4");
    CHECK(e.text() == withGrade);  // a refused edit changes nothing and is not in the history
    CHECK(e.undoLabel() == "set grade P12 of call choice 1");
    CHECK_FALSE(e.setGrade("call", 9, "P1", 1));
    CHECK_FALSE(e.setGrade("nowhere", 0, "P1", 1));

    auto one = ScenarioEdit::fromText(R"({"nodes": {"a": {"choices": [{"id": "x", "grades": {"P1": 2}}]}}})", "g");
    REQUIRE(one);
    REQUIRE(one->setGrade("a", 0, "P1", std::nullopt));
    CHECK_FALSE(one->json()["nodes"]["a"]["choices"][0].contains("grades"));
    REQUIRE(one->setChoiceKind("a", 0, "listen"));
    CHECK(one->json()["nodes"]["a"]["choices"][0]["kind"] == "listen");
    CHECK_FALSE(one->setChoiceKind("a", 0, "shout"));
}

TEST_CASE("edit: add a node after another in file order, or an ending; ids must be new and valid") {
    ScenarioEdit e = starter();
    const std::string before = e.text();
    EditResult added = e.addNode("check-in", "", "call");
    REQUIRE(added);
    CHECK(added.id == "check-in");
    std::vector<std::string> ids = e.nodeIds();
    REQUIRE(ids.size() == 6);
    CHECK(ids[0] == "call");
    CHECK(ids[1] == "check-in");
    CHECK(e.json()["nodes"]["check-in"].dump() == R"({"speaker":"narrator","text":{"zh":"","en":""},"choices":[]})");
    checkUndoRedo(e, before);

    REQUIRE(e.addNode("end-quiet", "partial"));
    CHECK(e.nodeIds().back() == "end-quiet");
    CHECK(e.json()["nodes"]["end-quiet"]["ending"] == "partial");
    CHECK(e.addNode("call").error == "there is a node 'call' already");
    CHECK(e.addNode("bad id").error == "'bad id' is not an id (letters, digits, '_' and '-')");
    CHECK_FALSE(e.addNode("x", "great"));
}

TEST_CASE("edit: duplicate a node right after itself under a new id") {
    ScenarioEdit e = starter();
    const std::string before = e.text();
    EditResult copy = e.duplicateNode("plan");
    REQUIRE(copy);
    CHECK(copy.id == "plan-copy");
    std::vector<std::string> ids = e.nodeIds();
    CHECK(ids[2] == "plan-copy");
    CHECK(e.json()["nodes"]["plan-copy"] == e.json()["nodes"]["plan"]);
    checkUndoRedo(e, before);
    CHECK(e.duplicateNode("plan").id == "plan-copy-2");
    CHECK(e.duplicateNode("plan", "call").error == "there is a node 'call' already");
    CHECK_FALSE(e.duplicateNode("nowhere"));
}

TEST_CASE("edit: deleting a node reports every choice and branch that led to it, and the start") {
    ScenarioEdit e = starter();
    const std::string before = e.text();
    EditResult del = e.deleteNode("restored");
    REQUIRE(del);
    CHECK(del.references ==
          std::vector<std::string>{"/nodes/plan/choices/0/next/0/to", "/nodes/plan/choices/2/next/0/to"});
    CHECK_FALSE(e.hasNode("restored"));
    checkUndoRedo(e, before);

    REQUIRE(e.undo());
    EditResult start = e.deleteNode("call");
    REQUIRE(start);
    CHECK(start.references == std::vector<std::string>{"/start"});
    CHECK_FALSE(e.deleteNode("nowhere"));

    // What the validator then says: the dangling references, at their places.
    REQUIRE(e.undo());
    REQUIRE(e.deleteNode("lost"));
    LoadResult r = loadScenarioText(e.text(), "edited.json", noAssets());
    bool dangling = false;
    for (const auto& d : r.diagnostics)
        dangling |= d.rule == "unknown-node" && d.pointer == "/nodes/plan/choices/1/next";
    CHECK(dangling);
}

TEST_CASE("edit: add, relink and delete choices; a branching next relinks one branch") {
    ScenarioEdit e = starter();
    const std::string before = e.text();
    EditResult added = e.addChoice("call", "lost");
    REQUIRE(added);
    CHECK(added.id == "choice-4");
    const Json& c = e.json()["nodes"]["call"]["choices"][3];
    CHECK(c["kind"] == "respond");
    CHECK(c["next"] == "lost");
    checkUndoRedo(e, before);
    CHECK(e.addChoice("lost", "call").error == "'lost' is an ending: it has no choices");

    const std::string beforeRelink = e.text();
    REQUIRE(e.relinkChoice("call", 0, "restored"));
    CHECK(e.json()["nodes"]["call"]["choices"][0]["next"] == "restored");
    checkUndoRedo(e, beforeRelink, false);
    REQUIRE(e.relinkChoice("plan", 0, "lost"));  // the last branch by default
    CHECK(e.json()["nodes"]["plan"]["choices"][0]["next"][1]["to"] == "lost");
    REQUIRE(e.relinkChoice("plan", 0, "call", 0));
    CHECK(e.json()["nodes"]["plan"]["choices"][0]["next"][0]["to"] == "call");
    CHECK_FALSE(e.relinkChoice("plan", 0, "call", 5));
    CHECK_FALSE(e.relinkChoice("plan", 0, "not an id"));

    const std::size_t count = e.json()["nodes"]["call"]["choices"].size();
    const std::string beforeDelete = e.text();
    REQUIRE(e.deleteChoice("call", 0));
    CHECK(e.json()["nodes"]["call"]["choices"].size() == count - 1);
    checkUndoRedo(e, beforeDelete, false);
}

TEST_CASE("undo/redo: a chain of edits goes back to the file as read, and a new edit clears redo") {
    ScenarioEdit e = starter();
    const std::string original = e.text();
    CHECK_FALSE(e.canUndo());
    CHECK_FALSE(e.undo());
    REQUIRE(e.addNode("n1"));
    REQUIRE(e.addChoice("n1", "call"));
    REQUIRE(e.setText("/nodes/n1/choices/0/text", "zh", "好"));
    REQUIRE(e.deleteNode("plan"));
    while (e.undo()) {
    }
    CHECK(e.text() == original);
    CHECK_FALSE(e.dirty());
    REQUIRE(e.redo());
    REQUIRE(e.redo());
    REQUIRE(e.setGrade("call", 0, "P1", 1));
    CHECK_FALSE(e.canRedo());
    CHECK(e.hasNode("n1"));
    CHECK(e.json()["nodes"]["n1"]["choices"].size() == 1);
}

TEST_CASE("files: every shipped scenario saves as pretty JSON that loads the same and saves byte-stable") {
    TempFolder dir;
    std::vector<std::string> files = scenarioFiles(std::string(FRONTLINE_TEST_DIR) + "/../scenarios");
    REQUIRE(files.size() >= 3);
    for (const std::string& file : files) {
        auto opened = ScenarioEdit::open(file);
        REQUIRE_MESSAGE(opened.edit, file);
        const std::string copy = (dir.path / std::filesystem::path(file).filename()).string();
        std::string error;
        REQUIRE_MESSAGE(opened.edit->saveAs(copy, &error), error);
        const std::string first = readFile(copy);
        CHECK(first.rfind("{\n  \"", 0) == 0);
        CHECK(first.back() == '\n');
        CHECK(Json::parse(first) == Json::parse(readFile(file)));  // same content, key order included

        auto again = ScenarioEdit::open(copy);
        REQUIRE(again.edit);
        CHECK_FALSE(again.edit->dirty());
        REQUIRE(again.edit->save(&error));
        CHECK_MESSAGE(readFile(copy) == first, file);
        CHECK(readFile(copy + ".bak") == first);
    }
}

TEST_CASE("files: save keeps the previous file as .bak and is refused when the file changed on disk") {
    TempFolder dir;
    const std::string file = (dir.path / "s.json").string();
    const std::string original = readFile(kStarter);
    std::ofstream(file, std::ios::binary) << original;
    auto opened = ScenarioEdit::open(file);
    REQUIRE(opened.edit);
    ScenarioEdit& e = *opened.edit;
    CHECK_FALSE(e.changedOnDisk());

    REQUIRE(e.setText("/nodes/call/text", "en", "Edited."));
    std::string error;
    REQUIRE(e.save(&error));
    CHECK_FALSE(e.dirty());
    CHECK(readFile(file + ".bak") == original);
    CHECK(readFile(file).find("\"en\": \"Edited.\"") != std::string::npos);
    CHECK_FALSE(e.changedOnDisk());
    LoadResult load = loadScenarioFile(file, noAssets());
    CHECK(load.scenario);

    // Someone else writes the file: detected, and saving over it must be asked for.
    const std::string theirs = readFile(file) + " ";
    std::ofstream(file, std::ios::binary | std::ios::trunc) << theirs;
    CHECK(e.changedOnDisk());
    REQUIRE(e.setText("/nodes/call/text", "en", "Mine."));
    CHECK_FALSE(e.save(&error));
    CHECK(error == "'" + file + "' changed on disk since it was opened; reload it or save over it");
    CHECK(readFile(file) == theirs);  // nothing lost
    REQUIRE(e.save(&error, true));
    CHECK(readFile(file + ".bak") == theirs);
    CHECK_FALSE(e.changedOnDisk());

    // Touched but the same bytes: not a change. Gone: a change. Reload drops edits and history.
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(5));
    CHECK_FALSE(e.changedOnDisk());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << original;
    REQUIRE(e.setGrade("call", 0, "P1", 2));
    Diagnostics d;
    REQUIRE(e.reload(&d));
    CHECK(e.text() == scenarioJsonText(Json::parse(original)));
    CHECK_FALSE(e.dirty());
    CHECK_FALSE(e.canUndo());
    std::filesystem::remove(file);
    CHECK(e.changedOnDisk());
}

TEST_CASE("files: what cannot be opened says why; the node a diagnostic's pointer names") {
    TempFolder dir;
    auto missing = ScenarioEdit::open((dir.path / "none.json").string());
    CHECK_FALSE(missing.edit);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].rule == "io-error");
    const std::string bad = (dir.path / "bad.json").string();
    std::ofstream(bad) << "{\"nodes\": ";
    auto broken = ScenarioEdit::open(bad);
    CHECK_FALSE(broken.edit);
    REQUIRE_FALSE(broken.diagnostics.empty());
    CHECK(broken.diagnostics[0].rule == "json-syntax");
    std::ofstream(bad, std::ios::trunc) << "[1]";
    auto array = ScenarioEdit::open(bad);
    CHECK_FALSE(array.edit);
    REQUIRE(array.diagnostics.size() == 1);
    CHECK(array.diagnostics[0].message == "a scenario is a JSON object");

    CHECK(nodeOfPointer("/nodes/call/choices/0/next") == "call");
    CHECK(nodeOfPointer("/nodes/a~1b~0c") == "a/b~c");
    CHECK(nodeOfPointer("/start").empty());
}
