#include "text_play.h"

#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <ostream>

#include "core/utf8.h"
#include "text/line_breaker.h"
#include "ui_strings.h"

namespace frontline {
namespace {

using core::Scenario;
using core::Session;
using core::SessionEvent;
using Clock = std::chrono::steady_clock;

constexpr const char* kTimeoutStep = "t";  // a scripted step that lets the time run out, as in --autoplay

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int) {
    g_interrupted = 1;
}

// The words terminal play says itself: the "term.*" entries of the one UI table (game/ui_strings.cpp).
class Words : public game::Terms {
public:
    explicit Words(const std::string& locale) : Terms(locale, "term"), m_locale(locale) {}
    const char* kind(core::ChoiceKind k) const { return game::kindTerm(m_locale, k); }
    const char* ending(core::EndingKind k) const { return game::endingTerm(m_locale, k); }
    const char* mode(core::SessionMode m) const { return game::modeTerm(m_locale, m); }

private:
    std::string m_locale;
};

// Whole, however long the arguments (a fixed buffer cut the resume hint of paths over ~480 bytes).
template <typename... Args>
std::string format(const char* fmt, Args... args) {
    int n = std::snprintf(nullptr, 0, fmt, args...);
    if (n <= 0) return {};
    std::string out(static_cast<std::size_t>(n) + 1, '\0');
    std::snprintf(out.data(), out.size(), fmt, args...);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

// "1 decision", "2 decisions"; "1 个决定".
std::string decisionCount(int n, const std::string& locale) {
    if (locale == "zh") return std::to_string(n) + " 个决定";
    return std::to_string(n) + (n == 1 ? " decision" : " decisions");
}

// "2026-11-23T10:45:55Z" as "2026-11-23 10:45:55 UTC": no letters glued to the numbers.
std::string readableUtc(const std::string& iso) {
    if (iso.size() == 20 && iso[10] == 'T' && iso[19] == 'Z')
        return iso.substr(0, 10) + " " + iso.substr(11, 8) + " UTC";
    return iso;
}

std::string duration(std::int64_t ms) {
    std::int64_t s = ms / 1000;
    return format("%lld:%02lld", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
}

// The whole session's playing time: every recorded decision, including those taken before a resume.
std::int64_t playingMs(const core::SessionRecord& record) {
    std::int64_t total = 0;
    for (const auto& e : record.events) total += e.decisionMs;
    return total;
}

std::string padTo(const std::string& s, int columns) {
    int w = text::displayWidth(s);
    return w >= columns ? s : s + std::string(static_cast<std::size_t>(columns - w), ' ');
}

std::string bar(int value) {
    int filled = std::clamp((value + 5) / 10, 0, 10);
    return "[" + std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(10 - filled), '.') + "] " + std::to_string(value);
}

std::string trim(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

// Renders the transcript; shared by play and replay so both print the same lines. In graded mode the
// feedback waits for the end (as in the window's debrief); in practice it follows each choice.
class Transcript {
public:
    Transcript(const Scenario& scenario, std::string locale, int columns, core::SessionMode mode, std::ostream& out)
        : m_scenario(scenario),
          m_locale(std::move(locale)),
          m_words(m_locale),
          m_columns(columns),
          m_practice(mode == core::SessionMode::Practice),
          m_out(out) {}

    const Words& words() const { return m_words; }

    void header() {
        m_out << m_words("app") << " — " << m_scenario.title.in(m_locale) << "\n";
        paragraph(m_scenario.summary.in(m_locale), "");
        paragraph(m_practice ? m_words("practice-hint") : m_words("graded-hint"), "");
    }

    void node(const Session& session, const std::vector<int>& displayed) {
        const core::Node& node = session.node();
        if (!node.act.empty() && node.act != m_act) {
            if (const core::Act* act = m_scenario.act(node.act)) m_out << "\n== " << act->title.in(m_locale) << " ==\n";
        }
        m_act = node.act;
        m_out << "\n[" << core::clockLabel(m_scenario, session.state().minutes, m_locale) << "]\n";
        int speaker = m_scenario.characterIndex(node.speaker);
        if (speaker >= 0) {
            const core::Character& c = m_scenario.characters[speaker];
            std::string who = c.name.in(m_locale);
            std::string role = c.role.in(m_locale);
            std::string org = c.organisation.in(m_locale);
            const bool zh = m_locale == "zh";
            std::string detail = role;
            if (!org.empty()) detail += (detail.empty() ? "" : (zh ? "，" : ", ")) + org;
            if (!detail.empty()) who += m_words("open") + detail + m_words("close");
            m_out << who << (zh ? "：" : ":") << "\n";
            paragraph(node.text.in(m_locale), "  ");
        } else {
            paragraph(node.text.in(m_locale), "");
        }
        if (!node.present.empty()) {
            int nameWidth = 0;
            for (int i : node.present)
                nameWidth = std::max(nameWidth, text::displayWidth(m_scenario.characters[i].name.in(m_locale)));
            m_out << "\n";
            for (int i : node.present)
                m_out << "  " << padTo(m_scenario.characters[i].name.in(m_locale), nameWidth) << "  "
                      << m_words("trust") << " " << bar(session.state().trust[i]) << "  " << m_words("patience") << " "
                      << bar(session.state().patience[i]) << "\n";
        }
        m_out << "\n";
        int markerWidth = 0;  // every marker as wide as the widest, "[escalate]"
        for (const auto& k : core::kChoiceKindNames)
            markerWidth = std::max(markerWidth, text::displayWidth(m_words.kind(k.value)) + 2);
        for (std::size_t k = 0; k < displayed.size(); ++k) {
            const core::Choice& c = node.choices[displayed[k]];
            std::string prefix = "  " + std::to_string(k + 1) + ". " + padTo(tag(c.kind), markerWidth) + " ";
            paragraph(c.text.in(m_locale), prefix,
                      std::string(static_cast<std::size_t>(text::displayWidth(prefix)), ' '));
        }
        if (node.timeLimitSeconds > 0 && node.timeoutChoice >= 0)
            m_out << "  " << format(m_words("time-limit"), node.timeLimitSeconds) << "\n";
        m_out.flush();
    }

    // What happened at one event, after it was applied.
    void outcome(const Scenario& scenario, const SessionEvent& event) {
        if (event.type == core::EventType::Undo) {
            m_out << "\n← " << m_words("stepped-back") << "\n";
            m_out.flush();
            return;
        }
        const core::Node& node = scenario.nodes[static_cast<std::size_t>(scenario.nodeIndex(event.node))];
        const core::Choice* choice = nullptr;
        for (const auto& c : node.choices)
            if (c.id == event.choice) choice = &c;
        if (!choice) return;
        m_out << "\n";
        if (event.timedOut) m_out << m_words("time-up") << "\n";
        paragraph(choice->text.in(m_locale), "→ " + tag(choice->kind) + " ", "  ");
        if (m_practice) paragraph(choice->feedback.in(m_locale), "  ");
        m_out.flush();
    }

    void ending(const Session& session) {
        const core::Node& node = session.node();
        std::string title = node.endingTitle.in(m_locale);
        const char* kind = node.ending ? m_words.ending(*node.ending) : "";
        m_out << "\n== " << m_words("ending") << m_words("colon") << title << m_words("open") << kind
              << m_words("close") << " ==\n";
        paragraph(node.text.in(m_locale), "");
        if (!m_practice) feedback(session);
        realCase();
        m_out.flush();
    }

    // Graded: the feedback withheld during play, one entry per decision on the path.
    void feedback(const Session& session) {
        if (session.path().empty()) return;
        m_out << "\n== " << m_words("feedback-heading") << " ==\n";
        int step = 0;
        for (const Session::Step& s : session.path()) {
            const core::Choice& c =
                m_scenario.nodes[static_cast<std::size_t>(s.node)].choices[static_cast<std::size_t>(s.choice)];
            std::string text = c.text.in(m_locale);
            if (s.timedOut) text += std::string(m_words("open")) + m_words("timed-out") + m_words("close");
            std::string prefix = std::to_string(++step) + ". " + tag(c.kind) + " ";
            paragraph(text, prefix, "   ");
            paragraph(c.feedback.in(m_locale), "   ");
        }
    }

    // What really happened in the source case(s) and what it teaches; nothing when the scenario has no real_case.
    void realCase() {
        if (m_scenario.realCase.empty()) return;
        std::string cases;
        for (const std::string& c : m_scenario.source.cases) cases += (cases.empty() ? "" : ", ") + c;
        m_out << "\n== " << m_words("real-case");
        if (!cases.empty()) m_out << m_words("open") << cases << m_words("close");
        m_out << " ==\n";
        paragraph(m_scenario.realCase.in(m_locale), "");
    }

    // The closing line of play and replay: who played, how many decisions, and the whole session's playing time.
    void summary(const core::SessionRecord& record, int decisions) {
        const std::string time = duration(playingMs(record));
        m_out << "\n"
              << (record.player.empty()
                      ? format(m_words("summary-no-name"), decisions, time.c_str())
                      : format(m_words("summary"), core::printable(record.player).c_str(), decisions, time.c_str()))
              << "\n";
    }

    void paragraph(const std::string& s, const std::string& first, const std::string& rest = "") {
        const std::string& hanging = rest.empty() ? first : rest;
        int width = std::max(10, m_columns - std::max(text::displayWidth(first), text::displayWidth(hanging)));
        std::vector<std::string> lines = text::wrapColumns(s, width);
        if (lines.empty()) lines.emplace_back();
        for (std::size_t i = 0; i < lines.size(); ++i) m_out << (i == 0 ? first : hanging) << lines[i] << "\n";
    }

private:
    std::string tag(core::ChoiceKind kind) const { return std::string("[") + m_words.kind(kind) + "]"; }

    const Scenario& m_scenario;
    std::string m_locale;
    Words m_words;
    int m_columns;
    bool m_practice;
    std::ostream& m_out;
    std::string m_act;
};

bool isNumber(const std::string& s) {
    return !s.empty() && s.size() < 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

LineInput::Status FdLineInput::readLine(std::string& line, std::optional<std::chrono::milliseconds> timeout) {
    const auto deadline = timeout ? Clock::now() + *timeout : Clock::time_point::max();
    for (;;) {
        if (m_dropping) {
            auto nl = m_buffer.find('\n');
            m_buffer.erase(0, nl == std::string::npos ? std::string::npos : nl + 1);
            if (nl != std::string::npos || m_eof) {
                m_dropping = false;
                line = std::move(m_longLine);
                return Status::Line;
            }
        }
        if (auto nl = m_buffer.find('\n'); nl != std::string::npos && !m_dropping) {
            line = m_buffer.substr(0, nl);
            m_buffer.erase(0, nl + 1);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return Status::Line;
        }
        if (!m_dropping && m_buffer.size() > kMaxInputLineBytes) {
            std::size_t cut = 64;
            while (cut > 0 && (static_cast<unsigned char>(m_buffer[cut]) & 0xC0) == 0x80) --cut;  // whole characters
            m_longLine = m_buffer.substr(0, cut) + "…";
            m_buffer.clear();
            m_dropping = true;
            continue;
        }
        if (m_eof && !m_dropping) {
            if (m_buffer.empty()) return Status::Eof;
            line = std::move(m_buffer);
            m_buffer.clear();
            return Status::Line;
        }
        if (g_interrupted) return Status::Eof;
        int waitMs = -1;
        if (timeout) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0) return Status::Timeout;
            waitMs = static_cast<int>(std::min<long long>(left, 1000 * 60 * 60));
        }
        pollfd p{m_fd, POLLIN, 0};
        int r = ::poll(&p, 1, waitMs);
        if (r == 0) {
            if (timeout && Clock::now() >= deadline) return Status::Timeout;
            continue;
        }
        if (g_interrupted) return Status::Eof;
        if (r < 0) {
            if (errno == EINTR) continue;
            m_eof = true;
            continue;
        }
        char buf[4096];
        ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0) {
            m_buffer.append(buf, static_cast<std::size_t>(n));
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
            m_eof = true;
        }
    }
}

void installInterruptHandler() {
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: poll() returns EINTR and play stops cleanly
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

int terminalColumns() {
    int columns = 0;
    winsize ws{};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) columns = ws.ws_col;
    if (columns == 0)
        if (const char* env = std::getenv("COLUMNS")) columns = std::atoi(env);
    if (columns <= 0) columns = 80;
    return std::clamp(columns, 20, 120);
}

int playInTerminal(Session& session, core::SessionRecord& record, const TextPlayOptions& options, LineInput& input,
                   std::ostream& out, std::ostream& prompts) {
    const Scenario& scenario = session.scenario();
    Transcript transcript(scenario, options.locale, options.columns, session.mode(), out);
    const Words& w = transcript.words();

    auto save = [&]() {
        if (options.recordPath.empty()) return true;
        std::string error;
        if (core::saveSessionRecordAtomically(record, options.recordPath, &error)) return true;
        prompts << "frontline: " << error << "\n";
        return false;
    };
    // A decision is acknowledged (its outcome printed) only once it is safely on disk: a kill or a full disk
    // never loses a decision the trainee saw accepted.
    auto recordLast = [&]() {
        record.events.push_back(core::toRecordedEvent(session.events().back(), utcNow()));
        if (save()) return true;
        out << "\n" << format(w("save-failed"), options.recordPath.c_str(), options.recordPath.c_str()) << "\n";
        return false;
    };
    auto inputEnded = [&]() {
        out << "\n";
        if (options.recordPath.empty())
            out << w("not-recorded") << "\n";
        else
            out << format(w("input-ended"), options.recordPath.c_str(), options.recordPath.c_str()) << "\n";
        return 0;
    };
    std::size_t scriptPos = 0;
    // A scripted list is the player's whole intent: a step that cannot be played stops play (progress kept).
    auto scriptFails = [&](const std::string& why) {
        prompts << "frontline play: --choices step " << scriptPos << " '" << options.script[scriptPos - 1]
                << "': " << why << "\n";
        inputEnded();
        return kScriptNotPlayable;
    };

    transcript.header();
    if (!session.events().empty())
        out << format(w("resumed"), decisionCount(session.decisionIndex(), options.locale).c_str()) << "\n";
    if (!save()) return 1;

    while (!session.finished()) {
        const std::vector<int> displayed = session.displayedChoices();
        const core::Node& node = session.node();
        transcript.node(session, displayed);
        const int n = static_cast<int>(displayed.size());
        const bool timed = node.timeLimitSeconds > 0 && session.timeoutChoiceIndex().has_value();
        const auto shownAt = Clock::now();
        const auto limit = std::chrono::milliseconds(
            static_cast<long long>(node.timeLimitSeconds * 1000.0 * std::max(0.0, options.timeScale)));
        if (n == 0 && !timed) {
            prompts << "frontline: node '" << node.id << "' offers no choice now (the scenario is invalid)\n";
            return 1;
        }
        // 0 when the timeout was taken and saved, else the exit code to stop with.
        auto timeOut = [&](std::int64_t ms) {
            if (auto err = session.timeout(ms)) {
                prompts << "frontline: " << err->message << "\n";
                return 1;
            }
            if (!recordLast()) return kSaveFailed;
            transcript.outcome(scenario, session.events().back());
            return 0;
        };
        bool decided = false;
        while (!decided) {
            std::string line;
            LineInput::Status status;
            bool scripted = scriptPos < options.script.size();
            if (scripted) {
                line = options.script[scriptPos++];
                status = LineInput::Status::Line;
                prompts << format(w("prompt"), n) << line << "\n";
            } else {
                std::optional<std::chrono::milliseconds> wait;
                if (timed) {
                    auto left = limit - std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - shownAt);
                    wait = std::max(left, std::chrono::milliseconds(0));
                    prompts << "(" << format(w("seconds-left"), static_cast<int>((wait->count() + 999) / 1000)) << ") ";
                }
                prompts << format(w("prompt"), n) << std::flush;
                status = input.readLine(line, wait);
            }
            const std::int64_t ms =
                std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - shownAt).count();
            if (status == LineInput::Status::Eof) {
                prompts << "\n";
                return inputEnded();
            }
            if (status == LineInput::Status::Timeout) {
                prompts << "\n";
                if (int stop = timeOut(ms)) return stop;
                decided = true;
                continue;
            }
            std::string token = trim(line);
            if (scripted && token == kTimeoutStep) {
                if (!timed) return scriptFails("node '" + node.id + "' has no time limit");
                if (int stop = timeOut(ms)) return stop;
                decided = true;
                continue;
            }
            if (token.empty()) {
                if (scripted) return scriptFails("an empty step");
                continue;
            }
            if (!scripted && (token == "q" || token == "quit")) return inputEnded();
            if (token == "b" || (!scripted && token == "back")) {
                if (session.mode() != core::SessionMode::Practice) {
                    if (scripted) return scriptFails(w("no-back"));
                    prompts << w("no-back") << "\n";
                } else if (auto err = session.stepBack()) {
                    if (scripted) return scriptFails(w("nothing-to-undo"));
                    prompts << w("nothing-to-undo") << "\n";
                } else {
                    if (!recordLast()) return kSaveFailed;
                    transcript.outcome(scenario, session.events().back());
                    decided = true;
                }
                continue;
            }
            std::string choiceId;
            if (isNumber(token)) {
                int k = std::atoi(token.c_str());
                if (k >= 1 && k <= n) choiceId = node.choices[displayed[k - 1]].id;
            } else {
                for (int i : displayed)
                    if (node.choices[i].id == token) choiceId = token;
            }
            if (choiceId.empty() || session.choose(choiceId, ms)) {
                if (scripted) {
                    auto t = session.timeoutChoiceIndex();
                    if (t && node.choices[static_cast<std::size_t>(*t)].id == token)
                        return scriptFails("that choice is taken only when the time runs out: write " +
                                           std::string(kTimeoutStep));
                    return scriptFails("not one of the " + std::to_string(n) + " choices shown at node '" + node.id +
                                       "' (a number 1-" + std::to_string(n) + ", a shown choice id, " + kTimeoutStep +
                                       " or b)");
                }
                prompts << format(w("invalid"), token.c_str(), n) << "\n";
                continue;
            }
            if (!recordLast()) return kSaveFailed;
            transcript.outcome(scenario, session.events().back());
            decided = true;
        }
    }
    transcript.ending(session);
    transcript.summary(record, session.decisionIndex());
    if (!options.recordPath.empty()) {
        out << format(w("saved-to"), options.recordPath.c_str()) << "\n";
        out << format(w("score-hint"), options.recordPath.c_str()) << "\n";
    }
    if (scriptPos < options.script.size()) {
        const std::size_t left = options.script.size() - scriptPos;
        prompts << "frontline play: --choices has " << left << (left == 1 ? " step" : " steps")
                << " left after the ending (from step " << scriptPos + 1 << " '" << options.script[scriptPos] << "')\n";
        return kScriptNotPlayable;
    }
    return 0;
}

