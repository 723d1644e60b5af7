// The play screen's picture of one node, shared by the play screen and the replay viewer so a replayed step is
// drawn exactly as the trainee saw it: the layout (computed once per node, language and text size, and read by
// both drawing and the play screen's fit check) and the drawing of the top bar (title, act, mode, clock), the
// characters with their expressions and meter cards, the dialogue with its name plate, the choice panel (the
// choices in displayed order, the countdown, the coach's note, the ending) and the act title card.
#pragma once
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/scenario.h"
#include "core/state.h"
#include "runtime/face_expression.h"
#include "runtime/text_layout.h"
#include "runtime/tween.h"
#include "screens/context.h"
#include "screens/stage.h"

namespace frontline::game {

inline const sf::FloatRect kDialogueBox{24, 452, 772, 252};
inline const sf::FloatRect kChoicePanel{816, 72, 440, 632};
inline constexpr float kActCardSeconds = 2.2f;

// One character's meters and face as drawn (the play screen animates them; the replay viewer sets them).
struct CharacterView {
    int index = -1;
    runtime::Tween trust, patience;
    float trustFlash = 0, patienceFlash = 0;
    int trustDelta = 0, patienceDelta = 0;
    float deltaAge = 99;
    FaceExpression expression = FaceExpression::Neutral, previous = FaceExpression::Neutral;
    runtime::Tween blend{1};
};
// Every character of `scenario` at rest in `state` (meters snapped, expression for the state).
std::vector<CharacterView> charactersAtRest(const core::Scenario& scenario, const core::State& state);

struct ChoiceView {
    int index = -1;  // into node.choices
    sf::FloatRect rect;
    runtime::Paragraph text;
    unsigned textSize = 18;
};

// The name plate over the dialogue panel: name and role on one line, or, when that is wider than the
// panel, the role wrapped under the name with the plate growing upwards (its bottom edge stays put).
struct PlateLayout {
    sf::FloatRect tag;
    unsigned nameSize = 0, roleSize = 0;
    float nameWidth = 0;
    std::vector<std::string> roleLines;  // empty: the role follows the name on the same line
};

// The top bar's left side: the scenario title must clear the clock face.
struct TopBarLayout {
    float needed = 0, room = 0;
};

// The ending panel, relative to its top: the verdict, then one line per character (where everyone ended up),
// all above the debrief button. With many characters the verdict moves up and the lines close up.
struct EndingLayout {
    float label = 0, verdict = 0, lines = 0, step = 0;
    unsigned size = 0;
};

// The note fills the top of the choice panel; a long text shrinks (to 13 px) to stay above the step-back hint.
struct NoteLayout {
    sf::FloatRect rect;
    runtime::Paragraph title, body;
    unsigned size = 0;
};

// A meter card above a character's head.
struct CardLayout {
    float width = 0;
    unsigned nameSize = 0;
};

// What a node looks like at the current language and text size: computed once, drawn every frame, measured by
// the fit check.
struct PlayLayout {
    const core::Scenario* scenario = nullptr;
    const core::Node* node = nullptr;
    core::State state;            // the state the node is shown in
    std::vector<int> displayed;   // choice indices in displayed order
    std::vector<int> present;     // character indices on the stage
    std::string mode;             // the mode chip's label
    bool practiceLayout = false;  // the step-back hint's room at the foot of the choice panel
    float panelBottom = 0;        // where the choices and the note end
    runtime::Paragraph dialogue;
    unsigned dialogueSize = 0;
    std::vector<ChoiceView> choices;
    unsigned choiceSize = 0;
    std::string plateName, plateRole;
    PlateLayout plate;
    std::vector<CardLayout> cards;  // per present character
    TopBarLayout topBar;
    std::vector<int> endingPeople;  // the customer's people listed at an ending
    std::vector<std::string> endingLines;
    EndingLayout ending;
};

PlayLayout layoutPlay(const GameContext& ctx, const core::Scenario& scenario, const core::State& state,
                      std::vector<int> displayed, std::string mode, bool practiceLayout);
NoteLayout layoutNote(const Theme& th, const PlayLayout& layout, const std::string& title, const std::string& body);
// Where each present character's face is drawn (the head of the bust, runtime/portrait.h's design space).
std::vector<std::pair<std::string, sf::FloatRect>> faceRects(const PlayLayout& layout);
// The largest size from `start` down to `floor` at which one line of text fits `width`.
unsigned fitSize(const Theme& th, const std::string& text, unsigned start, unsigned floor, float width,
                 bool bold = false);

// The coach's note as drawn.
struct NoteView {
    std::string title, body;
    sf::Color color;
    float alpha = 1;
    float blink = 1;  // the "continue" line's blink
};

// What changes from frame to frame.
struct PlayFrame {
    double time = 0;
    const std::vector<CharacterView>* characters = nullptr;  // every character of the scenario, by index
    std::size_t visibleText = std::string::npos;             // the typewriter
    bool textDone = true;
    float actCard = -1;      // seconds the act card has shown; < 0 or >= kActCardSeconds: none
    bool ready = true;       // the choices (or the ending's button) can be taken
    float choicesFade = 1;   // 0..1: the choices slide in
    int focus = -1;          // the highlighted choice (displayed position)
    bool countdown = false;  // draw the countdown ring
    double timeLeft = 0;
    bool stepBackHint = false;  // "Backspace: step back" at the foot of the choice panel
    std::string dialogueHint;   // a line at the foot of the dialogue once the text is shown
    const NoteView* note = nullptr;
    sf::Color modeColor;
    std::string endLabel;  // the ending's button
};

struct PlayDrawn {
    bool countdown = false;
    sf::FloatRect endButton;
};

PlayDrawn drawPlay(sf::RenderTarget& target, const GameContext& ctx, Stage& stage, PlayLayout& layout,
                   const PlayFrame& frame);

}  // namespace frontline::game
