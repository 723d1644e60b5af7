// Conditions: a small, safe expression language (see docs/scenario-format.md, "Conditions").
// compileExpression() parses and type-checks once, resolving names against the scenario's symbols;
// evaluate() then runs without allocating, looping or failing.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diagnostic.h"
#include "state.h"
#include "value.h"

namespace frontline::core {

struct Symbols {
    std::vector<std::string> characters;                       // character ids, in state order
    std::vector<std::pair<std::string, ValueType>> variables;  // declared variables, in state order
};

struct ExpressionError {
    int column = 1;       // 1-based column inside the expression text
    DiagnosticRule rule;  // expr-syntax, expr-type, unknown-variable, unknown-character (diagnostic_rules.h)
    std::string message;
};

class Expression {
public:
    enum class OpCode {
        Push,
        Variable,
        Trust,
        Patience,
        Clock,
        Negate,
        Not,
        Add,
        Subtract,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Equal,
        NotEqual,
        And,
        Or
    };
    struct Op {
        OpCode code = OpCode::Push;
        Value literal{0.0};
        int index = 0;  // variable or character index
    };
    static constexpr int maxStackDepth = 32;

    Value evaluate(const State& state) const;
    ValueType type() const { return m_type; }
    const std::string& source() const { return m_source; }
    bool readsClock() const { return m_readsClock; }
    const std::vector<int>& variablesRead() const { return m_variablesRead; }

private:
    friend std::variant<Expression, ExpressionError> compileExpression(std::string_view, const Symbols&);
    std::string m_source;
    std::vector<Op> m_program;  // postfix
    ValueType m_type = ValueType::Boolean;
    bool m_readsClock = false;
    std::vector<int> m_variablesRead;
};

std::variant<Expression, ExpressionError> compileExpression(std::string_view source, const Symbols& symbols);

}  // namespace frontline::core