int replayInTerminal(const Scenario& scenario, const core::SessionRecord& record, const std::string& recordFile,
                     const std::string& locale, int columns, std::ostream& out, std::ostream& err) {
    core::ReplayResult replay = core::replaySession(scenario, record, recordFile);
    for (const auto& d : replay.diagnostics)
        if (d.severity == core::Severity::Warning) err << core::format(d) << "\n";

    const Words w(locale);
    const char* mode = w.mode(record.mode);
    const std::string player = record.player.empty() ? "—" : core::printable(record.player);
    out << format(w("replay-header"), core::printable(recordFile).c_str(), player.c_str(), mode,
                  readableUtc(record.startTime).c_str())
        << "\n";
    if (replay.scenarioChanged) out << w("replay-changed") << "\n";
    Transcript transcript(scenario, locale, columns, record.mode, out);
    transcript.header();
    // Walk the validated events again, printing each decision as play printed it.
    Session walk(scenario, record.seed, {record.mode});
    const auto& events = replay.session->events();
    for (const SessionEvent& e : events) {
        if (e.type != core::EventType::Undo) transcript.node(walk, walk.displayedChoices());
        if (e.type == core::EventType::Undo)
            walk.stepBack();
        else if (e.type == core::EventType::Timeout)
            walk.timeout(e.decisionMs);
        else
            walk.choose(e.choice, e.decisionMs);
        transcript.outcome(scenario, walk.events().back());
    }
    if (!replay.ok()) {
        if (!walk.finished()) transcript.node(walk, walk.displayedChoices());
        for (const auto& d : replay.diagnostics)
            if (d.severity == core::Severity::Error) err << core::format(d) << "\n";
        out << "\n"
            << format(w("replay-diverges"), replay.divergedAt + 1, static_cast<int>(record.events.size()),
                      replay.scenarioChanged ? w("replay-diverges-changed") : "")
            << "\n";
        return 1;
    }
    if (walk.finished()) {
        transcript.ending(walk);
    } else {
        transcript.node(walk, walk.displayedChoices());
        out << "\n" << format(w("not-finished"), decisionCount(walk.decisionIndex(), locale).c_str()) << "\n";
    }
    transcript.summary(record, walk.decisionIndex());
    return 0;
}

}  // namespace frontline
