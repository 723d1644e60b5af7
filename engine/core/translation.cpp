#include "translation.h"

#include <algorithm>
#include <set>

#include "diagnostic_rules.h"
#include "file_read.h"
#include "json_document.h"

namespace frontline::core {

namespace {

using Json = nlohmann::ordered_json;

// The texts a player reads, by where they sit in the format (docs/scenario-format.md).
void collect(const JsonDocument& doc, std::vector<TranslatableText>& out) {
    auto add = [&](const Json& v, const std::string& pointer) {
        TranslatableText t;
        t.id = pointer;
        if (v.is_string()) {
            t.byLocale[""] = v.get<std::string>();
        } else if (v.is_object()) {
            for (const auto& [locale, text] : v.items())
                if (text.is_string()) t.byLocale[locale] = text.get<std::string>();
        } else {
            return;
        }
        t.line = doc.valuePosition(pointer).line;
        out.push_back(std::move(t));
    };
    auto member = [&](const Json& object, const std::string& pointer, const char* key) {
        if (object.is_object() && object.contains(key)) add(object[key], appendPointer(pointer, key));
    };
    const Json& root = doc.root;
    if (!root.is_object()) return;
    for (const char* key : {"title", "summary", "real_case"}) member(root, "", key);
    if (root.contains("acts") && root["acts"].is_array())
        for (std::size_t i = 0; i < root["acts"].size(); ++i)
            member(root["acts"][i], appendPointer("/acts", i), "title");
    if (root.contains("characters") && root["characters"].is_object())
        for (const auto& [id, c] : root["characters"].items())
            for (const char* key : {"name", "role", "organisation"}) member(c, appendPointer("/characters", id), key);
    if (root.contains("nodes") && root["nodes"].is_object())
        for (const auto& [id, n] : root["nodes"].items()) {
            const std::string np = appendPointer("/nodes", id);
            member(n, np, "title");
            member(n, np, "text");
            if (!n.is_object() || !n.contains("choices") || !n["choices"].is_array()) continue;
            for (std::size_t i = 0; i < n["choices"].size(); ++i) {
                const std::string cp = appendPointer(np + "/choices", i);
                member(n["choices"][i], cp, "text");
                member(n["choices"][i], cp, "feedback");
            }
        }
    if (root.contains("rules") && root["rules"].is_array())
        for (std::size_t i = 0; i < root["rules"].size(); ++i)
            member(root["rules"][i], appendPointer("/rules", i), "feedback");
}

std::string poString(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += c;
        }
    }
    return out + "\"";
}

std::string textIn(const TranslatableText& t, std::string_view locale) {
    auto it = t.byLocale.find(std::string(locale));
    if (it != t.byLocale.end()) return it->second;
    it = t.byLocale.find("");
    return it != t.byLocale.end() ? it->second : std::string{};
}

// A compact one-line JSON text with a space after each ':' and ',', as the shipped files write inline texts.
std::string inlineJson(const Json& value) {
    const std::string compact = value.dump(-1, ' ', false);
    std::string out;
    bool inString = false;
    for (std::size_t i = 0; i < compact.size(); ++i) {
        char c = compact[i];
        out += c;
        if (inString) {
            if (c == '\\')
                out += compact[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ':' || c == ',') {
            out += ' ';
        }
    }
    return out;
}

// The end of the JSON value starting at `at` in a syntactically valid text.
std::size_t valueEnd(const std::string& text, std::size_t at) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = at; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"' && (inString = false, depth == 0))
                return i + 1;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        else if (depth == 0 && (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
            return i;
    }
    return text.size();
}

// Parses one PO string literal starting at s[i] == '"'; returns false when it is not one.
bool poLiteral(std::string_view s, std::size_t& i, std::string& out) {
    if (i >= s.size() || s[i] != '"') return false;
    for (++i; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"') {
            ++i;
            return true;
        }
        if (c == '\\' && i + 1 < s.size()) {
            char e = s[++i];
            out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
            out += c;
        }
    }
    return false;
}

// The scenario file, parsed with positions; read and syntax errors into `out`.
std::optional<JsonDocument> readDocument(const std::string& scenarioFile, Diagnostics& out) {
    FileRead file = readInputFile(scenarioFile, kMaxScenarioBytes, "scenario");
    if (!file.ok()) {
        out.push_back(makeDiagnostic(rules::ioError, scenarioFile, "", file.message));
        return std::nullopt;
    }
    auto parsed = parseJsonDocument(file.bytes, scenarioFile);
    out = std::move(parsed.diagnostics);
    return std::move(parsed.document);
}

}  // namespace

TextCatalog collectTexts(const std::string& scenarioFile) {
    TextCatalog catalog;
    if (auto doc = readDocument(scenarioFile, catalog.diagnostics)) collect(*doc, catalog.texts);
    return catalog;
}

std::string toPo(const TextCatalog& catalog, const std::string& scenarioFile, std::string_view from,
                 std::string_view to) {
    std::string out =
        "# Frontline scenario texts: " + scenarioFile +
        "\n# msgctxt is each text's id (its JSON Pointer); translate msgstr only.\nmsgid \"\"\nmsgstr \"\"\n";
    for (const std::string& field :
         {std::string("Project-Id-Version: ") + scenarioFile, std::string("PO-Revision-Date: 2000-01-01 00:00+0000"),
          std::string("Last-Translator: none"), std::string("Language-Team: none"), "Language: " + std::string(to),
          std::string("MIME-Version: 1.0"), std::string("Content-Type: text/plain; charset=UTF-8"),
          std::string("Content-Transfer-Encoding: 8bit"), "X-Source-Language: " + std::string(from)})
        out += poString(field + "\n") + "\n";
    for (const TranslatableText& t : catalog.texts) {
        const std::string source = textIn(t, from);
        if (source.empty()) continue;
        auto target = t.byLocale.find(std::string(to));
        out += "\n#: " + scenarioFile + ":" + std::to_string(t.line) + "\n";
        out += "msgctxt " + poString(t.id) + "\nmsgid " + poString(source) + "\nmsgstr " +
               poString(target == t.byLocale.end() ? "" : target->second) + "\n";
    }
    return out;
}

