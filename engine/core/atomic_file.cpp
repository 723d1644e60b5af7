#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace frontline::core {

bool writeFileAtomically(const std::string& path, std::string_view bytes, std::string* errorOut) {
    auto fail = [&](const std::string& what) {
        if (errorOut) *errorOut = "cannot save " + path + ": " + what;
        return false;
    };
    const std::filesystem::path target(path);
    const std::string dir = target.parent_path().string();
    std::string tmpl = (dir.empty() ? std::string() : dir + "/") + "." + target.filename().string() + ".tmp-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) return fail(std::strerror(errno));
    const std::string tmpPath(name.data());
    auto abandon = [&](const std::string& why) {
        ::unlink(tmpPath.c_str());
        return fail(why);
    };
    ::fchmod(fd, 0644);
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int e = errno;
            ::close(fd);
            return abandon(std::string("write failed: ") + std::strerror(e));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        int e = errno;
        ::close(fd);
        return abandon(std::string("fsync failed: ") + std::strerror(e));
    }
    if (::close(fd) != 0) return abandon(std::string("close failed: ") + std::strerror(errno));
    if (std::rename(tmpPath.c_str(), path.c_str()) != 0)
        return abandon(std::string("rename failed: ") + std::strerror(errno));
    int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

}  // namespace frontline::core
