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

    bool parseValue(Json& out, const std::string& pointer, int depth) {
        skipSpace();
        doc.m_values[pointer] = pos;
        if (pos >= s.size()) {
            failExpected("a value");
            return false;
        }
        char c = s[pos];
        switch (c) {
            case '{':
                return parseObject(out, pointer, depth + 1);
            case '[':
                return parseArray(out, pointer, depth + 1);
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

    bool parseObject(Json& out, const std::string& pointer, int depth) {
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
            std::string child = appendPointer(pointer, key);
            if (!seen.insert(key).second) {
                TextPosition p = doc.positionOf(keyAt);
                diagnostics.push_back(makeDiagnostic(
                    rules::duplicateKey, fileName, child,
                    "duplicate key '" + key + "' (JSON keeps only one; the first is used)", p.line, p.column));
                // Parse the duplicate's value under a pointer nothing asks for, so the first keeps its positions.
                Json ignored;
                if (!parseValue(ignored, child + "\x1f" + std::to_string(keyAt), depth)) return false;
            } else {
                doc.m_keys[child] = keyAt;
                members.Container::emplace_back(key, Json());
                if (!parseValue(members.back().second, child, depth)) return false;
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

    bool parseArray(Json& out, const std::string& pointer, int depth) {
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
            if (!parseValue(items.back(), appendPointer(pointer, items.size() - 1), depth)) return false;
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

TextPosition JsonDocument::positionOf(std::size_t offset) const {
    if (m_lineStarts.empty()) return {1, 1};
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - m_lineStarts.begin());  // >= 1
    std::size_t start = m_lineStarts[line - 1];
    const auto column = 1 + codePointCount(std::string_view(m_text).substr(start, offset - start));
    return {static_cast<int>(line), static_cast<int>(column)};
}

TextPosition JsonDocument::valuePosition(std::string_view pointer) const {
    std::string_view p = pointer;
    while (true) {
        if (auto it = m_values.find(std::string(p)); it != m_values.end()) return positionOf(it->second);
        if (p.empty()) return {1, 1};
        p = parentPointer(p);
    }
}

TextPosition JsonDocument::keyPosition(std::string_view pointer) const {
    if (auto it = m_keys.find(std::string(pointer)); it != m_keys.end()) return positionOf(it->second);
    return valuePosition(pointer);
}

TextPosition JsonDocument::stringCharPosition(std::string_view pointer, std::size_t index) const {
    auto it = m_values.find(std::string(pointer));
    if (it == m_values.end() || it->second >= m_text.size() || m_text[it->second] != '"') return valuePosition(pointer);
    std::size_t raw = it->second + 1;
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
    for (std::size_t k = 0; k < text.size(); ++k)
        if (text[k] == '\n') doc.m_lineStarts.push_back(k + 1);

    JsonParser parser{doc, doc.m_text, fileName, maxDepth, syntaxRule, result.diagnostics};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") parser.pos = 3;  // tolerate a UTF-8 byte order mark
    parser.skipSpace();
    if (parser.pos >= text.size()) {
        parser.fail(parser.pos, "the file is empty; expected a JSON object");
        return result;
    }
    if (!parser.parseValue(doc.root, "", 0)) {
        result.endedEarly = parser.endedEarly;
        return result;
    }
    parser.skipSpace();
    if (parser.pos < text.size()) {
        parser.fail(parser.pos, "unexpected " + parser.describeHere() + " after the end of the JSON value");
        return result;
    }
    result.document = std::move(doc);
    return result;
}

}  // namespace frontline::core
