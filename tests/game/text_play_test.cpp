#include "text_play.h"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <unistd.h>

#include <deque>
#include <filesystem>
#include <sstream>
#include <thread>

#include "../core/session_fixture.h"
#include "temp_folder.h"
#include "text/line_breaker.h"

using namespace frontline;
using frontline::testing::deskScenario;
namespace fs = std::filesystem;

namespace {

// Input lines from a queue; "<timeout>" stands for the player letting the time run out.
class QueueInput : public LineInput {
public:
    explicit QueueInput(std::deque<std::string> lines) : m_lines(std::move(lines)) {}
    Status readLine(std::string& line, std::optional<std::chrono::milliseconds> timeout) override {
        if (m_lines.empty()) return Status::Eof;
        std::string next = m_lines.front();
        m_lines.pop_front();
        if (next == "<timeout>") return timeout ? Status::Timeout : Status::Eof;
        line = next;
        return Status::Line;
    }
    std::size_t left() const { return m_lines.size(); }

private:
    std::deque<std::string> m_lines;
};

struct Run {
    int code = -1;
    std::string out, prompts;
    core::SessionRecord record;
};

Run play(const core::Scenario& sc, std::uint64_t seed, std::deque<std::string> lines, TextPlayOptions options = {},
         core::SessionMode mode = core::SessionMode::Graded) {
    if (options.locale.empty()) options.locale = "en";
    core::Session session(sc, seed, {mode});
    Run run;
    run.record.scenarioId = sc.id;
    run.record.scenarioSha256 = sc.sha256;
    run.record.seed = seed;
    run.record.mode = mode;
    QueueInput input(std::move(lines));
    std::ostringstream out, prompts;
    run.code = playInTerminal(session, run.record, options, input, out, prompts);
    run.out = out.str();
    run.prompts = prompts.str();
    return run;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> linesStartingWith(const std::string& text, const std::string& prefix) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(prefix, 0) == 0) out.push_back(line);
    return out;
}

// The displayed number of a choice id at the first decision for `seed`.
std::string numberOf(const core::Scenario& sc, std::uint64_t seed, const std::string& id) {
    auto ids = core::Session(sc, seed).displayedChoiceIds();
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id) return std::to_string(i + 1);
    return "?";
}

// A fresh folder under /tmp for one test's session file, removed afterwards.
}  // namespace

