// What the play screen tells whoever watches it. Automation (the autoplay director, the window tour) and
// tests watch; a trainee's own play has no observer, and the play screen then measures and publishes nothing.
#pragma once
#include <string>
#include <vector>

namespace frontline::game {

// What the play screen shows now, as its observer receives it after every update.
struct PlayStatus {
    bool ready = false;           // choices can be taken (no act card, text fully shown)
    bool actCard = false;         // an act title card is showing (Confirm skips it)
    bool timed = false;           // the current node has a time limit
    bool countdownDrawn = false;  // the last frame drew the countdown (only while choices are on screen)
    double timeLeft = 0;
    bool ending = false;  // an ending is on screen
    int decisions = 0;    // decisions taken so far on the path
    int choicesShown = 0;
    std::string node;                           // the current node's id
    std::string dialogue;                       // the current node's text, as the dialogue box shows it
    std::vector<std::string> choiceIds;         // the choices shown, in displayed order (autoplay steps by id)
    unsigned dialogueSize = 0, choiceSize = 0;  // type sizes after shrinking long texts to fit
    bool noteOpen = false;                      // the coach's note is shown (Confirm continues to the choices)
    std::string noteText;                       // what the note says now (title, newline, body)
    int timeLimit = 0;                          // the current node's time limit in seconds, 0 when untimed
};

// A text that does not fit its box on the play screen: the dialogue text taller (or wider) than the dialogue
// panel's text area even at the smallest size, a choice button running past its panel, a name plate wider
// than the dialogue panel, ... `box` names it ("dialogue", "choice <id>", "speaker", "card <character>", ...).
struct TextOverflow {
    std::string scenario, node, box, locale;
    std::string detail;  // measurements, e.g. "12 lines at 14 px need 252 px, the box holds 194 px"
};

class PlayObserver {
public:
    virtual ~PlayObserver() = default;
    virtual void status(const PlayStatus& now) = 0;  // after every update; a cleared status when the screen closes
    virtual void countdownDrawn() = 0;               // the frame just drawn showed the countdown
    virtual void overflow(TextOverflow overflow) = 0;
    virtual void feedbackShown() = 0;  // a coach's note on a decision opened (practice)
    virtual void verdictTone() = 0;    // a good or bad tone sounded for a decision
};

// Keeps what the play screen reported in this run, for a director to read.
class PlayLog final : public PlayObserver {
public:
    PlayStatus play;
    std::vector<TextOverflow> overflows;  // every distinct overflow, in order (same scenario/node/box/locale: once)
    int feedbackNotes = 0, verdictTones = 0;

    void status(const PlayStatus& now) override { play = now; }  // countdownDrawn false until the next draw
    void countdownDrawn() override { play.countdownDrawn = true; }
    void overflow(TextOverflow overflow) override;
    void feedbackShown() override { ++feedbackNotes; }
    void verdictTone() override { ++verdictTones; }
};

}  // namespace frontline::game
