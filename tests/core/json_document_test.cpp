// The located reader must accept exactly the strict JSON that nlohmann::json accepts (apart from the two
// refusals it adds on purpose: duplicate keys and nesting deeper than the limit), on many damaged variants of
// real files: a disagreement means a scenario the game refuses that is valid JSON, or the reverse.
#include "core/json_document.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic_rules.h"
#include "core/json_reader.h"

using namespace frontline::core;

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A small deterministic generator (xorshift64*), so every run checks the same inputs.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717ULL;
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

// One damage of the kind an editor or a cut-off copy makes: a byte deleted, replaced, inserted or a span repeated.
std::string mutate(std::string text, Random& random) {
    static const std::string alphabet = "{}[]\",:\\ \n0123456789-+.eEtrufalsn\x7f\xc3\xa9\xe4\xb8\xad\xff";
    const std::size_t at = random.below(text.size() + 1);
    switch (random.below(5)) {
        case 0:
            if (at < text.size()) text.erase(at, 1);
            break;
        case 1:
            if (at < text.size()) text[at] = alphabet[random.below(alphabet.size())];
            break;
        case 2:
            text.insert(at, 1, alphabet[random.below(alphabet.size())]);
            break;
        case 3: {
            const std::size_t from = random.below(text.size());
            text.insert(at, text.substr(from, 1 + random.below(12)));
            break;
        }
        default:
            text.resize(at);  // truncated
    }
    return text;
}

bool refusedOnPurpose(const JsonParseResult& r) {
    for (const Diagnostic& d : r.diagnostics)
        if (is(d, rules::duplicateKey) || d.message.find("nested") != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the located JSON reader agrees with nlohmann::json::accept on damaged real files") {
    std::vector<std::string> originals;
    for (const char* name : {"tests/fixtures/valid/minimal.json", "assets/scenes/office.json",
                             "assets/characters/tm-cto.json", "scenarios/rubric.json"})
        originals.push_back(readFile(std::filesystem::path(FRONTLINE_TEST_DIR) / ".." / name));
    Random random{0x9e3779b97f4a7c15ULL};
    int accepted = 0, refused = 0, onPurpose = 0;
    for (const std::string& original : originals) {
        REQUIRE_FALSE(original.empty());
        REQUIRE(parseJsonDocument(original, "original.json").document);
        for (int i = 0; i < 1500; ++i) {
            std::string text = original;
            for (std::size_t k = 1 + random.below(3); k > 0; --k) text = mutate(std::move(text), random);
            const JsonParseResult ours = parseJsonDocument(text, "mutated.json");
            const bool theirs = nlohmann::json::accept(text);
            if (!ours.document && theirs && refusedOnPurpose(ours)) {
                ++onPurpose;
                continue;
            }
            CAPTURE(text);
            REQUIRE(ours.document.has_value() == theirs);
            // A refusal always says where and why; an acceptance says nothing.
            CHECK(ours.diagnostics.empty() == theirs);
            if (!theirs) CHECK(ours.diagnostics.at(0).line > 0);
            ++(theirs ? accepted : refused);
        }
    }
    MESSAGE(accepted << " accepted, " << refused << " refused, " << onPurpose << " refused on purpose");
    CHECK(accepted > 300);  // the mutations must exercise both outcomes to mean anything
    CHECK(refused > 3000);
}

TEST_CASE("positions stay linear: a long key over many values, many errors on one long line") {
    SUBCASE("a 100 000-character key naming an array of 200 000 values") {
        // Each value's pointer is 100 000 characters long: stored as strings they took 20 GB.
        const std::string key(100000, 'k');
        std::string text = "{\"" + key + "\": [";
        for (int k = 0; k < 200000; ++k) text += k ? ",0" : "0";
        text += "]}";
        auto parsed = parseJsonDocument(text, "long.json");
        REQUIRE(parsed.document);
        const JsonDocument& doc = *parsed.document;
        CHECK(doc.positionIndexBytes() <= 200002 * 2 * 16);
        const std::string pointer = "/" + key;
        CHECK(doc.keyPosition(pointer).column == 2);
        CHECK(doc.valuePosition(pointer).column == 100006);
        CHECK(doc.valuePosition(pointer + "/0").column == 100007);
        CHECK(doc.valuePosition(pointer + "/199999").column == 100007 + 2 * 199999);
        CHECK(doc.valuePosition(pointer + "/200000").column == 100006);  // no such element: its array
    }
    SUBCASE("40 000 duplicate keys on one line: reported once per key up to the cap, columns without rescanning") {
        std::string text = "{";
        for (int k = 0; k < 40000; ++k) text += k ? ",\"a\":0" : "\"a\":0";
        text += "}";
        auto parsed = parseJsonDocument(text, "dup.json");
        REQUIRE(parsed.document);
        REQUIRE(parsed.diagnostics.size() == maxDuplicateKeyReports);
        CHECK(parsed.diagnostics[0].column == 8);
        CHECK(parsed.diagnostics[1].column == 14);
        CHECK(parsed.diagnostics.back().message.find("not reported") != std::string::npos);
        CHECK(parsed.diagnostics.back().pointer == "/a");
    }
    SUBCASE("columns of many values on one long line, with Chinese text before them") {
        std::string text = "[";
        for (int k = 0; k < 100000; ++k) text += k ? ",\"中文\"" : "\"中文\"";
        text += "]";
        auto parsed = parseJsonDocument(text, "wide.json");
        REQUIRE(parsed.document);
        const JsonDocument& doc = *parsed.document;
        for (int k = 0; k < 100000; k += 7) {
            TextPosition p = doc.valuePosition("/" + std::to_string(k));
            REQUIRE(p.line == 1);
            REQUIRE(p.column == 2 + 5 * k);
        }
        // Scanning each line from its start would be 14 286 × 600 KB on average; from a checkpoint it is ≤ 128 each.
        CHECK(doc.columnBytesScanned() <= 14286u * 2 * 64);
    }
}

TEST_CASE("did you mean: close ids are suggested, long words never (the work per candidate stays bounded)") {
    CHECK(closestMatch("recieve", {"receive", "reply", "refuse"}) == "receive");
    CHECK(closestMatch("call-bak", {"call", "call-back", "callback-2"}) == "call-back");
    CHECK(closestMatch("zzzzzz", {"call", "call-back"}).empty());
    std::string longId(kMaxSuggestedWordBytes + 1, 'n');
    std::string typo = longId;
    typo[10] = 'm';
    CHECK(closestMatch(typo, {longId}).empty());
    CHECK(closestMatch("n", {longId}).empty());
    std::string longestId(kMaxSuggestedWordBytes, 'n');
    std::string longestTypo = longestId;
    longestTypo[10] = 'm';
    CHECK(closestMatch(longestTypo, {longestId}) == longestId);
    // A 200 000-byte id against 1 000 candidates of the same length: a full edit distance each was 4·10¹³ steps.
    std::vector<std::string> huge(1000, std::string(200000, 'x'));
    CHECK(closestMatch(std::string(200000, 'y'), huge).empty());
}
