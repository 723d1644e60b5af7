#include "recording.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "atomic_file.h"
#include "data_dirs.h"
#include "file_read.h"
#include "json_document.h"
#include "json_reader.h"

namespace frontline::core {
namespace {

using nlohmann::json;

// The session vocabulary (session-missing-field, session-field-type, session-field-value) on top of the
// shared located reader, so every field problem carries file:line:col as well as its JSON Pointer.
class Reader {
public:
    explicit Reader(JsonReader& located) : m_located(located) {}

    // A missing field is reported at the object that lacks it.
    const Json* field(const Json& object, const std::string& pointer, const char* key, bool required = true) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                m_located.report(rules::sessionMissingField, pointer,
                                 std::string("missing required field '") + key + "'");
            return nullptr;
        }
        return &*it;
    }

    std::optional<std::string> string(const Json& object, const std::string& pointer, const char* key,
                                      bool required = true) {
        const Json* v = field(object, pointer, key, required);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            wrongType(appendPointer(pointer, key), key, "a string");
            return std::nullopt;
        }
        return v->get<std::string>();
    }

    void wrongType(const std::string& pointer, const std::string& key, const char* expected) {
        m_located.report(rules::sessionFieldType, pointer, "'" + key + "' must be " + expected);
    }

    void invalid(const std::string& pointer, std::string message) {
        m_located.report(rules::sessionFieldValue, pointer, std::move(message));
    }

private:
    JsonReader& m_located;
};

}  // namespace

SessionRecord makeSessionRecord(const Scenario& scenario, const Session& session, std::string scenarioFile,
                                std::string player, std::string locale, std::string startTime, std::string appVersion) {
    SessionRecord r;
    r.appVersion = std::move(appVersion);
    r.scenarioId = scenario.id;
    r.scenarioFile = std::move(scenarioFile);
    r.scenarioSha256 = scenario.sha256;
    r.player = std::move(player);
    r.locale = std::move(locale);
    r.mode = session.mode();
    r.seed = session.seed();
    r.startTime = std::move(startTime);
    for (const SessionEvent& e : session.events()) r.events.push_back(toRecordedEvent(e, r.startTime));
    return r;
}

RecordedEvent toRecordedEvent(const SessionEvent& event, std::string wallTime) {
    RecordedEvent r;
    r.type = event.type;
    r.node = event.node;
    r.choice = event.choice;
    r.displayed = event.displayed;
    r.decisionMs = event.decisionMs;
    r.wallTime = std::move(wallTime);
    return r;
}

