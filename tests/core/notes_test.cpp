#include "core/notes.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace frontline::core;
namespace fs = std::filesystem;

namespace {

SessionNotes sample() {
    SessionNotes n;
    n.session = "desk-20261123T104555Z-42.json";
    n.notes.push_back({2, "先问清楚再回答。", "Coach Zhang", "2026-11-24T09:00:00Z"});
    n.notes.push_back({std::nullopt, "Good recovery after the outage call.", "", "2026-11-24T09:05:00Z"});
    return n;
}

// By value: the NotesLoad it comes from is a temporary.
Diagnostic onlyError(const NotesLoad& load) {
    REQUIRE_FALSE(load.notes);
    REQUIRE(load.diagnostics.size() == 1);
    return load.diagnostics.front();
}

}  // namespace

TEST_CASE("notes: the file sits beside the session, named after it") {
    CHECK(notesPathFor("/s/desk-20261123T104555Z-42.json") == "/s/desk-20261123T104555Z-42.notes.json");
    CHECK(notesPathFor("session.txt") == "session.txt.notes.json");
}

TEST_CASE("notes: serialize then parse gives back every note, in order") {
    SessionNotes n = sample();
    NotesLoad back = parseNotes(serializeNotes(n), "x.notes.json");
    REQUIRE(back.notes);
    CHECK(back.diagnostics.empty());
    CHECK(back.notes->session == n.session);
    REQUIRE(back.notes->notes.size() == 2);
    CHECK(back.notes->notes[0].decision == 2);
    CHECK(back.notes->notes[0].text == "先问清楚再回答。");
    CHECK(back.notes->notes[0].author == "Coach Zhang");
    CHECK_FALSE(back.notes->notes[1].decision);
    CHECK(notesOn(*back.notes, 2).size() == 1);
    CHECK(notesOn(*back.notes, std::nullopt).size() == 1);
    CHECK(notesOn(*back.notes, 1).empty());
}

TEST_CASE("notes: bookmarks round-trip beside the notes; older files without them still load") {
    SessionNotes n = sample();
    setBookmarks(n, {5, 2, 5, 1});
    CHECK(n.bookmarks == std::vector<int>{1, 2, 5});
    const std::string text = serializeNotes(n);
    CHECK(text.find("\"bookmarks\": [\n    1,\n    2,\n    5\n  ]") != std::string::npos);
    NotesLoad back = parseNotes(text, "x.notes.json");
    REQUIRE(back.notes);
    CHECK(back.diagnostics.empty());
    CHECK(back.notes->bookmarks == std::vector<int>{1, 2, 5});
    CHECK(back.notes->notes.size() == 2);  // the notes are kept beside them

    // A file written before bookmarks existed: no key, no bookmarks; written again without bookmarks, unchanged.
    const std::string old =
        "{\"format\": 1, \"session\": \"s.json\", \"notes\": [{\"decision\": 2, \"text\": \"t\", \"author\": "
        "\"\", \"time\": \"\"}]}";
    NotesLoad before = parseNotes(old, "n.json");
    REQUIRE(before.notes);
    CHECK(before.notes->bookmarks.empty());
    CHECK(serializeNotes(*before.notes).find("bookmarks") == std::string::npos);

    SUBCASE("a bookmark that is not a number") {
        const Diagnostic d = onlyError(parseNotes(
            "{\"format\": 1, \"session\": \"s.json\", \"notes\": [],\n \"bookmarks\": [1, \"two\"]}", "n.json"));
        CHECK(d.rule == "notes-field-type");
        CHECK(d.pointer == "/bookmarks/1");
        CHECK(d.line == 2);
    }
    SUBCASE("bookmark 0") {
        const Diagnostic d = onlyError(
            parseNotes("{\"format\": 1, \"session\": \"s.json\", \"notes\": [], \"bookmarks\": [0]}", "n.json"));
        CHECK(d.rule == "notes-field-value");
        CHECK(d.message.find("bookmark 0") != std::string::npos);
    }
    SUBCASE("bookmarks that are not a list") {
        const Diagnostic d = onlyError(
            parseNotes("{\"format\": 1, \"session\": \"s.json\", \"notes\": [], \"bookmarks\": 3}", "n.json"));
        CHECK(d.rule == "notes-field-type");
        CHECK(d.pointer == "/bookmarks");
    }
}

