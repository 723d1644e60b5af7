#include "expression.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "diagnostic_rules.h"
#include "suggest.h"

namespace frontline::core {
namespace {

enum class Tok {
    Number,
    Name,
    True,
    False,
    LParen,
    RParen,
    Plus,
    Minus,
    Bang,
    AndAnd,
    OrOr,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    EqualEqual,
    NotEqual,
    End
};

struct Token {
    Tok kind = Tok::End;
    std::string text;
    int column = 1;
};

// Recursive descent over a token list; produces postfix ops with static types.
class Compiler {
public:
    Compiler(std::string_view src, const Symbols& symbols) : m_src(src), m_symbols(symbols) {}

    std::variant<std::vector<Expression::Op>, ExpressionError> run(ValueType& type, bool& readsClock,
                                                                   std::vector<int>& varsRead) {
        if (!tokenize()) return m_error;
        if (m_tokens.size() == 1) return fail(1, rules::exprSyntax, "empty condition");
        auto t = parseOr(0);
        if (m_failed) return m_error;
        if (peek().kind != Tok::End) return fail(peek().column, rules::exprSyntax, "unexpected '" + peek().text + "'");
        type = *t;
        readsClock = m_readsClock;
        varsRead = m_varsRead;
        return m_ops;
    }

private:
    static constexpr int maxNesting = 32;

    ExpressionError fail(int column, const DiagnosticRule& rule, std::string message) {
        if (!m_failed) {
            m_failed = true;
            m_error = ExpressionError{column, rule, std::move(message)};
        }
        return m_error;
    }

    // The whole character, not its first byte: a non-ASCII character (an author typing Chinese) is quoted as
    // written; every byte before it is ASCII, so the byte column is also the character column.
    std::string characterAt(size_t i) const {
        int32_t at = static_cast<int32_t>(i);
        UChar32 cp = 0;
        U8_NEXT(m_src.data(), at, static_cast<int32_t>(m_src.size()), cp);
        if (cp < 0) return "(an invalid UTF-8 byte)";
        return "'" + std::string(m_src.substr(i, static_cast<size_t>(at) - i)) + "'";
    }

    bool tokenize() {
        size_t i = 0;
        while (i < m_src.size()) {
            char c = m_src[i];
            int col = static_cast<int>(i) + 1;
            if (std::isspace(static_cast<unsigned char>(c))) {
                ++i;
                continue;
            }
            if (std::isdigit(static_cast<unsigned char>(c)) ||
                (c == '.' && i + 1 < m_src.size() && std::isdigit(static_cast<unsigned char>(m_src[i + 1])))) {
                size_t j = i;
                while (j < m_src.size() && (std::isdigit(static_cast<unsigned char>(m_src[j])) || m_src[j] == '.')) ++j;
                std::string text(m_src.substr(i, j - i));
                if (std::count(text.begin(), text.end(), '.') > 1) {
                    fail(col, rules::exprSyntax, "malformed number '" + text + "'");
                    return false;
                }
                m_tokens.push_back({Tok::Number, text, col});
                i = j;
                continue;
            }
            if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
                size_t j = i;
                while (j < m_src.size() && (std::isalnum(static_cast<unsigned char>(m_src[j])) || m_src[j] == '_' ||
                                            m_src[j] == '.' || m_src[j] == '-')) {
                    // '-' belongs to a name only inside trust.<id> / patience.<id> (character ids may contain it)
                    if (m_src[j] == '-') {
                        std::string_view sofar = m_src.substr(i, j - i);
                        if (sofar.find('.') == std::string_view::npos) break;
                    }
                    ++j;
                }
                std::string text(m_src.substr(i, j - i));
                Tok kind = text == "true" ? Tok::True : text == "false" ? Tok::False : Tok::Name;
                m_tokens.push_back({kind, text, col});
                i = j;
                continue;
            }
            auto two = [&](char a, char b) { return c == a && i + 1 < m_src.size() && m_src[i + 1] == b; };
            if (two('&', '&')) {
                m_tokens.push_back({Tok::AndAnd, "&&", col});
                i += 2;
                continue;
            }
            if (two('|', '|')) {
                m_tokens.push_back({Tok::OrOr, "||", col});
                i += 2;
                continue;
            }
            if (two('<', '=')) {
                m_tokens.push_back({Tok::LessEqual, "<=", col});
                i += 2;
                continue;
            }
            if (two('>', '=')) {
                m_tokens.push_back({Tok::GreaterEqual, ">=", col});
                i += 2;
                continue;
            }
            if (two('=', '=')) {
                m_tokens.push_back({Tok::EqualEqual, "==", col});
                i += 2;
                continue;
            }
            if (two('!', '=')) {
                m_tokens.push_back({Tok::NotEqual, "!=", col});
                i += 2;
                continue;
            }
            switch (c) {
                case '(':
                    m_tokens.push_back({Tok::LParen, "(", col});
                    break;
                case ')':
                    m_tokens.push_back({Tok::RParen, ")", col});
                    break;
                case '+':
                    m_tokens.push_back({Tok::Plus, "+", col});
                    break;
                case '-':
                    m_tokens.push_back({Tok::Minus, "-", col});
                    break;
                case '!':
                    m_tokens.push_back({Tok::Bang, "!", col});
                    break;
                case '<':
                    m_tokens.push_back({Tok::Less, "<", col});
                    break;
                case '>':
                    m_tokens.push_back({Tok::Greater, ">", col});
                    break;
                case '=':
                    fail(col, rules::exprSyntax, "'=' is not a comparison; use '=='");
                    return false;
                case '&':
                    fail(col, rules::exprSyntax, "'&' is not an operator; use '&&'");
                    return false;
                case '|':
                    fail(col, rules::exprSyntax, "'|' is not an operator; use '||'");
                    return false;
                default:
                    fail(col, rules::exprSyntax, "unexpected character " + characterAt(i));
                    return false;
            }
            ++i;
        }
        m_tokens.push_back({Tok::End, "end of condition", static_cast<int>(m_src.size()) + 1});
        return true;
    }

    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& next() { return m_tokens[m_pos++]; }

