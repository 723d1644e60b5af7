// A small scenario built in code for session, recording and terminal-play tests (same story as
// tests/cli/fixtures/desk.json):
//   intro (act1, ceo speaks, ceo+cto present, 30 s limit, timeout -> wait)
//     ask [listen] trust.ceo +10 -> call;  pitch [respond] trust.ceo -20, hidden=true -> call
//     escalate [escalate] visits+1, 1 h -> call;  wait (timeout only) patience.ceo -10 -> call
//   call (act2, narrator)
//     own [respond] -> won if trust.ceo >= 55, else partial;  send [escalate] (if visits == 0) -> lost
//     note [listen] (if hidden) -> partial
//   won / partial / lost endings
#pragma once
#include <string>
#include <variant>

#include "core/expression.h"
#include "core/scenario.h"

namespace frontline::testing {

inline core::LocalizedText both(std::string zh, std::string en) {
    core::LocalizedText t;
    t.set("zh", std::move(zh));
    t.set("en", std::move(en));
    return t;
}

inline core::Expression condition(const core::Scenario& sc, const char* src) {
    core::Symbols sy;
    for (auto& c : sc.characters) sy.characters.push_back(c.id);
    for (auto& v : sc.variables) sy.variables.push_back({v.name, core::typeOf(v.initial)});
    return std::get<core::Expression>(core::compileExpression(src, sy));
}

inline core::Choice makeChoice(std::string id, core::ChoiceKind kind, std::string en, int target) {
    core::Choice c;
    c.id = std::move(id);
    c.kind = kind;
    c.text = both("选项：" + en, en);
    c.feedback = both("反馈：" + c.id, "Feedback on " + c.id + ".");
    core::Branch b;
    b.target = target;
    c.next = {b};
    return c;
}

inline core::Scenario deskScenario() {
    using namespace core;
    Scenario sc;
    sc.file = "desk.json";
    sc.sha256 = std::string(64, 'a');
    sc.id = "desk";
    sc.title = both("服务台", "The service desk");
    sc.summary = both("客户在等你。", "The customer is waiting.");
    sc.locales = {"zh", "en"};
    sc.clockStart = "2010-08-05T09:00";
    sc.acts = {{"act1", both("第一幕", "Act one")}, {"act2", both("第二幕", "Act two")}};
    sc.characters.push_back(
        {"ceo", both("王总", "Mr Wang"), both("首席执行官", "CEO"), both("电信", "Telecom"), "x", 50, 50});
    sc.characters.push_back(
        {"cto", both("李工", "Ms Li"), both("首席技术官", "CTO"), both("电信", "Telecom"), "y", 40, 60});
    sc.variables = {{"visits", Value{0.0}}, {"hidden", Value{false}}};
    enum { Intro, Call, Won, Partial, Lost };

    Node intro;
    intro.id = "intro";
    intro.act = "act1";
    intro.speaker = "ceo";
    intro.present = {0, 1};
    intro.text = both("网络昨天断了三个小时，我要一个说法。",
                      "The network was down for three hours yesterday. I want an answer.");
    intro.timeLimitSeconds = 30;
    Choice ask = makeChoice("ask", ChoiceKind::Listen, "Ask what the outage cost them", Call);
    ask.effects.trust = {{0, 10}};
    Choice pitch = makeChoice("pitch", ChoiceKind::Respond, "Explain that the network is very reliable", Call);
    pitch.effects.trust = {{0, -20}};
    pitch.effects.set = {{1, Value{true}}};
    Choice escalate = makeChoice("escalate", ChoiceKind::Escalate, "Call your regional director", Call);
    escalate.effects.add = {{0, 1.0}};
    escalate.effects.minutes = 60;
    Choice wait = makeChoice("wait", ChoiceKind::Listen, "Say nothing", Call);
    wait.timeoutOnly = true;
    wait.effects.patience = {{0, -10}};
    intro.choices = {ask, pitch, escalate, wait};
    intro.timeoutChoice = 3;

    Node call;
    call.id = "call";
    call.act = "act2";
    call.speaker = "narrator";
    call.text = both("电话响了。", "The phone rings.");
    call.choices = {makeChoice("own", ChoiceKind::Respond, "Own the problem", Won),
                    makeChoice("send", ChoiceKind::Escalate, "Send another visitor", Lost),
                    makeChoice("note", ChoiceKind::Listen, "Admit what you hid", Partial)};

    Node won, partial, lost;
    won.id = "won";
    won.ending = EndingKind::Won;
    won.speaker = "narrator";
    won.endingTitle = both("赢得信任", "Trust earned");
    won.text = both("客户留下了。", "The customer stays.");
    partial.id = "partial";
    partial.ending = EndingKind::Partial;
    partial.speaker = "narrator";
    partial.endingTitle = both("勉强过关", "A narrow escape");
    partial.text = both("问题解决了，但信任受损。", "Solved, at a cost.");
    lost.id = "lost";
    lost.ending = EndingKind::Lost;
    lost.speaker = "narrator";
    lost.endingTitle = both("失去客户", "Customer lost");
    lost.text = both("订单给了别人。", "The order goes elsewhere.");
    sc.nodes = {intro, call, won, partial, lost};
    sc.start = Intro;

    Choice& own = sc.nodes[Call].choices[0];
    Branch good;
    good.condition = condition(sc, "trust.ceo >= 55");
    good.target = Won;
    Branch otherwise;
    otherwise.target = Partial;
    own.next = {good, otherwise};
    sc.nodes[Call].choices[1].condition = condition(sc, "visits == 0");
    sc.nodes[Call].choices[2].condition = condition(sc, "hidden");
    return sc;
}

}  // namespace frontline::testing
