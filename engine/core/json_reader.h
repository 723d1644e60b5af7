// Typed reading of a JsonDocument with located diagnostics: the shared vocabulary of the scenario and
// rubric loaders (wrong-type, missing-key, unknown-key with "did you mean", empty-text, missing-locale).
// Every getter reports its own problem and returns nothing, so callers simply skip what is broken.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "diagnostic_rules.h"
#include "json_document.h"
#include "localized_text.h"
#include "suggest.h"

namespace frontline::core {

using Json = nlohmann::ordered_json;

// Stable sort by line, then column; diagnostics without a position go last.
void sortDiagnostics(Diagnostics& diagnostics);

// "a string", "an object", ... for messages.
std::string describeJsonType(const Json& v);

class JsonReader {
public:
    JsonReader(const JsonDocument& doc, std::string file, Diagnostics& out)
        : m_doc(doc), m_file(std::move(file)), m_out(out) {}

    const JsonDocument& document() const { return m_doc; }
    const std::string& file() const { return m_file; }

    // At the value `pointer` names; at its key (for problems with the key itself); at a given position.
    void report(const DiagnosticRule& rule, const std::string& pointer, std::string message) {
        report(rule, pointer, m_doc.valuePosition(pointer), std::move(message));
    }
    void reportAtKey(const DiagnosticRule& rule, const std::string& pointer, std::string message) {
        report(rule, pointer, m_doc.keyPosition(pointer), std::move(message));
    }
    void report(const DiagnosticRule& rule, const std::string& pointer, TextPosition at, std::string message);

    // wrong-type unless `v` is an object / array.
    bool expectObject(const Json& v, const std::string& pointer);
    bool expectArray(const Json& v, const std::string& pointer);

    // The member `key` of `object`; reports missing-key (at the object) when `required` and absent.
    const Json* member(const Json& object, const std::string& pointer, std::string_view key, bool required,
                       const DiagnosticRule& missingRule = rules::missingKey);

    // unknown-key warnings for members not in `allowed`, with a suggestion. Every object whose keys the format
    // fixes also takes a "comment" (a string or an array of strings), which nothing reads. A misspelling of
    // `effectsKey` is an unknown-effect error instead: the effects it holds would be dropped without a sound.
    void checkKeys(const Json& object, const std::string& pointer, std::initializer_list<std::string_view> allowed,
                   std::string_view effectsKey = {});
    void checkComment(const Json& v, const std::string& pointer);

    std::optional<std::string> string(const Json& v, const std::string& pointer);
    std::optional<int> integer(const Json& v, const std::string& pointer);
    std::optional<double> number(const Json& v, const std::string& pointer);
    std::optional<bool> boolean(const Json& v, const std::string& pointer);

    // A text: a plain string or an object with one string per locale. Reports wrong-type, empty-text,
    // missing-locale (for each of `locales` absent) and unknown-key (a locale not in `locales`).
    LocalizedText text(const Json& v, const std::string& pointer, const std::vector<std::string>& locales);

private:
    const JsonDocument& m_doc;
    std::string m_file;
    Diagnostics& m_out;
};

}  // namespace frontline::core
