#include "session_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

namespace frontline::core {

namespace {

std::string siblingPath(const std::filesystem::path& target, const std::string& suffix) {
    std::filesystem::path dir = target.parent_path();
    std::string name = "." + target.filename().string() + suffix;
    return dir.empty() ? name : (dir / name).string();
}

int removeStaleTempFiles(const std::filesystem::path& target) {
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
    int removed = 0;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) == 0 && it->is_regular_file(ec) && std::filesystem::remove(it->path(), ec)) ++removed;
    }
    return removed;
}

}  // namespace

std::optional<SessionLock> SessionLock::acquire(const std::string& sessionPath, std::string* error) {
    const std::filesystem::path target(sessionPath);
    const std::string lockPath = siblingPath(target, ".lock");
    // A holder that finishes unlinks the lock file; one that opened it just before must retry on the new file.
    for (int attempt = 0; attempt < 8; ++attempt) {
        int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            if (error) *error = "cannot record to " + sessionPath + ": " + std::strerror(errno);
            return std::nullopt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int e = errno;
            ::close(fd);
            if (error)
                *error = e == EWOULDBLOCK ? sessionPath + " is being recorded by another frontline process right now"
                                          : "cannot lock " + lockPath + ": " + std::strerror(e);
            return std::nullopt;
        }
        struct stat held {
        }, named{};
        if (::fstat(fd, &held) == 0 && ::stat(lockPath.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
            held.st_dev == named.st_dev)
            return SessionLock(fd, lockPath, removeStaleTempFiles(target));
        ::close(fd);
    }
    if (error) *error = "cannot lock " + lockPath + ": it keeps being replaced";
    return std::nullopt;
}

SessionLock::SessionLock(int fd, std::string lockPath, int staleRemoved)
    : m_fd(fd), m_lockPath(std::move(lockPath)), m_staleRemoved(staleRemoved) {}

SessionLock::SessionLock(SessionLock&& other) noexcept
    : m_fd(other.m_fd), m_lockPath(std::move(other.m_lockPath)), m_staleRemoved(other.m_staleRemoved) {
    other.m_fd = -1;
}

SessionLock& SessionLock::operator=(SessionLock&& other) noexcept {
    std::swap(m_fd, other.m_fd);
    std::swap(m_lockPath, other.m_lockPath);
    std::swap(m_staleRemoved, other.m_staleRemoved);
    return *this;
}

SessionLock::~SessionLock() {
    if (m_fd < 0) return;
    ::unlink(m_lockPath.c_str());
    ::close(m_fd);
}

}  // namespace frontline::core
