#include "file_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include "diagnostic_rules.h"

namespace frontline::core {

namespace {

FileRead refuse(FileRead::Problem problem, std::string message) {
    FileRead r;
    r.problem = problem;
    r.message = std::move(message);
    return r;
}

}  // namespace

const DiagnosticRule& readFailureRule(const FileRead& read) {
    return read.problem == FileRead::Problem::TooLarge ? rules::fileTooLarge : rules::ioError;
}

bool isRegularFileInside(const std::string& file, const std::string& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return false;
    fs::path target = fs::canonical(file, ec);
    if (ec) return false;
    fs::path root = fs::canonical(folder, ec);
    if (ec) return false;
    auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return r == root.end() && t != target.end();
}

std::string tooLargeMessage(std::size_t size, std::size_t maxBytes, const char* kind) {
    std::string readable;
    if (maxBytes >= (1u << 20) && maxBytes % (1u << 20) == 0)
        readable = " (" + std::to_string(maxBytes >> 20) + " MiB)";
    else if (maxBytes >= (1u << 10) && maxBytes % (1u << 10) == 0)
        readable = " (" + std::to_string(maxBytes >> 10) + " KiB)";
    return "file is " + std::to_string(size) + " bytes; " + kind + " files are limited to " + std::to_string(maxBytes) +
           " bytes" + readable;
}

FileRead readInputFile(const std::string& path, std::size_t maxBytes, const char* kind) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer before fstat could refuse it.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR) return refuse(FileRead::Problem::Missing, "no such file");
        if (errno == EISDIR) return refuse(FileRead::Problem::Directory, "is a directory, not a file");
        return refuse(FileRead::Problem::Unreadable, std::string("cannot open the file: ") + std::strerror(errno));
    }
    struct FdCloser {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return refuse(FileRead::Problem::Unreadable, std::string("cannot read the file: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return refuse(FileRead::Problem::Directory, "is a directory, not a file");
    if (!S_ISREG(st.st_mode))
        return refuse(FileRead::Problem::NotRegular, "is not a regular file (a device, FIFO or socket)");
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes)
        return refuse(FileRead::Problem::TooLarge,
                      tooLargeMessage(static_cast<std::size_t>(st.st_size), maxBytes, kind));
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    FileRead r;
    r.bytes.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    // Read one byte past the size: a file that grew while being read is still held to the limit.
    while (true) {
        if (got == r.bytes.size()) {
            if (r.bytes.size() > maxBytes) break;
            r.bytes.resize(std::min(maxBytes + 1, r.bytes.size() + 4096));
        }
        ssize_t n = ::read(fd, r.bytes.data() + got, r.bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            return refuse(FileRead::Problem::Unreadable,
                          std::string("error while reading the file: ") + std::strerror(errno));
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    if (got > maxBytes) return refuse(FileRead::Problem::TooLarge, tooLargeMessage(got, maxBytes, kind));
    r.bytes.resize(got);
    return r;
}

}  // namespace frontline::core
