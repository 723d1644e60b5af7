#include "core/expression.h"

#include <doctest/doctest.h>

using namespace frontline::core;

namespace {

Symbols symbols() {
    Symbols s;
    s.characters = {"ceo", "cto-1"};
    s.variables = {{"visitors", ValueType::Number}, {"letter_sent", ValueType::Boolean}};
    return s;
}

State state(int visitors, bool letter, int ceoTrust = 40) {
    State s;
    s.node = 0;
    s.trust = {ceoTrust, 70};
    s.patience = {50, 10};
    s.variables = {Value{static_cast<double>(visitors)}, Value{letter}};
    s.minutes = 150;
    return s;
}

Expression compile(const char* src) {
    auto r = compileExpression(src, symbols());
    if (auto* err = std::get_if<ExpressionError>(&r))
        FAIL("unexpected error at column " << err->column << ": " << err->message);
    return std::get<Expression>(r);
}

ExpressionError error(const char* src) {
    auto r = compileExpression(src, symbols());
    REQUIRE_MESSAGE(std::holds_alternative<ExpressionError>(r), "expected an error for: " << src);
    return std::get<ExpressionError>(r);
}

}  // namespace

TEST_CASE("conditions evaluate against the state") {
    CHECK(isTrue(compile("visitors >= 3").evaluate(state(3, false))));
    CHECK_FALSE(isTrue(compile("visitors >= 3").evaluate(state(2, false))));
    CHECK(isTrue(compile("!letter_sent && trust.ceo > 30").evaluate(state(0, false))));
    CHECK_FALSE(isTrue(compile("!letter_sent && trust.ceo > 30").evaluate(state(0, true))));
    CHECK(isTrue(compile("letter_sent || (visitors + 1 == 2)").evaluate(state(1, false))));
    CHECK(isTrue(compile("trust.cto-1 - patience.cto-1 == 60").evaluate(state(0, false))));
    CHECK(isTrue(compile("clock.hours == 2.5").evaluate(state(0, false))));
    CHECK(isTrue(compile("-visitors < 0").evaluate(state(1, false))));
    CHECK(isTrue(compile("letter_sent == false").evaluate(state(1, false))));
}

TEST_CASE("precedence: && binds tighter than ||") {
    // true || (false && false) == true; (true || false) && false would be false
    CHECK(isTrue(compile("true || false && false").evaluate(state(0, false))));
}

TEST_CASE("compiled conditions report what they read") {
    auto e = compile("visitors > 1 && clock.hours < 5");
    CHECK(e.readsClock());
    CHECK(e.variablesRead() == std::vector<int>{0});
    CHECK(e.type() == ValueType::Boolean);
    CHECK(compile("visitors + 2").type() == ValueType::Number);
}

TEST_CASE("parse errors point at their column") {
    SUBCASE("single equals") {
        auto e = error("visitors = 3");
        CHECK(e.column == 10);
        CHECK(e.rule.code == "expr-syntax");
        CHECK(e.message.find("'=='") != std::string::npos);
    }
    SUBCASE("unclosed parenthesis") {
        auto e = error("(visitors > 1");
        CHECK(e.column == 14);
        CHECK(e.message.find("')'") != std::string::npos);
    }
    SUBCASE("dangling operator") {
        CHECK(error("visitors >").column == 11);
    }
    SUBCASE("stray character") {
        CHECK(error("visitors > 1 # x").column == 14);
    }
    SUBCASE("empty") {
        CHECK(error("  ").rule.code == "expr-syntax");
    }
    SUBCASE("chained comparison") {
        CHECK(error("1 < visitors < 3").column == 14);
    }
    SUBCASE("a non-ASCII character is quoted whole, as valid UTF-8") {
        auto e = error("visitors >= 2 \xE4\xB8\x94 letter_sent");  // 且
        CHECK(e.column == 15);
        CHECK(e.message == "unexpected character '\xE4\xB8\x94'");
    }
    SUBCASE("a backslash before a non-ASCII character is quoted alone") {
        CHECK(error("visitors >= \\\xE4\xB8\x94").message == "unexpected character '\\'");
    }
    SUBCASE("a byte that is not UTF-8 is named, not copied") {
        CHECK(error("visitors >= \xFF").message == "unexpected character (an invalid UTF-8 byte)");
    }
}

TEST_CASE("names are resolved and types checked at compile time") {
    SUBCASE("undeclared variable") {
        auto e = error("trust.ceo > 1 && visits > 2");
        CHECK(e.rule.code == "unknown-variable");
        CHECK(e.column == 18);
    }
    SUBCASE("unknown character points at the id") {
        auto e = error("trust.cfo > 1");
        CHECK(e.rule.code == "unknown-character");
        CHECK(e.column == 7);
    }
    SUBCASE("number used as a boolean") {
        CHECK(error("visitors && letter_sent").rule.code == "expr-type");
    }
    SUBCASE("boolean compared with a number") {
        auto e = error("letter_sent == 1");
        CHECK(e.rule.code == "expr-type");
        CHECK(e.column == 13);
    }
    SUBCASE("negating a number with !") {
        CHECK(error("!visitors").rule.code == "expr-type");
    }
}

TEST_CASE("evaluation is bounded: deep nesting is refused at compile time") {
    std::string deep(100, '(');
    deep += "true";
    deep += std::string(100, ')');
    CHECK(error(deep.c_str()).message.find("too deeply") != std::string::npos);
    std::string wide = "1";
    for (int i = 0; i < 40; ++i) wide = "1 + (" + wide + ")";
    wide += " > 0";
    CHECK(error(wide.c_str()).message.find("too") != std::string::npos);
}