    void emit(Expression::OpCode code, Value literal = 0.0, int index = 0) {
        m_ops.push_back({code, literal, index});
        int delta = (code == Expression::OpCode::Push || code == Expression::OpCode::Variable ||
                     code == Expression::OpCode::Trust || code == Expression::OpCode::Patience ||
                     code == Expression::OpCode::Clock)
                        ? 1
                    : (code == Expression::OpCode::Negate || code == Expression::OpCode::Not) ? 0
                                                                                              : -1;
        m_depth += delta;
        if (m_depth > Expression::maxStackDepth && !m_failed)
            fail(1, rules::exprSyntax, "condition is too complex (more than 32 pending operands)");
    }

    using Parsed = std::optional<ValueType>;

    Parsed expect(Parsed t, ValueType want, int column, const std::string& what) {
        if (!t) return t;
        if (*t != want) {
            fail(column, rules::exprType, what + " needs a " + typeName(want) + ", got a " + typeName(*t));
            return std::nullopt;
        }
        return t;
    }

    Parsed parseOr(int nesting) {
        Parsed left = parseAnd(nesting);
        while (!m_failed && peek().kind == Tok::OrOr) {
            int col = next().column;
            left = expect(left, ValueType::Boolean, col, "'||'");
            Parsed right = expect(parseAnd(nesting), ValueType::Boolean, col, "'||'");
            if (!left || !right) return std::nullopt;
            emit(Expression::OpCode::Or);
        }
        return left;
    }

    Parsed parseAnd(int nesting) {
        Parsed left = parseComparison(nesting);
        while (!m_failed && peek().kind == Tok::AndAnd) {
            int col = next().column;
            left = expect(left, ValueType::Boolean, col, "'&&'");
            Parsed right = expect(parseComparison(nesting), ValueType::Boolean, col, "'&&'");
            if (!left || !right) return std::nullopt;
            emit(Expression::OpCode::And);
        }
        return left;
    }

