// libFuzzer: the condition compiler on any text, then evaluation of what compiles on a few states.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/expression.h"
#include "core/state.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace frontline::core;
    static const Symbols symbols = [] {
        Symbols s;
        s.characters = {"ceo", "cto-2"};
        s.variables = {{"asked", ValueType::Boolean}, {"visits", ValueType::Number}, {"retold", ValueType::Number}};
        return s;
    }();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto compiled = compileExpression(text, symbols);
    if (auto* error = std::get_if<ExpressionError>(&compiled)) {
        if (error->column < 1 || static_cast<std::size_t>(error->column) > size + 1) std::abort();
        (void)nlohmann::json(error->message).dump();  // a message must stay valid UTF-8 (validate --json)
        return 0;
    }
    const Expression& e = std::get<Expression>(compiled);
    State state;
    state.node = 0;
    state.trust = {0, 100};
    state.patience = {50, 1};
    state.variables = {Value{true}, Value{1e308}, Value{-3.0}};
    state.minutes = 1'000'000'000;
    (void)e.evaluate(state);
    state.variables = {Value{false}, Value{0.0}, Value{0.5}};
    state.minutes = 0;
    (void)e.evaluate(state);
    return 0;
}
