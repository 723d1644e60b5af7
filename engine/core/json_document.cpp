#include "json_document.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <unordered_set>

#include "utf8.h"

namespace frontline::core {

using Json = nlohmann::ordered_json;

std::string appendPointer(const std::string& base, std::string_view token) {
    std::string out = base;
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string appendPointer(const std::string& base, std::size_t index) {
    return base + "/" + std::to_string(index);
}

namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

std::uint64_t hashByte(std::uint64_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
}

// The hash of `pointer` + "/" + `token`, escaped as appendPointer does, from the hash of `pointer`.
std::uint64_t hashChild(std::uint64_t h, std::string_view token) {
    h = hashByte(h, '/');
    for (char c : token) {
        if (c == '~') {
            h = hashByte(hashByte(h, '~'), '0');
        } else if (c == '/') {
            h = hashByte(hashByte(h, '~'), '1');
        } else {
            h = hashByte(h, c);
        }
    }
    return h;
}

std::uint64_t hashChild(std::uint64_t h, std::size_t index) {
    char digits[24];
    auto r = std::to_chars(digits, digits + sizeof digits, index);
    h = hashByte(h, '/');
    for (const char* c = digits; c != r.ptr; ++c) h = hashByte(h, *c);
    return h;
}

std::uint64_t hashPointer(std::string_view pointer) {
    std::uint64_t h = kFnvOffset;
    for (char c : pointer) h = hashByte(h, c);
    return h;
}

std::string_view parentPointer(std::string_view pointer) {
    auto slash = pointer.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : pointer.substr(0, slash);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

struct JsonParser {
    JsonDocument& doc;
    std::string_view s;
    const std::string& fileName;
    int maxDepth;
    const DiagnosticRule& syntaxRule;
    Diagnostics& diagnostics;
    std::size_t pos = 0;
    bool failed = false;
    bool endedEarly = false;
    std::size_t duplicates = 0;
    // The path to the value being parsed (a key, or an index when `isIndex`), for the pointer of a duplicate key.
    struct Step {
        std::string key;
        std::size_t index = 0;
        bool isIndex = false;
    };
    std::vector<Step> path{};

    std::string currentPointer() const {
        std::string out;
        for (const auto& step : path)
            out = step.isIndex ? appendPointer(out, step.index) : appendPointer(out, step.key);
        return out;
    }

    void fail(std::size_t at, std::string message) {
        if (failed) return;
        failed = true;
        endedEarly = endedEarly || pos >= s.size();
        TextPosition p = doc.positionOf(at);
        diagnostics.push_back(makeDiagnostic(syntaxRule, fileName, "", std::move(message), p.line, p.column));
    }

    void skipSpace() {
        while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) ++pos;
    }

    std::string describeHere() const {
        if (pos >= s.size()) return "the end of the file";
        unsigned char c = static_cast<unsigned char>(s[pos]);
        if (c < 0x20) return "a control character";
        if (c >= 0x80) {
            std::size_t n = utf8SequenceLength(s, pos);
            return n ? "'" + std::string(s.substr(pos, n)) + "'" : "an invalid UTF-8 byte";
        }
        return "'" + std::string(1, static_cast<char>(c)) + "'";
    }

    void failExpected(const std::string& what) {
        std::string message = "expected " + what + ", found " + describeHere();
        if (pos < s.size()) {
            char c = s[pos];
            if (c == '/')
                message += " (JSON has no comments)";
            else if (c == '\'')
                message += " (JSON strings use double quotes)";
        }
        fail(pos, message);
    }

    // `pointer` is the hash of the value's JSON Pointer; `record` is false inside a duplicate key's value,
    // whose positions nothing asks for (the first keeps its own).
    bool parseValue(Json& out, std::uint64_t pointer, bool record, int depth) {
        skipSpace();
        if (record) doc.m_values.push_back({pointer, pos});
        if (pos >= s.size()) {
            failExpected("a value");
            return false;
        }
        char c = s[pos];
        switch (c) {
            case '{':
                return parseObject(out, pointer, record, depth + 1);
            case '[':
                return parseArray(out, pointer, record, depth + 1);
            case '"': {
                std::string str;
                if (!parseString(str)) return false;
                out = std::move(str);
                return true;
            }
            case 't':
                return parseLiteral("true", Json(true), out);
            case 'f':
                return parseLiteral("false", Json(false), out);
            case 'n':
                return parseLiteral("null", Json(nullptr), out);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return parseNumber(out);
                failExpected("a value (string, number, object, array, true, false or null)");
                return false;
        }
    }

    bool parseLiteral(std::string_view word, Json value, Json& out) {
        if (s.substr(pos, word.size()) != word) {
            failExpected("a value (string, number, object, array, true, false or null)");
            return false;
        }
        pos += word.size();
        out = std::move(value);
        return true;
    }

    bool parseNumber(Json& out) {
        std::size_t start = pos;
        auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
        bool integral = true;
        if (s[pos] == '-') ++pos;
        if (!digit(pos)) {
            failExpected("a digit");
            return false;
        }
        if (s[pos] == '0') {
            ++pos;
            if (digit(pos)) {
                fail(start, "numbers may not have leading zeros");
                return false;
            }
        } else {
            while (digit(pos)) ++pos;
        }
        if (pos < s.size() && s[pos] == '.') {
            integral = false;
            ++pos;
            if (!digit(pos)) {
                failExpected("a digit after the decimal point");
                return false;
            }
            while (digit(pos)) ++pos;
        }
        if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
            integral = false;
            ++pos;
            if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) ++pos;
            if (!digit(pos)) {
                failExpected("a digit in the exponent");
                return false;
            }
            while (digit(pos)) ++pos;
        }
        const char* first = s.data() + start;
        const char* last = s.data() + pos;
        if (integral) {
            std::int64_t v = 0;
            auto r = std::from_chars(first, last, v);
            if (r.ec == std::errc() && r.ptr == last) {
                out = v;
                return true;
            }
            std::uint64_t u = 0;  // above INT64_MAX: still exact (session seeds are unsigned 64-bit)
            r = std::from_chars(first, last, u);
            if (r.ec == std::errc() && r.ptr == last) {
                out = u;
                return true;
            }
        }
        double d = 0;
        auto r = std::from_chars(first, last, d);
        if (r.ec != std::errc() || r.ptr != last) {
            fail(start, "number is out of range");
            return false;
        }
        out = d;
        return true;
    }

