#include "notes.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "atomic_file.h"
#include "diagnostic_rules.h"
#include "file_read.h"
#include "json_document.h"
#include "json_reader.h"

namespace frontline::core {

std::string notesPathFor(const std::string& sessionPath) {
    const std::string suffix = ".json";
    if (sessionPath.size() > suffix.size() &&
        sessionPath.compare(sessionPath.size() - suffix.size(), suffix.size(), suffix) == 0)
        return sessionPath.substr(0, sessionPath.size() - suffix.size()) + ".notes.json";
    return sessionPath + ".notes.json";
}

std::string serializeNotes(const SessionNotes& notes) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Note& n : notes.notes) {
        nlohmann::ordered_json j;
        j["decision"] = n.decision ? nlohmann::ordered_json(*n.decision) : nlohmann::ordered_json(nullptr);
        j["text"] = n.text;
        j["author"] = n.author;
        j["time"] = n.time;
        list.push_back(std::move(j));
    }
    nlohmann::ordered_json out;
    out["format"] = kNotesFormatVersion;
    out["session"] = notes.session;
    out["notes"] = std::move(list);
    if (!notes.bookmarks.empty()) out["bookmarks"] = notes.bookmarks;
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

NotesLoad parseNotes(std::string_view text, const std::string& file) {
    NotesLoad result;
    Diagnostics& diags = result.diagnostics;
    JsonParseResult parsed = parseJsonDocument(text, file, defaultMaxJsonDepth, rules::notesJsonSyntax);
    for (Diagnostic& d : parsed.diagnostics) diags.push_back(std::move(d));
    if (!parsed.document) return result;
    const JsonDocument& doc = *parsed.document;
    JsonReader at(doc, file, diags);
    const Json& root = doc.root;
    if (!root.is_object()) {
        at.report(rules::notesFieldType, "", "a notes file must be a JSON object");
        return result;
    }
    auto field = [&](const Json& object, const std::string& pointer, const char* key) -> const Json* {
        auto it = object.find(key);
        if (it == object.end()) {
            at.report(rules::notesMissingField, pointer, std::string("missing required field '") + key + "'");
            return nullptr;
        }
        return &*it;
    };
    auto wrongType = [&](const std::string& pointer, const std::string& key, const char* expected) {
        at.report(rules::notesFieldType, pointer, "'" + key + "' must be " + expected);
    };
    auto string = [&](const Json& object, const std::string& pointer, const char* key) -> std::optional<std::string> {
        const Json* v = field(object, pointer, key);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            wrongType(appendPointer(pointer, key), key, "a string");
            return std::nullopt;
        }
        return v->get<std::string>();
    };

    SessionNotes out;
    if (const Json* f = field(root, "", "format")) {
        if (!f->is_number_integer())
            wrongType("/format", "format", "an integer");
        else if (f->get<long long>() != kNotesFormatVersion)
            at.report(rules::notesFieldValue, "/format",
                      "unsupported notes format " + f->dump() + " (this app reads format " +
                          std::to_string(kNotesFormatVersion) + ")");
    }
    if (auto s = string(root, "", "session")) out.session = *s;
    if (const Json* list = field(root, "", "notes")) {
        if (!list->is_array()) {
            wrongType("/notes", "notes", "an array");
        } else {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json& nj = (*list)[i];
                const std::string p = appendPointer("/notes", i);
                if (!nj.is_object()) {
                    wrongType(p, "notes/" + std::to_string(i), "an object");
                    continue;
                }
                Note n;
                if (const Json* d = field(nj, p, "decision")) {
                    if (d->is_null()) {
                    } else if (!d->is_number_integer()) {
                        wrongType(p + "/decision", "decision", "a decision number (1, 2, ...) or null");
                    } else if (d->get<long long>() < 1 || d->get<long long>() > 100000) {
                        at.report(rules::notesFieldValue, p + "/decision",
                                  "decision " + d->dump() + " is not a step of a session (they count from 1)");
                    } else {
                        n.decision = d->get<int>();
                    }
                }
                if (auto s = string(nj, p, "text")) {
                    n.text = *s;
                    if (n.text.empty())
                        at.report(rules::notesFieldValue, p + "/text", "a note's text must not be empty");
                }
                if (auto s = string(nj, p, "author")) n.author = *s;
                if (auto s = string(nj, p, "time")) n.time = *s;
                out.notes.push_back(std::move(n));
            }
        }
    }
    if (auto it = root.find("bookmarks"); it != root.end()) {  // optional: older files have none
        if (!it->is_array()) {
            wrongType("/bookmarks", "bookmarks", "an array of decision numbers");
        } else {
            std::vector<int> steps;
            for (std::size_t i = 0; i < it->size(); ++i) {
                const Json& b = (*it)[i];
                const std::string p = appendPointer("/bookmarks", i);
                if (!b.is_number_integer())
                    wrongType(p, "bookmarks/" + std::to_string(i), "a decision number (1, 2, ...)");
                else if (b.get<long long>() < 1 || b.get<long long>() > 100001)
                    at.report(rules::notesFieldValue, p,
                              "bookmark " + b.dump() + " is not a step of a session (they count from 1)");
                else
                    steps.push_back(b.get<int>());
            }
            setBookmarks(out, std::move(steps));
        }
    }
    sortDiagnostics(diags);
    if (!hasErrors(diags)) result.notes = std::move(out);
    return result;
}

NotesLoad loadNotes(const std::string& path, const std::string& sessionName) {
    FileRead file = readInputFile(path, kMaxSessionBytes, "notes");  // notes are smaller than their session
    if (file.problem == FileRead::Problem::Missing) {
        NotesLoad empty;
        empty.notes.emplace();
        empty.notes->session = sessionName;
        return empty;
    }
    if (!file.ok()) {
        NotesLoad result;
        result.diagnostics.push_back(
            makeDiagnostic(rules::notesUnreadable, path, "", "cannot read the notes file: " + file.message));
        return result;
    }
    return parseNotes(file.bytes, path);
}

bool saveNotesAtomically(const SessionNotes& notes, const std::string& path, std::string* error) {
    return writeFileAtomically(path, serializeNotes(notes), error);
}

void setBookmarks(SessionNotes& notes, std::vector<int> steps) {
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    notes.bookmarks = std::move(steps);
}

std::vector<const Note*> notesOn(const SessionNotes& notes, std::optional<int> decision) {
    std::vector<const Note*> out;
    for (const Note& n : notes.notes)
        if (n.decision == decision) out.push_back(&n);
    return out;
}

}  // namespace frontline::core
