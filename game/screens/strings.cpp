#include "screens/strings.h"

#include <map>
#include <utility>

namespace frontline::game {
namespace {

using Table = std::map<std::string, std::pair<std::string, std::string>, std::less<>>;

const Table& table() {
    static const Table t = {
        {"app.title", {"前线", "Frontline"}},
        {"app.subtitle", {"以客户为中心的服务训练", "Customer-centric service training"}},
        {"app.tagline", {"倾听、回应、升级——每一个选择，客户都看在眼里。",
                         "Listen, respond, escalate: the customer sees every choice you make."}},
        {"menu.start", {"开始训练", "Start training"}},
        {"title.trainee", {"学员", "Trainee"}},
        {"title.typename", {"请输入你的名字", "type your name"}},
        {"title.namehint", {"Enter 确认 · 名字会记录在每次训练中", "Enter to confirm · recorded in every session"}},
        {"menu.settings", {"设置", "Settings"}},
        {"menu.quit", {"退出", "Quit"}},
        {"hint.keys", {"↑↓ 选择 · Enter 确认 · F2 中文/English · Esc 返回",
                       "↑↓ select · Enter confirm · F2 中文/English · Esc back"}},
        {"select.title", {"选择情景", "Choose a scenario"}},
        {"select.mode", {"模式", "Mode"}},
        {"mode.practice", {"练习", "Practice"}},
        {"mode.graded", {"考核", "Graded"}},
        {"mode.practice.hint", {"练习模式：每步后显示反馈，可用 Backspace 退回一步（会记录在复盘中）。",
                                "Practice: feedback after each step; Backspace steps back one decision (noted in the debrief)."}},
        {"mode.graded.hint", {"考核模式：反馈留到复盘，不能退回。", "Graded: feedback waits for the debrief; no stepping back."}},
        {"select.best", {"最佳指数", "Best Index"}},
        {"select.none", {"尚无成绩", "not played yet"}},
        {"select.minutes", {"分钟", "min"}},
        {"select.case", {"案例", "Case"}},
        {"select.resume", {"继续上次未完成的训练", "Resume your unfinished session"}},
        {"select.resume.decision", {"已做 %d 个决定", "%d decision made"}},
        {"select.resume.decisions", {"已做 %d 个决定", "%d decisions made"}},
        {"select.empty", {"没有找到可用的情景文件（scenarios/*.json）。", "No playable scenarios were found (scenarios/*.json)."}},
        {"select.back", {"返回", "Back"}},
        {"select.problems", {"个情景文件有错误，已跳过（运行 frontline validate 查看）。",
                             "scenario file(s) have errors and were skipped (run frontline validate)."}},
        {"difficulty.introductory", {"入门", "Introductory"}},
        {"difficulty.intermediate", {"进阶", "Intermediate"}},
        {"difficulty.advanced", {"高级", "Advanced"}},
        {"kind.listen", {"倾听", "Listen"}},
        {"kind.respond", {"回应", "Respond"}},
        {"kind.escalate", {"升级", "Escalate"}},
        {"play.narrator", {"旁白", "Narrator"}},
        {"play.trust", {"信任", "Trust"}},
        {"play.patience", {"耐心", "Patience"}},
        {"play.choose", {"你的行动", "Your move"}},
        {"play.timeleft", {"剩余时间", "Time left"}},
        {"play.seconds", {"秒", "s"}},
        {"play.timeout", {"时间到，系统替你做了选择。", "Time ran out; a move was made for you."}},
        {"play.continue", {"按 Enter 继续", "Press Enter to continue"}},
        {"play.ending", {"结局", "Ending"}},
        {"play.debrief", {"查看复盘", "See the debrief"}},
        {"play.stepback", {"Backspace 退回一步", "Backspace: step back"}},
        {"play.steppedback", {"已退回一步（已记录）", "Stepped back one decision (recorded)"}},
        {"play.feedback", {"教练点评", "Coach's note"}},
        {"play.saved", {"已自动保存", "Autosaved"}},
        {"ending.won", {"圆满解决", "Resolved"}},
        {"ending.partial", {"部分解决", "Partly resolved"}},
        {"ending.lost", {"失去客户", "Customer lost"}},
        {"pause.title", {"暂停", "Paused"}},
        {"pause.resume", {"继续", "Resume"}},
        {"pause.restart", {"重新开始", "Restart"}},
        {"pause.quit", {"返回主菜单", "Quit to menu"}},
        {"settings.title", {"设置", "Settings"}},
        {"settings.language", {"语言", "Language"}},
        {"settings.textsize", {"文字大小", "Text size"}},
        {"settings.contrast", {"高对比度", "High contrast"}},
        {"settings.sound", {"声音", "Sound"}},
        {"settings.on", {"开", "On"}},
        {"settings.off", {"关", "Off"}},
        {"settings.small", {"小", "Small"}},
        {"settings.medium", {"中", "Medium"}},
        {"settings.large", {"大", "Large"}},
        {"settings.done", {"完成", "Done"}},
        {"settings.hint", {"←→ 修改 · ↑↓ 选择 · Esc 返回", "←→ change · ↑↓ select · Esc back"}},
        {"debrief.title", {"复盘", "Debrief"}},
        {"debrief.index", {"以客户为中心指数", "Customer-Centric Index"}},
        {"debrief.band", {"等级", "Band"}},
        {"debrief.dimensions", {"各项原则", "Principles"}},
        {"debrief.timeline", {"决策回顾", "Your decisions"}},
        {"debrief.findings", {"整体发现", "Findings"}},
        {"debrief.realcase", {"真实案例", "The real case"}},
        {"debrief.principles", {"涉及原则：", "Principles: "}},
        {"debrief.better", {"更好的做法", "Better alternative"}},
        {"debrief.good", {"好", "Good"}},
        {"debrief.mixed", {"一般", "Mixed"}},
        {"debrief.poor", {"欠佳", "Poor"}},
        {"debrief.replay", {"回放", "Replay"}},
        {"debrief.again", {"再玩一次", "Play again"}},
        {"debrief.menu", {"返回情景列表", "Back to scenarios"}},
        {"debrief.steppedback", {"（练习中退回过）", "(stepped back in practice)"}},
        {"debrief.timedout", {"（超时）", "(timed out)"}},
        {"debrief.newbest", {"新纪录！", "New best!"}},
        {"debrief.nofindings", {"没有触发整体规则。", "No trajectory rule fired."}},
        {"debrief.practice", {"练习模式", "Practice mode"}},
        {"debrief.graded", {"考核模式", "Graded mode"}},
        {"debrief.player", {"学员：", "Trainee: "}},
        {"replay.title", {"回放", "Replay"}},
        {"window.nodisplay", {"没有可用的显示器（未设置 $DISPLAY），无法打开游戏窗口。请在终端中训练：",
                              "no display ($DISPLAY is not set), so the game window cannot open. Play in the terminal instead:"}},
        {"window.cannotopen", {"无法打开显示器 %s，游戏窗口打不开。请在终端中训练：",
                               "cannot open the display %s, so the game window cannot open. Play in the terminal instead:"}},
        {"replay.hint", {"Enter 下一步 · Esc 返回复盘", "Enter next step · Esc back to the debrief"}},
    };
    return t;
}

}  // namespace

const std::string& tr(std::string_view locale, std::string_view key) {
    static std::map<std::string, std::string, std::less<>> unknown;
    auto it = table().find(key);
    if (it == table().end()) return unknown.emplace(std::string(key), std::string(key)).first->second;
    return locale == "zh" ? it->second.first : it->second.second;
}

std::string resumeBannerText(std::string_view locale, const std::string& title, int decisions) {
    std::string made = tr(locale, decisions == 1 ? "select.resume.decision" : "select.resume.decisions");
    if (auto at = made.find("%d"); at != std::string::npos) made.replace(at, 2, std::to_string(decisions));
    return tr(locale, "select.resume") + " — " + title + "  ·  " + made;
}

}  // namespace frontline::game
