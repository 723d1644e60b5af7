// Terminal play and replay: the session engine rendered as wrapped text (CJK-aware), with numbered choices
// read from scripted tokens and then from an input stream polled with the node's time limit. Every decision
// is saved atomically to the session file before the next one is shown.
#pragma once
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/recording.h"
#include "core/scenario.h"
#include "core/session.h"
#include "utc_time.h"

namespace frontline {

// A source of input lines that can wait with a deadline (stdin is polled, so time limits work in a terminal).
class LineInput {
public:
    enum class Status { Line, Timeout, Eof };
    virtual ~LineInput() = default;
    // Waits for one line; `timeout` absent = wait forever.
    virtual Status readLine(std::string& line, std::optional<std::chrono::milliseconds> timeout) = 0;
};

// Reads lines from a file descriptor with poll(); works for terminals, pipes and files. A line longer than
// kMaxInputLineBytes (input without a newline, e.g. a binary file piped in) is not buffered: it reads as its
// first 64 bytes and "…", which is never a choice, and the rest up to its newline is dropped.
inline constexpr std::size_t kMaxInputLineBytes = 4096;

class FdLineInput : public LineInput {
public:
    explicit FdLineInput(int fd) : m_fd(fd) {}
    Status readLine(std::string& line, std::optional<std::chrono::milliseconds> timeout) override;

private:
    int m_fd;
    std::string m_buffer;
    bool m_eof = false;
    bool m_dropping = false;  // inside an over-long line: bytes up to its newline are dropped
    std::string m_longLine;   // what that line reads as
};

struct TextPlayOptions {
    std::string locale;               // must be one of the scenario's locales
    int columns = 80;                 // wrap width
    std::vector<std::string> script;  // --choices steps, used before reading input: a number as displayed,
                                      // a shown choice id, "t" (let the time run out) or "b" (step back)
    std::string recordPath;           // where the session file is saved after every decision; "" = nowhere
    double timeScale = 1.0;           // multiplies time limits (tests use 0.01)
};

// Exit code of play when a scripted step cannot be played (as `--autoplay` exits when its script cannot be followed).
inline constexpr int kScriptNotPlayable = 3;
// Exit code of play when a decision could not be saved (disk full, read-only folder): play stops there, and the
// session file keeps every decision before it.
inline constexpr int kSaveFailed = 4;

// Plays `session` (fresh, or resumed with `record.events` already applied) to its ending or the end of input.
// Graded sessions print the feedback on every choice after the ending; practice sessions after each choice.
// Appends one event per decision to `record` and saves it. Returns the process exit code (0: ending reached
// or input ended with progress saved; 1: the session file could not be written at all; kSaveFailed: a decision
// could not be saved (nothing unsaved is acknowledged); kScriptNotPlayable: a
// scripted step does not fit the node it reaches, or steps are left after the ending, with the reason on
// `prompts` and the progress so far saved).
int playInTerminal(core::Session& session, core::SessionRecord& record, const TextPlayOptions& options,
                   LineInput& input, std::ostream& out, std::ostream& prompts);

// Prints the transcript of a recorded session re-simulated against `scenario`, exactly as terminal play
// printed it, with warnings (scenario changed) and the divergence, if any, on `err`. Returns 0 when the whole
// record replays, 1 when it diverges.
int replayInTerminal(const core::Scenario& scenario, const core::SessionRecord& record, const std::string& recordFile,
                     const std::string& locale, int columns, std::ostream& out, std::ostream& err);

// Ctrl-C (SIGINT) and SIGTERM while waiting for input end play like the end of input: the progress is
// already saved, and the player is told how to resume. Call once before playInTerminal.
void installInterruptHandler();

// Terminal width of stdout (ioctl), else $COLUMNS, else 80; clamped to 20..120.
int terminalColumns();

}  // namespace frontline
