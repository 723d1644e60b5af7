#include "gameability_text.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "text/line_breaker.h"

namespace frontline::cli {

namespace {

std::string pct(double p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, p > 0 && p < 0.001 ? "%.2f %%" : "%.1f %%", 100.0 * p);
    return buf;
}

std::string policyName(const std::string& id, bool zh) {
    auto locale = [&](const std::string& loc) {
        if (loc == "zh") return std::string(zh ? "中文" : "zh");
        if (loc == "en") return std::string(zh ? "英文" : "en");
        return loc;
    };
    if (id == "always-listen") return zh ? "总选倾听" : "always listen";
    if (id == "always-respond") return zh ? "总选回应" : "always respond";
    if (id == "always-escalate") return zh ? "总选升级" : "always escalate";
    if (id == "first-shown") return zh ? "总选第一个" : "always the first shown";
    if (id.rfind("longest-", 0) == 0)
        return (zh ? "总选最长（" : "always the longest (") + locale(id.substr(8)) + (zh ? "）" : ")");
    if (id.rfind("shortest-", 0) == 0)
        return (zh ? "总选最短（" : "always the shortest (") + locale(id.substr(9)) + (zh ? "）" : ")");
    return id;
}

std::string endingName(const core::NaiveRun& run, bool zh) {
    if (!run.kind) return zh ? "未到结局" : "no ending";
    switch (*run.kind) {
        case core::EndingKind::Won:
            return zh ? "成功" : "won";
        case core::EndingKind::Partial:
            return zh ? "部分成功" : "partial";
        case core::EndingKind::Lost:
            return zh ? "失败" : "lost";
    }
    return "";
}

std::string bandTitle(const core::Rubric& rubric, const std::string& id, bool zh) {
    for (const core::Band& b : rubric.bands)
        if (b.id == id) return b.title.in(zh ? "zh" : "en");
    return id;
}

std::string kindName(const std::string& kind, bool zh) {
    if (!zh) return kind;
    return kind == "listen" ? "倾听" : kind == "respond" ? "回应" : kind == "escalate" ? "升级" : kind;
}

std::string runsShare(int runs, int of) {
    return std::to_string(runs) + "/" + std::to_string(of) +
           (runs > 0 ? " (" + pct(static_cast<double>(runs) / of) + ")" : "");
}

// How close the decision checks are to their limits: one line for the kinds, one per text length.
void renderDecisionShares(std::ostringstream& out, const std::vector<core::DecisionShare>& shares, bool zh) {
    std::string kinds, texts;
    int kindLimit = core::kKindBestPercent, textLimit = core::kTextBestPercent;
    for (const core::DecisionShare& d : shares) {
        const std::string count = std::to_string(d.nodes) + (zh ? "/" : " of ") + std::to_string(d.of);
        if (d.what.rfind("longest", 0) == 0 || d.what.rfind("shortest", 0) == 0) {
            const bool longest = d.what[0] == 'l';
            const std::string loc = d.what.find('-') == std::string::npos ? "" : d.what.substr(d.what.find('-') + 1);
            texts += (texts.empty() ? ""
                      : zh          ? "；"
                                    : "; ") +
                     std::string(zh ? (longest ? "最长" : "最短") : (longest ? "longest" : "shortest")) +
                     (loc.empty() ? "" : " (" + loc + ")") + " " + count;
            textLimit = d.limitPercent;
        } else {
            kinds += (kinds.empty() ? "" : zh ? "；" : "; ") + kindName(d.what, zh) + " " + count;
            kindLimit = d.limitPercent;
        }
    }
    if (!kinds.empty())
        out << "  "
            << (zh ? "唯一最佳动作的类型（在与其他类型并列的节点中；超过 " + std::to_string(kindLimit) + " % 才警告）："
                   : "Unique best action by kind (of the nodes where it competes with another kind; warns over " +
                         std::to_string(kindLimit) + " %): ")
            << kinds << "\n";
    if (!texts.empty())
        out << "  "
            << (zh ? "最佳选项同时是最长/最短文字（超过 " + std::to_string(textLimit) + " % 才警告）："
                   : "Best choice on screen also the strictly longest / shortest text (warns over " +
                         std::to_string(textLimit) + " %): ")
            << texts << "\n";
}

}  // namespace