    Parsed parseComparison(int nesting) {
        Parsed left = parseSum(nesting);
        if (m_failed) return std::nullopt;
        Tok k = peek().kind;
        using O = Expression::OpCode;
        O code;
        switch (k) {
            case Tok::Less:
                code = O::Less;
                break;
            case Tok::LessEqual:
                code = O::LessEqual;
                break;
            case Tok::Greater:
                code = O::Greater;
                break;
            case Tok::GreaterEqual:
                code = O::GreaterEqual;
                break;
            case Tok::EqualEqual:
                code = O::Equal;
                break;
            case Tok::NotEqual:
                code = O::NotEqual;
                break;
            default:
                return left;
        }
        const Token& op = next();
        Parsed right = parseSum(nesting);
        if (!left || !right) return std::nullopt;
        bool equality = code == O::Equal || code == O::NotEqual;
        if (equality) {
            if (*left != *right) {
                fail(op.column, rules::exprType,
                     "'" + op.text + "' compares a " + typeName(*left) + " with a " + typeName(*right));
                return std::nullopt;
            }
        } else {
            if (!expect(left, ValueType::Number, op.column, "'" + op.text + "'")) return std::nullopt;
            if (!expect(right, ValueType::Number, op.column, "'" + op.text + "'")) return std::nullopt;
        }
        emit(code);
        if (peek().kind >= Tok::Less && peek().kind <= Tok::NotEqual) {
            fail(peek().column, rules::exprSyntax, "comparisons cannot be chained; use '&&'");
            return std::nullopt;
        }
        return ValueType::Boolean;
    }

    Parsed parseSum(int nesting) {
        Parsed left = parseUnary(nesting);
        while (!m_failed && (peek().kind == Tok::Plus || peek().kind == Tok::Minus)) {
            const Token& op = next();
            bool plus = op.kind == Tok::Plus;
            left = expect(left, ValueType::Number, op.column, "'" + op.text + "'");
            Parsed right =
                expect(parseUnary(nesting), ValueType::Number, op.column, std::string("'") + (plus ? "+" : "-") + "'");
            if (!left || !right) return std::nullopt;
            emit(plus ? Expression::OpCode::Add : Expression::OpCode::Subtract);
        }
        return left;
    }

    Parsed parseUnary(int nesting) {
        if (nesting > maxNesting) {
            fail(peek().column, rules::exprSyntax, "condition is nested too deeply");
            return std::nullopt;
        }
        if (peek().kind == Tok::Bang) {
            int col = next().column;
            Parsed t = expect(parseUnary(nesting + 1), ValueType::Boolean, col, "'!'");
            if (!t) return std::nullopt;
            emit(Expression::OpCode::Not);
            return t;
        }
        if (peek().kind == Tok::Minus) {
            int col = next().column;
            Parsed t = expect(parseUnary(nesting + 1), ValueType::Number, col, "unary '-'");
            if (!t) return std::nullopt;
            emit(Expression::OpCode::Negate);
            return t;
        }
        return parsePrimary(nesting);
    }

    Parsed parsePrimary(int nesting) {
        const Token& t = next();
        switch (t.kind) {
            case Tok::Number: {
                emit(Expression::OpCode::Push, std::strtod(t.text.c_str(), nullptr));
                return ValueType::Number;
            }
            case Tok::True:
                emit(Expression::OpCode::Push, true);
                return ValueType::Boolean;
            case Tok::False:
                emit(Expression::OpCode::Push, false);
                return ValueType::Boolean;
            case Tok::LParen: {
                Parsed inner = parseOr(nesting + 1);
                if (m_failed) return std::nullopt;
                if (peek().kind != Tok::RParen) {
                    fail(peek().column, rules::exprSyntax,
                         "expected ')' to close the '(' at column " + std::to_string(t.column));
                    return std::nullopt;
                }
                next();
                return inner;
            }
            case Tok::Name:
                return resolveName(t);
            case Tok::End:
                fail(t.column, rules::exprSyntax, "condition ends too early");
                return std::nullopt;
            default:
                fail(t.column, rules::exprSyntax, "unexpected '" + t.text + "'");
                return std::nullopt;
        }
    }

