// Facilitator notes on a recorded session (docs/session-format.md, "Facilitator notes"): one per decision or
// for the whole session, kept in NAME.notes.json beside NAME.json so the recorded session is never modified.
// Loading returns diagnostics (file:line:col, JSON Pointer), never throws; a missing notes file is no notes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace frontline::core {

inline constexpr int kNotesFormatVersion = 1;

struct Note {
    std::optional<int> decision;  // 1-based step on the session's path; none: a note on the whole session
    std::string text;
    std::string author;  // may be empty
    std::string time;    // ISO 8601 UTC, from the caller (the core reads no clock)
};

struct SessionNotes {
    std::string session;      // the session file's name (not its path), e.g. "desk-20261123T104555Z-42.json"
    std::vector<Note> notes;  // in the order written
    // The replay viewer's bookmarks: 1-based steps on the session's path (one past the last decision: its end),
    // ascending, each once. Optional in the file (older notes files have none); written only when there are some.
    std::vector<int> bookmarks;
};

// "dir/NAME.notes.json" for "dir/NAME.json" (any other name: NAME + ".notes.json").
std::string notesPathFor(const std::string& sessionPath);

std::string serializeNotes(const SessionNotes& notes);  // pretty JSON, ends with "\n"

struct NotesLoad {
    std::optional<SessionNotes> notes;  // absent when any diagnostic is an error
    Diagnostics diagnostics;            // rules notes-json-syntax, duplicate-key, notes-missing-field,
                                        // notes-field-type, notes-field-value, notes-unreadable
};
NotesLoad parseNotes(std::string_view json, const std::string& file);
// A file that does not exist loads as empty notes (no diagnostic); `sessionName` fills `session` then.
NotesLoad loadNotes(const std::string& path, const std::string& sessionName);

// Written to a temp file in the same directory, fsynced and renamed over `path`; `error` says why on failure.
bool saveNotesAtomically(const SessionNotes& notes, const std::string& path, std::string* error);

// Sets `notes.bookmarks` to `steps` (any order, repeats allowed), ascending and each once.
void setBookmarks(SessionNotes& notes, std::vector<int> steps);

// The notes on one decision (1-based), or on the whole session when `decision` is none, in written order.
std::vector<const Note*> notesOn(const SessionNotes& notes, std::optional<int> decision);

}  // namespace frontline::core