    // At the opening quote; leaves pos after the closing quote.
    bool parseString(std::string& out) {
        std::size_t start = pos;
        ++pos;
        while (true) {
            if (pos >= s.size()) {
                fail(start, "unterminated string (missing closing '\"')");
                return false;
            }
            unsigned char c = static_cast<unsigned char>(s[pos]);
            if (c == '"') {
                ++pos;
                return true;
            }
            if (c < 0x20) {
                fail(pos, c == '\n' ? "line break inside a string (write \\n, or close the string with '\"')"
                                    : "control character inside a string (escape it)");
                return false;
            }
            if (c == '\\') {
                if (!parseEscape(out)) return false;
                continue;
            }
            std::size_t n = utf8SequenceLength(s, pos);
            if (n == 0) {
                fail(pos, "invalid UTF-8 in string (save the file as UTF-8)");
                return false;
            }
            out.append(s.substr(pos, n));
            pos += n;
        }
    }

    bool readHex4(std::size_t at, std::uint32_t& v) {
        v = 0;
        if (at + 4 > s.size()) return false;
        for (std::size_t k = 0; k < 4; ++k) {
            int h = hexValue(s[at + k]);
            if (h < 0) return false;
            v = v * 16 + static_cast<std::uint32_t>(h);
        }
        return true;
    }

    bool parseEscape(std::string& out) {
        std::size_t start = pos;
        if (pos + 1 >= s.size()) {
            endedEarly = true;
            fail(start, "unterminated escape sequence");
            return false;
        }
        char e = s[pos + 1];
        pos += 2;
        switch (e) {
            case '"':
                out += '"';
                return true;
            case '\\':
                out += '\\';
                return true;
            case '/':
                out += '/';
                return true;
            case 'b':
                out += '\b';
                return true;
            case 'f':
                out += '\f';
                return true;
            case 'n':
                out += '\n';
                return true;
            case 'r':
                out += '\r';
                return true;
            case 't':
                out += '\t';
                return true;
            case 'u': {
                std::uint32_t cp = 0;
                if (!readHex4(pos, cp)) {
                    fail(start, "\\u must be followed by four hex digits");
                    return false;
                }
                pos += 4;
                if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail(start, "lone low surrogate in \\u escape");
                    return false;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    std::uint32_t low = 0;
                    if (pos + 1 >= s.size() || s[pos] != '\\' || s[pos + 1] != 'u' || !readHex4(pos + 2, low) ||
                        low < 0xDC00 || low > 0xDFFF) {
                        fail(start, "high surrogate in \\u escape is not followed by a low surrogate");
                        return false;
                    }
                    pos += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                return true;
            }
            default: {
                std::size_t n = utf8SequenceLength(s, start + 1);
                fail(start, n ? "invalid escape '\\" + std::string(s.substr(start + 1, n)) + "'"
                              : std::string("invalid escape: '\\' followed by an invalid UTF-8 byte"));
                return false;
            }
        }
    }

