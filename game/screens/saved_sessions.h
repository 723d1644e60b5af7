// Session files on this machine, shared with terminal play (core/recording.h): the autosave written after
// every decision, and finding an interrupted session to offer for resume.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/recording.h"
#include "core/session.h"
#include "screens/catalog.h"
#include "utc_time.h"

namespace frontline::game {

// Keeps the session record in step with the session and saves it atomically after every event.
class SessionSaver {
public:
    SessionSaver() = default;
    SessionSaver(const core::Session& session, const std::string& locale, std::string player,
                 bool enabled);                                                // a new session
    SessionSaver(core::SessionRecord record, std::string path, bool enabled);  // a resumed one

    void append(const core::SessionEvent& event);  // records and saves
    const core::SessionRecord& record() const { return m_record; }
    const std::string& path() const { return m_path; }
    const std::string& error() const { return m_error; }  // last save failure, "" when fine
    bool enabled() const { return m_enabled; }

private:
    core::SessionRecord m_record;
    std::string m_path;
    std::string m_error;
    bool m_enabled = false;
};

struct Interrupted {
    std::string file;  // the session file
    const core::Scenario* scenario = nullptr;
    int decisions = 0;  // decisions on the path so far
    bool practice = false;
};

// The most recently written unfinished session whose scenario is in the catalog and unchanged.
std::optional<Interrupted> findInterruptedSession(const Catalog& catalog);

// Re-creates the session of `file` (already checked by findInterruptedSession).
struct Resumed {
    std::optional<core::Session> session;
    core::SessionRecord record;
};
Resumed resumeSession(const core::Scenario& scenario, const std::string& file);

// One recorded session for the Sessions screen: who, which scenario, when, the Index, finished or not.
struct SessionSummary {
    std::string file;
    bool readable = false;  // false: `problem` says why (damaged, foreign, its scenario missing)
    std::string problem;
    std::string player, scenarioId, startTime;
    core::LocalizedText scenarioTitle;
    int index = 0;
    bool finished = false;
    int decisions = 0;
};
// The session files in `dir` (not their notes), newest first (by start time, then name), at most `limit`.
std::vector<SessionSummary> listSessions(const std::string& dir, std::size_t limit = 200);

}  // namespace frontline::game
