#include "report_json.h"

namespace frontline::core {

namespace {

using nlohmann::json;

json text(const LocalizedText& t, const std::vector<std::string>& locales) {
    json out = json::object();
    if (locales.empty()) {
        out["en"] = t.in("en");
        return out;
    }
    for (const std::string& l : locales) out[l] = t.in(l);
    return out;
}

json grades(const Grades& g) {
    json out = json::object();
    for (const auto& [k, v] : g) out[k] = v;
    return out;
}

json choice(const ChoiceSummary& c, const std::vector<std::string>& locales) {
    return json{{"id", c.id},
                {"kind", toString(c.kind)},
                {"text", text(c.text, locales)},
                {"feedback", text(c.feedback, locales)},
                {"grades", grades(c.grades)},
                {"value", c.value},
                {"timeout", c.timeout},
                {"timeout_only", c.timeoutOnly}};
}

json steps(const std::vector<int>& s) {
    json out = json::array();
    for (int i : s) out.push_back(i + 1);
    return out;
}

}  // namespace

json toJson(const ScoreReport& r) {
    const auto& loc = r.locales;
    json j;
    j["format"] = kScoreJsonFormat;
    j["scenario"] = {{"id", r.scenarioId},
                     {"title", text(r.scenarioTitle, loc)},
                     {"sha256", r.scenarioSha256},
                     {"cases", r.cases},
                     {"real_case", r.realCase.empty() ? json(nullptr) : text(r.realCase, loc)}};
    j["complete"] = r.complete;
    j["ending"] = r.complete
                      ? json{{"node", r.endingNode}, {"kind", toString(*r.ending)}, {"title", text(r.endingTitle, loc)}}
                      : json(nullptr);
    j["index"] = {{"value", r.index.index},
                  {"exact", r.index.exact},
                  {"dimension_mean", r.index.dimensionMean ? json(*r.index.dimensionMean) : json(nullptr)},
                  {"relative_mean", r.index.relativeMean},
                  {"ending_value", r.index.ending}};
    j["band"] = {{"id", r.band}, {"title", text(r.bandTitle, loc)}};
    j["normalisation"] = {{"complete", r.rangesComplete}, {"exact", r.rangesExact}};
    json dims = json::array();
    for (const DimensionScore& d : r.dimensions)
        dims.push_back({{"id", d.id},
                        {"title", text(d.title, loc)},
                        {"weight", d.weight},
                        {"total", d.total},
                        {"from_choices", d.fromChoices},
                        {"from_rules", d.fromRules},
                        {"min", d.min},
                        {"max", d.max},
                        {"included", d.included},
                        {"percent", d.percent ? json(*d.percent) : json(nullptr)}});
    j["dimensions"] = dims;
    json decisions = json::array();
    for (const Decision& d : r.decisions) {
        json principles = json::array();
        for (const std::string& p : d.principles) {
            json title = json(nullptr);
            for (const DimensionScore& ds : r.dimensions)
                if (ds.id == p) title = text(ds.title, loc);
            principles.push_back({{"id", p}, {"title", title}});
        }
        decisions.push_back({{"step", d.step + 1},
                             {"node", d.node},
                             {"prompt", text(d.prompt, loc)},
                             {"choice", choice(d.chosen, loc)},
                             {"verdict", toString(d.verdict)},
                             {"principles", principles},
                             {"better", d.better ? choice(*d.better, loc) : json(nullptr)},
                             {"alternatives", d.alternatives},
                             {"repeated", d.repeated}});
    }
    j["decisions"] = decisions;
    json findings = json::array();
    for (const Finding& f : r.findings)
        findings.push_back(
            {{"source", f.source},
             {"id", f.id},
             {"title", f.title.empty() ? json(nullptr) : text(f.title, {"zh", "en"})},
             {"positive", f.positive},
             {"message", text(f.message, f.source == "rule" ? loc : std::vector<std::string>{"zh", "en"})},
             {"grades", grades(f.grades)},
             {"steps", steps(f.decisions)}});
    j["findings"] = findings;
    return j;
}

json toJson(const Gameability& g) {
    if (!g.analysed) return nullptr;
    auto run = [](const NaiveRun& n) -> json {
        return {{"seed", n.seed},
                {"index", n.index},
                {"band", n.band},
                {"ending", n.ending.empty() ? json(nullptr) : json(n.ending)},
                {"kind", n.kind ? json(toString(*n.kind)) : json(nullptr)},
                {"choices", n.choices},
                {"best_picks", n.bestPicks}};
    };
    json policies = json::array();
    for (const NaivePolicy& p : g.policies) {
        json bands = json::array();
        for (const BandRuns& b : p.bands) bands.push_back({{"band", b.band}, {"min", b.min}, {"runs", b.runs}});
        policies.push_back({{"id", p.id},
                            {"runs", p.runs},
                            {"won", p.won},
                            {"indices", p.indices},
                            {"bands", bands},
                            {"worst", run(p.worst)},
                            {"best", run(p.best)}});
    }
    json decisions = json::array();
    for (const DecisionShare& d : g.decisions)
        decisions.push_back({{"what", d.what}, {"nodes", d.nodes}, {"of", d.of}, {"limit_percent", d.limitPercent}});
    const RandomPlay& r = g.random;
    json distribution = json::array();
    for (const auto& [index, p] : r.distribution) distribution.push_back({{"index", index}, {"probability", p}});
    json bands = json::array();
    for (const BandChance& b : r.bands)
        bands.push_back({{"band", b.band}, {"min", b.min}, {"at_least", b.probability}});
    json random = {{"method", toString(r.method)},
                   {"expected_index", r.expected},
                   {"won", r.won},
                   {"no_ending", r.noEnding},
                   {"bands", bands},
                   {"distribution", distribution}};
    if (r.method == RandomPlay::Method::Exact) random["outcomes"] = r.outcomes;
    if (r.method == RandomPlay::Method::Sampled) {
        random["samples"] = r.samples;
        random["sample_seed"] = r.sampleSeed;
        random["fallback_reason"] = r.fallbackReason;
    }
    return {{"seeds", g.seeds}, {"policies", policies}, {"decisions", decisions}, {"random", random}};
}

json toJson(const ExplorationResult& r) {
    json j;
    j["format"] = kScoreJsonFormat;
    j["nodes"] = r.nodes;
    j["reachable_nodes"] = r.reachableNodes;
    j["states"] = r.states;
    j["transitions"] = r.transitions;
    j["steps"] = r.steps;
    j["complete"] = r.complete;
    j["stop_reason"] = r.complete ? json(nullptr) : json(r.stopReason);
    j["exact"] = r.exact;
    j["paths"] = r.paths.toString();
    json endings = json::array();
    for (const EndingReach& e : r.endings)
        endings.push_back({{"node", e.node}, {"kind", toString(e.kind)}, {"paths", e.paths.toString()}});
    j["endings"] = endings;
    auto extreme = [&r](const ExtremePath& p) -> json {
        if (!p.found) return nullptr;
        json totals = json::object();
        for (size_t i = 0; i < p.totals.size() && i < r.ranges.dimensions.size(); ++i)
            if (r.ranges.dimensions[i].included() || p.totals[i] != 0) totals[r.ranges.dimensions[i].id] = p.totals[i];
        return {{"choices", p.choiceIds}, {"ending", p.ending},           {"kind", toString(p.kind)},
                {"index", p.index.index}, {"index_exact", p.index.exact}, {"totals", totals}};
    };
    j["best"] = extreme(r.best);
    j["worst"] = extreme(r.worst);
    json ranges = json::array();
    for (const DimensionRange& d : r.ranges.dimensions)
        ranges.push_back(
            {{"id", d.id}, {"weight", d.weight}, {"min", d.min}, {"max", d.max}, {"included", d.included()}});
    j["ranges"] = {{"dimensions", ranges}, {"mean_min", r.ranges.meanMin}, {"mean_max", r.ranges.meanMax}};
    json warnings = json::array();
    for (const BalanceWarning& w : r.warnings)
        warnings.push_back({{"rule", w.rule}, {"node", w.node}, {"nodes", w.nodes}, {"message", w.message}});
    j["warnings"] = warnings;
    j["gameability"] = toJson(r.gameability);
    return j;
}

}  // namespace frontline::core
