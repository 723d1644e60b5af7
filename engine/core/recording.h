// The session file (docs/session-format.md): what a trainee did, as plain data, saved atomically after every
// decision, and replayed by running the same session engine again. Scores are never stored: they are
// computed from the choices. Loading returns diagnostics, never throws.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "scenario.h"
#include "session.h"

namespace frontline::core {

inline constexpr int kSessionFormatVersion = 1;

struct RecordedEvent {
    EventType type = EventType::Choice;
    std::string node;                    // choice/timeout: where it was taken; undo: the node returned to
    std::string choice;                  // the choice taken (or, for undo, taken back)
    std::vector<std::string> displayed;  // offered choice ids in the order shown (empty for undo)
    std::int64_t decisionMs = 0;         // from showing the choices to answering
    std::string wallTime;                // ISO 8601 UTC, e.g. "2026-11-23T10:45:55Z"
};

struct SessionRecord {
    int format = kSessionFormatVersion;
    std::string appVersion;  // FRONTLINE_VERSION of the app that recorded it
    std::string scenarioId;
    std::string scenarioFile;    // the path the scenario was loaded from (absolute)
    std::string scenarioSha256;  // hex SHA-256 of the scenario file's bytes
    std::string player;
    std::string locale;  // "zh" / "en"
    SessionMode mode = SessionMode::Graded;
    std::uint64_t seed = 0;
    std::string startTime;  // ISO 8601 UTC
    std::vector<RecordedEvent> events;
};

// A new record for `session` (no events yet). `scenarioFile` should be absolute; `appVersion` is
// FRONTLINE_VERSION; `startTime` comes from the caller (the core reads no clock).
SessionRecord makeSessionRecord(const Scenario& scenario, const Session& session, std::string scenarioFile,
                                std::string player, std::string locale, std::string startTime, std::string appVersion);

RecordedEvent toRecordedEvent(const SessionEvent& event, std::string wallTime);

std::string serializeSessionRecord(const SessionRecord& record);  // pretty JSON, ends with "\n"

struct RecordLoad {
    std::optional<SessionRecord> record;
    Diagnostics diagnostics;
};
// `file` names the source in diagnostics; every diagnostic carries line:col (for a missing field, the object
// lacking it) and, for a bad field, its JSON Pointer. Any bytes at all give diagnostics, never a crash.
RecordLoad parseSessionRecord(std::string_view json, const std::string& file);
RecordLoad loadSessionRecord(const std::string& path);

// Writes a temp file in the same directory, flushes and fsyncs it, then renames it over `path`. On failure
// the previous file is untouched, the temp file is removed, and `error` (when given) says why.
bool saveSessionRecordAtomically(const SessionRecord& record, const std::string& path, std::string* error);

// The path after step-backs: each undo cancels the latest choice still standing.
std::vector<RecordedEvent> effectiveEvents(const SessionRecord& record);
std::vector<std::string> effectiveChoiceIds(const SessionRecord& record);

// $XDG_DATA_HOME/frontline/sessions, or $HOME/.local/share/frontline/sessions (null/empty = unset).
std::string defaultSessionDirectory(const char* xdgDataHome, const char* home);
std::string defaultSessionDirectory();  // from the environment
// "<scenario id>-<start time as 20261123T104555Z>-<seed>.json"
std::string sessionFileName(const SessionRecord& record);
// dir + "/" + sessionFileName(record), or with "-2", "-3"... before ".json" when that file already exists
// (two sessions of one scenario with one seed started in the same second).
std::string newSessionPath(const std::string& dir, const SessionRecord& record);

struct ReplayResult {
    std::optional<Session> session;  // re-simulated up to the end or to the first event that diverges
    Diagnostics diagnostics;         // warnings: scenario changed, displayed order differs; errors: divergence
    int appliedEvents = 0;           // events re-applied successfully
    int divergedAt = -1;             // index into record.events of the first event that failed; -1 when none
    bool scenarioChanged = false;    // the scenario's SHA-256 differs from the recorded one
    bool ok() const { return divergedAt < 0; }
};
// Re-simulates every recorded event against `scenario` (kept alive by the caller). `recordFile` names the
// session file in diagnostics. Never throws: an unknown or unoffered choice is a diagnostic.
ReplayResult replaySession(const Scenario& scenario, const SessionRecord& record, const std::string& recordFile = "");

}  // namespace frontline::core
