#include "json_reader.h"

#include <algorithm>
#include <cmath>

namespace frontline::core {

namespace {

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

void sortDiagnostics(Diagnostics& d) {
    std::stable_sort(d.begin(), d.end(), [](const Diagnostic& a, const Diagnostic& b) {
        auto key = [](const Diagnostic& x) { return std::pair(x.line == 0 ? 1 << 30 : x.line, x.column); };
        return key(a) < key(b);
    });
}

std::string describeJsonType(const Json& v) {
    switch (v.type()) {
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "an array";
        case Json::value_t::string: {
            const auto& s = v.get_ref<const std::string&>();
            return s.size() <= 20 ? "the string \"" + s + "\"" : "a string";
        }
        case Json::value_t::boolean:
            return v.get<bool>() ? "true" : "false";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return "the number " + v.dump();
        case Json::value_t::null:
            return "null";
        default:
            return "nothing";
    }
}

void JsonReader::report(const DiagnosticRule& rule, const std::string& pointer, TextPosition at, std::string message) {
    m_out.push_back(makeDiagnostic(rule, m_file, pointer, std::move(message), at.line, at.column));
}

bool JsonReader::expectObject(const Json& v, const std::string& pointer) {
    if (v.is_object()) return true;
    report(rules::wrongType, pointer, "expected an object, found " + describeJsonType(v));
    return false;
}

bool JsonReader::expectArray(const Json& v, const std::string& pointer) {
    if (v.is_array()) return true;
    report(rules::wrongType, pointer, "expected an array, found " + describeJsonType(v));
    return false;
}

const Json* JsonReader::member(const Json& object, const std::string& pointer, std::string_view key, bool required,
                               const DiagnosticRule& missingRule) {
    if (!object.is_object()) return nullptr;
    auto it = object.find(std::string(key));
    if (it != object.end()) return &*it;
    if (required) report(missingRule, pointer, "missing required key '" + std::string(key) + "'");
    return nullptr;
}

void JsonReader::checkKeys(const Json& object, const std::string& pointer,
                           std::initializer_list<std::string_view> allowed, std::string_view effectsKey) {
    if (!object.is_object()) return;
    std::vector<std::string> names(allowed.begin(), allowed.end());
    for (const auto& [key, value] : object.items()) {
        if (std::find(names.begin(), names.end(), key) != names.end()) continue;
        if (key == "comment") {
            checkComment(value, appendPointer(pointer, key));
            continue;
        }
        std::string suggestion = didYouMeanKey(key, names);
        if (!effectsKey.empty() && closestMatch(key, names) == effectsKey) {
            reportAtKey(rules::unknownEffect, appendPointer(pointer, key),
                        "unknown key '" + key + "': its effects would be dropped silently" + suggestion);
            continue;
        }
        reportAtKey(rules::unknownKey, appendPointer(pointer, key),
                    "unknown key '" + key + "' is ignored" + suggestion);
    }
}

void JsonReader::checkComment(const Json& v, const std::string& pointer) {
    bool ok = v.is_string();
    if (v.is_array()) ok = std::all_of(v.begin(), v.end(), [](const Json& line) { return line.is_string(); });
    if (!ok)
        report(rules::wrongType, pointer, "a comment is a string or an array of strings, found " + describeJsonType(v));
}

std::optional<std::string> JsonReader::string(const Json& v, const std::string& pointer) {
    if (v.is_string()) return v.get<std::string>();
    report(rules::wrongType, pointer, "expected a string, found " + describeJsonType(v));
    return std::nullopt;
}

std::optional<int> JsonReader::integer(const Json& v, const std::string& pointer) {
    if (v.is_number_integer()) {
        bool huge = v.is_number_unsigned() && v.get<unsigned long long>() > 1000000000ULL;
        auto n = v.get<long long>();
        if (!huge && n >= -1000000000LL && n <= 1000000000LL) return static_cast<int>(n);
        report(rules::valueRange, pointer, "integer " + v.dump() + " is too large");
        return std::nullopt;
    }
    report(rules::wrongType, pointer, "expected an integer, found " + describeJsonType(v));
    return std::nullopt;
}

std::optional<double> JsonReader::number(const Json& v, const std::string& pointer) {
    if (v.is_number()) return v.get<double>();
    report(rules::wrongType, pointer, "expected a number, found " + describeJsonType(v));
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const Json& v, const std::string& pointer) {
    if (v.is_boolean()) return v.get<bool>();
    report(rules::wrongType, pointer, "expected true or false, found " + describeJsonType(v));
    return std::nullopt;
}

LocalizedText JsonReader::text(const Json& v, const std::string& pointer, const std::vector<std::string>& locales) {
    LocalizedText out;
    if (v.is_string()) {
        auto s = v.get<std::string>();
        if (isBlank(s)) report(rules::emptyText, pointer, "text is empty");
        return LocalizedText::Map{{"", std::move(s)}};
    }
    if (!v.is_object()) {
        report(rules::wrongType, pointer,
               "expected a text (a string, or an object with one string per locale), found " + describeJsonType(v));
        return out;
    }
    LocalizedText::Map texts;
    for (const auto& [locale, value] : v.items()) {
        std::string child = appendPointer(pointer, locale);
        if (std::find(locales.begin(), locales.end(), locale) == locales.end()) {
            reportAtKey(
                rules::unknownKey, child,
                "locale '" + locale + "' is not declared in \"locales\"; it is ignored" + didYouMean(locale, locales));
            continue;
        }
        if (!value.is_string()) {
            report(rules::wrongType, child, "expected a string, found " + describeJsonType(value));
            continue;
        }
        auto s = value.get<std::string>();
        if (isBlank(s)) report(rules::emptyText, child, "the '" + locale + "' text is empty");
        texts[locale] = std::move(s);
    }
    out = std::move(texts);
    for (const auto& locale : locales)
        if (!v.contains(locale))
            report(rules::missingLocale, pointer, "text has no '" + locale + "' version (\"locales\" lists it)");
    return out;
}

}  // namespace frontline::core
