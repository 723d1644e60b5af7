// xAPI 1.0.3 statements of a scored session, for the Learning Record Store a company already runs
// (docs/xapi.md has the mapping): attempted at the start, answered per decision (a `choice` interaction),
// completed and passed/failed at an ending, and the facilitator's notes as commented. Statement ids are
// UUID v5 of the session and the event, so building them again gives the same ids and re-sending never
// duplicates. Pure: no clock, no network.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "notes.h"
#include "scored_session.h"

namespace frontline::core {

struct XapiOptions {
    std::string base = "https://frontline.invalid";  // IRI prefix of activities, extensions and player accounts
    int passIndex = 65;                              // Index from which the session is `passed`
};

// The statements in order: attempted, answered..., completed, passed|failed, commented...
nlohmann::json xapiStatements(const ScoredSession& session, const SessionNotes* notes, const XapiOptions& options);

// "PT4.1S" from milliseconds (ISO 8601 duration, as xAPI's result.duration).
std::string isoDuration(long long ms);
// RFC 3986 percent-encoding of everything but the unreserved characters: an IRI segment or a query value.
std::string percentEncode(const std::string& text);

}  // namespace frontline::core