TEST_CASE("terminal play shows the act, clock, speaker, meters, marked choices, feedback and the ending") {
    core::Scenario sc = deskScenario();
    Run run = play(sc, 3, {numberOf(sc, 3, "ask"), "own"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Frontline — The service desk"));
    CHECK(contains(run.out, "== Act one =="));
    CHECK(contains(run.out, "== Act two =="));
    CHECK(contains(run.out, "[2010-08-05 09:00]"));
    CHECK(contains(run.out, "Mr Wang (CEO, Telecom):"));
    CHECK(contains(run.out, "Mr Wang  trust [#####.....] 50  patience [#####.....] 50"));
    CHECK(contains(run.out, "Ms Li    trust [####......] 40  patience [######....] 60"));
    CHECK(contains(run.out, ". [listen]   Ask what the outage cost them"));
    CHECK(contains(run.out, ". [escalate] Call your regional director"));
    CHECK_FALSE(contains(run.out, "Say nothing\n  "));  // the timeout-only choice is not a button
    CHECK(contains(run.out, "You have 30 s to answer."));
    CHECK(contains(run.out, "→ [listen] Ask what the outage cost them"));
    CHECK(contains(run.out, "  Feedback on ask."));
    CHECK(contains(run.out, "== Ending: Trust earned (won) =="));
    CHECK(contains(run.out, "The customer stays."));
    CHECK(run.record.events.size() == 2);
    CHECK(core::effectiveChoiceIds(run.record) == std::vector<std::string>{"ask", "own"});
    // The numbered list is the displayed order, which is recorded.
    auto numbered = linesStartingWith(run.out, "  1. [");
    REQUIRE(numbered.size() == 2);
    CHECK(contains(
        numbered[0],
        sc.nodes[0].choices[static_cast<std::size_t>(core::Session(sc, 3).displayedChoices()[0])].text.in("en")));
}

TEST_CASE("input that is not a valid choice is asked again") {
    core::Scenario sc = deskScenario();
    Run run = play(sc, 3, {"", "hello", "0", "4", "99999999999", "wait", "pitch", "2", "1"});
    CHECK(run.code == 0);
    CHECK(contains(run.prompts, "'hello' is not one of the choices: type a number from 1 to 3."));
    CHECK(contains(run.prompts, "'0' is not one of the choices"));
    CHECK(contains(run.prompts, "'4' is not one of the choices"));
    CHECK(contains(run.prompts, "'wait' is not one of the choices"));  // timeout-only
    REQUIRE(run.record.events.size() == 2);
    CHECK(run.record.events[0].choice == "pitch");
}

TEST_CASE("when the time runs out the timeout choice is taken and the player is told") {
    core::Scenario sc = deskScenario();
    Run run = play(sc, 3, {"<timeout>", "own"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Time is up.\n→ [listen] Say nothing"));
    REQUIRE(run.record.events.size() == 2);
    CHECK((run.record.events[0].type == core::EventType::Timeout));
    CHECK(run.record.events[0].choice == "wait");
}

TEST_CASE("a scripted 't' lets the time run out, written as --autoplay writes it") {
    core::Scenario sc = deskScenario();
    TextPlayOptions options;
    options.script = {"t", "own"};
    Run run = play(sc, 3, {}, options);
    CHECK(run.code == 0);
    CHECK(core::effectiveChoiceIds(run.record) == std::vector<std::string>{"wait", "own"});
    CHECK((run.record.events[0].type == core::EventType::Timeout));
    CHECK(contains(run.out, "Time is up."));
}

TEST_CASE("a scripted step that cannot be played stops play with the reason, keeping what was played") {
    core::Scenario sc = deskScenario();
    struct Case {
        std::vector<std::string> script;
        std::string reason;
        std::size_t played;
    };
    const Case cases[] = {
        {{"wait", "own"}, "--choices step 1 'wait': that choice is taken only when the time runs out: write t", 0},
        {{"timeout"}, "--choices step 1 'timeout': not one of the 3 choices shown at node 'intro'", 0},
        {{"ask", "t"}, "--choices step 2 't': node 'call' has no time limit", 1},
        {{"ask", "9"}, "--choices step 2 '9': not one of the", 1},
        {{"ask", "b"}, "--choices step 2 'b': Stepping back is only possible in practice mode", 1},
        {{"ask", ""}, "--choices step 2 '': an empty step", 1},
        {{"ask", "own", "own", "ask"}, "--choices has 2 steps left after the ending (from step 3 'own')", 2},
    };
    for (const Case& c : cases) {
        CAPTURE(c.reason);
        TextPlayOptions options;
        options.script = c.script;
        Run run = play(sc, 3, {"own", "own"}, options);  // input that would have been read after the script
        CHECK(run.code == kScriptNotPlayable);
        CHECK(contains(run.prompts, c.reason));
        CHECK(run.record.events.size() == c.played);
    }
}

TEST_CASE("the end of input stops cleanly with the progress saved") {
    core::Scenario sc = deskScenario();
    TempFolder dir;
    TextPlayOptions options;
    options.recordPath = (dir.path / "s.json").string();
    Run run = play(sc, 3, {"escalate"}, options);
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Your progress is saved in " + options.recordPath));
    CHECK(contains(run.out, "frontline play --resume " + options.recordPath));
    auto loaded = core::loadSessionRecord(options.recordPath);
    REQUIRE(loaded.record);
    CHECK(core::effectiveChoiceIds(*loaded.record) == std::vector<std::string>{"escalate"});

    // Resume: replay the record, then continue.
    auto replay = core::replaySession(sc, *loaded.record);
    REQUIRE(replay.ok());
    core::SessionRecord record = *loaded.record;
    QueueInput input({"own"});
    std::ostringstream out, prompts;
    CHECK(playInTerminal(*replay.session, record, options, input, out, prompts) == 0);
    CHECK(contains(out.str(), "Resumed: 1 decision already taken."));
    CHECK(contains(out.str(), "== Ending: A narrow escape (partial) =="));
    CHECK(contains(out.str(), "To see your score: frontline score " + options.recordPath));
    CHECK(core::effectiveChoiceIds(*core::loadSessionRecord(options.recordPath).record) ==
          std::vector<std::string>{"escalate", "own"});
}

TEST_CASE("practice mode steps back with b; graded mode says it cannot") {
    core::Scenario sc = deskScenario();
    Run graded = play(sc, 3, {"pitch", "b", "note"});
    CHECK(contains(graded.prompts, "only possible in practice mode"));
    CHECK(core::effectiveChoiceIds(graded.record) == std::vector<std::string>{"pitch", "note"});

    Run practice = play(sc, 3, {"b", "pitch", "b", "ask", "own"}, {}, core::SessionMode::Practice);
    CHECK(contains(practice.prompts, "There is nothing to step back from."));
    CHECK(contains(practice.out, "← You stepped back."));
    CHECK(practice.record.events.size() == 4);
    CHECK(core::effectiveChoiceIds(practice.record) == std::vector<std::string>{"ask", "own"});
    CHECK(contains(practice.out, "(won)"));
}

TEST_CASE("Chinese play wraps to the terminal width with CJK widths") {
    core::Scenario sc = deskScenario();
    sc.nodes[0].text.set("zh",
                         "网络昨天断了三个小时，我们的客户一个接一个地打电话来投诉，我今天必须给董事会一个说法！");
    TextPlayOptions options;
    options.locale = "zh";
    options.columns = 30;
    Run run = play(sc, 3, {"1", "1"}, options);
    CHECK(contains(run.out, "王总（首席执行官，电信）："));
    CHECK(contains(run.out, "信任 [#####.....] 50"));
    CHECK(contains(run.out, "限时 30 秒作答。"));
    std::istringstream in(run.out);
    for (std::string line; std::getline(in, line);) {
        CAPTURE(line);
        if (line.rfind("  王总", 0) == 0 || line.rfind("  李工", 0) == 0) continue;  // meter rows are fixed width
        CHECK(text::displayWidth(line) <= 30);
        CHECK(line.find("  ，") == std::string::npos);
    }
}

TEST_CASE("replay prints the transcript that play printed") {
    core::Scenario sc = deskScenario();
    Run run = play(sc, 8, {"<timeout>", "own"});
    REQUIRE(run.code == 0);
    std::ostringstream out, err;
    CHECK(replayInTerminal(sc, run.record, "r.json", "en", 80, out, err) == 0);
    CHECK(err.str().empty());
    // Everything play printed between the header and the summary is printed again.
    std::string played = run.out.substr(0, run.out.find("\nDecisions:"));
    CHECK(contains(out.str(), played));

    SUBCASE("a changed scenario is said clearly, and where the replay diverges") {
        core::Scenario changed = deskScenario();
        changed.sha256 = std::string(64, 'c');
        changed.nodes[1].choices[0].id = "confess";  // the recorded 'own' no longer exists
        std::ostringstream out2, err2;
        CHECK(replayInTerminal(changed, run.record, "r.json", "en", 80, out2, err2) == 1);
        CHECK(contains(out2.str(), "WARNING: the scenario file changed since this session was recorded"));
        CHECK(contains(out2.str(), "REPLAY DIVERGES at event 2 of 2"));
        CHECK(contains(err2.str(), "r.json: warning: the scenario file desk.json changed"));
        CHECK(contains(err2.str(),
                       "r.json: error: replay diverges at event 2 (choice 'own'): node 'call' has no choice 'own'"));
    }
}

TEST_CASE("stdin is polled: a line arrives, or the time runs out") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    FdLineInput input(fds[0]);
    std::string line;
    auto t0 = std::chrono::steady_clock::now();
    CHECK((input.readLine(line, std::chrono::milliseconds(50)) == LineInput::Status::Timeout));
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(45));
    REQUIRE(::write(fds[1], "2\r\nask\npartial", 14) == 14);
    ::close(fds[1]);
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Line));
    CHECK(line == "2");
    CHECK((input.readLine(line, std::chrono::milliseconds(50)) == LineInput::Status::Line));
    CHECK(line == "ask");
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Line));
    CHECK(line == "partial");
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Eof));
    ::close(fds[0]);
}

