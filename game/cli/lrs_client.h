// Sending xAPI statements to a Learning Record Store over HTTP(S) with libcurl, through an offline queue: the
// statements wait in a JSON file until the LRS has accepted them, so an LRS that is down loses nothing, and
// sending again never duplicates (statements are keyed by their deterministic id).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace frontline::cli {

struct LrsAuth {
    std::string header;  // the Authorization header value, e.g. "Basic dXNlcjpwYXNz"; "" for none
};
// The first line of the file: "user:password" (sent as Basic), or a ready "Basic ..." / "Bearer ..." value.
// Returns false with `error` set when the file cannot be read or is empty.
bool readLrsAuth(const std::string& path, LrsAuth& out, std::string& error);

// $XDG_DATA_HOME/frontline/xapi-queue.json (or ~/.local/share/...).
std::string defaultQueuePath();

struct SendOutcome {
    int accepted = 0;                   // statements the LRS stored now or already had (same id, same content)
    int conflicts = 0;                  // the LRS holds a different statement with the same id: dropped from the queue
    int kept = 0;                       // still in the queue (the LRS was unreachable or refused them)
    std::vector<std::string> messages;  // one line each, for stderr
};

// Adds `statements` to the queue file (ids already queued are not added twice), then posts the queue to
// `endpoint` (the LRS's xAPI base, e.g. "https://lrs.example.com/xapi"; "/statements" is appended) in batches,
// removing what the LRS accepted. The queue file is rewritten atomically after every batch.
SendOutcome sendThroughQueue(const nlohmann::json& statements, const std::string& queuePath,
                             const std::string& endpoint, const LrsAuth& auth);

}  // namespace frontline::cli