std::string toCsv(const TextCatalog& catalog) {
    std::set<std::string> locales;
    for (const auto& t : catalog.texts)
        for (const auto& [l, s] : t.byLocale) locales.insert(l);
    auto cell = [](const std::string& s) {
        std::string out = "\"";
        for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    std::string out = "id";
    for (const auto& l : locales) out += "," + (l.empty() ? std::string("plain") : l);
    out += "\r\n";
    for (const auto& t : catalog.texts) {
        out += cell(t.id);
        for (const auto& l : locales) {
            auto it = t.byLocale.find(l);
            out += "," + cell(it == t.byLocale.end() ? "" : it->second);
        }
        out += "\r\n";
    }
    return out;
}

std::vector<PoEntry> parsePo(std::string_view text, const std::string& file, Diagnostics& out) {
    std::vector<PoEntry> entries;
    PoEntry current;
    std::string* field = nullptr;
    bool fuzzyNext = false;
    bool sawStr = false;
    int lineNo = 0;
    auto flush = [&] {
        if (!current.id.empty()) entries.push_back(current);  // the header has an empty msgid
        current = PoEntry{};
        field = nullptr;
        sawStr = false;
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view line =
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        start = end == std::string_view::npos ? text.size() + 1 : end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if (line[0] == '#') {
            if (line.starts_with("#,") && line.find("fuzzy") != std::string_view::npos) fuzzyNext = true;
            continue;
        }
        std::size_t i = 0;
        std::string* target = nullptr;
        for (auto [keyword, slot] : {std::pair{"msgctxt ", &current.context}, std::pair{"msgid ", &current.id},
                                     std::pair{"msgstr ", &current.str}}) {
            if (!line.starts_with(keyword)) continue;
            // A new entry starts at its msgctxt, or at a msgid that follows a msgstr.
            if (slot == &current.context || (slot == &current.id && sawStr)) flush();
            sawStr = slot == &current.str;
            if (slot != &current.str) current.line = current.line ? current.line : lineNo;
            current.fuzzy = current.fuzzy || fuzzyNext;
            if (slot == &current.str) fuzzyNext = false;
            i = std::string_view(keyword).size();
            target = slot;
        }
        if (!target && line[0] == '"') target = field;
        if (!target) {
            out.push_back(makeDiagnostic(rules::poSyntax, file, "",
                                         "line " + std::to_string(lineNo) + ": not a PO keyword or string"));
            continue;
        }
        std::string piece;
        if (!poLiteral(line, i, piece)) {
            out.push_back(
                makeDiagnostic(rules::poSyntax, file, "", "line " + std::to_string(lineNo) + ": unterminated string"));
            continue;
        }
        *target += piece;
        field = target;
    }
    flush();
    return entries;
}

MergeResult mergeTranslation(const std::string& scenarioFile, const std::vector<PoEntry>& entries,
                             std::string_view from, std::string_view to) {
    MergeResult result;
    const std::optional<JsonDocument> parsed = readDocument(scenarioFile, result.diagnostics);
    if (!parsed) return result;
    const JsonDocument& doc = *parsed;
    std::vector<TranslatableText> texts;
    collect(doc, texts);

    std::map<std::string, const PoEntry*> byId;
    for (const PoEntry& e : entries) byId[e.context] = &e;
    struct Splice {
        std::size_t begin, end;
        std::string with;
    };
    std::vector<Splice> splices;
    std::set<std::string> known;
    for (const TranslatableText& t : texts) {
        known.insert(t.id);
        const std::string source = textIn(t, from);
        auto it = byId.find(t.id);
        if (it == byId.end() || it->second->fuzzy || it->second->str.empty()) {
            if (!source.empty() && !t.byLocale.count(std::string(to))) result.missing.push_back(t.id);
            continue;
        }
        if (it->second->id != source) {
            result.stale.push_back(t.id + " (its source text changed since the export)");
            if (!t.byLocale.count(std::string(to))) result.missing.push_back(t.id);
            continue;
        }
        auto current = t.byLocale.find(std::string(to));
        if (current != t.byLocale.end() && current->second == it->second->str) continue;
        // The text's new value, in the file's own locale order where it has one.
        Json value = Json::object();
        const Json& old = doc.root.at(Json::json_pointer(t.id));
        if (old.is_object())
            value = old;
        else
            value[std::string(from)] = source;
        value[std::string(to)] = it->second->str;
        auto begin = doc.valueOffset(t.id);
        if (!begin) continue;
        splices.push_back({*begin, valueEnd(doc.text(), *begin), inlineJson(value)});
        ++result.updated;
    }
    for (const PoEntry& e : entries)
        if (!known.count(e.context)) result.stale.push_back(e.context + " (no such text in the scenario)");
    std::sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.begin > b.begin; });
    result.text = doc.text();
    for (const Splice& s : splices) result.text.replace(s.begin, s.end - s.begin, s.with);
    return result;
}

}  // namespace frontline::core