TEST_CASE("an over-long input line is not buffered: it reads as its start and '…', never as a choice") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    FdLineInput input(fds[0]);
    std::thread writer([&] {
        // 1 MB without a newline (a binary file piped in), then two real lines.
        std::string junk = "1" + std::string(1 << 20, ' ') + "x\n2\n" + std::string(3 * kMaxInputLineBytes, 'z');
        std::size_t done = 0;
        while (done < junk.size()) {
            ssize_t n = ::write(fds[1], junk.data() + done, junk.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        ::close(fds[1]);
    });
    std::string line;
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Line));
    CHECK(line == "1" + std::string(63, ' ') + "…");
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Line));
    CHECK(line == "2");
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Line));  // the last, cut by the end of input
    CHECK(line == std::string(64, 'z') + "…");
    CHECK((input.readLine(line, std::nullopt) == LineInput::Status::Eof));
    writer.join();
    ::close(fds[0]);
}

TEST_CASE("the real case behind the scenario follows the ending, wrapped; nothing without one") {
    core::Scenario sc = deskScenario();
    SUBCASE("a scenario without real_case prints no heading") {
        Run run = play(sc, 3, {numberOf(sc, 3, "ask"), "own"});
        CHECK(contains(run.out, "== Ending: Trust earned (won) =="));
        CHECK_FALSE(contains(run.out, "real case"));
    }
    SUBCASE("English, wrapped to the columns, with the case ids") {
        sc.source.cases = {"TM-01", "TM-02"};
        sc.realCase = frontline::testing::both(
            "真实案例里，客户经理先问清三小时断网让客户损失了什么，再指定一位负责人跟进到底；客户留了下来。教训：先倾听"
            "，再承诺。",
            "In the real case the account manager first asked what the three-hour outage had cost the customer, then "
            "named one owner who followed the fix through to the end; the customer stayed.");
        TextPlayOptions options;
        options.columns = 40;
        Run run = play(sc, 3, {numberOf(sc, 3, "ask"), "own"}, options);
        const std::size_t ending = run.out.find("== Ending: Trust earned (won) ==");
        const std::size_t heading = run.out.find("\n== The real case (TM-01, TM-02) ==\n");
        REQUIRE(ending != std::string::npos);
        REQUIRE(heading != std::string::npos);
        CHECK(heading > ending);
        CHECK(run.out.find("\nIn the real case the account manager", heading) != std::string::npos);
        std::istringstream in(run.out.substr(heading + 1));
        int lines = 0;
        for (std::string line; std::getline(in, line) && !line.empty(); ++lines) {
            CAPTURE(line);
            CHECK(text::displayWidth(line) <= 40);
        }
        CHECK(lines >= 5);  // the heading and the text wrapped on several lines

        // Replay prints the same transcript, real case included.
        std::ostringstream out, err;
        CHECK(replayInTerminal(sc, run.record, "r.json", "en", 40, out, err) == 0);
        CHECK(contains(out.str(), run.out.substr(heading, run.out.find("\nDecisions:") - heading)));
    }
    SUBCASE("Chinese heading and text") {
        sc.source.cases = {"T-01"};
        sc.realCase = frontline::testing::both("真实案例里，客户经理先听完再承诺。", "Listen first.");
        TextPlayOptions options;
        options.locale = "zh";
        Run run = play(sc, 3, {numberOf(sc, 3, "ask"), "own"}, options);
        CHECK(contains(run.out, "\n== 真实案例（T-01） ==\n真实案例里，客户经理先听完再承诺。\n"));
    }
}

