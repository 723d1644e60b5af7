// Translating a scenario with the tools translators use: every text a player reads, with a stable id (its JSON
// Pointer), exported as gettext PO (msgctxt = id, msgid = the source locale's text, msgstr = the target's) or CSV,
// and a translated PO merged back into the file by replacing only those texts' values, so the rest of the file,
// its layout included, stays byte for byte as it was.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace frontline::core {

struct TranslatableText {
    std::string id;                               // JSON Pointer of the text, e.g. /nodes/call/choices/0/text
    std::map<std::string, std::string> byLocale;  // "" for a plain (untranslated) string
    int line = 0;                                 // where it is in the scenario file
};

struct TextCatalog {
    std::vector<TranslatableText> texts;  // in file order
    Diagnostics diagnostics;              // when the file cannot be read or parsed
};

TextCatalog collectTexts(const std::string& scenarioFile);

// PO for translating `from` into `to`: one entry per text, msgctxt its id, a reference to its line; msgstr empty
// where `to` is missing. A plain string is the msgid, with an empty msgstr.
std::string toPo(const TextCatalog& catalog, const std::string& scenarioFile, std::string_view from,
                 std::string_view to);
// CSV (RFC 4180): id, then one column per locale found.
std::string toCsv(const TextCatalog& catalog);

struct PoEntry {
    std::string context, id, str;
    bool fuzzy = false;
    int line = 0;
};
// Entries of a PO file (header skipped); syntax errors as po-syntax diagnostics with line numbers.
std::vector<PoEntry> parsePo(std::string_view text, const std::string& file, Diagnostics& out);

struct MergeResult {
    std::string text;                  // the scenario file with the translations in
    int updated = 0;                   // texts whose `to` changed
    std::vector<std::string> missing;  // ids with no translation (not in the PO, or an empty msgstr)
    std::vector<std::string> stale;    // PO entries whose id is gone, or whose msgid no longer is the source text
    Diagnostics diagnostics;
};
// Merges the translations into `to`, writing each translated text as {"<from>": …, "<to>": …} in the file's
// existing locale order. Fuzzy entries are not merged (counted as missing).
MergeResult mergeTranslation(const std::string& scenarioFile, const std::vector<PoEntry>& entries,
                             std::string_view from, std::string_view to);

}  // namespace frontline::core
