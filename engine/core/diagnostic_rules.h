// Every rule a Diagnostic can carry, as one constant each: its stable code, default severity and a one-line
// summary. Diagnostics are made only from these (makeDiagnostic, JsonReader::report), so a code cannot be
// misspelt or given another severity at one call site; docs/diagnostics.md documents each, which a test checks.
#pragma once
#include <span>
#include <string_view>

#include "diagnostic.h"

namespace frontline::core::rules {

using enum Severity;

// Reading any file.
inline constexpr DiagnosticRule ioError{"io-error", Error, "the file does not exist or cannot be read"};
inline constexpr DiagnosticRule poSyntax{"po-syntax", Error, "a translation (PO) file line that is not PO"};
inline constexpr DiagnosticRule fileTooLarge{"file-too-large", Error, "the file is larger than its limit"};
inline constexpr DiagnosticRule jsonSyntax{"json-syntax", Error, "the file is not strict JSON"};
inline constexpr DiagnosticRule duplicateKey{"duplicate-key", Error, "a key appears twice in one object"};
// The shape of a scenario, rubric or asset file.
inline constexpr DiagnosticRule wrongType{"wrong-type", Error, "a value has the wrong JSON type"};
inline constexpr DiagnosticRule missingKey{"missing-key", Error, "a required key is absent"};
inline constexpr DiagnosticRule unknownKey{"unknown-key", Warning, "a key the format does not know is ignored"};
inline constexpr DiagnosticRule unknownEffect{"unknown-effect", Error,
                                              "a key in effects that is not an effect (it would be dropped silently)"};
inline constexpr DiagnosticRule badValue{"bad-value", Error, "a well-typed value that is not allowed"};
inline constexpr DiagnosticRule valueRange{"value-range", Error, "a number outside its allowed range"};
inline constexpr DiagnosticRule formatVersion{"format-version", Error, "an unsupported format version"};
inline constexpr DiagnosticRule badId{"bad-id", Error, "an id that is empty or has characters ids cannot have"};
inline constexpr DiagnosticRule duplicateId{"duplicate-id", Error, "two things of one kind share an id"};
// References.
inline constexpr DiagnosticRule unknownNode{"unknown-node", Error, "a reference to a node that does not exist"};
inline constexpr DiagnosticRule unknownCharacter{"unknown-character", Error, "a reference to an undeclared character"};
inline constexpr DiagnosticRule unknownVariable{"unknown-variable", Error, "a reference to an undeclared variable"};
inline constexpr DiagnosticRule variableType{"variable-type", Error, "a variable given a value of another type"};
inline constexpr DiagnosticRule unknownAct{"unknown-act", Error, "a reference to an act that does not exist"};
inline constexpr DiagnosticRule unknownDimension{"unknown-dimension", Error,
                                                 "a grade for a dimension the rubric lacks"};
inline constexpr DiagnosticRule gradeRange{"grade-range", Error, "a grade outside the rubric's range"};
inline constexpr DiagnosticRule noRubric{"no-rubric", Warning, "the rubric cannot be read, so grades are unchecked"};
// Conditions.
inline constexpr DiagnosticRule exprSyntax{"expr-syntax", Error, "a condition that cannot be parsed"};
inline constexpr DiagnosticRule exprType{"expr-type", Error, "a condition that mixes types"};
// Texts.
inline constexpr DiagnosticRule missingLocale{"missing-locale", Error, "a text lacks a declared locale"};
inline constexpr DiagnosticRule emptyText{"empty-text", Error, "a text that is empty or blank"};
inline constexpr DiagnosticRule untranslatedText{"untranslated-text", Warning,
                                                 "one plain string shown unchanged in every declared locale"};
inline constexpr DiagnosticRule undrawableCharacter{"undrawable-character", Warning,
                                                    "a character the game's fonts cannot draw"};
inline constexpr DiagnosticRule missingFeedback{"missing-feedback", Error, "a graded choice or rule without feedback"};
// Story structure.
inline constexpr DiagnosticRule noChoices{"no-choices", Error, "a node that is neither an ending nor offers a choice"};
inline constexpr DiagnosticRule badTimeout{"bad-timeout", Error, "a time limit or timeout choice that cannot work"};
inline constexpr DiagnosticRule branchOrder{"branch-order", Error, "a branch of next that can never be taken"};
inline constexpr DiagnosticRule trap{"trap", Error, "a node from which no ending can be reached"};
inline constexpr DiagnosticRule unreachableNode{"unreachable-node", Warning, "a node no path reaches"};
inline constexpr DiagnosticRule guardedChoices{"guarded-choices", Warning, "a node whose every choice has a condition"};
// A scenario's references to asset files.
inline constexpr DiagnosticRule unknownScene{"unknown-scene", Warning, "a scene with no file in assets/scenes/"};
inline constexpr DiagnosticRule unknownLook{"unknown-look", Warning, "a look with no file in assets/characters/"};
// Asset files (assets/scenes, assets/characters); their JSON shape uses the rules above.
inline constexpr DiagnosticRule assetBadColor{"asset-bad-color", Warning,
                                              "a colour that is not #rgb, #rrggbb or #rrggbbaa"};
inline constexpr DiagnosticRule assetUnknownValue{"asset-unknown-value", Warning,
                                                  "a name the asset format does not list"};
inline constexpr DiagnosticRule assetDegenerate{"asset-degenerate", Warning, "a shape too small to draw"};
inline constexpr DiagnosticRule assetIdMismatch{"asset-id-mismatch", Warning,
                                                "an asset's id differs from its file name"};
// Session files (docs/session-format.md).
inline constexpr DiagnosticRule sessionUnreadable{"session-unreadable", Error, "the session file cannot be read"};
inline constexpr DiagnosticRule sessionJsonSyntax{"session-json-syntax", Error, "the session file is not JSON"};
inline constexpr DiagnosticRule sessionMissingField{"session-missing-field", Error,
                                                    "a required session field is absent"};
inline constexpr DiagnosticRule sessionFieldType{"session-field-type", Error, "a session field has the wrong type"};
inline constexpr DiagnosticRule sessionFieldValue{"session-field-value", Error, "a session field has an invalid value"};
inline constexpr DiagnosticRule sessionForeignFile{"session-foreign-file", Error,
                                                   "another Frontline file given as a session"};
// Facilitator notes beside a session (NAME.notes.json, docs/session-format.md).
inline constexpr DiagnosticRule notesUnreadable{"notes-unreadable", Error, "the notes file cannot be read"};
inline constexpr DiagnosticRule notesJsonSyntax{"notes-json-syntax", Error, "the notes file is not JSON"};
inline constexpr DiagnosticRule notesMissingField{"notes-missing-field", Error, "a required notes field is absent"};
inline constexpr DiagnosticRule notesFieldType{"notes-field-type", Error, "a notes field has the wrong type"};
inline constexpr DiagnosticRule notesFieldValue{"notes-field-value", Error, "a notes field has an invalid value"};
// Finding a session's scenario (score, report, cohort, xapi).
inline constexpr DiagnosticRule sessionScenarioMissing{"session-scenario-missing", Error,
                                                       "the session's scenario file cannot be found"};
inline constexpr DiagnosticRule sessionScenarioInvalid{"session-scenario-invalid", Error,
                                                       "the session's scenario or its rubric cannot be loaded"};
inline constexpr DiagnosticRule scenarioPlayedCopy{
    "scenario-played-copy", Warning,
    "the recorded scenario file changed or is gone; the copy kept when it was played is used"};
inline constexpr DiagnosticRule scenarioFallback{
    "scenario-fallback", Warning, "the recorded scenario file is gone; the shipped one with its id is used"};
// Playing or replaying a session against its scenario.
inline constexpr DiagnosticRule finished{"finished", Error, "a decision after the session reached an ending"};
inline constexpr DiagnosticRule unknownChoice{"unknown-choice", Error, "the node has no choice with that id"};
inline constexpr DiagnosticRule choiceNotOffered{"choice-not-offered", Error,
                                                 "the choice is not offered at that moment"};
inline constexpr DiagnosticRule noTimeLimit{"no-time-limit", Error, "a timeout at a node without a time limit"};
inline constexpr DiagnosticRule noBranch{"no-branch", Error, "no branch of the choice's next holds"};
inline constexpr DiagnosticRule undoNotAllowed{"undo-not-allowed", Error, "stepping back in a graded session"};
inline constexpr DiagnosticRule nothingToUndo{"nothing-to-undo", Error, "stepping back before the first decision"};
inline constexpr DiagnosticRule scenarioChanged{"scenario-changed", Warning,
                                                "the scenario's bytes differ from the recorded ones"};
inline constexpr DiagnosticRule scenarioIdDiffers{"scenario-id-differs", Warning,
                                                  "the scenario is not the recorded one"};
inline constexpr DiagnosticRule displayedOrderDiffers{"displayed-order-differs", Warning,
                                                      "the choices shown differ from the recorded ones"};
inline constexpr DiagnosticRule replayNodeDiffers{"replay-node-differs", Error,
                                                  "the replay reached another node than recorded"};
inline constexpr DiagnosticRule replayTimeoutDiffers{"replay-timeout-differs", Error,
                                                     "the node's timeout choice changed"};
inline constexpr DiagnosticRule replayAfterEnding{"replay-after-ending", Error, "events recorded after the ending"};
// Scoring a session.
inline constexpr DiagnosticRule scoreReplay{"score-replay", Error, "the recorded choices cannot be replayed"};
inline constexpr DiagnosticRule scoreIncomplete{"score-incomplete", Warning, "the session stopped before an ending"};

inline constexpr const DiagnosticRule* all[] = {&ioError,
                                                &fileTooLarge,
                                                &jsonSyntax,
                                                &duplicateKey,
                                                &wrongType,
                                                &missingKey,
                                                &unknownKey,
                                                &unknownEffect,
                                                &poSyntax,
                                                &badValue,
                                                &valueRange,
                                                &formatVersion,
                                                &badId,
                                                &duplicateId,
                                                &unknownNode,
                                                &unknownCharacter,
                                                &unknownVariable,
                                                &variableType,
                                                &unknownAct,
                                                &unknownDimension,
                                                &gradeRange,
                                                &noRubric,
                                                &exprSyntax,
                                                &exprType,
                                                &missingLocale,
                                                &emptyText,
                                                &untranslatedText,
                                                &undrawableCharacter,
                                                &missingFeedback,
                                                &noChoices,
                                                &badTimeout,
                                                &branchOrder,
                                                &trap,
                                                &unreachableNode,
                                                &guardedChoices,
                                                &unknownScene,
                                                &unknownLook,
                                                &assetBadColor,
                                                &assetUnknownValue,
                                                &assetDegenerate,
                                                &assetIdMismatch,
                                                &sessionUnreadable,
                                                &sessionJsonSyntax,
                                                &sessionMissingField,
                                                &sessionFieldType,
                                                &sessionFieldValue,
                                                &sessionForeignFile,
                                                &notesUnreadable,
                                                &notesJsonSyntax,
                                                &notesMissingField,
                                                &notesFieldType,
                                                &notesFieldValue,
                                                &sessionScenarioMissing,
                                                &sessionScenarioInvalid,
                                                &scenarioPlayedCopy,
                                                &scenarioFallback,
                                                &finished,
                                                &unknownChoice,
                                                &choiceNotOffered,
                                                &noTimeLimit,
                                                &noBranch,
                                                &undoNotAllowed,
                                                &nothingToUndo,
                                                &scenarioChanged,
                                                &scenarioIdDiffers,
                                                &displayedOrderDiffers,
                                                &replayNodeDiffers,
                                                &replayTimeoutDiffers,
                                                &replayAfterEnding,
                                                &scoreReplay,
                                                &scoreIncomplete};

// The rule with `code`, or nullptr.
constexpr const DiagnosticRule* find(std::string_view code) {
    for (const DiagnosticRule* r : all)
        if (r->code == code) return r;
    return nullptr;
}

}  // namespace frontline::core::rules
