#include "tour_plan.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <tuple>
#include <unordered_map>

#include "grading.h"
#include "play_rules.h"

namespace frontline::core {
namespace {

constexpr long long clickCost = 1;
constexpr long long timeoutCost = 20;  // waiting for a timer is slow in the window: only when nothing else leads there
constexpr long long unreached = std::numeric_limits<long long>::max();

struct Edge {
    int from = -1, to = -1;
    std::string step;  // choice id or "t"
    long long cost = 0;
};

struct Walk {
    std::vector<State> states;
    std::vector<long long> cost;  // cheapest from the start
    std::vector<int> parentEdge;  // edge into the state on that cheapest path, -1 for the start
    std::vector<Edge> edges;
    bool complete = true;
};

Walk walk(const Scenario& sc, std::size_t maxStates) {
    Walk w;
    std::unordered_map<State, int, StateHash> index;
    using Item = std::tuple<long long, int>;  // cost, state (lower state index first on ties: deterministic)
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    auto add = [&](State s, long long cost, int edge) -> int {
        auto [it, inserted] = index.try_emplace(s, static_cast<int>(w.states.size()));
        if (inserted) {
            w.states.push_back(std::move(s));
            w.cost.push_back(cost);
            w.parentEdge.push_back(edge);
            open.emplace(cost, it->second);
        } else if (cost < w.cost[static_cast<std::size_t>(it->second)]) {
            w.cost[static_cast<std::size_t>(it->second)] = cost;
            w.parentEdge[static_cast<std::size_t>(it->second)] = edge;
            open.emplace(cost, it->second);
        }
        return it->second;
    };
    const StateAbstraction abstraction(sc);  // as the explorer: unread parts of the state do not split it
    add(abstraction.canonical(initialState(sc)), 0, -1);
    std::vector<bool> expanded;
    while (!open.empty()) {
        auto [cost, i] = open.top();
        open.pop();
        auto ui = static_cast<std::size_t>(i);
        if (expanded.size() < w.states.size()) expanded.resize(w.states.size(), false);
        if (expanded[ui] || cost > w.cost[ui]) continue;
        expanded[ui] = true;
        const State from = w.states[ui];
        if (isFinished(sc, from)) continue;
        std::vector<int> offered = offeredChoices(sc, from);
        std::vector<std::pair<int, bool>> actions;  // choice index, by timeout
        for (int c : offered) actions.emplace_back(c, false);
        if (auto t = timeoutChoice(sc, from); t && std::find(offered.begin(), offered.end(), *t) == offered.end())
            actions.emplace_back(*t, true);
        const Node& node = sc.nodes[static_cast<std::size_t>(from.node)];
        for (auto [c, byTimeout] : actions) {
            std::optional<State> next = applyChoice(sc, from, c);
            if (!next) continue;
            State key = abstraction.canonical(std::move(*next));
            if (!index.count(key) && w.states.size() >= maxStates) {
                w.complete = false;
                continue;
            }
            Edge e{i, -1, byTimeout ? "t" : node.choices[static_cast<std::size_t>(c)].id,
                   byTimeout ? timeoutCost : clickCost};
            w.edges.push_back(e);
            int edge = static_cast<int>(w.edges.size()) - 1;
            w.edges.back().to = add(std::move(key), cost + e.cost, edge);
        }
    }
    return w;
}

}  // namespace

TourPlan planTour(const Scenario& sc, std::size_t maxStates) {
    TourPlan plan;
    plan.nodes = sc.nodes.size();
    if (sc.start < 0 || sc.nodes.empty()) return plan;
    Walk w = walk(sc, std::max<std::size_t>(1, maxStates));
    plan.complete = w.complete;
    const std::size_t n = w.states.size();

    // Cheapest way on to an ending from every state: a backwards walk from the finished states.
    std::vector<std::vector<int>> incoming(n);
    for (std::size_t e = 0; e < w.edges.size(); ++e)
        incoming[static_cast<std::size_t>(w.edges[e].to)].push_back(static_cast<int>(e));
    std::vector<long long> toEnd(n, unreached);
    std::vector<int> nextEdge(n, -1);
    using Item = std::pair<long long, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    for (std::size_t i = 0; i < n; ++i)
        if (isFinished(sc, w.states[i])) {
            toEnd[i] = 0;
            open.emplace(0, static_cast<int>(i));
        }
    while (!open.empty()) {
        auto [d, i] = open.top();
        open.pop();
        if (d > toEnd[static_cast<std::size_t>(i)]) continue;
        for (int e : incoming[static_cast<std::size_t>(i)]) {
            const Edge& edge = w.edges[static_cast<std::size_t>(e)];
            auto from = static_cast<std::size_t>(edge.from);
            if (d + edge.cost < toEnd[from]) {
                toEnd[from] = d + edge.cost;
                nextEdge[from] = e;
                open.emplace(toEnd[from], edge.from);
            }
        }
    }

    // The cheapest state at every node, then paths through the deepest uncovered node first.
    std::vector<int> bestAt(sc.nodes.size(), -1);
    for (std::size_t i = 0; i < n; ++i) {
        int& b = bestAt[static_cast<std::size_t>(w.states[i].node)];
        if (b < 0 || w.cost[i] < w.cost[static_cast<std::size_t>(b)]) b = static_cast<int>(i);
    }
    std::vector<int> targets;
    for (int b : bestAt)
        if (b >= 0) targets.push_back(b);
    plan.reachable = targets.size();
    std::stable_sort(targets.begin(), targets.end(), [&](int a, int b) {
        return w.cost[static_cast<std::size_t>(a)] > w.cost[static_cast<std::size_t>(b)];
    });
    std::vector<bool> covered(sc.nodes.size(), false);
    for (int target : targets) {
        if (covered[static_cast<std::size_t>(w.states[static_cast<std::size_t>(target)].node)]) continue;
        std::vector<std::string> prefix;
        std::vector<int> visited{target};
        for (int s = target; w.parentEdge[static_cast<std::size_t>(s)] >= 0;) {
            const Edge& e = w.edges[static_cast<std::size_t>(w.parentEdge[static_cast<std::size_t>(s)])];
            prefix.push_back(e.step);
            s = e.from;
            visited.push_back(s);
        }
        std::reverse(prefix.begin(), prefix.end());
        bool ends = toEnd[static_cast<std::size_t>(target)] != unreached;
        for (int s = target; ends && nextEdge[static_cast<std::size_t>(s)] >= 0;) {
            const Edge& e = w.edges[static_cast<std::size_t>(nextEdge[static_cast<std::size_t>(s)])];
            prefix.push_back(e.step);
            s = e.to;
            visited.push_back(s);
        }
        if (!ends) continue;  // a dead end (the validator reports it); nothing a trainee can finish
        for (int s : visited) covered[static_cast<std::size_t>(w.states[static_cast<std::size_t>(s)].node)] = true;
        plan.paths.push_back(std::move(prefix));
    }
    plan.covered = static_cast<std::size_t>(std::count(covered.begin(), covered.end(), true));
    return plan;
}

}  // namespace frontline::core