TEST_CASE("graded play keeps the feedback for the end; practice shows it after each choice") {
    core::Scenario sc = deskScenario();
    const std::string ask = numberOf(sc, 3, "ask");
    Run graded = play(sc, 3, {ask, "own"});
    CHECK(contains(graded.out, "Graded: the feedback on your choices comes at the end."));
    const std::size_t ending = graded.out.find("== Ending: Trust earned (won) ==");
    REQUIRE(ending != std::string::npos);
    CHECK(graded.out.find("Feedback on") > ending);
    const std::size_t heading = graded.out.find("\n== Feedback on your decisions ==\n", ending);
    REQUIRE(heading != std::string::npos);
    CHECK(contains(graded.out.substr(heading),
                   "\n1. [listen] Ask what the outage cost them\n   Feedback on ask.\n"
                   "2. [respond] Own the problem\n   Feedback on own.\n"));

    Run practice = play(sc, 3, {ask, "own"}, {}, core::SessionMode::Practice);
    CHECK(contains(practice.out, "Practice: feedback after each choice; type b to step back."));
    CHECK(contains(practice.out, "→ [listen] Ask what the outage cost them\n  Feedback on ask.\n"));
    CHECK_FALSE(contains(practice.out, "== Feedback on your decisions =="));

    SUBCASE("replay follows the recorded mode") {
        std::ostringstream out, err;
        CHECK(replayInTerminal(sc, graded.record, "g.json", "en", 80, out, err) == 0);
        CHECK(out.str().find("Feedback on ask.") > out.str().find("== Ending: Trust earned (won) =="));
        std::ostringstream out2, err2;
        CHECK(replayInTerminal(sc, practice.record, "p.json", "en", 80, out2, err2) == 0);
        CHECK(contains(out2.str(), "→ [listen] Ask what the outage cost them\n  Feedback on ask.\n"));
    }
}

