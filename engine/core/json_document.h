// A strict JSON reader that remembers where everything came from. parseJsonDocument() turns UTF-8 text
// into an nlohmann::ordered_json (file order kept) plus the source offset of every value and every object
// key, addressed by JSON Pointer, so later checks can report "file:line:col". Syntax errors, invalid UTF-8,
// nesting deeper than the limit and duplicate keys become diagnostics (json-syntax, duplicate-key); nothing
// throws. Columns count Unicode code points from 1, as editors show them.
//
// Linear in the input: a position is kept as a 64-bit hash of its pointer (computed incrementally while
// parsing, never the pointer string itself, which can be as long as the file for each of its values), and a
// column is counted from a checkpoint at most 64 bytes back, never from the start of a long line.
#pragma once
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "diagnostic_rules.h"

namespace frontline::core {

struct TextPosition {
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based, in code points
};

class JsonDocument;
struct JsonParseResult;

class JsonDocument {
public:
    nlohmann::ordered_json root;

    // Where the value at `pointer` starts; falls back to the nearest ancestor that exists.
    TextPosition valuePosition(std::string_view pointer) const;
    // Where the key naming the member at `pointer` starts (its opening quote); the value's position when
    // the pointer names an array element or the root.
    TextPosition keyPosition(std::string_view pointer) const;
    // Where the character at byte `index` of the decoded string value at `pointer` sits in the file,
    // counting escapes such as \n or \u4e2d as the source characters they occupy.
    TextPosition stringCharPosition(std::string_view pointer, std::size_t index) const;
    // Position of a byte offset in the source text.
    TextPosition positionOf(std::size_t offset) const;
    // The byte offset where the value at exactly `pointer` starts, if it exists (no ancestor fallback).
    std::optional<std::size_t> valueOffset(std::string_view pointer) const { return find(m_values, pointer); }
    const std::string& text() const { return m_text; }

    // Work and memory, for tests that keep them linear: bytes held by the position index, and bytes scanned
    // so far to count columns (each position scans at most 2 × 64).
    std::size_t positionIndexBytes() const { return (m_values.capacity() + m_keys.capacity()) * sizeof(Entry); }
    std::size_t columnBytesScanned() const { return m_columnBytesScanned; }

private:
    friend struct JsonParser;
    friend JsonParseResult parseJsonDocument(std::string_view, const std::string&, int, const DiagnosticRule&);
    struct Entry {
        std::uint64_t pointerHash;
        std::size_t offset;
    };
    std::optional<std::size_t> find(const std::vector<Entry>& entries, std::string_view pointer) const;
    std::size_t codePointsBefore(std::size_t offset) const;

    std::string m_text;
    std::vector<std::size_t> m_lineStarts;
    std::vector<std::uint32_t> m_codePointsAt;  // code points before byte 64·k
    std::vector<Entry> m_values;                // sorted by hash: pointer -> byte offset of the value
    std::vector<Entry> m_keys;                  // sorted by hash: pointer -> byte offset of the key's quote
    mutable std::size_t m_columnBytesScanned = 0;
};

struct JsonParseResult {
    std::optional<JsonDocument> document;  // absent after a syntax error
    Diagnostics diagnostics;
    bool endedEarly = false;  // the syntax error is the text stopping mid-value: a truncated file
};

constexpr int defaultMaxJsonDepth = 64;
// duplicate-key diagnostics reported per file; the last says that further ones are not reported.
constexpr std::size_t maxDuplicateKeyReports = 100;

// Syntax errors and invalid UTF-8 are reported as `syntaxRule` (each file kind may name its own).
JsonParseResult parseJsonDocument(std::string_view text, const std::string& fileName,
                                  int maxDepth = defaultMaxJsonDepth,
                                  const DiagnosticRule& syntaxRule = rules::jsonSyntax);

// `base` + "/" + `token`, escaping '~' and '/' as RFC 6901 requires.
std::string appendPointer(const std::string& base, std::string_view token);
std::string appendPointer(const std::string& base, std::size_t index);

}  // namespace frontline::core
