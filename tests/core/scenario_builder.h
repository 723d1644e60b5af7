// Test support: builds small scenarios in code (nodes by id, conditions as source text) and a rubric, so
// scoring and explorer tests do not depend on the loader.
#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/expression.h"
#include "core/scenario.h"

namespace frontline::test {

struct ChoiceSpec {
    std::string id{};
    core::ChoiceKind kind = core::ChoiceKind::Listen;
    core::Grades grades{};
    std::vector<std::pair<std::string, std::string>> next{};  // (condition or "", target node id)
    std::string condition{};                                  // "" = always offered
    bool timeoutOnly = false;
    std::vector<std::pair<std::string, int>> trust{};  // (character id, delta)
    std::vector<std::pair<std::string, core::Value>> set{};
    std::vector<std::pair<std::string, double>> add{};
    int minutes = 0;
    std::string textEn{}, textZh{};
};

class ScenarioBuilder {
public:
    explicit ScenarioBuilder(std::string id = "test") {
        m_sc.id = std::move(id);
        m_sc.locales = {"zh", "en"};
        m_sc.title = core::LocalizedText{{{"zh", "测试"}, {"en", "Test"}}};
    }
    ScenarioBuilder& character(const std::string& id, int trust = 50, int patience = 50) {
        core::Character c;
        c.id = id;
        c.name = core::LocalizedText::plain(id);
        c.trust = trust;
        c.patience = patience;
        m_sc.characters.push_back(c);
        return *this;
    }
    ScenarioBuilder& variable(const std::string& name, core::Value initial) {
        m_sc.variables.push_back({name, initial});
        return *this;
    }
    ScenarioBuilder& principles(std::vector<std::string> p) {
        m_sc.principles = std::move(p);
        return *this;
    }
    ScenarioBuilder& decision(const std::string& id, std::vector<ChoiceSpec> choices, int timeLimit = 0,
                              const std::string& onTimeout = "") {
        m_nodes.push_back({id, std::move(choices), timeLimit, onTimeout, std::nullopt});
        return *this;
    }
    ScenarioBuilder& ending(const std::string& id, core::EndingKind kind) {
        m_nodes.push_back({id, {}, 0, "", kind});
        return *this;
    }
    ScenarioBuilder& rule(const std::string& id, const std::string& condition, core::Grades grades) {
        m_rules.push_back({id, condition, std::move(grades)});
        return *this;
    }
    // The first node added is the start.
    core::Scenario build() const {
        core::Scenario sc = m_sc;
        core::Symbols sy;
        for (const auto& c : sc.characters) sy.characters.push_back(c.id);
        for (const auto& v : sc.variables) sy.variables.push_back({v.name, core::typeOf(v.initial)});
        auto compile = [&](const std::string& src) {
            auto r = core::compileExpression(src, sy);
            if (auto* err = std::get_if<core::ExpressionError>(&r)) throw std::runtime_error(src + ": " + err->message);
            return std::get<core::Expression>(r);
        };
        std::map<std::string, int> index;
        for (size_t i = 0; i < m_nodes.size(); ++i) index[m_nodes[i].id] = static_cast<int>(i);
        auto at = [&](const std::string& id) {
            auto it = index.find(id);
            if (it == index.end()) throw std::runtime_error("unknown node " + id);
            return it->second;
        };
        for (const auto& ns : m_nodes) {
            core::Node node;
            node.id = ns.id;
            node.speaker = "narrator";
            node.text = core::LocalizedText{{{"zh", "节点" + ns.id}, {"en", "Node " + ns.id}}};
            node.ending = ns.ending;
            if (ns.ending) node.endingTitle = core::LocalizedText{{{"zh", "结局" + ns.id}, {"en", "Ending " + ns.id}}};
            for (const auto& cs : ns.choices) {
                core::Choice c;
                c.id = cs.id;
                c.kind = cs.kind;
                c.grades = cs.grades;
                c.timeoutOnly = cs.timeoutOnly;
                c.text = core::LocalizedText{{{"zh", cs.textZh.empty() ? "选" + cs.id : cs.textZh},
                                              {"en", cs.textEn.empty() ? "Choose " + cs.id : cs.textEn}}};
                c.feedback = core::LocalizedText{{{"zh", "反馈" + cs.id}, {"en", "Feedback " + cs.id}}};
                if (!cs.condition.empty()) c.condition = compile(cs.condition);
                for (const auto& [who, d] : cs.trust) c.effects.trust.push_back({sc.characterIndex(who), d});
                for (const auto& [var, v] : cs.set) c.effects.set.push_back({sc.variableIndex(var), v});
                for (const auto& [var, v] : cs.add) c.effects.add.push_back({sc.variableIndex(var), v});
                c.effects.minutes = cs.minutes;
                for (const auto& [cond, target] : cs.next) {
                    core::Branch b;
                    if (!cond.empty()) b.condition = compile(cond);
                    b.target = at(target);
                    c.next.push_back(std::move(b));
                }
                node.choices.push_back(std::move(c));
            }
            node.timeLimitSeconds = ns.timeLimit;
            for (size_t i = 0; i < node.choices.size(); ++i)
                if (node.choices[i].id == ns.onTimeout) node.timeoutChoice = static_cast<int>(i);
            sc.nodes.push_back(std::move(node));
        }
        for (const auto& rs : m_rules) {
            core::Rule r;
            r.id = rs.id;
            r.condition = compile(rs.condition);
            r.grades = rs.grades;
            r.feedback = core::LocalizedText{{{"zh", "规则" + rs.id}, {"en", "Rule " + rs.id}}};
            sc.rules.push_back(std::move(r));
        }
        sc.start = 0;
        return sc;
    }

private:
    struct NodeSpec {
        std::string id;
        std::vector<ChoiceSpec> choices;
        int timeLimit;
        std::string onTimeout;
        std::optional<core::EndingKind> ending;
    };
    struct RuleSpec {
        std::string id, condition;
        core::Grades grades;
    };
    core::Scenario m_sc;
    std::vector<NodeSpec> m_nodes;
    std::vector<RuleSpec> m_rules;
};

// P1..P4 with weight 1 and the four bands of scenarios/rubric.json.
inline core::Rubric testRubric(int dimensions = 4) {
    core::Rubric r;
    for (int i = 1; i <= dimensions; ++i) {
        core::Dimension d;
        d.id = "P" + std::to_string(i);
        d.title = core::LocalizedText{{{"zh", "原则" + std::to_string(i)}, {"en", "Principle " + std::to_string(i)}}};
        r.dimensions.push_back(d);
    }
    auto band = [](std::string id, int min, std::string zh, std::string en) {
        return core::Band{std::move(id), min, core::LocalizedText{{{"zh", std::move(zh)}, {"en", std::move(en)}}}};
    };
    r.bands = {band("exemplary", 85, "以客户为中心的典范", "Exemplary"),
               band("customer-centric", 65, "以客户为中心", "Customer-centric"),
               band("developing", 40, "有待提高", "Developing"),
               band("self-centred", 0, "以自我为中心", "Self-centred")};
    return r;
}

}  // namespace frontline::test