TEST_CASE("the zh transcript says its tags, ending kind, clock and summary in Chinese") {
    core::Scenario sc = deskScenario();
    sc.clockStart.clear();  // the day-counting clock
    TextPlayOptions options;
    options.locale = "zh";
    Run run = play(sc, 3, {numberOf(sc, 3, "ask"), "own"}, options);
    CHECK(contains(run.out, "前线 — 服务台"));
    CHECK(contains(run.out, "[第 1 天 09:00]"));
    CHECK(contains(run.out, ". [倾听] 选项：Ask what the outage cost them"));
    CHECK(contains(run.out, ". [升级] 选项：Call your regional director"));
    CHECK(contains(run.out, "→ [倾听] 选项："));
    CHECK(contains(run.out, "== 结局：赢得信任（成功） =="));
    CHECK(contains(run.out, "== 每个决定的点评 =="));
    CHECK(contains(run.out, "决定数：2。用时："));
    for (const char* word : {"[listen]", "[respond]", "[escalate]", "(won)", "Day 1", "Decisions"}) {
        CAPTURE(word);
        CHECK_FALSE(contains(run.out, word));
    }
    std::ostringstream out, err;
    run.record.player = "张三";
    run.record.startTime = "2026-11-23T10:45:55Z";
    CHECK(replayInTerminal(sc, run.record, "r.json", "zh", 80, out, err) == 0);
    CHECK(contains(out.str(), "回放 r.json：学员 张三，考核，开始于 2026-11-23 10:45:55 UTC"));
    CHECK(contains(out.str(), "学员：张三。决定数：2。用时："));
}

TEST_CASE("the transcript ends with the player's name; after a resume the playing time is the whole session's") {
    core::Scenario sc = deskScenario();
    TempFolder dir;
    TextPlayOptions options;
    options.recordPath = (dir.path / "s.json").string();
    core::Session first(sc, 3);
    core::SessionRecord record;
    record.scenarioId = sc.id;
    record.player = "Li Wei";
    REQUIRE_FALSE(first.choose("escalate", 65000));  // 1:05 spent before the process stopped
    record.events.push_back(core::toRecordedEvent(first.events().back(), "2026-11-23T10:46:01Z"));
    auto replay = core::replaySession(sc, record);
    REQUIRE(replay.ok());
    QueueInput input({"own"});
    std::ostringstream out, prompts;
    CHECK(playInTerminal(*replay.session, record, options, input, out, prompts) == 0);
    CHECK(contains(out.str(), "Resumed: 1 decision already taken."));
    CHECK(contains(out.str(), "\nPlayer: Li Wei. Decisions: 2. Playing time: 1:05."));

    std::ostringstream replayed, err;
    CHECK(replayInTerminal(sc, record, "s.json", "en", 80, replayed, err) == 0);
    CHECK(contains(replayed.str(), "Replay of s.json: player Li Wei, graded, started "));
    CHECK(contains(replayed.str(), "\nPlayer: Li Wei. Decisions: 2. Playing time: 1:05."));
    record.events.pop_back();
    std::ostringstream unfinished;
    CHECK(replayInTerminal(sc, record, "s.json", "en", 80, unfinished, err) == 0);
    CHECK(contains(unfinished.str(), "(The session was not finished: 1 decision recorded.)"));
}
