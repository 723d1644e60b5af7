#pragma once
// One process at a time records to a session file: the lock is a hidden `.NAME.lock` beside it, held (flock)
// for as long as the session is being played. The session file itself cannot carry the lock, because every
// save replaces it by renaming a new file over it.

#include <optional>
#include <string>

namespace frontline::core {

class SessionLock {
public:
    // Takes the lock for `sessionPath` without waiting. On failure returns nothing and says why in `error`
    // (another process holds it, or the folder cannot be written). Holding the lock, it removes the temp files a
    // killed writer left behind (`.NAME.tmp-*`): only the holder writes them, so any that exist are stale.
    static std::optional<SessionLock> acquire(const std::string& sessionPath, std::string* error);

    SessionLock(SessionLock&& other) noexcept;
    SessionLock& operator=(SessionLock&& other) noexcept;
    SessionLock(const SessionLock&) = delete;
    ~SessionLock();  // removes the lock file and releases the lock

    int staleTempFilesRemoved() const { return m_staleRemoved; }

private:
    SessionLock(int fd, std::string lockPath, int staleRemoved);
    int m_fd = -1;
    std::string m_lockPath;
    int m_staleRemoved = 0;
};

}  // namespace frontline::core