    bool checkDepth(int depth) {
        if (depth > maxDepth) {
            fail(pos, "nesting deeper than " + std::to_string(maxDepth) + " levels");
            return false;
        }
        return true;
    }

    bool parseObject(Json& out, std::uint64_t pointer, bool record, int depth) {
        if (!checkDepth(depth)) return false;
        ++pos;  // '{'
        out = Json::object();
        auto& members = out.get_ref<Json::object_t&>();
        std::unordered_set<std::string> seen;
        skipSpace();
        if (pos < s.size() && s[pos] == '}') {
            ++pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (pos >= s.size() || s[pos] != '"') {
                failExpected(members.empty() ? "'\"' to start a key, or '}'" : "'\"' to start the next key");
                return false;
            }
            std::size_t keyAt = pos;
            std::string key;
            if (!parseString(key)) return false;
            skipSpace();
            if (pos >= s.size() || s[pos] != ':') {
                failExpected("':' after object key");
                return false;
            }
            ++pos;
            std::uint64_t child = hashChild(pointer, key);
            if (!seen.insert(key).second) {
                if (++duplicates <= maxDuplicateKeyReports) {
                    TextPosition p = doc.positionOf(keyAt);
                    path.push_back({key});
                    std::string message = "duplicate key '" + key + "' (JSON keeps only one; the first is used)";
                    if (duplicates == maxDuplicateKeyReports)
                        message += "; further duplicate keys in this file are not reported";
                    diagnostics.push_back(makeDiagnostic(rules::duplicateKey, fileName, currentPointer(),
                                                         std::move(message), p.line, p.column));
                    path.pop_back();
                }
                Json ignored;
                if (!parseValue(ignored, child, false, depth)) return false;
            } else {
                if (record) doc.m_keys.push_back({child, keyAt});
                path.push_back({key});
                members.Container::emplace_back(std::move(key), Json());
                bool ok = parseValue(members.back().second, child, record, depth);
                path.pop_back();
                if (!ok) return false;
            }
            skipSpace();
            if (pos < s.size() && s[pos] == ',') {
                ++pos;
                skipSpace();
                if (pos < s.size() && s[pos] == '}') {
                    fail(pos - 1, "trailing comma before '}' (JSON does not allow it)");
                    return false;
                }
                continue;
            }
            if (pos < s.size() && s[pos] == '}') {
                ++pos;
                return true;
            }
            failExpected("',' or '}' after object member");
            return false;
        }
    }

    bool parseArray(Json& out, std::uint64_t pointer, bool record, int depth) {
        if (!checkDepth(depth)) return false;
        ++pos;  // '['
        out = Json::array();
        auto& items = out.get_ref<Json::array_t&>();
        skipSpace();
        if (pos < s.size() && s[pos] == ']') {
            ++pos;
            return true;
        }
        while (true) {
            items.emplace_back();
            path.push_back({{}, items.size() - 1, true});
            bool ok = parseValue(items.back(), hashChild(pointer, items.size() - 1), record, depth);
            path.pop_back();
            if (!ok) return false;
            skipSpace();
            if (pos < s.size() && s[pos] == ',') {
                ++pos;
                skipSpace();
                if (pos < s.size() && s[pos] == ']') {
                    fail(pos - 1, "trailing comma before ']' (JSON does not allow it)");
                    return false;
                }
                continue;
            }
            if (pos < s.size() && s[pos] == ']') {
                ++pos;
                return true;
            }
            failExpected("',' or ']' after array element");
            return false;
        }
    }
};

namespace {

constexpr std::size_t kCheckpointBytes = 64;

bool isLeadByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

}  // namespace

// Code points before `offset`, counted as lead bytes (the text before any reported offset is valid UTF-8: the
// parser stops at the first invalid byte), from the checkpoint at most 64 bytes back.
std::size_t JsonDocument::codePointsBefore(std::size_t offset) const {
    std::size_t block = offset / kCheckpointBytes;
    std::size_t n = m_codePointsAt[block];
    for (std::size_t k = block * kCheckpointBytes; k < offset; ++k) n += isLeadByte(m_text[k]);
    m_columnBytesScanned += offset - block * kCheckpointBytes;
    return n;
}