    Parsed resolveName(const Token& t) {
        const std::string& name = t.text;
        auto dot = name.find('.');
        if (dot != std::string::npos) {
            std::string head = name.substr(0, dot), tail = name.substr(dot + 1);
            if (head == "clock" && tail == "hours") {
                emit(Expression::OpCode::Clock);
                m_readsClock = true;
                return ValueType::Number;
            }
            if (head == "trust" || head == "patience") {
                for (size_t i = 0; i < m_symbols.characters.size(); ++i)
                    if (m_symbols.characters[i] == tail) {
                        emit(head == "trust" ? Expression::OpCode::Trust : Expression::OpCode::Patience, 0.0,
                             static_cast<int>(i));
                        return ValueType::Number;
                    }
                fail(t.column + static_cast<int>(dot) + 1, rules::unknownCharacter,
                     "no character '" + tail + "' is declared" + didYouMean(tail, m_symbols.characters));
                return std::nullopt;
            }
            fail(t.column, rules::exprSyntax,
                 "unknown name '" + name + "' (use trust.<character>, patience.<character> or clock.hours)");
            return std::nullopt;
        }
        for (size_t i = 0; i < m_symbols.variables.size(); ++i)
            if (m_symbols.variables[i].first == name) {
                emit(Expression::OpCode::Variable, 0.0, static_cast<int>(i));
                if (std::find(m_varsRead.begin(), m_varsRead.end(), static_cast<int>(i)) == m_varsRead.end())
                    m_varsRead.push_back(static_cast<int>(i));
                return m_symbols.variables[i].second;
            }
        std::vector<std::string> names;
        for (const auto& [variable, type] : m_symbols.variables) names.push_back(variable);
        fail(t.column, rules::unknownVariable,
             "variable '" + name + "' is not declared in \"variables\"" + didYouMean(name, names));
        return std::nullopt;
    }

    std::string_view m_src;
    const Symbols& m_symbols;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    std::vector<Expression::Op> m_ops;
    int m_depth = 0;
    bool m_failed = false;
    ExpressionError m_error;
    bool m_readsClock = false;
    std::vector<int> m_varsRead;
};

}  // namespace

std::variant<Expression, ExpressionError> compileExpression(std::string_view source, const Symbols& symbols) {
    Compiler compiler(source, symbols);
    ValueType type = ValueType::Boolean;
    Expression e;
    auto result = compiler.run(type, e.m_readsClock, e.m_variablesRead);
    if (auto* err = std::get_if<ExpressionError>(&result)) return *err;
    e.m_source = std::string(source);
    e.m_type = type;
    e.m_program = std::move(std::get<std::vector<Expression::Op>>(result));
    return e;
}

Value Expression::evaluate(const State& state) const {
    std::array<Value, maxStackDepth + 1> stack{};
    int top = 0;
    auto num = [&](int i) { return asNumber(stack[i]); };
    for (const Op& op : m_program) {
        switch (op.code) {
            case OpCode::Push:
                stack[top++] = op.literal;
                break;
            case OpCode::Variable:
                stack[top++] = state.variables[op.index];
                break;
            case OpCode::Trust:
                stack[top++] = static_cast<double>(state.trust[op.index]);
                break;
            case OpCode::Patience:
                stack[top++] = static_cast<double>(state.patience[op.index]);
                break;
            case OpCode::Clock:
                stack[top++] = state.minutes / 60.0;
                break;
            case OpCode::Negate:
                stack[top - 1] = -num(top - 1);
                break;
            case OpCode::Not:
                stack[top - 1] = !isTrue(stack[top - 1]);
                break;
            case OpCode::Add:
                --top;
                stack[top - 1] = num(top - 1) + num(top);
                break;
            case OpCode::Subtract:
                --top;
                stack[top - 1] = num(top - 1) - num(top);
                break;
            case OpCode::Less:
                --top;
                stack[top - 1] = num(top - 1) < num(top);
                break;
            case OpCode::LessEqual:
                --top;
                stack[top - 1] = num(top - 1) <= num(top);
                break;
            case OpCode::Greater:
                --top;
                stack[top - 1] = num(top - 1) > num(top);
                break;
            case OpCode::GreaterEqual:
                --top;
                stack[top - 1] = num(top - 1) >= num(top);
                break;
            case OpCode::Equal:
                --top;
                stack[top - 1] = stack[top - 1] == stack[top];
                break;
            case OpCode::NotEqual:
                --top;
                stack[top - 1] = stack[top - 1] != stack[top];
                break;
            case OpCode::And:
                --top;
                stack[top - 1] = isTrue(stack[top - 1]) && isTrue(stack[top]);
                break;
            case OpCode::Or:
                --top;
                stack[top - 1] = isTrue(stack[top - 1]) || isTrue(stack[top]);
                break;
        }
    }
    return top > 0 ? stack[top - 1] : Value{false};
}

}  // namespace frontline::core