std::string serializeSessionRecord(const SessionRecord& record) {
    json events = json::array();
    for (const RecordedEvent& e : record.events) {
        json j;
        j["type"] = toString(e.type);
        j["node"] = e.node;
        j["choice"] = e.choice;
        if (e.type != EventType::Undo) j["displayed"] = e.displayed;
        j["decision_ms"] = e.decisionMs;
        j["wall_time"] = e.wallTime;
        events.push_back(std::move(j));
    }
    json out;
    out["format"] = record.format;
    out["app_version"] = record.appVersion;
    out["scenario"] = {{"id", record.scenarioId}, {"file", record.scenarioFile}, {"sha256", record.scenarioSha256}};
    out["player"] = record.player;
    out["locale"] = record.locale;
    out["mode"] = toString(record.mode);
    out["seed"] = record.seed;
    out["start_time"] = record.startTime;
    out["events"] = std::move(events);
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

RecordLoad parseSessionRecord(std::string_view text, const std::string& file) {
    RecordLoad result;
    Diagnostics& diags = result.diagnostics;
    JsonParseResult parsed = parseJsonDocument(text, file, defaultMaxJsonDepth, rules::sessionJsonSyntax);
    for (Diagnostic& d : parsed.diagnostics) {
        if (parsed.endedEarly && is(d, rules::sessionJsonSyntax))
            d.message = "the session file ends too early (truncated?): " + d.message;
        diags.push_back(std::move(d));
    }
    if (!parsed.document) return result;
    const JsonDocument& doc = *parsed.document;
    const Json& root = doc.root;
    JsonReader located(doc, file, diags);
    if (!root.is_object()) {
        located.report(rules::sessionFieldType, "", "a session file must be a JSON object");
        return result;
    }
    // Another Frontline file given by mistake: one error that says which, not a missing field per key.
    if (!root.contains("events") && !root.contains("app_version")) {
        if (root.contains("nodes")) {
            located.report(
                rules::sessionForeignFile, "",
                "this is a scenario file, not a recorded session (sessions are written by play and the game)");
            return result;
        }
        if (root.contains("notes") && root.contains("session")) {
            located.report(
                rules::sessionForeignFile, "",
                "this is a facilitator notes file (NAME.notes.json), not a recorded session: give NAME.json");
            return result;
        }
    }

    Reader read(located);
    SessionRecord r;
    if (const Json* f = read.field(root, "", "format")) {
        if (!f->is_number_integer()) {
            read.wrongType("/format", "format", "an integer");
        } else if (f->get<long long>() != kSessionFormatVersion) {
            read.invalid("/format", "unsupported session format " + f->dump() + " (this app reads format " +
                                        std::to_string(kSessionFormatVersion) + ")");
        }
    }
    if (auto s = read.string(root, "", "app_version")) r.appVersion = *s;
    if (const Json* sc = read.field(root, "", "scenario")) {
        if (!sc->is_object()) {
            read.wrongType("/scenario", "scenario", "an object");
        } else {
            if (auto s = read.string(*sc, "/scenario", "id")) r.scenarioId = *s;
            if (auto s = read.string(*sc, "/scenario", "file")) r.scenarioFile = *s;
            if (auto s = read.string(*sc, "/scenario", "sha256")) r.scenarioSha256 = *s;
        }
    }
    if (auto s = read.string(root, "", "player")) r.player = *s;
    if (auto s = read.string(root, "", "locale")) r.locale = *s;
    if (auto s = read.string(root, "", "mode")) {
        if (auto m = sessionModeFromString(*s))
            r.mode = *m;
        else
            read.invalid("/mode", "mode must be \"graded\" or \"practice\", not \"" + *s + "\"");
    }
    if (const Json* f = read.field(root, "", "seed")) {
        if (f->is_number_unsigned() || (f->is_number_integer() && f->get<std::int64_t>() >= 0))
            r.seed = f->get<std::uint64_t>();
        else
            read.wrongType("/seed", "seed", "a non-negative integer");
    }
    if (auto s = read.string(root, "", "start_time")) r.startTime = *s;
    if (const Json* evs = read.field(root, "", "events")) {
        if (!evs->is_array()) {
            read.wrongType("/events", "events", "an array");
        } else {
            for (std::size_t i = 0; i < evs->size(); ++i) {
                const Json& ej = (*evs)[i];
                const std::string p = "/events/" + std::to_string(i);
                if (!ej.is_object()) {
                    read.wrongType(p, "events/" + std::to_string(i), "an object");
                    continue;
                }
                RecordedEvent e;
                if (auto s = read.string(ej, p, "type")) {
                    if (auto t = eventTypeFromString(*s))
                        e.type = *t;
                    else
                        read.invalid(p + "/type", "event type must be choice, timeout or undo, not \"" + *s + "\"");
                }
                if (auto s = read.string(ej, p, "node")) e.node = *s;
                if (auto s = read.string(ej, p, "choice")) e.choice = *s;
                if (const Json* d = read.field(ej, p, "displayed", e.type != EventType::Undo)) {
                    bool ok = d->is_array();
                    if (ok)
                        for (const Json& id : *d) ok = ok && id.is_string();
                    if (ok)
                        e.displayed = d->get<std::vector<std::string>>();
                    else
                        read.wrongType(p + "/displayed", "displayed", "an array of choice ids");
                }
                if (const Json* d = read.field(ej, p, "decision_ms")) {
                    if (d->is_number_integer() && d->get<long long>() >= 0)
                        e.decisionMs = d->get<std::int64_t>();
                    else
                        read.wrongType(p + "/decision_ms", "decision_ms", "a non-negative integer");
                }
                if (auto s = read.string(ej, p, "wall_time")) e.wallTime = *s;
                r.events.push_back(std::move(e));
            }
        }
    }
    if (!hasErrors(diags)) result.record = std::move(r);
    return result;
}

RecordLoad loadSessionRecord(const std::string& path) {
    FileRead file = readInputFile(path, kMaxSessionBytes, "session");
    if (!file.ok()) {
        RecordLoad result;
        result.diagnostics.push_back(
            makeDiagnostic(rules::sessionUnreadable, path, "", "cannot read the session file: " + file.message));
        return result;
    }
    return parseSessionRecord(file.bytes, path);
}

bool saveSessionRecordAtomically(const SessionRecord& record, const std::string& path, std::string* errorOut) {
    return writeFileAtomically(path, serializeSessionRecord(record), errorOut);
}

std::vector<RecordedEvent> effectiveEvents(const SessionRecord& record) {
    std::vector<RecordedEvent> path;
    for (const RecordedEvent& e : record.events) {
        if (e.type == EventType::Undo) {
            if (!path.empty()) path.pop_back();
        } else {
            path.push_back(e);
        }
    }
    return path;
}

std::vector<std::string> effectiveChoiceIds(const SessionRecord& record) {
    std::vector<std::string> ids;
    for (const RecordedEvent& e : effectiveEvents(record)) ids.push_back(e.choice);
    return ids;
}

std::string defaultSessionDirectory(const char* xdgDataHome, const char* home) {
    return userDir(xdgDataHome, home, ".local/share") + "/sessions";
}

std::string defaultSessionDirectory() {
    return defaultSessionDirectory(std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
}

std::string sessionFileName(const SessionRecord& record) {
    std::string stamp;
    for (char c : record.startTime)
        if (c != '-' && c != ':' && c != '.') stamp += c;
    std::string id = record.scenarioId.empty() ? std::string("session") : record.scenarioId;
    for (char& c : id)
        if (c == '/' || c == '\\') c = '-';
    return id + "-" + stamp + "-" + std::to_string(record.seed) + ".json";
}

std::string newSessionPath(const std::string& dir, const SessionRecord& record) {
    const std::string name = sessionFileName(record);
    const std::string stem = dir + "/" + name.substr(0, name.size() - 5);
    std::string path = stem + ".json";
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(path, ec) && n < 10000; ++n)
        path = stem + "-" + std::to_string(n) + ".json";
    return path;
}

ReplayResult replaySession(const Scenario& scenario, const SessionRecord& record, const std::string& recordFile) {
    ReplayResult result;
    auto diag = [&](const DiagnosticRule& rule, std::string pointer, std::string message) {
        result.diagnostics.push_back(makeDiagnostic(rule, recordFile, std::move(pointer), std::move(message)));
    };
    if (record.scenarioId != scenario.id)
        diag(rules::scenarioIdDiffers, "/scenario/id",
             "the session was recorded on scenario '" + record.scenarioId + "', not '" + scenario.id + "'");
    if (!record.scenarioSha256.empty() && !scenario.sha256.empty() && record.scenarioSha256 != scenario.sha256) {
        result.scenarioChanged = true;
        diag(rules::scenarioChanged, "/scenario/sha256",
             "the scenario file " + (scenario.file.empty() ? scenario.id : scenario.file) +
                 " changed since this session was recorded (SHA-256 was " + record.scenarioSha256.substr(0, 12) +
                 "…, now " + scenario.sha256.substr(0, 12) + "…); the replay may differ");
    }
    SessionOptions options;
    options.mode = record.mode;
    result.session.emplace(scenario, record.seed, options);
    Session& session = *result.session;
    for (std::size_t i = 0; i < record.events.size(); ++i) {
        const RecordedEvent& e = record.events[i];
        const std::string p = "/events/" + std::to_string(i);
        const std::string where = "event " + std::to_string(i + 1) + " (" + toString(e.type) + " '" + e.choice + "')";
        auto diverge = [&](const DiagnosticRule& rule, std::string message) {
            diag(rule, p, "replay diverges at " + where + ": " + message);
            result.divergedAt = static_cast<int>(i);
        };
        if (e.type == EventType::Undo) {
            if (auto err = session.stepBack()) {
                diverge(err->rule, err->message);
                break;
            }
            ++result.appliedEvents;
            continue;
        }
        if (session.finished()) {
            diverge(rules::replayAfterEnding, "the scenario already reached the ending '" + session.node().id + "'");
            break;
        }
        if (e.node != session.node().id) {
            diverge(rules::replayNodeDiffers,
                    "recorded at node '" + e.node + "' but the scenario is now at node '" + session.node().id + "'");
            break;
        }
        std::vector<std::string> shown = session.displayedChoiceIds();
        if (e.type == EventType::Timeout) {
            std::optional<int> t = session.timeoutChoiceIndex();
            if (t && session.node().choices[*t].id != e.choice) {
                diverge(rules::replayTimeoutDiffers,
                        "the node's timeout choice is now '" + session.node().choices[*t].id + "'");
                break;
            }
        }
        std::optional<SessionError> err =
            e.type == EventType::Timeout ? session.timeout(e.decisionMs) : session.choose(e.choice, e.decisionMs);
        if (err) {
            diverge(err->rule, err->message);
            break;
        }
        if (shown != e.displayed)
            diag(rules::displayedOrderDiffers, p + "/displayed",
                 "the choices shown at " + where + " differ from the recorded ones");
        ++result.appliedEvents;
    }
    return result;
}

}  // namespace frontline::core
