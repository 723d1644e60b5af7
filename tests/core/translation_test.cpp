// Translation files: the PO reader, and merging a translation into a scenario by replacing only its texts.
#include "core/translation.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "temp_folder.h"

using namespace frontline::core;

TEST_CASE("PO reader: entries with context, continued strings and escapes; the header and fuzzy marks") {
    Diagnostics d;
    auto entries = parsePo(
        "msgid \"\"\nmsgstr \"\"\n\"Language: zh\\n\"\n\n"
        "#: s.json:3\nmsgctxt \"/title\"\nmsgid \"Pay\"\n\"day \\\"now\\\"\"\nmsgstr \"发薪日\"\n\n"
        "#, fuzzy\nmsgctxt \"/summary\"\nmsgid \"A\\nB\"\nmsgstr \"甲\"\n",
        "t.po", d);
    CHECK(d.empty());
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].context == "/title");
    CHECK(entries[0].id == "Payday \"now\"");
    CHECK(entries[0].str == "发薪日");
    CHECK_FALSE(entries[0].fuzzy);
    CHECK(entries[1].id == "A\nB");
    CHECK(entries[1].fuzzy);
}

TEST_CASE("PO reader: a line that is not PO is a po-syntax error with its line") {
    Diagnostics d;
    parsePo("msgctxt \"/a\"\nmsgid \"x\"\nmsgstr y\nhello\n", "bad.po", d);
    REQUIRE(d.size() == 2);
    CHECK(d[0].rule == "po-syntax");
    CHECK(d[0].message == "line 3: unterminated string");
    CHECK(d[1].message == "line 4: not a PO keyword or string");
}

TEST_CASE("merge: a translation replaces only its text's value, in the file's own layout") {
    TempFolder dir;
    const std::string file = (dir.path / "s.json").string();
    const std::string original =
        "{\n  \"title\": {\"en\": \"Pay\"},\n  \"summary\": \"Plain\",\n  \"x\": [1,   2]\n}\n";
    std::ofstream(file) << original;
    std::vector<PoEntry> entries{
        {"/title", "Pay", "发薪", false, 1}, {"/summary", "Plain", "平", false, 2}, {"/gone", "G", "g", false, 3}};
    MergeResult m = mergeTranslation(file, entries, "en", "zh");
    CHECK(m.updated == 2);
    CHECK(m.text ==
          "{\n  \"title\": {\"en\": \"Pay\", \"zh\": \"发薪\"},\n  \"summary\": {\"en\": \"Plain\", \"zh\": "
          "\"平\"},\n  \"x\": [1,   2]\n}\n");
    REQUIRE(m.stale.size() == 1);
    CHECK(m.stale[0] == "/gone (no such text in the scenario)");
    CHECK(m.missing.empty());
}