TEST_CASE("notes: bad files give one located diagnostic each") {
    SUBCASE("not JSON") {
        const Diagnostic d = onlyError(parseNotes("{\"format\": 1,", "n.json"));
        CHECK(d.rule == "notes-json-syntax");
        CHECK(d.line == 1);
    }
    SUBCASE("a decision that is not a number") {
        const Diagnostic d = onlyError(parseNotes(
            "{\"format\": 1, \"session\": \"s.json\",\n \"notes\": [{\"decision\": \"two\", \"text\": \"t\", "
            "\"author\": \"\", \"time\": \"\"}]}",
            "n.json"));
        CHECK(d.rule == "notes-field-type");
        CHECK(d.pointer == "/notes/0/decision");
        CHECK(d.line == 2);
        CHECK(d.column == 25);
    }
    SUBCASE("decision 0") {
        const Diagnostic d = onlyError(parseNotes(
            "{\"format\": 1, \"session\": \"s.json\", \"notes\": [{\"decision\": 0, \"text\": \"t\", \"author\": \"\", "
            "\"time\": \"\"}]}",
            "n.json"));
        CHECK(d.rule == "notes-field-value");
    }
    SUBCASE("a missing text") {
        const Diagnostic d =
            onlyError(parseNotes("{\"format\": 1, \"session\": \"s.json\", \"notes\": [{\"decision\": null, "
                                 "\"author\": \"\", \"time\": \"\"}]}",
                                 "n.json"));
        CHECK(d.rule == "notes-missing-field");
        CHECK(d.pointer == "/notes/0");
    }
    SUBCASE("another format") {
        const Diagnostic d = onlyError(parseNotes("{\"format\": 2, \"session\": \"s.json\", \"notes\": []}", "n.json"));
        CHECK(d.rule == "notes-field-value");
        CHECK(d.message.find("unsupported notes format 2") != std::string::npos);
    }
    SUBCASE("a session file given as notes") {
        NotesLoad load = parseNotes("{\"format\": 1, \"player\": \"Li\", \"events\": []}", "n.json");
        REQUIRE_FALSE(load.notes);
        CHECK(load.diagnostics.front().rule == "notes-missing-field");
    }
}

TEST_CASE("notes: a missing file is no notes; saving writes only the notes file") {
    std::string tmpl = (fs::temp_directory_path() / "frontline-notes-XXXXXX").string();
    fs::path dir = ::mkdtemp(tmpl.data());
    const std::string session = (dir / "s.json").string();
    { std::ofstream(session) << "{\"recorded\": true}\n"; }
    NotesLoad none = loadNotes(notesPathFor(session), "s.json");
    REQUIRE(none.notes);
    CHECK(none.notes->notes.empty());
    CHECK(none.notes->session == "s.json");

    std::string error;
    REQUIRE(saveNotesAtomically(sample(), notesPathFor(session), &error));
    NotesLoad back = loadNotes(notesPathFor(session), "s.json");
    REQUIRE(back.notes);
    CHECK(back.notes->notes.size() == 2);
    std::ifstream in(session);
    std::ostringstream text;
    text << in.rdbuf();
    CHECK(text.str() == "{\"recorded\": true}\n");
    int files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 2);  // the session and its notes, no temp file left behind

    CHECK_FALSE(saveNotesAtomically(sample(), (dir / "no-such-dir" / "n.json").string(), &error));
    CHECK(error.find("cannot save") != std::string::npos);

    // A notes file that exists but cannot be read is an error, never "no notes".
    fs::create_directory(dir / "d.notes.json");
    NotesLoad unreadable = loadNotes((dir / "d.notes.json").string(), "d.json");
    CHECK_FALSE(unreadable.notes);
    REQUIRE(unreadable.diagnostics.size() == 1);
    CHECK(unreadable.diagnostics[0].rule == "notes-unreadable");
    CHECK(unreadable.diagnostics[0].message.find("cannot read the notes file") != std::string::npos);
    fs::remove_all(dir);
}
