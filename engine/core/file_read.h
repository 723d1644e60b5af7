#pragma once
// The one way Frontline reads an input file: only a regular file (never a directory, device, FIFO or socket,
// which could block or never end), and never more than a stated limit, refused before it is read.

#include <cstddef>
#include <optional>
#include <string>

#include "diagnostic.h"

namespace frontline::core {

// Limits of every input, documented in docs/limits.md.
inline constexpr std::size_t kMaxScenarioBytes = 2u << 20;  // 2 MiB
inline constexpr std::size_t kMaxSessionBytes = 8u << 20;   // 8 MiB: tens of thousands of decisions
inline constexpr std::size_t kMaxRubricBytes = 1u << 20;    // 1 MiB
inline constexpr std::size_t kMaxAssetBytes = 1u << 20;     // 1 MiB per look or scene file

struct FileRead {
    enum class Problem { None, Missing, Directory, NotRegular, TooLarge, Unreadable };
    Problem problem = Problem::None;
    std::string bytes;    // the whole file when problem == None
    std::string message;  // why it was not read, in words for the author ("is a directory, not a file")
    bool ok() const { return problem == Problem::None; }
};

// `kind` names the file in the size message: "file is 3000000 bytes; scenario files are limited to 2097152 bytes".
FileRead readInputFile(const std::string& path, std::size_t maxBytes, const char* kind);
std::string tooLargeMessage(std::size_t size, std::size_t maxBytes, const char* kind);
// Whether `file`, symbolic links followed, is a regular file inside `folder` (links followed too): an asset in
// assets/scenes/ may be a link to another file of that folder, never to one elsewhere (/etc/…, a device).
bool isRegularFileInside(const std::string& file, const std::string& folder);
// file-too-large or io-error, for a read that failed.
const DiagnosticRule& readFailureRule(const FileRead& read);

}  // namespace frontline::core
