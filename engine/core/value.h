// A scenario value: a number or a boolean. Variables, conditions and effects use nothing else.
#pragma once
#include <string>
#include <variant>

namespace frontline::core {

using Value = std::variant<double, bool>;

enum class ValueType { Number, Boolean };

inline ValueType typeOf(const Value& v) {
    return std::holds_alternative<bool>(v) ? ValueType::Boolean : ValueType::Number;
}
inline bool isTrue(const Value& v) {
    return std::holds_alternative<bool>(v) && std::get<bool>(v);
}
inline double asNumber(const Value& v) {
    return std::holds_alternative<double>(v) ? std::get<double>(v) : 0.0;
}
inline const char* typeName(ValueType t) {
    return t == ValueType::Boolean ? "boolean" : "number";
}
std::string toString(const Value& v);

}  // namespace frontline::core
