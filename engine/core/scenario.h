// The scenario model: what a loaded, checked scenario file means (docs/scenario-format.md).
// Built only by the loader; every cross-reference is already resolved to an index, and every condition is
// compiled, so sessions and the explorer never look anything up by name.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "enum_names.h"
#include "expression.h"
#include "localized_text.h"
#include "value.h"

namespace frontline::core {

enum class ChoiceKind { Listen, Respond, Escalate };
enum class EndingKind { Won, Partial, Lost };

inline constexpr EnumName<ChoiceKind> kChoiceKindNames[] = {
    {"listen", ChoiceKind::Listen}, {"respond", ChoiceKind::Respond}, {"escalate", ChoiceKind::Escalate}};
inline constexpr EnumName<EndingKind> kEndingKindNames[] = {
    {"won", EndingKind::Won}, {"partial", EndingKind::Partial}, {"lost", EndingKind::Lost}};

inline const char* toString(ChoiceKind kind) {
    return nameIn(kChoiceKindNames, kind);
}
inline const char* toString(EndingKind kind) {
    return nameIn(kEndingKindNames, kind);
}
inline std::optional<ChoiceKind> choiceKindFromString(std::string_view s) {
    return valueIn(kChoiceKindNames, s);
}
inline std::optional<EndingKind> endingKindFromString(std::string_view s) {
    return valueIn(kEndingKindNames, s);
}

struct Source {
    std::string seed;
    std::vector<std::string> cases;
    std::string section;
};

struct Act {
    std::string id;
    LocalizedText title;
};

struct Character {
    std::string id;
    LocalizedText name, role, organisation;
    std::string look;
    int trust = 50;
    int patience = 50;
    bool customerSide = true;  // "side": "customer" (default) or "colleague" (our own people)
};

struct Variable {
    std::string name;
    Value initial{0.0};
};

struct Effects {
    std::vector<std::pair<int, int>> trust;     // (character index, delta)
    std::vector<std::pair<int, int>> patience;  // (character index, delta)
    std::vector<std::pair<int, Value>> set;     // (variable index, new value)
    std::vector<std::pair<int, double>> add;    // (variable index, amount)
    int minutes = 0;                            // scenario clock advance
};

struct Branch {
    std::optional<Expression> condition;  // absent: always taken
    int target = -1;                      // node index
};

using Grades = std::map<std::string, int, std::less<>>;  // rubric dimension id -> -3..+3

struct Choice {
    std::string id;
    ChoiceKind kind = ChoiceKind::Listen;
    LocalizedText text;
    std::optional<Expression> condition;
    bool timeoutOnly = false;
    Effects effects;
    Grades grades;
    LocalizedText feedback;
    std::vector<Branch> next;  // tried in order, after the effects are applied
};

struct Node {
    std::string id;
    std::string act;           // "" when the scenario has no acts
    std::string scene;         // resolved: inherited from the previous node when the file omits it
    std::string speaker;       // character id or "narrator"
    std::vector<int> present;  // character indices on screen
    LocalizedText text;
    int timeLimitSeconds = 0;     // 0: no limit
    int timeoutChoice = -1;       // index into choices; -1 when there is no limit
    std::vector<Choice> choices;  // empty for an ending
    std::optional<EndingKind> ending;
    LocalizedText endingTitle;

    bool isEnding() const { return ending.has_value(); }
};

struct Rule {
    std::string id;
    Expression condition;
    Grades grades;
    LocalizedText feedback;
};

struct Dimension {
    std::string id;
    LocalizedText title, description;
    double weight = 1.0;
    std::vector<std::string> cases;
};

struct Band {
    std::string id;
    int min = 0;
    LocalizedText title;
};

struct Rubric {
    std::vector<Dimension> dimensions;
    std::vector<Band> bands;  // sorted by descending min
    const Dimension* find(std::string_view id) const;
};

struct RubricChanges {
    std::map<std::string, double, std::less<>> weights;
    std::vector<Dimension> dimensions;  // added by this scenario
};

struct Scenario {
    std::string file;    // where it was loaded from
    std::string sha256;  // hex digest of the file's bytes
    std::string id;
    LocalizedText title, summary;
    LocalizedText realCase;  // what happened in the source case and what it teaches (debrief); may be empty
    std::vector<std::string> locales;
    Source source;
    std::vector<std::string> principles;
    std::string difficulty;
    int minutes = 0;
    bool shuffle = true;
    std::string clockStart;  // "YYYY-MM-DDTHH:MM", "HH:MM" (day 1), or "" for "day 1, 09:00"
    std::vector<Act> acts;
    std::vector<Character> characters;
    std::vector<Variable> variables;
    int start = -1;
    std::vector<Node> nodes;  // in file order
    std::vector<Rule> rules;
    RubricChanges rubricChanges;

    int nodeIndex(std::string_view id) const;        // -1 when absent
    int characterIndex(std::string_view id) const;   // -1 when absent
    int variableIndex(std::string_view name) const;  // -1 when absent
    const Act* act(std::string_view id) const;
};

}  // namespace frontline::core