TextPosition JsonDocument::positionOf(std::size_t offset) const {
    if (m_lineStarts.empty()) return {1, 1};
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - m_lineStarts.begin());  // >= 1
    std::size_t start = m_lineStarts[line - 1];
    const auto column = 1 + codePointsBefore(offset) - codePointsBefore(start);
    return {static_cast<int>(line), static_cast<int>(column)};
}

std::optional<std::size_t> JsonDocument::find(const std::vector<Entry>& entries, std::string_view pointer) const {
    std::uint64_t h = hashPointer(pointer);
    auto it = std::lower_bound(entries.begin(), entries.end(), h,
                               [](const Entry& e, std::uint64_t key) { return e.pointerHash < key; });
    if (it == entries.end() || it->pointerHash != h) return std::nullopt;
    return it->offset;
}

TextPosition JsonDocument::valuePosition(std::string_view pointer) const {
    std::string_view p = pointer;
    while (true) {
        if (auto at = find(m_values, p)) return positionOf(*at);
        if (p.empty()) return {1, 1};
        p = parentPointer(p);
    }
}

TextPosition JsonDocument::keyPosition(std::string_view pointer) const {
    if (auto at = find(m_keys, pointer)) return positionOf(*at);
    return valuePosition(pointer);
}

TextPosition JsonDocument::stringCharPosition(std::string_view pointer, std::size_t index) const {
    auto at = find(m_values, pointer);
    if (!at || *at >= m_text.size() || m_text[*at] != '"') return valuePosition(pointer);
    std::size_t raw = *at + 1;
    std::size_t decoded = 0;
    while (decoded < index && raw < m_text.size() && m_text[raw] != '"') {
        if (m_text[raw] == '\\' && raw + 1 < m_text.size()) {
            if (m_text[raw + 1] == 'u') {
                std::uint32_t cp = 0;
                for (std::size_t k = 0; k < 4 && raw + 2 + k < m_text.size(); ++k)
                    cp = cp * 16 + static_cast<std::uint32_t>(std::max(0, hexValue(m_text[raw + 2 + k])));
                std::size_t bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
                std::size_t width = 6;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    bytes = 4;
                    width = 12;
                }
                decoded += bytes;
                raw += width;
            } else {
                decoded += 1;
                raw += 2;
            }
        } else {
            decoded += 1;
            raw += 1;
        }
    }
    return positionOf(raw);
}

JsonParseResult parseJsonDocument(std::string_view text, const std::string& fileName, int maxDepth,
                                  const DiagnosticRule& syntaxRule) {
    JsonParseResult result;
    JsonDocument doc;
    doc.m_text = std::string(text);
    doc.m_lineStarts.push_back(0);
    doc.m_codePointsAt.reserve(text.size() / kCheckpointBytes + 1);
    std::uint32_t codePoints = 0;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (k % kCheckpointBytes == 0) doc.m_codePointsAt.push_back(codePoints);
        codePoints += isLeadByte(text[k]);
        if (text[k] == '\n') doc.m_lineStarts.push_back(k + 1);
    }
    if (text.size() % kCheckpointBytes == 0) doc.m_codePointsAt.push_back(codePoints);

    JsonParser parser{doc, doc.m_text, fileName, maxDepth, syntaxRule, result.diagnostics};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") parser.pos = 3;  // tolerate a UTF-8 byte order mark
    parser.skipSpace();
    if (parser.pos >= text.size()) {
        parser.fail(parser.pos, "the file is empty; expected a JSON object");
        return result;
    }
    if (!parser.parseValue(doc.root, kFnvOffset, true, 0)) {
        result.endedEarly = parser.endedEarly;
        return result;
    }
    parser.skipSpace();
    if (parser.pos < text.size()) {
        parser.fail(parser.pos, "unexpected " + parser.describeHere() + " after the end of the JSON value");
        return result;
    }
    auto byHash = [](const JsonDocument::Entry& a, const JsonDocument::Entry& b) {
        return a.pointerHash < b.pointerHash;
    };
    std::sort(doc.m_values.begin(), doc.m_values.end(), byHash);
    std::sort(doc.m_keys.begin(), doc.m_keys.end(), byHash);
    doc.m_values.shrink_to_fit();
    doc.m_keys.shrink_to_fit();
    result.document = std::move(doc);
    return result;
}

}  // namespace frontline::core
