#include "explorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "gameability.h"
#include "play_rules.h"
#include "state_graph.h"

namespace frontline::core {

PathCount& PathCount::operator+=(const PathCount& other) {
    if (m_unbounded) return *this;
    if (other.m_unbounded) {
        m_unbounded = true;
        m_limbs.clear();
        return *this;
    }
    if (m_limbs.size() < other.m_limbs.size()) m_limbs.resize(other.m_limbs.size(), 0);
    std::uint64_t carry = 0;
    for (size_t i = 0; i < m_limbs.size(); ++i) {
        std::uint64_t sum = carry + m_limbs[i] + (i < other.m_limbs.size() ? other.m_limbs[i] : 0);
        m_limbs[i] = static_cast<std::uint32_t>(sum);
        carry = sum >> 32;
    }
    if (carry) m_limbs.push_back(static_cast<std::uint32_t>(carry));
    return *this;
}

std::string PathCount::toString() const {
    if (m_unbounded) return "unbounded";
    if (m_limbs.empty()) return "0";
    std::vector<std::uint32_t> n = m_limbs;  // repeated division by 10^9
    std::vector<std::uint32_t> chunks;
    while (!n.empty()) {
        std::uint64_t rem = 0;
        for (size_t i = n.size(); i-- > 0;) {
            std::uint64_t cur = (rem << 32) | n[i];
            n[i] = static_cast<std::uint32_t>(cur / 1'000'000'000u);
            rem = cur % 1'000'000'000u;
        }
        chunks.push_back(static_cast<std::uint32_t>(rem));
        while (!n.empty() && n.back() == 0) n.pop_back();
    }
    std::string out = std::to_string(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        std::string part = std::to_string(chunks[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();
constexpr double kEps = 1e-9;
using detail::Graph;

// The walk's index of the states it has seen: ids into Graph::states, looked up by a state (no second copy).
// Each state's hash is kept, so that growing the table does not hash every state again.
struct StateIds {
    const std::vector<State>* states;
    std::vector<size_t> hashes;
    struct Hash {
        using is_transparent = void;
        const std::vector<size_t>* hashes;
        size_t operator()(int id) const noexcept { return (*hashes)[id]; }
        size_t operator()(const State& s) const noexcept { return StateHash{}(s); }
    };
    struct Equal {
        using is_transparent = void;
        const std::vector<State>* states;
        const State& of(int id) const { return (*states)[id]; }
        const State& of(const State& s) const { return s; }
        template <class A, class B>
        bool operator()(const A& a, const B& b) const {
            return of(a) == of(b);
        }
    };
    std::unordered_set<int, Hash, Equal> ids{0, Hash{&hashes}, Equal{states}};

    void add(int id) {
        hashes.push_back(StateHash{}((*states)[id]));
        ids.insert(id);
    }
};

void walk(const Scenario& sc, const ExploreLimits& limits, Graph& g) {
    StateAbstraction abstraction(sc);
    StateIds seen{&g.states};
    auto& index = seen.ids;
    g.states.push_back(abstraction.canonical(initialState(sc)));
    seen.add(0);
    size_t i = 0;
    for (; i < g.states.size(); ++i) {
        if (g.steps >= limits.maxSteps) {
            g.complete = false;
            g.stopReason = "max-steps";
            break;
        }
        g.edgeBegin.push_back(static_cast<int>(g.edgeChoice.size()));
        g.expanded.push_back(1);
        const State s = g.states[i];  // copy: states may grow
        if (isFinished(sc, s)) continue;
        bool stop = false;
        for (int c : availableActions(sc, s)) {
            ++g.steps;
            auto next = applyChoice(sc, s, c);
            int target = -1;
            if (next) {
                State key = abstraction.canonical(std::move(*next));
                auto it = index.find(key);
                if (it != index.end()) {
                    target = *it;
                } else if (g.states.size() >= limits.maxStates) {
                    stop = true;
                    break;
                } else {
                    target = static_cast<int>(g.states.size());
                    g.states.push_back(std::move(key));
                    seen.add(target);
                }
            }
            g.edgeChoice.push_back(c);
            g.edgeTarget.push_back(target);
        }
        if (stop) {
            g.expanded.back() = 0;
            g.complete = false;
            g.stopReason = "max-states";
            ++i;
            break;
        }
    }
    while (g.edgeBegin.size() < g.states.size()) {
        g.edgeBegin.push_back(static_cast<int>(g.edgeChoice.size()));
        g.expanded.push_back(0);
    }
    g.edgeBegin.push_back(static_cast<int>(g.edgeChoice.size()));
    g.fired.resize(g.states.size());
    for (int v = 0; v < g.size(); ++v)
        if (isFinished(sc, g.states[v])) g.fired[v] = firedRules(sc, g.states[v]);
}

// The scenario's nodes with every condition ignored: each available choice leads to every target its next
// names, and any rule may fire at any ending. Every true path is one of its paths, so its ranges enclose the
// true ones. Used for the ranges when the walk of the states stopped early. The start node is state 0.
Graph relaxedGraph(const Scenario& sc) {
    Graph g;
    g.relaxed = true;
    const int n = static_cast<int>(sc.nodes.size());
    std::vector<int> order{sc.start}, stateOf(n, -1);
    for (int i = 0; i < n; ++i)
        if (i != sc.start) order.push_back(i);
    for (int k = 0; k < n; ++k) stateOf[order[k]] = k;
    for (int k = 0; k < n; ++k) {
        const Node& node = sc.nodes[order[k]];
        State s;
        s.node = order[k];
        g.states.push_back(std::move(s));
        g.expanded.push_back(1);
        g.edgeBegin.push_back(static_cast<int>(g.edgeChoice.size()));
        for (size_t c = 0; c < node.choices.size(); ++c) {
            bool timeout = node.timeLimitSeconds > 0 && node.timeoutChoice == static_cast<int>(c);
            if (node.choices[c].timeoutOnly && !timeout) continue;
            std::set<int> targets;
            for (const Branch& b : node.choices[c].next)
                if (b.target >= 0 && b.target < n) targets.insert(b.target);
            for (int t : targets) {
                g.edgeChoice.push_back(static_cast<int>(c));
                g.edgeTarget.push_back(stateOf[t]);
            }
        }
    }
    g.edgeBegin.push_back(static_cast<int>(g.edgeChoice.size()));
    g.fired.resize(n);
    for (int k = 0; k < n; ++k)
        if (sc.nodes[order[k]].isEnding())
            for (size_t r = 0; r < sc.rules.size(); ++r) g.fired[k].push_back(static_cast<int>(r));
    return g;
}

// Tarjan's strongly connected components, iteratively (graphs may be deep).
void components(Graph& g) {
    const int n = g.size();
    std::vector<int> idx(n, -1), low(n, 0);
    std::vector<char> onStack(n, 0);
    std::vector<int> stack;
    std::vector<std::pair<int, int>> call;  // (state, next edge)
    g.scc.assign(n, -1);
    int counter = 0;
    for (int root = 0; root < n; ++root) {
        if (idx[root] != -1) continue;
        idx[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = 1;
        call.push_back({root, g.begin(root)});
        while (!call.empty()) {
            int v = call.back().first;
            if (call.back().second < g.end(v)) {
                int w = g.edgeTarget[call.back().second++];
                if (w < 0) continue;
                if (idx[w] == -1) {
                    idx[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = 1;
                    call.push_back({w, g.begin(w)});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], idx[w]);
                }
                continue;
            }
            if (low[v] == idx[v]) {
                std::vector<int> comp;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = 0;
                    g.scc[w] = static_cast<int>(g.components.size());
                    comp.push_back(w);
                } while (w != v);
                std::sort(comp.begin(), comp.end());
                bool loop = comp.size() > 1;
                for (int e = g.begin(v); !loop && e < g.end(v); ++e) loop = g.edgeTarget[e] == v;
                g.components.push_back(std::move(comp));
                g.cyclic.push_back(loop ? 1 : 0);
            }
            call.pop_back();
            if (!call.empty()) low[call.back().first] = std::min(low[call.back().first], low[v]);
        }
    }
}

// A linear objective over complete paths: the sum of per-choice weights along the path, plus per-rule weights
// for the rules that hold on the final state, plus a per-ending-kind weight and a constant.
struct Objective {
    std::vector<double> choice;  // by flat choice id
    std::vector<double> rule;
    double ending[3] = {0, 0, 0};  // won, partial, lost
    double constant = 0.0;
};

struct Solution {
    std::vector<double> value;  // best value of a simple path from the state to an ending; kNone if none
    std::vector<int> nextEdge;  // acyclic states
    std::unordered_map<int, std::vector<int>> route;  // states in cycles: edges inside the cycle, then out
    bool exact = true;
};

class Optimiser {
public:
    Optimiser(const Scenario& sc, const Graph& g, std::uint64_t budget) : m_sc(sc), m_g(g), m_budget(budget) {
        int flat = 0;
        for (const Node& n : sc.nodes) {
            m_base.push_back(flat);
            flat += static_cast<int>(n.choices.size());
        }
        m_flatCount = flat;
        m_edgeFlat.resize(g.edgeChoice.size());
        for (int v = 0; v < g.size(); ++v)
            for (int e = g.begin(v); e < g.end(v); ++e) m_edgeFlat[e] = m_base[g.states[v].node] + g.edgeChoice[e];
        for (char c : g.cyclic) m_anyCycle = m_anyCycle || c;
    }
    int flatCount() const { return m_flatCount; }
    int flat(int node, int choice) const { return m_base[node] + choice; }

    Solution maximise(const Objective& obj) const {
        const int n = m_g.size();
        Solution sol;
        sol.value.assign(n, kNone);
        sol.nextEdge.assign(n, -1);
        std::vector<double> w(m_edgeFlat.size());
        for (size_t e = 0; e < w.size(); ++e) w[e] = obj.choice[m_edgeFlat[e]];
        std::vector<char> onPath(m_anyCycle ? n : 0, 0);
        for (size_t c = 0; c < m_g.components.size(); ++c) {
            const auto& comp = m_g.components[c];
            if (!m_g.cyclic[c]) {
                int v = comp[0];
                if (!m_g.expanded[v]) continue;
                const Node& node = m_sc.nodes[m_g.states[v].node];
                if (node.isEnding()) {
                    double t = obj.constant + obj.ending[static_cast<int>(*node.ending)];
                    for (int r : m_g.fired[v]) t += m_g.relaxed ? std::max(0.0, obj.rule[r]) : obj.rule[r];
                    sol.value[v] = t;
                    continue;
                }
                for (int e = m_g.begin(v); e < m_g.end(v); ++e) {
                    int t = m_g.edgeTarget[e];
                    if (t < 0 || sol.value[t] == kNone) continue;
                    double cand = w[e] + sol.value[t];
                    if (cand > sol.value[v] + kEps) {
                        sol.value[v] = cand;
                        sol.nextEdge[v] = e;
                    }
                }
                continue;
            }
            for (int s : comp) searchCycle(static_cast<int>(c), s, w, onPath, sol);
        }
        return sol;
    }

    // The choice indices (per step) of the best path from the start, or nothing when no path completes.
    std::optional<std::vector<int>> path(const Solution& sol, std::vector<int>* statesOut = nullptr) const {
        if (m_g.size() == 0 || sol.value[0] == kNone) return std::nullopt;
        std::vector<int> edges;
        int v = 0;
        while (!m_sc.nodes[m_g.states[v].node].isEnding()) {
            if (m_g.cyclic[m_g.scc[v]]) {
                const auto& r = sol.route.at(v);
                edges.insert(edges.end(), r.begin(), r.end());
                v = m_g.edgeTarget[r.back()];
            } else {
                int e = sol.nextEdge[v];
                edges.push_back(e);
                v = m_g.edgeTarget[e];
            }
        }
        if (statesOut) *statesOut = {v};
        return edges;
    }

private:
    void searchCycle(int comp, int s, const std::vector<double>& w, std::vector<char>& onPath, Solution& sol) const {
        struct Frame {
            int v, e;
            double weight;
        };
        std::vector<Frame> stack{{s, m_g.begin(s), 0.0}};
        std::vector<int> edges;
        double best = kNone;
        std::vector<int> bestRoute;
        std::uint64_t steps = 0;
        onPath[s] = 1;
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.e < m_g.end(f.v) && m_g.expanded[f.v]) {
                int e = f.e++;
                int t = m_g.edgeTarget[e];
                if (t < 0) continue;
                if (++steps > m_budget) {
                    sol.exact = false;
                    break;
                }
                double acc = f.weight + w[e];
                if (m_g.scc[t] != comp) {
                    if (sol.value[t] != kNone && acc + sol.value[t] > best + kEps) {
                        best = acc + sol.value[t];
                        bestRoute = edges;
                        bestRoute.push_back(e);
                    }
                } else if (!onPath[t]) {
                    onPath[t] = 1;
                    edges.push_back(e);
                    stack.push_back({t, m_g.begin(t), acc});
                }
                continue;
            }
            onPath[f.v] = 0;
            stack.pop_back();
            if (!stack.empty()) edges.pop_back();
        }
        for (const Frame& f : stack) onPath[f.v] = 0;
        sol.value[s] = best;
        if (best != kNone) sol.route[s] = std::move(bestRoute);
    }

    const Scenario& m_sc;
    const Graph& m_g;
    std::uint64_t m_budget;
    std::vector<int> m_base;
    std::vector<int> m_edgeFlat;  // flat choice id per edge
    bool m_anyCycle = false;
    int m_flatCount = 0;
};

Objective negate(Objective o) {
    for (double& x : o.choice) x = -x;
    for (double& x : o.rule) x = -x;
    for (double& x : o.ending) x = -x;
    o.constant = -o.constant;
    return o;
}

Grades nonZero(const Grades& g) {
    Grades out;
    for (const auto& [k, v] : g)
        if (v != 0) out.emplace(k, v);
    return out;
}

void balance(const Scenario& sc, const Rubric& rubric, const Graph& g, const std::vector<char>& reach,
             ExplorationResult& r) {
    auto warn = [&r](std::string rule, std::string node, std::string message) {
        r.warnings.push_back({std::move(rule), std::move(node), std::move(message)});
    };
    if (!r.complete)
        warn("explore-incomplete", "",
             "stopped early (" + r.stopReason + ") after " + std::to_string(r.states) +
                 " states; results cover only what was found so far");
    if (!r.exact)
        warn("explore-approximate", "",
             "a cycle search hit its step budget; best/worst paths and ranges are approximate");

    std::set<std::string> graded;
    for (const Node& n : sc.nodes)
        for (const Choice& c : n.choices)
            for (const auto& [d, v] : c.grades)
                if (v != 0) graded.insert(d);
    for (const Rule& rule : sc.rules)
        for (const auto& [d, v] : rule.grades)
            if (v != 0) graded.insert(d);
    std::set<std::string> declared(sc.principles.begin(), sc.principles.end());
    for (const std::string& p : sc.principles)
        if (!graded.count(p))
            warn("principle-not-graded", "", "principle " + p + " is declared but no choice or rule grades it");
    for (const std::string& d : graded) {
        if (!rubric.find(d))
            warn("unknown-dimension", "",
                 "dimension " + d + " is graded but is not in the rubric; its grades are ignored");
        else if (!declared.count(d))
            warn("undeclared-dimension", "", "dimension " + d + " is graded but not declared in principles");
    }

    std::set<int> sameNodes, trapNodes, loopNodes;
    std::set<std::pair<int, int>> deadChoices;
    for (int v = 0; v < g.size(); ++v) {
        if (!g.expanded[v]) continue;
        const State& s = g.states[v];
        const Node& node = sc.nodes[s.node];
        if (node.isEnding()) continue;
        if (g.begin(v) == g.end(v)) {
            trapNodes.insert(s.node);
            continue;
        }
        for (int e = g.begin(v); e < g.end(v); ++e)
            if (g.edgeTarget[e] < 0) deadChoices.insert({s.node, g.edgeChoice[e]});
        if (r.complete && !reach[v] && g.cyclic[g.scc[v]]) loopNodes.insert(s.node);
        std::vector<int> actions;
        for (int e = g.begin(v); e < g.end(v); ++e) actions.push_back(g.edgeChoice[e]);
        if (actions.size() >= 2) {
            bool same = true;
            Grades first = nonZero(node.choices[actions[0]].grades);
            for (size_t i = 1; i < actions.size() && same; ++i)
                same = nonZero(node.choices[actions[i]].grades) == first;
            if (same) sameNodes.insert(s.node);
        }
    }
    for (int n : sameNodes)
        warn("same-grades", sc.nodes[n].id, "every choice offered at node '" + sc.nodes[n].id + "' grades the same");
    for (int n : trapNodes)
        warn("trap", sc.nodes[n].id,
             "node '" + sc.nodes[n].id + "' can be reached in a state with no offered choice and no timeout");
    for (auto [n, c] : deadChoices)
        warn("dead-branch", sc.nodes[n].id,
             "choice '" + sc.nodes[n].choices[c].id + "' at node '" + sc.nodes[n].id +
                 "' can be taken when no branch of its next holds");
    for (int n : loopNodes)
        warn("closed-loop", sc.nodes[n].id,
             "node '" + sc.nodes[n].id + "' can be reached in a loop with no way to an ending");
    for (const EndingReach& e : r.endings)
        if (e.paths.isZero()) warn("unreachable-ending", e.node, "no path reaches ending '" + e.node + "'");
    if (!r.best.found)
        warn("no-complete-path", "", "no path from the start reaches an ending");
    else if (r.best.kind != EndingKind::Won)
        warn("best-not-won", r.best.ending,
             "the best path ends in '" + r.best.ending + "' (" + toString(r.best.kind) + "), not a won ending");
}

std::string nodeList(const Scenario& sc, const std::set<int>& nodes, std::vector<std::string>* ids = nullptr) {
    std::string out;
    for (int n : nodes) {
        out += (out.empty() ? "" : ", ") + sc.nodes[n].id;
        if (ids) ids->push_back(sc.nodes[n].id);
    }
    return out;
}

std::string percent(double p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * p);
    return buf;
}

int rounded(double exactIndex) {
    return static_cast<int>(std::floor(exactIndex + 0.5 + 1e-9));
}

// The gaming checks that judge single decisions: each node is judged at its first reached state (walk order).
void decisionGamingWarnings(const Scenario& sc, const Rubric& rubric, const Graph& g, ExplorationResult& r) {
    std::vector<char> judged(sc.nodes.size(), 0);
    std::map<ChoiceKind, std::set<int>> competes, uniqueBest;
    std::vector<std::string> locales = sc.locales.empty() ? std::vector<std::string>{""} : sc.locales;
    std::map<std::string, std::set<int>> longest, shortest;
    std::set<int> screens;  // nodes with >= 2 choices on screen and a unique best among them
    for (int v = 0; v < g.size(); ++v) {
        const int n = g.states[v].node;
        if (!g.expanded[v] || sc.nodes[n].isEnding() || judged[n] || g.begin(v) == g.end(v)) continue;
        judged[n] = 1;
        const Node& node = sc.nodes[n];
        std::vector<int> actions;
        for (int e = g.begin(v); e < g.end(v); ++e) actions.push_back(g.edgeChoice[e]);
        double top = kNone;
        for (int c : actions) top = std::max(top, localValue(node.choices[c].grades, rubric));
        std::set<ChoiceKind> kinds, topKinds;
        for (int c : actions) {
            kinds.insert(node.choices[c].kind);
            if (localValue(node.choices[c].grades, rubric) >= top - kEps) topKinds.insert(node.choices[c].kind);
        }
        if (kinds.size() >= 2) {
            for (ChoiceKind k : kinds) competes[k].insert(n);
            if (topKinds.size() == 1) uniqueBest[*topKinds.begin()].insert(n);
        }
        std::vector<int> offered = offeredChoices(sc, g.states[v]);
        if (offered.size() < 2) continue;
        double best = kNone;
        int topCount = 0, topChoice = -1;
        for (int c : offered) {
            double value = localValue(node.choices[c].grades, rubric);
            if (value > best + kEps) {
                best = value;
                topCount = 1;
                topChoice = c;
            } else if (value >= best - kEps) {
                ++topCount;
            }
        }
        if (topCount != 1) continue;
        screens.insert(n);
        for (const std::string& loc : locales) {
            size_t len = codePoints(node.choices[topChoice].text.in(loc));
            bool isLongest = true, isShortest = true;
            for (int c : offered) {
                if (c == topChoice) continue;
                size_t other = codePoints(node.choices[c].text.in(loc));
                if (other >= len) isLongest = false;
                if (other <= len) isShortest = false;
            }
            if (isLongest) longest[loc].insert(n);
            if (isShortest) shortest[loc].insert(n);
        }
    }
    std::vector<DecisionShare>& shares = r.gameability.decisions;
    for (auto& [kind, competing] : competes) {
        const std::set<int>& nodes = uniqueBest[kind];
        shares.push_back({toString(kind), nodes.size(), competing.size(), kKindBestPercent});
        if (nodes.size() < 2 || !overPercent(nodes.size(), competing.size(), kKindBestPercent)) continue;
        BalanceWarning w{"kind-usually-best", "", ""};
        std::string list = nodeList(sc, nodes, &w.nodes);
        w.message = std::string("a ") + toString(kind) + " action is the unique best at " +
                    std::to_string(nodes.size()) + " of the " + std::to_string(competing.size()) +
                    " nodes where it competes with another kind (over " + std::to_string(kKindBestPercent) +
                    " %): " + list;
        r.warnings.push_back(std::move(w));
    }
    for (const std::string& loc : locales)
        for (auto [rule, word, table] : {std::tuple{"longest-is-best", "longest", &longest},
                                         std::tuple{"shortest-is-best", "shortest", &shortest}}) {
            const std::set<int>& nodes = (*table)[loc];
            shares.push_back(
                {std::string(word) + (loc.empty() ? "" : "-" + loc), nodes.size(), screens.size(), kTextBestPercent});
            if (!overPercent(nodes.size(), screens.size(), kTextBestPercent)) continue;
            BalanceWarning w{rule, "", ""};
            std::string list = nodeList(sc, nodes, &w.nodes);
            w.message = std::string("the best choice on screen is also the strictly ") + word + " text" +
                        (loc.empty() ? std::string() : " (" + loc + ")") + " at " + std::to_string(nodes.size()) +
                        " of " + std::to_string(screens.size()) + " nodes (over " + std::to_string(kTextBestPercent) +
                        " %): " + list;
            r.warnings.push_back(std::move(w));
        }
}

// Along the best path: where the debrief would name a better alternative (the highest-valued action beating
// the one taken, first in file order), does taking it lower the best Index still reachable?
void verdictWarnings(const Scenario& sc, const Rubric& rubric, const Graph& g, const Optimiser& opt,
                     const Solution& sol, const Objective& index, ExplorationResult& r) {
    auto edges = opt.path(sol);
    if (!edges) return;
    int v = 0;
    for (int e : *edges) {
        const int n = g.states[v].node;
        const Node& node = sc.nodes[n];
        const int taken = g.edgeChoice[e];
        double top = localValue(node.choices[taken].grades, rubric);
        int better = -1;
        for (int a = g.begin(v); a < g.end(v); ++a) {
            double value = localValue(node.choices[g.edgeChoice[a]].grades, rubric);
            if (value > top + kEps) {
                top = value;
                better = a;
            }
        }
        const int next = g.edgeTarget[e];
        if (better >= 0 && next >= 0) {
            const double here = index.choice[opt.flat(n, taken)] + sol.value[next];
            const int t = g.edgeTarget[better];
            const bool dead = t < 0 || sol.value[t] == kNone;
            const double via = dead ? kNone : index.choice[opt.flat(n, g.edgeChoice[better])] + sol.value[t];
            if (dead || via < here - 1e-6) {
                BalanceWarning w{"verdict-contradicts-best", node.id, ""};
                w.nodes = {node.id};
                w.message = "at node '" + node.id + "' the best path takes '" + node.choices[taken].id +
                            "', but the debrief calls '" + node.choices[g.edgeChoice[better]].id +
                            "' better, and after it the best reachable Index is " +
                            (dead ? std::string("none (no ending)") : std::to_string(rounded(via))) + " instead of " +
                            std::to_string(rounded(here));
                r.warnings.push_back(std::move(w));
            }
        }
        v = next;
    }
}

// Naive policies and random play (gameability.h), then their warnings.
void gameability(const Scenario& sc, const Rubric& rubric, const Graph& g, const ExploreLimits& limits,
                 ExplorationResult& r) {
    Gameability& game = r.gameability;
    game.analysed = true;
    const std::uint64_t seeds = sc.shuffle ? kNaiveSeedCount : 1;
    for (std::uint64_t s = 1; s <= seeds; ++s) game.seeds.push_back(s);
    game.policies = naivePolicies(sc, rubric, r.ranges, game.seeds);
    std::string whyNot;
    if (auto exact = exactRandomPlay(sc, rubric, g, r.ranges, limits.maxRandomOutcomes, whyNot)) {
        game.random = std::move(*exact);
    } else {
        game.random = sampledRandomPlay(sc, rubric, g, r.ranges, kRandomSamples, kRandomSampleSeed);
        game.random.fallbackReason = whyNot;
    }
    const Band* target = gamingBand(rubric);
    if (!target) return;
    for (const NaivePolicy& p : game.policies) {
        if (!p.reaches(target->min)) continue;
        const int reaching = p.runsAtLeast(target->min);
        BalanceWarning w{"naive-customer-centric", "", ""};
        std::set<int> picks;
        for (const std::string& id : p.best.bestPicks) picks.insert(sc.nodeIndex(id));
        std::string list = nodeList(sc, picks, &w.nodes);
        w.message =
            "the naive policy " + p.id + " reaches the " + target->id + " band" +
            (p.runs > 1 ? " on " + std::to_string(reaching) + " of " + std::to_string(p.runs) + " shown-order seeds"
                        : std::string()) +
            ", up to Index " + std::to_string(p.best.index) + " (" +
            (p.best.ending.empty() ? std::string("no ending") : p.best.ending) + ", seed " +
            std::to_string(p.best.seed) + "); its pick is the best action at " +
            (list.empty() ? std::string("no node") : list);
        r.warnings.push_back(std::move(w));
    }
    const double chance = game.random.atLeast(target->min);
    if (game.random.method != RandomPlay::Method::None && chance > kGamingChance) {
        // Where luck is cheap: nodes where at least half of the actions available are best-valued.
        std::set<int> easy;
        std::vector<char> judged(sc.nodes.size(), 0);
        for (int v = 0; v < g.size(); ++v) {
            const int n = g.states[v].node;
            if (!g.expanded[v] || sc.nodes[n].isEnding() || judged[n] || g.begin(v) == g.end(v)) continue;
            judged[n] = 1;
            double top = kNone;
            for (int e = g.begin(v); e < g.end(v); ++e)
                top = std::max(top, localValue(sc.nodes[n].choices[g.edgeChoice[e]].grades, rubric));
            int best = 0;
            for (int e = g.begin(v); e < g.end(v); ++e)
                best += localValue(sc.nodes[n].choices[g.edgeChoice[e]].grades, rubric) >= top - kEps;
            if (2 * best >= g.end(v) - g.begin(v)) easy.insert(n);
        }
        BalanceWarning w{"random-customer-centric", "", ""};
        std::string list = nodeList(sc, easy, &w.nodes);
        w.message = "random play reaches the " + target->id + " band with probability " + percent(chance) + " (" +
                    toString(game.random.method) + ", over " + percent(kGamingChance) +
                    "); nodes where a random pick is best at least half the time: " +
                    (list.empty() ? std::string("none") : list);
        r.warnings.push_back(std::move(w));
    }
}

// Which states can still reach an ending (components in reverse topological order: sinks first).
std::vector<char> statesThatCanEnd(const Scenario& sc, const Graph& g) {
    std::vector<char> reach(g.size(), 0);
    for (size_t c = 0; c < g.components.size(); ++c) {
        bool any = false;
        for (int v : g.components[c]) {
            if (sc.nodes[g.states[v].node].isEnding()) any = true;
            for (int e = g.begin(v); e < g.end(v); ++e) {
                int t = g.edgeTarget[e];
                if (t >= 0 && g.scc[t] != static_cast<int>(c) && reach[t]) any = true;
            }
        }
        for (int v : g.components[c]) reach[v] = any;
    }
    return reach;
}

// Complete paths, per ending and in all: pushed forward in topological order; a cycle on the way makes them
// unbounded.
void countPaths(const Scenario& sc, const Graph& g, ExplorationResult& r) {
    const int n = g.size();
    std::vector<PathCount> count(n);
    if (n > 0) count[0] = PathCount(1);
    for (size_t ci = g.components.size(); ci-- > 0;) {
        const auto& comp = g.components[ci];
        if (g.cyclic[ci]) {
            bool any = false;
            for (int v : comp) any = any || !count[v].isZero();
            if (any)
                for (int v : comp) count[v] = PathCount::infinite();
        }
        for (int v : comp)
            for (int e = g.begin(v); e < g.end(v); ++e) {
                int t = g.edgeTarget[e];
                if (t >= 0 && g.scc[t] != static_cast<int>(ci)) count[t] += count[v];
            }
    }
    for (int v = 0; v < n; ++v) {
        const Node& node = sc.nodes[g.states[v].node];
        if (!node.isEnding()) continue;
        r.paths += count[v];
        for (EndingReach& e : r.endings)
            if (e.node == node.id) e.paths += count[v];
    }
}

// The attainable range of every dimension and of the weighted mean (into `ranges`), and the Index as an
// objective over choices, rules and endings. `rangeOpt` finds the ranges; `exact` turns false when a cycle
// search hit its budget.
Objective indexObjective(const Scenario& sc, const Optimiser& rangeOpt, AttainableRanges& ranges, bool& exact) {
    auto blank = [&] {
        Objective o;
        o.choice.assign(rangeOpt.flatCount(), 0.0);
        o.rule.assign(sc.rules.size(), 0.0);
        return o;
    };
    auto best = [&](const Objective& o) {
        Solution s = rangeOpt.maximise(o);
        exact = exact && s.exact;
        return s;
    };
    std::vector<Objective> perDimension;
    for (DimensionRange& range : ranges.dimensions) {
        Objective o = blank();
        for (size_t ni = 0; ni < sc.nodes.size(); ++ni)
            for (size_t c = 0; c < sc.nodes[ni].choices.size(); ++c)
                o.choice[rangeOpt.flat(static_cast<int>(ni), static_cast<int>(c))] =
                    gradeOf(sc.nodes[ni].choices[c].grades, range.id);
        for (size_t ri = 0; ri < sc.rules.size(); ++ri) o.rule[ri] = gradeOf(sc.rules[ri].grades, range.id);
        bool graded = std::any_of(o.choice.begin(), o.choice.end(), [](double x) { return x != 0.0; }) ||
                      std::any_of(o.rule.begin(), o.rule.end(), [](double x) { return x != 0.0; });
        if (graded) {  // otherwise nothing moves it: 0 on every path
            Solution hi = best(o), lo = best(negate(o));
            if (!hi.value.empty() && hi.value[0] != kNone) {
                range.max = std::llround(hi.value[0]);
                range.min = -std::llround(lo.value[0]);
            }
        }
        perDimension.push_back(std::move(o));
    }
    // The weighted mean of percentages is linear in the totals: sum over included d of c_d * (total_d - min_d).
    Objective mean = blank();
    double weights = 0.0;
    for (const DimensionRange& d : ranges.dimensions)
        if (d.included()) weights += d.weight;
    for (size_t di = 0; di < ranges.dimensions.size(); ++di) {
        const DimensionRange& d = ranges.dimensions[di];
        if (!d.included()) continue;
        double c = d.weight / (weights * static_cast<double>(d.max - d.min));
        for (size_t i = 0; i < mean.choice.size(); ++i) mean.choice[i] += c * perDimension[di].choice[i];
        for (size_t i = 0; i < mean.rule.size(); ++i) mean.rule[i] += c * perDimension[di].rule[i];
        mean.constant -= c * static_cast<double>(d.min);
    }
    if (weights > 0.0) {
        Solution hi = best(mean), lo = best(negate(mean));
        if (!hi.value.empty() && hi.value[0] != kNone) {
            ranges.meanMax = hi.value[0];
            ranges.meanMin = -lo.value[0];
        }
    }
    // Index = 100 * (0.85 * (mean - meanMin) / (meanMax - meanMin) + 0.15 * ending)   (docs/scoring.md)
    Objective index = blank();
    double span = ranges.meanMax - ranges.meanMin;
    if (weights > 0.0) {
        double k = span > 1e-12 ? 100.0 * kDimensionShare / span : 0.0;
        for (size_t i = 0; i < index.choice.size(); ++i) index.choice[i] = k * mean.choice[i];
        for (size_t i = 0; i < index.rule.size(); ++i) index.rule[i] = k * mean.rule[i];
        index.constant = span > 1e-12 ? k * (mean.constant - ranges.meanMin) : 100.0 * kDimensionShare;
    }
    double endingShare = weights > 0.0 ? 100.0 * kEndingShare : 100.0;
    index.ending[static_cast<int>(EndingKind::Won)] = endingShare;
    index.ending[static_cast<int>(EndingKind::Partial)] = endingShare * 0.5;
    return index;
}

// The path of a solution of the state graph, with its dimension totals, ending and Index.
ExtremePath extremePath(const Scenario& sc, const Graph& g, const Optimiser& opt, const Solution& sol,
                        const AttainableRanges& ranges) {
    ExtremePath p;
    auto edges = opt.path(sol);
    if (!edges) return p;
    p.found = true;
    p.totals.assign(ranges.dimensions.size(), 0);
    int v = 0;
    for (int e : *edges) {
        const Choice& c = sc.nodes[g.states[v].node].choices[g.edgeChoice[e]];
        p.choiceIds.push_back(c.id);
        for (size_t d = 0; d < p.totals.size(); ++d) p.totals[d] += gradeOf(c.grades, ranges.dimensions[d].id);
        v = g.edgeTarget[e];
    }
    for (int ri : g.fired[v])
        for (size_t d = 0; d < p.totals.size(); ++d)
            p.totals[d] += gradeOf(sc.rules[ri].grades, ranges.dimensions[d].id);
    const Node& end = sc.nodes[g.states[v].node];
    p.ending = end.id;
    p.kind = *end.ending;
    p.index = computeIndex(p.totals, p.kind, ranges);
    return p;
}

}  // namespace

ExplorationResult explore(const Scenario& sc, const Rubric& rubric, const ExploreLimits& limits) {
    ExplorationResult r;
    r.nodes = sc.nodes.size();
    for (const Dimension& d : rubric.dimensions) r.ranges.dimensions.push_back({d.id, d.weight, 0, 0});
    for (const Node& n : sc.nodes)
        if (n.isEnding()) r.endings.push_back({n.id, *n.ending, {}});
    if (sc.start < 0 || sc.start >= static_cast<int>(sc.nodes.size())) {
        balance(sc, rubric, Graph{}, {}, r);
        return r;
    }

    Graph g;
    walk(sc, limits, g);
    components(g);
    r.states = static_cast<size_t>(g.size());
    r.transitions = g.edgeChoice.size();
    r.steps = g.steps;
    r.complete = g.complete;
    r.stopReason = g.stopReason;
    std::set<int> nodesSeen;
    for (const State& s : g.states) nodesSeen.insert(s.node);
    r.reachableNodes = nodesSeen.size();
    const std::vector<char> reach = statesThatCanEnd(sc, g);
    countPaths(sc, g, r);

    // Attainable ranges, then the best and worst Index paths. When the walk stopped early, the ranges come from
    // the relaxed node graph (outer bounds) rather than from the part of the state graph found so far, which may
    // hold few or no complete paths; but only without cycles among nodes: a true path may pass a node twice (in
    // different states), which a simple path of the node graph cannot.
    Optimiser opt(sc, g, limits.cycleSearchSteps);
    std::optional<Graph> relaxed;
    std::optional<Optimiser> relaxedOpt;
    if (!g.complete) {
        relaxed = relaxedGraph(sc);
        components(*relaxed);
        if (std::none_of(relaxed->cyclic.begin(), relaxed->cyclic.end(), [](char c) { return c != 0; }))
            relaxedOpt.emplace(sc, *relaxed, limits.cycleSearchSteps);
    }
    bool exact = true;
    const Objective index = indexObjective(sc, relaxedOpt ? *relaxedOpt : opt, r.ranges, exact);
    std::optional<Solution> bestIndex;
    if (g.size() > 0) {
        bestIndex = opt.maximise(index);
        Solution worstIndex = opt.maximise(negate(index));
        exact = exact && bestIndex->exact && worstIndex.exact;
        r.best = extremePath(sc, g, opt, *bestIndex, r.ranges);
        r.worst = extremePath(sc, g, opt, worstIndex, r.ranges);
    }
    r.exact = exact;
    r.ranges.complete = r.complete;
    r.ranges.exact = r.exact;
    balance(sc, rubric, g, reach, r);
    decisionGamingWarnings(sc, rubric, g, r);
    if (bestIndex) verdictWarnings(sc, rubric, g, opt, *bestIndex, index, r);
    if (limits.gameability) gameability(sc, rubric, g, limits, r);
    return r;
}

bool isGamingWarning(const std::string& rule) {
    static const std::set<std::string> rules{"naive-customer-centric", "random-customer-centric",
                                             "longest-is-best",        "shortest-is-best",
                                             "kind-usually-best",      "verdict-contradicts-best"};
    return rules.count(rule) > 0;
}

AttainableRanges attainableRanges(const Scenario& scenario, const Rubric& rubric) {
    ExploreLimits rangesOnly;
    rangesOnly.gameability = false;
    if (scenario.sha256.empty()) return explore(scenario, rubric, rangesOnly).ranges;
    std::string key = scenario.sha256;
    for (const Dimension& d : rubric.dimensions) key += "|" + d.id + ":" + std::to_string(d.weight);
    static std::mutex mutex;
    static std::map<std::string, AttainableRanges> cache;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    AttainableRanges ranges = explore(scenario, rubric, rangesOnly).ranges;
    std::lock_guard lock(mutex);
    cache.emplace(key, ranges);
    return ranges;
}

}  // namespace frontline::core
