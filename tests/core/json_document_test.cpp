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
