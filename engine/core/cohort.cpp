#include "cohort.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace frontline::core {
namespace {

using nlohmann::json;

json text(const LocalizedText& t, const std::vector<std::string>& locales) {
    json out = json::object();
    if (locales.empty()) out["en"] = t.in("en");
    for (const std::string& l : locales) out[l] = t.in(l);
    return out;
}

std::optional<long long> median(std::vector<long long> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Text cells; one starting like a formula is prefixed with ' so a spreadsheet shows it instead of running it.
std::string csvField(const std::string& raw) {
    std::string s = raw;
    if (!s.empty() && std::string_view("=+-@").find(s.front()) != std::string_view::npos) s = "'" + s;
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

}  // namespace

CohortSummary summarizeCohort(const std::vector<const ScoredSession*>& sessions) {
    CohortSummary out;
    if (sessions.empty()) return out;
    const Scenario& sc = *sessions.front()->scenario;
    const Rubric& rubric = *sessions.front()->rubric;
    out.scenarioId = sc.id;
    out.scenarioTitle = sc.title;
    out.locales = sc.locales;
    out.sessions = static_cast<int>(sessions.size());

    // Dimensions: the first report's, in rubric order (every session of a scenario file shares them).
    const auto& firstDims = sessions.front()->report.dimensions;
    std::vector<double> dimSum(firstDims.size(), 0.0);
    std::vector<int> dimCount(firstDims.size(), 0);

    std::map<std::string, std::size_t> nodeSlot;
    for (const Node& node : sc.nodes) {
        if (node.isEnding()) continue;
        CohortNode n;
        n.id = node.id;
        n.prompt = node.text;
        for (const Choice& c : node.choices) n.choices.push_back({c.id, c.kind, c.text, 0, 0});
        nodeSlot[node.id] = out.nodes.size();
        out.nodes.push_back(std::move(n));
    }
    std::vector<std::vector<long long>> times(out.nodes.size());
    std::map<std::pair<std::string, std::string>, std::pair<int, std::set<std::size_t>>> poor;

    std::vector<int> indexes;
    for (std::size_t si = 0; si < sessions.size(); ++si) {
        const ScoredSession& s = *sessions[si];
        const ScoreReport& r = s.report;
        CohortRow row;
        row.file = s.file;
        row.player = s.record.player;
        row.startTime = s.record.startTime;
        row.mode = toString(s.record.mode);
        row.complete = r.complete;
        row.ending = r.ending;
        row.index = r.index.index;
        row.band = r.band;
        row.decisions = static_cast<int>(r.decisions.size());
        for (std::size_t i = 0; i < firstDims.size(); ++i) {
            std::optional<double> p;
            if (i < r.dimensions.size() && r.dimensions[i].id == firstDims[i].id) p = r.dimensions[i].percent;
            row.percents.push_back(p);
            if (p) {
                dimSum[i] += *p;
                ++dimCount[i];
            }
        }
        std::set<std::size_t> nodesSeen;
        std::set<std::pair<std::size_t, std::size_t>> choicesSeen;
        for (std::size_t i = 0; i < r.decisions.size(); ++i) {
            const Decision& d = r.decisions[i];
            const long long ms = i < s.path.size() ? s.path[i].decisionMs : 0;
            row.totalDecisionMs += ms;
            row.lastNode = d.node;
            auto slot = nodeSlot.find(d.node);
            if (slot == nodeSlot.end()) continue;
            CohortNode& node = out.nodes[slot->second];
            ++node.decisions;
            times[slot->second].push_back(ms);
            if (nodesSeen.insert(slot->second).second) ++node.trainees;
            for (std::size_t c = 0; c < node.choices.size(); ++c) {
                if (node.choices[c].id != d.chosen.id) continue;
                if (choicesSeen.insert({slot->second, c}).second) ++node.choices[c].trainees;
                if (d.verdict == Verdict::Poor) {
                    ++node.choices[c].poor;
                    auto& entry = poor[{d.node, d.chosen.id}];
                    ++entry.first;
                    entry.second.insert(si);
                }
            }
        }
        if (r.complete)
            ++out.complete;
        else
            ++out.abandoned;
        indexes.push_back(row.index);
        ++out.indexHistogram[std::clamp(row.index / 10, 0, 9)];
        out.rows.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < out.nodes.size(); ++i) out.nodes[i].medianDecisionMs = median(times[i]);
    for (std::size_t i = 0; i < firstDims.size(); ++i)
        out.dimensions.push_back({firstDims[i].id, firstDims[i].title,
                                  dimCount[i] ? std::optional<double>(dimSum[i] / dimCount[i]) : std::nullopt});

    std::sort(indexes.begin(), indexes.end());
    out.indexMin = indexes.front();
    out.indexMax = indexes.back();
    double sum = 0;
    for (int v : indexes) sum += v;
    out.indexMean = sum / static_cast<double>(indexes.size());
    std::size_t n = indexes.size();
    out.indexMedian = n % 2 ? indexes[n / 2] : (indexes[n / 2 - 1] + indexes[n / 2]) / 2.0;
    for (const Band& b : rubric.bands) {
        int count = 0;
        for (const CohortRow& row : out.rows) count += row.band == b.id;
        out.bands.push_back({b.id, count});
    }

    for (const auto& [key, entry] : poor) {
        CohortPoorDecision p;
        p.node = key.first;
        p.choice = key.second;
        if (auto slot = nodeSlot.find(p.node); slot != nodeSlot.end())
            for (const CohortChoice& c : out.nodes[slot->second].choices)
                if (c.id == p.choice) p.text = c.text;
        p.count = entry.first;
        p.trainees = static_cast<int>(entry.second.size());
        out.poorDecisions.push_back(std::move(p));
    }
    std::stable_sort(out.poorDecisions.begin(), out.poorDecisions.end(),
                     [](const CohortPoorDecision& a, const CohortPoorDecision& b) { return a.count > b.count; });
    if (out.poorDecisions.size() > 10) out.poorDecisions.resize(10);
    return out;
}

json toJson(const CohortSummary& s) {
    const auto& loc = s.locales;
    json j;
    j["scenario"] = {{"id", s.scenarioId}, {"title", text(s.scenarioTitle, loc)}};
    j["sessions"] = s.sessions;
    j["complete"] = s.complete;
    j["abandoned"] = s.abandoned;
    json hist = json::array();
    for (int i = 0; i < 10; ++i)
        hist.push_back({{"from", i * 10}, {"to", i == 9 ? 100 : i * 10 + 9}, {"sessions", s.indexHistogram[i]}});
    j["index"] = {{"min", s.indexMin},
                  {"max", s.indexMax},
                  {"mean", s.indexMean},
                  {"median", s.indexMedian},
                  {"histogram", hist}};
    json bands = json::array();
    for (const auto& [id, count] : s.bands) bands.push_back({{"id", id}, {"sessions", count}});
    j["bands"] = bands;
    json dims = json::array();
    for (const CohortDimension& d : s.dimensions)
        dims.push_back({{"id", d.id},
                        {"title", text(d.title, loc)},
                        {"mean_percent", d.meanPercent ? json(*d.meanPercent) : json(nullptr)}});
    j["dimensions"] = dims;
    json nodes = json::array();
    for (const CohortNode& n : s.nodes) {
        json choices = json::array();
        for (const CohortChoice& c : n.choices)
            choices.push_back({{"id", c.id},
                               {"kind", toString(c.kind)},
                               {"text", text(c.text, loc)},
                               {"trainees", c.trainees},
                               {"poor", c.poor}});
        nodes.push_back({{"id", n.id},
                         {"prompt", text(n.prompt, loc)},
                         {"trainees", n.trainees},
                         {"decisions", n.decisions},
                         {"median_decision_ms", n.medianDecisionMs ? json(*n.medianDecisionMs) : json(nullptr)},
                         {"choices", choices}});
    }
    j["nodes"] = nodes;
    json poor = json::array();
    for (const CohortPoorDecision& p : s.poorDecisions)
        poor.push_back({{"node", p.node},
                        {"choice", p.choice},
                        {"text", text(p.text, loc)},
                        {"count", p.count},
                        {"trainees", p.trainees}});
    j["poor_decisions"] = poor;
    json rows = json::array();
    for (const CohortRow& r : s.rows) {
        json percents = json::object();
        for (std::size_t i = 0; i < r.percents.size() && i < s.dimensions.size(); ++i)
            percents[s.dimensions[i].id] = r.percents[i] ? json(*r.percents[i]) : json(nullptr);
        rows.push_back({{"file", r.file},
                        {"player", r.player},
                        {"start_time", r.startTime},
                        {"mode", r.mode},
                        {"complete", r.complete},
                        {"ending", r.ending ? json(toString(*r.ending)) : json(nullptr)},
                        {"index", r.index},
                        {"band", r.band},
                        {"decisions", r.decisions},
                        {"total_decision_ms", r.totalDecisionMs},
                        {"stopped_at", r.complete ? json(nullptr) : json(r.lastNode)},
                        {"percent", percents}});
    }
    j["trainees"] = rows;
    return j;
}

std::string cohortCsv(const std::vector<CohortSummary>& summaries) {
    std::vector<std::string> dims;
    for (const CohortSummary& s : summaries)
        for (const CohortDimension& d : s.dimensions)
            if (std::find(dims.begin(), dims.end(), d.id) == dims.end()) dims.push_back(d.id);
    std::string out = "\xEF\xBB\xBF";
    out += "player,scenario,start_time,mode,finished,ending,index,band,decisions,decision_seconds,stopped_at,file";
    for (const std::string& d : dims) out += "," + csvField(d + " %");
    out += "\r\n";
    for (const CohortSummary& s : summaries)
        for (const CohortRow& r : s.rows) {
            out += csvField(r.player) + "," + csvField(s.scenarioId) + "," + csvField(r.startTime) + "," + r.mode +
                   "," + (r.complete ? "yes" : "no") + "," + (r.ending ? toString(*r.ending) : "") + "," +
                   std::to_string(r.index) + "," + csvField(r.band) + "," + std::to_string(r.decisions) + "," +
                   number(static_cast<double>(r.totalDecisionMs) / 1000.0) + "," +
                   csvField(r.complete ? "" : r.lastNode) + "," + csvField(r.file);
            for (const std::string& d : dims) {
                std::string cell;
                for (std::size_t i = 0; i < s.dimensions.size(); ++i)
                    if (s.dimensions[i].id == d && i < r.percents.size() && r.percents[i])
                        cell = number(*r.percents[i]);
                out += "," + cell;
            }
            out += "\r\n";
        }
    return out;
}

}  // namespace frontline::core
