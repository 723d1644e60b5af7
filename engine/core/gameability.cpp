#include "gameability.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

#include "play_rules.h"
#include "score.h"
#include "session.h"
#include "state_graph.h"

namespace frontline::core {

double RandomPlay::atLeast(int index) const {
    double p = 0.0;
    for (const auto& [value, probability] : distribution)
        if (value >= index) p += probability;
    return std::min(p, 1.0);
}

int NaivePolicy::runsAtLeast(int index) const {
    return static_cast<int>(std::count_if(indices.begin(), indices.end(), [index](int i) { return i >= index; }));
}

bool NaivePolicy::reaches(int index) const {
    const int reaching = runsAtLeast(index);
    return runs == 1 ? reaching == 1 : reaching > kGamingChance * runs;
}

const Band* gamingBand(const Rubric& rubric) {
    for (const Band& b : rubric.bands)
        if (b.id == "customer-centric") return &b;
    return nullptr;
}

std::size_t codePoints(const std::string& utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

namespace {

struct PolicySpec {
    std::string id;
    std::string locale;
    std::optional<ChoiceKind> kind;
    int length = 0;  // +1 longest, -1 shortest, 0 neither
};

// Which shown choice the policy clicks (ties: the first shown); -1 when nothing is shown.
int pick(const PolicySpec& p, const Node& node, const std::vector<int>& shown) {
    if (shown.empty()) return -1;
    if (p.kind) {
        for (int c : shown)
            if (node.choices[c].kind == *p.kind) return c;
        return shown[0];
    }
    if (p.length != 0) {
        int chosen = shown[0];
        long best = static_cast<long>(codePoints(node.choices[chosen].text.in(p.locale)));
        for (int c : shown) {
            long len = static_cast<long>(codePoints(node.choices[c].text.in(p.locale)));
            if (p.length > 0 ? len > best : len < best) {
                best = len;
                chosen = c;
            }
        }
        return chosen;
    }
    return shown[0];
}

NaiveRun runPolicy(const Scenario& sc, const Rubric& rubric, const AttainableRanges& ranges, const PolicySpec& p,
                   std::uint64_t seed) {
    Session session(sc, seed);
    for (int step = 0; step < kNaiveMaxDecisions && !session.finished(); ++step) {
        int c = pick(p, session.node(), session.displayedChoices());
        std::optional<SessionError> error;
        if (c >= 0)
            error = session.choose(session.node().choices[c].id, 0);
        else if (session.timeoutChoiceIndex())
            error = session.timeout(0);
        else
            break;
        if (error) break;  // no branch holds: the run is stuck (the explorer warns about it separately)
    }
    NaiveRun run;
    run.seed = seed;
    for (const Session::Step& s : session.path()) run.choices.push_back(sc.nodes[s.node].choices[s.choice].id);
    ScoreResult scored = scorePath(sc, rubric, run.choices, ranges);
    if (!scored.report) return run;
    const ScoreReport& r = *scored.report;
    run.index = r.index.index;
    run.band = r.band;
    run.ending = r.endingNode;
    run.kind = r.ending;
    for (const Decision& d : r.decisions)
        if (!d.better && d.alternatives > 0 &&
            std::find(run.bestPicks.begin(), run.bestPicks.end(), d.node) == run.bestPicks.end())
            run.bestPicks.push_back(d.node);
    return run;
}

std::vector<BandChance> bandChances(const Rubric& rubric, const RandomPlay& r) {
    std::vector<BandChance> out;
    for (const Band& b : rubric.bands) out.push_back({b.id, b.min, r.atLeast(b.min)});
    return out;
}

void summarise(RandomPlay& r, const std::map<int, double>& byIndex, const Rubric& rubric) {
    r.distribution.assign(byIndex.begin(), byIndex.end());
    r.expected = 0.0;
    for (const auto& [index, p] : byIndex) r.expected += index * p;
    r.bands = bandChances(rubric, r);
}

using Wide = __int128;
constexpr int kNoEnding = -1;  // outcome key: the session stopped without an ending (trap, dead branch)

// Whole-number weights: the smallest q <= 1000 with every weight * q whole, or 0.
long long weightScale(const std::vector<double>& weights) {
    for (long long q = 1; q <= 1000; ++q) {
        bool whole = true;
        for (double w : weights) whole = whole && std::abs(w * q - std::round(w * q)) < 1e-9;
        if (whole) return q;
    }
    return 0;
}

}  // namespace

std::vector<NaivePolicy> naivePolicies(const Scenario& sc, const Rubric& rubric, const AttainableRanges& ranges,
                                       const std::vector<std::uint64_t>& seeds) {
    std::vector<PolicySpec> specs{{"always-listen", "", ChoiceKind::Listen, 0},
                                  {"always-respond", "", ChoiceKind::Respond, 0},
                                  {"always-escalate", "", ChoiceKind::Escalate, 0}};
    std::vector<std::string> locales = sc.locales.empty() ? std::vector<std::string>{"en"} : sc.locales;
    for (int length : {+1, -1})
        for (const std::string& loc : locales)
            specs.push_back({std::string(length > 0 ? "longest-" : "shortest-") + loc, loc, std::nullopt, length});
    specs.push_back({"first-shown", "", std::nullopt, 0});
    std::vector<NaivePolicy> out;
    if (sc.start < 0 || sc.start >= static_cast<int>(sc.nodes.size())) return out;
    for (const PolicySpec& spec : specs) {
        NaivePolicy p;
        p.id = spec.id;
        for (std::uint64_t seed : seeds) {
            NaiveRun run = runPolicy(sc, rubric, ranges, spec, seed);
            if (p.runs == 0 || run.index < p.worst.index) p.worst = run;
            if (p.runs == 0 || run.index > p.best.index) p.best = run;
            ++p.runs;
            p.indices.push_back(run.index);
            if (run.kind == EndingKind::Won) ++p.won;
        }
        for (const Band& b : rubric.bands) p.bands.push_back({b.id, b.min, p.runsAtLeast(b.min)});
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<RandomPlay> exactRandomPlay(const Scenario& sc, const Rubric& rubric, const detail::Graph& g,
                                          const AttainableRanges& ranges, std::size_t maxOutcomes,
                                          std::string& whyNot) {
    if (!g.complete) {
        whyNot = "the walk of the states stopped at a limit";
        return std::nullopt;
    }
    if (!ranges.complete || !ranges.exact) {
        whyNot = "the attainable ranges are approximate";
        return std::nullopt;
    }
    for (char c : g.cyclic)
        if (c) {
            whyNot = "the state graph has a cycle (a repeated choice counts once, which depends on the whole path)";
            return std::nullopt;
        }
    // A session stuck without an ending is scored on its totals clamped to the ranges per dimension, which a
    // merged sum cannot tell: such graphs are sampled.
    for (int v = 0; v < g.size(); ++v) {
        if (sc.nodes[g.states[v].node].isEnding()) continue;
        if (g.begin(v) == g.end(v)) {
            whyNot = "a reachable state offers no action (trap)";
            return std::nullopt;
        }
        for (int e = g.begin(v); e < g.end(v); ++e)
            if (g.edgeTarget[e] < 0) {
                whyNot = "a reachable choice has no branch that holds";
                return std::nullopt;
            }
    }
    // mean = sum over included d of w_d (t_d - min_d) / (max_d - min_d) / sum w_d. Scaled by W * L (whole
    // weights W, L = lcm of the ranges) it is a whole number, a sum of per-choice and per-rule increments.
    std::vector<size_t> dims;
    std::vector<double> weights;
    for (size_t d = 0; d < ranges.dimensions.size(); ++d)
        if (ranges.dimensions[d].included()) {
            dims.push_back(d);
            weights.push_back(ranges.dimensions[d].weight);
        }
    long long q = weightScale(weights);
    if (q == 0) {
        whyNot = "a weight is not a fraction with a small denominator";
        return std::nullopt;
    }
    Wide lcm = 1, wholeWeights = 0;
    for (size_t d : dims) {
        long long span = ranges.dimensions[d].max - ranges.dimensions[d].min;
        long long common = std::gcd(static_cast<long long>(lcm), span);
        lcm = lcm / common * span;
        if (lcm > (Wide(1) << 62)) {
            whyNot = "the common scale of the dimension ranges is too large";
            return std::nullopt;
        }
    }
    std::vector<Wide> factor(ranges.dimensions.size(), 0);
    Wide offset = 0, bound = 0;
    for (size_t i = 0; i < dims.size(); ++i) {
        const DimensionRange& r = ranges.dimensions[dims[i]];
        Wide w = static_cast<long long>(std::llround(weights[i] * q));
        wholeWeights += w;
        factor[dims[i]] = w * (lcm / (r.max - r.min));
        offset += factor[dims[i]] * r.min;
    }
    auto increment = [&](const Grades& grades) {
        Wide v = 0;
        for (size_t d : dims) {
            int grade = gradeOf(grades, ranges.dimensions[d].id);
            v += factor[d] * grade;
            bound += factor[d] * (grade < 0 ? -grade : grade);
        }
        return v;
    };
    std::vector<std::vector<Wide>> choiceIncrement(sc.nodes.size());
    for (size_t n = 0; n < sc.nodes.size(); ++n)
        for (const Choice& c : sc.nodes[n].choices) choiceIncrement[n].push_back(increment(c.grades));
    std::vector<Wide> ruleIncrement;
    for (const Rule& rule : sc.rules) ruleIncrement.push_back(increment(rule.grades));
    if (bound > (Wide(1) << 100)) {
        whyNot = "the scaled values could overflow";
        return std::nullopt;
    }
    const double scale = static_cast<double>(wholeWeights * lcm);

    // Forward over the states in topological order (components are stored sinks first). Each state holds the
    // probability of every scaled value reached so far; equal values merge.
    using Entry = std::pair<Wide, double>;
    std::vector<std::vector<Entry>> dist(g.size());
    std::vector<size_t> compacted(g.size(), 0);
    auto compact = [&](int v) {
        auto& d = dist[v];
        std::sort(d.begin(), d.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
        size_t k = 0;
        for (size_t i = 0; i < d.size(); ++i) {
            if (k > 0 && d[k - 1].first == d[i].first)
                d[k - 1].second += d[i].second;
            else
                d[k++] = d[i];
        }
        d.resize(k);
        compacted[v] = k;
    };
    std::size_t alive = 1;
    dist[0].push_back({0, 1.0});
    // Per ending kind (and none), scaled total -> probability; each key's probabilities summed in arrival order.
    struct WideHash {
        size_t operator()(Wide x) const noexcept {
            auto u = static_cast<unsigned __int128>(x);
            return std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(u) ^
                                              static_cast<std::uint64_t>(u >> 64) * 0x9E3779B97F4A7C15ull);
        }
    };
    std::unordered_map<Wide, double, WideHash> outcomes[4];  // kNoEnding, then EndingKind values
    for (size_t ci = g.components.size(); ci-- > 0;) {
        int v = g.components[ci][0];
        if (dist[v].empty()) continue;
        size_t before = dist[v].size();
        compact(v);
        alive -= before - dist[v].size();
        const Node& node = sc.nodes[g.states[v].node];
        if (node.isEnding()) {
            Wide rules = 0;
            for (int r : g.fired[v]) rules += ruleIncrement[r];
            auto& byValue = outcomes[static_cast<int>(*node.ending) - kNoEnding];
            for (const auto& [value, p] : dist[v]) byValue[value + rules] += p;
        } else {
            const double share = 1.0 / (g.end(v) - g.begin(v));
            for (int e = g.begin(v); e < g.end(v); ++e) {
                int t = g.edgeTarget[e];
                Wide inc = choiceIncrement[g.states[v].node][g.edgeChoice[e]];
                for (const auto& [value, p] : dist[v]) dist[t].push_back({value + inc, p * share});
                alive += dist[v].size();
                if (dist[t].size() > 2 * compacted[t] + 4096) {
                    size_t was = dist[t].size();
                    compact(t);
                    alive -= was - dist[t].size();
                }
            }
        }
        alive -= dist[v].size();
        std::vector<Entry>().swap(dist[v]);
        if (alive > maxOutcomes) {
            whyNot = "more than " + std::to_string(maxOutcomes) + " (state, value) pairs at once";
            return std::nullopt;
        }
    }
    RandomPlay r;
    r.method = RandomPlay::Method::Exact;
    std::map<int, double> byIndex;
    for (int k = 0; k < 4; ++k) {
        std::vector<Entry> sorted(outcomes[k].begin(), outcomes[k].end());
        std::sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
        r.outcomes += sorted.size();
        for (const auto& [value, p] : sorted) {
            std::optional<EndingKind> kind;
            if (k + kNoEnding != kNoEnding) kind = static_cast<EndingKind>(k + kNoEnding);
            std::optional<double> mean;
            if (!dims.empty()) mean = static_cast<double>(value - offset) / scale;
            byIndex[indexFromMean(mean, kind, ranges).index] += p;
            if (kind == EndingKind::Won) r.won += p;
            if (!kind) r.noEnding += p;
        }
    }
    summarise(r, byIndex, rubric);
    return r;
}

RandomPlay sampledRandomPlay(const Scenario& sc, const Rubric& rubric, const detail::Graph& g,
                             const AttainableRanges& ranges, std::size_t samples, std::uint64_t seed) {
    RandomPlay r;
    r.method = RandomPlay::Method::Sampled;
    r.samples = samples;
    r.sampleSeed = seed;
    if (g.size() == 0 || samples == 0) return r;
    // States from which no ending can be reached: a run that enters one never ends, so it stops there.
    std::vector<std::vector<int>> into(g.size());
    std::vector<char> canEnd(g.size(), 0);
    std::vector<int> todo;
    for (int v = 0; v < g.size(); ++v) {
        for (int e = g.begin(v); e < g.end(v); ++e)
            if (g.edgeTarget[e] >= 0) into[g.edgeTarget[e]].push_back(v);
        if (g.expanded[v] && sc.nodes[g.states[v].node].isEnding()) {
            canEnd[v] = 1;
            todo.push_back(v);
        }
    }
    while (!todo.empty()) {
        int v = todo.back();
        todo.pop_back();
        for (int u : into[v])
            if (!canEnd[u]) {
                canEnd[u] = 1;
                todo.push_back(u);
            }
    }
    std::uint64_t rng = seed;
    auto next = [&rng] {  // splitmix64
        std::uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    const size_t dims = ranges.dimensions.size();
    // Per node and choice, the grade in each dimension (a row of `dims`), looked up once.
    std::vector<size_t> firstChoice(sc.nodes.size() + 1, 0);
    for (size_t n = 0; n < sc.nodes.size(); ++n) firstChoice[n + 1] = firstChoice[n] + sc.nodes[n].choices.size();
    std::vector<long long> choiceGrades;
    choiceGrades.reserve(firstChoice.back() * dims);
    for (const Node& node : sc.nodes)
        for (const Choice& c : node.choices)
            for (size_t d = 0; d < dims; ++d) choiceGrades.push_back(gradeOf(c.grades, ranges.dimensions[d].id));
    auto edgeGrades = [&](int v, int e) {
        return &choiceGrades[(firstChoice[g.states[v].node] + g.edgeChoice[e]) * dims];
    };
    std::map<int, double> byIndex;
    const double each = 1.0 / static_cast<double>(samples);
    std::vector<char> taken(g.edgeChoice.size(), 0);  // a repeated (state, choice) counts once, as in scoring
    std::vector<int> takenList;
    for (std::size_t k = 0; k < samples; ++k) {
        std::vector<long long> totals(dims, 0);
        for (int e : takenList) taken[e] = 0;
        takenList.clear();
        int v = 0;
        std::optional<EndingKind> kind;
        for (int step = 0; step < kNaiveMaxDecisions && canEnd[v] && g.expanded[v]; ++step) {
            const Node& node = sc.nodes[g.states[v].node];
            if (node.isEnding()) {
                kind = node.ending;
                for (int ri : g.fired[v])
                    for (size_t d = 0; d < dims; ++d)
                        totals[d] += gradeOf(sc.rules[ri].grades, ranges.dimensions[d].id);
                break;
            }
            if (g.begin(v) == g.end(v)) break;
            int e = g.begin(v) + static_cast<int>(next() % static_cast<std::uint64_t>(g.end(v) - g.begin(v)));
            if (g.edgeTarget[e] < 0) break;
            if (!taken[e]) {
                taken[e] = 1;
                takenList.push_back(e);
                const long long* grades = edgeGrades(v, e);
                for (size_t d = 0; d < dims; ++d) totals[d] += grades[d];
            }
            v = g.edgeTarget[e];
        }
        if (kind == EndingKind::Won) r.won += each;
        if (!kind) r.noEnding += each;
        byIndex[computeIndex(totals, kind, ranges).index] += each;
    }
    summarise(r, byIndex, rubric);
    return r;
}

}  // namespace frontline::core