std::string renderGameability(const core::ExplorationResult& r, const core::Rubric& rubric, const std::string& locale) {
    const core::Gameability& g = r.gameability;
    if (!g.analysed) return "";
    const bool zh = locale == "zh";
    std::ostringstream out;
    const core::Band* target = core::gamingBand(rubric);
    const std::string targetTitle = target ? bandTitle(rubric, target->id, zh) : "";
    out << "\n" << (zh ? "能否钻空子？" : "Can it be gamed?") << "\n";
    const bool many = g.seeds.size() > 1;
    if (many) {
        const std::string seeds = std::to_string(g.seeds.front()) + "–" + std::to_string(g.seeds.back());
        out << "  "
            << (zh ? "固定策略（显示顺序种子 " + seeds + "；种子 " + std::to_string(g.seeds.front()) +
                         " 的指数，最低 … 最高，最高时的结局，达到“" + targetTitle + "”的种子数）"
                   : "Naive policies (shown-order seeds " + seeds + "; the Index at seed " +
                         std::to_string(g.seeds.front()) +
                         ", lowest … highest, the ending at the highest, seeds reaching " + targetTitle + ")")
            << "\n";
    } else {
        out << "  "
            << (zh ? "固定策略（不打乱显示顺序，每个策略一局：指数，结局）"
                   : "Naive policies (the shown order is fixed, one run each: Index, ending)")
            << "\n";
    }
    int reaching = 0;
    const core::NaivePolicy* firstShown = nullptr;
    for (const core::NaivePolicy& p : g.policies) {
        if (p.id == "first-shown") firstShown = &p;
        const std::string name = policyName(p.id, zh);
        out << "    " << name << std::string(static_cast<size_t>(std::max(1, 28 - text::displayWidth(name))), ' ');
        char line[128];
        if (many) {
            std::snprintf(line, sizeof line, "%3d   %3d … %3d  ", p.indices.empty() ? 0 : p.indices.front(),
                          p.worst.index, p.best.index);
            out << line << endingName(p.best, zh) << (zh ? "（种子 " : " (seed ") << p.best.seed << (zh ? "）" : ")")
                << (zh ? "，成功 " : ", won ") << p.won << "/" << p.runs;
            if (target) out << (zh ? "，达到 " : ", reaching ") << runsShare(p.runsAtLeast(target->min), p.runs);
        } else {
            std::snprintf(line, sizeof line, "%3d  ", p.best.index);
            out << line << endingName(p.best, zh);
        }
        if (target && p.reaches(target->min)) {
            ++reaching;
            out << "  ← " << targetTitle;
        }
        out << "\n";
    }
    if (many && firstShown) {
        out << "  " << (zh ? "总选第一个，各等级达到的种子数：" : "Always the first shown, seeds reaching each band: ");
        bool first = true;
        for (const core::BandRuns& b : firstShown->bands) {
            if (b.min <= 0) continue;
            out << (first ? ""
                    : zh  ? "；"
                          : "; ")
                << bandTitle(rubric, b.band, zh) << " " << runsShare(b.runs, firstShown->runs);
            first = false;
        }
        out << "\n";
    }
    if (many && target)
        out << "  "
            << (zh ? "一个策略在超过 " + pct(core::kGamingChance) +
                         " 的种子上达到某等级，才算达到（32 个种子中至少 2 个）。"
                   : "A policy counts as reaching a band on more than " + pct(core::kGamingChance) +
                         " of its seeds (2 of 32 or more).")
            << "\n";
    renderDecisionShares(out, g.decisions, zh);
    const core::RandomPlay& rp = g.random;
    out << "  "
        << (zh ? "随机选择（每个可选动作等概率，含等待超时）："
               : "Random play (every available action equally likely, letting a timer run out included): ");
    if (rp.method == core::RandomPlay::Method::Exact)
        out << (zh ? "精确计算，" : "exact, ") << rp.outcomes << (zh ? " 个不同结果" : " distinct outcomes");
    else
        out << (zh ? "抽样 " : "sampled ") << rp.samples << (zh ? " 次（种子 " : " runs (seed ") << rp.sampleSeed
            << (zh ? "），因为" : ") because ") << rp.fallbackReason;
    out << "\n";
    char line[256];
    std::snprintf(line, sizeof line, "%.1f", rp.expected);
    out << "    " << (zh ? "期望指数 " : "expected Index ") << line << (zh ? "，成功概率 " : ", P(won) ")
        << pct(rp.won);
    if (rp.noEnding > 0) out << (zh ? "，未到结局 " : ", no ending ") << pct(rp.noEnding);
    out << "\n    ";
    bool first = true;
    for (const core::BandChance& b : rp.bands) {
        if (b.min <= 0) continue;
        out << (first ? ""
                : zh  ? "；"
                      : "; ")
            << "P(" << (zh ? "指数" : "Index") << " ≥ " << b.min << " " << bandTitle(rubric, b.band, zh) << ") "
            << pct(b.probability);
        first = false;
    }
    out << "\n";
    if (target) {
        double chance = rp.atLeast(target->min);
        bool gameable = reaching > 0 || chance > core::kGamingChance;
        std::string band = bandTitle(rubric, target->id, zh);
        if (zh)
            out << "  结论：" << (gameable ? "可以钻空子" : "难以钻空子") << "（" << reaching << " 个固定策略达到“"
                << band << "”；随机达到的概率 " << pct(chance) << "，上限 5 %）\n";
        else
            out << "  Verdict: " << (gameable ? "gameable" : "not gameable") << " (" << reaching
                << " naive policies reach " << band << "; random play reaches it with probability " << pct(chance)
                << ", limit 5 %)\n";
    }
    return out.str();
}

}  // namespace frontline::cli
