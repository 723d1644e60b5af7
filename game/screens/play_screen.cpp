// Play: the scene, the characters present with their expressions and meters, the dialogue box with a
// typewriter, act title cards, the choices (keys 1-9) with a countdown for timed nodes, the coach's note
// (practice feedback, replay, timeouts, steps back) in the choice panel until the trainee continues, step back
// (practice), autosave after every decision, and the ending hand-off to the debrief.
#include <algorithm>
#include <cmath>

#include "core/grading.h"
#include "core/play_rules.h"
#include "runtime/portrait.h"
#include "runtime/text_layout.h"
#include "runtime/tween.h"
#include "screens/debrief.h"
#include "screens/icons.h"
#include "screens/saved_sessions.h"
#include "screens/screens.h"
#include "screens/stage.h"

namespace frontline::game {
namespace {

using runtime::Action;

const sf::FloatRect dialogueBox{24, 452, 772, 252};
const sf::FloatRect choicePanel{816, 72, 440, 632};
constexpr float actCardSeconds = 2.2f;

struct CharacterView {
    int index = -1;
    runtime::Tween trust, patience;
    float trustFlash = 0, patienceFlash = 0;
    int trustDelta = 0, patienceDelta = 0;
    float deltaAge = 99;
    FaceExpression expression = FaceExpression::Neutral, previous = FaceExpression::Neutral;
    runtime::Tween blend{1};
};

// The coach's note, shown in the choice panel (never over the stage, where the faces react) until the trainee
// continues; the next choices appear after it. Its words are looked up when drawn, so F2 switches them too.
struct Note {
    enum Kind { None, Feedback, Timeout, SteppedBack } kind = None;
    int node = -1, choice = -1;  // Feedback: the decision it is about
    bool timedOut = false;       // Feedback after a timeout
    sf::Color color;
};

struct ChoiceView {
    int index = -1;  // into node().choices
    sf::FloatRect rect;
    runtime::Paragraph text;
    unsigned textSize = 18;
};

class PlayScreen : public runtime::Screen {
public:
    PlayScreen(GameContext& ctx, const PlayStart& start)
        : m_ctx(ctx),
          m_scenario(*start.scenario),
          m_stage(defaultAssetsDir()),
          m_replay(start.replayEvents),
          m_replayMode(start.replay) {
        bool autosave = !m_replayMode && start.record;
        if (!start.resumeFile.empty()) {
            auto resumed = resumeSession(m_scenario, start.resumeFile);
            if (resumed.session) {
                m_session.emplace(std::move(*resumed.session));
                m_saver = SessionSaver(std::move(resumed.record), start.resumeFile, autosave);
            }
        }
        if (!m_session) {
            core::SessionOptions options;
            options.mode = start.practice ? core::SessionMode::Practice : core::SessionMode::Graded;
            m_session.emplace(m_scenario, start.replay ? start.seed : ctx.newSeed(), options);
            m_saver = SessionSaver(*m_session, ctx.locale(), ctx.playerName(), autosave);
        }
        for (std::size_t i = 0; i < m_scenario.characters.size(); ++i) {
            CharacterView v;
            v.index = static_cast<int>(i);
            v.trust.snap(static_cast<float>(state().trust[i]));
            v.patience.snap(static_cast<float>(state().patience[i]));
            v.expression = v.previous = expressionFor(state().trust[i], state().patience[i]);
            m_characters.push_back(v);
        }
        log("start " + m_scenario.id + " (" + core::toString(m_session->mode()) + ", seed " +
            std::to_string(m_session->seed()) + ")");
        enterNode();
    }
    ~PlayScreen() override {
        m_ctx.debug = {};
        m_ctx.play = {};
    }

    std::string_view name() const override { return m_replayMode ? "replay" : "play"; }

    const core::State& state() const { return m_session->state(); }
    const core::Node& node() const { return m_session->node(); }
    bool practice() const { return m_session->mode() == core::SessionMode::Practice; }
    bool ready() const { return !actCardShowing() && m_typewriter.done() && !noteOpen(); }
    bool noteOpen() const { return m_note.kind != Note::None; }
    // Practice shows the step-back hint at the foot of the choice panel: the choices and the note end above it.
    bool practiceLayout() const { return (practice() && !m_replayMode) || m_measurePractice; }
    float panelBottom() const { return choicePanel.top + choicePanel.height - (practiceLayout() ? 32.f : 16.f); }
    bool actCardShowing() const { return m_actCard >= 0 && m_actCard < actCardSeconds; }

    void log(std::string line) {
        m_events.push_back(std::move(line));
        if (m_events.size() > 200) m_events.erase(m_events.begin());
    }

    // ---- node flow ---------------------------------------------------------------------------------------

    void enterNode() {
        const core::Node& n = node();
        if (!n.act.empty() && n.act != m_lastAct) {
            m_lastAct = n.act;
            if (const core::Act* act = m_scenario.act(n.act); act && !act->title.empty()) m_actCard = 0;
        }
        m_present.clear();
        for (int i : n.present) m_present.push_back(i);
        m_displayed = m_session->displayedChoices();
        m_timeLeft = n.timeLimitSeconds;
        m_shownFor = 0;
        m_lastTick = -1;
        m_focus = 0;
        if (m_replayMode && m_replayStep < m_replay.size())
            for (std::size_t i = 0; i < m_displayed.size(); ++i)
                if (n.choices[static_cast<std::size_t>(m_displayed[i])].id == m_replay[m_replayStep].choice)
                    m_focus = static_cast<int>(i);
        if (m_ctx.options.tour)
            checkFitEverySize();
        else {
            layoutTexts(true);
            checkFit();
        }
        log("node " + n.id + (n.timeLimitSeconds > 0 ? " (timed " + std::to_string(n.timeLimitSeconds) + " s)" : ""));
    }

    void layoutTexts(bool restartTypewriter) {
        Theme th = m_ctx.theme();
        const std::string& loc = m_ctx.locale();
        const core::Node& n = node();
        // Dialogue: shrink the size until it fits the box.
        std::string text = n.text.in(loc);
        unsigned size = th.size(20);
        float room = dialogueBox.height - 58;
        do {
            m_dialogue.set(text, {th.fontFor(text), size, th.colors->text, false, 1.5f}, dialogueBox.width - 56);
            m_dialogueSize = size;
        } while (m_dialogue.height() > room && --size > 13);
        if (restartTypewriter) {
            m_typewriter.start(m_dialogue.length(), loc == "zh" ? 38 : 70);
            if (m_instantText) m_typewriter.complete();
        } else if (m_typewriter.done()) {
            m_typewriter.start(m_dialogue.length(), 1);
            m_typewriter.complete();
        } else {
            m_typewriter.start(m_dialogue.length(), loc == "zh" ? 38 : 70);
        }
        // Choices: stacked buttons in the right panel, shrinking the text until all fit.
        m_choices.clear();
        if (n.isEnding()) return;
        unsigned csize = th.size(18);
        const float top = choicePanel.top + 64, bottom = panelBottom();
        for (;;) {
            m_choices.clear();
            float y = top;
            const float gap = csize > 13 ? 12.f : 6.f;  // long choices at the smallest sizes close up first
            for (int index : m_displayed) {
                ChoiceView c;
                c.index = index;
                c.textSize = csize;
                const std::string& choice = n.choices[static_cast<std::size_t>(index)].text.in(loc);
                c.text.set(choice, {th.fontFor(choice), csize, th.colors->text, false, 1.4f}, choicePanel.width - 84);
                float h = std::max(64.f, 38.f + th.size(13) + c.text.height());
                c.rect = {choicePanel.left + 8, y, choicePanel.width - 16, h};
                y += h + gap;
                m_choices.push_back(std::move(c));
            }
            if (y - gap <= bottom || csize <= 12) break;
            --csize;
        }
        m_choiceSize = csize;
    }

    // The name plate over the dialogue: the speaker and their role, or the ending's title and kind.
    void plateLabels(std::string& name, std::string& role) const {
        const core::Node& n = node();
        if (n.isEnding()) {
            name = n.endingTitle.in(m_ctx.locale());
            role = m_ctx.tr(std::string("ending.") + core::toString(*n.ending));
            return;
        }
        name = characterName(n.speaker);
        if (int i = m_scenario.characterIndex(n.speaker); i >= 0) {
            const auto& c = m_scenario.characters[static_cast<std::size_t>(i)];
            role = c.role.in(m_ctx.locale());
            if (!c.organisation.empty()) role += " · " + c.organisation.in(m_ctx.locale());
        }
    }

    // The largest size from `start` down to `floor` at which one line of text fits `width`.
    static unsigned fitSize(const Theme& th, const std::string& text, unsigned start, unsigned floor, float width,
                            bool bold = false) {
        unsigned size = start;
        while (size > floor && measureText(th, text, size, bold) > width) --size;
        return size;
    }

    // The name plate over the dialogue panel: name and role on one line, or, when that is wider than the
    // panel, the role wrapped under the name with the plate growing upwards (its bottom edge stays put).
    struct PlateLayout {
        sf::FloatRect tag;
        unsigned nameSize = 0, roleSize = 0;
        float nameWidth = 0;
        std::vector<std::string> roleLines;  // empty: the role follows the name on the same line
    };
    PlateLayout plateLayout(const Theme& th, const std::string& name, const std::string& role) const {
        PlateLayout l;
        l.nameSize = th.size(19);
        l.roleSize = th.size(14);
        l.nameWidth = measureText(th, name, l.nameSize, true);
        const float limit = dialogueBox.width - 40;
        float rw = role.empty() ? 0 : measureText(th, role, l.roleSize);
        float oneLine = l.nameWidth + rw + (rw > 0 ? 48 : 32);
        if (oneLine <= limit) {
            l.tag = {dialogueBox.left + 20, dialogueBox.top - 20, oneLine, 40};
            return l;
        }
        l.roleLines = runtime::wrapText(*th.fontFor(role), l.roleSize, role, limit - 32);
        float w = l.nameWidth + 32;
        for (const auto& line : l.roleLines) w = std::max(w, measureText(th, line, l.roleSize) + 32);
        float h = static_cast<float>(l.nameSize) + 22 +
                  static_cast<float>(l.roleLines.size()) * static_cast<float>(l.roleSize) * 1.35f;
        l.tag = {dialogueBox.left + 20, dialogueBox.top + 20 - h, std::min(limit, w), h};
        return l;
    }

    // A meter card: as wide as the character's name needs (at least 230 px) within its slot; the name
    // shrinks (to 11 px) only when the slot is too narrow (four or more people present).
    std::pair<float, unsigned> cardLayout(const Theme& th, float slot, const std::string& name) const {
        float w = measureText(th, name, th.size(15), true);
        float cardW = std::min(std::max(230.f, w + 24), slot - 12);
        return {cardW, fitSize(th, name, th.size(15), 11, cardW - 24, true)};
    }

    // The top bar's left side: the scenario title must clear the clock face (the act chip is left out when
    // it would not; the act card has shown its title).
    struct TopBarLayout {
        float needed = 0, room = 0;
    };
    TopBarLayout topBarLayout(const Theme& th) const {
        TopBarLayout l;
        std::string mode =
            m_replayMode ? m_ctx.tr("replay.title") : m_ctx.tr(practice() ? "mode.practice" : "mode.graded");
        float mw = measureText(th, mode, th.size(14)) + 20;
        float clockLeft =
            1256 - mw - 24 -
            measureText(th, core::clockLabel(m_scenario, state().minutes, m_ctx.locale()), th.size(17), true) - 27;
        l.room = clockLeft - 12 - 24;
        l.needed = measureText(th, m_scenario.title.in(m_ctx.locale()), th.size(19), true);
        return l;
    }

    // The ending panel, relative to its top: the verdict, then one line per character (where everyone ended up),
    // all above the debrief button. With many characters the verdict moves up and the lines close up.
    struct EndingLayout {
        float label, verdict, lines, step;
        unsigned size;
    };
    EndingLayout endingLayout(const Theme& th) const {
        const std::vector<std::string> lines = endingLines();
        const float count = std::max(1.f, static_cast<float>(lines.size()));
        const float end = choicePanel.height - 120 - 16;
        EndingLayout l{150, 190, 270, 32, th.size(17)};
        if (l.lines + l.step * count > end) {
            l = {32, 68, 140, 32, th.size(17)};
            l.step = std::min(32.f, (end - l.lines) / count);
            l.size = std::min(th.size(17), static_cast<unsigned>(std::max(1.f, l.step - 5)));
        }
        // Every line at one size: the largest at which the widest fits (down to 12 px).
        for (const std::string& line : lines) l.size = fitSize(th, line, l.size, 12, choicePanel.width - 24);
        return l;
    }

    // Where the customer's people (core::customerPeopleAtDecisions) ended up: name, trust, patience.
    std::vector<int> endingPeople() const { return core::customerPeopleAtDecisions(m_scenario); }
    std::vector<std::string> endingLines() const {
        std::vector<std::string> lines;
        for (int i : endingPeople()) {
            const auto& ch = m_scenario.characters[static_cast<std::size_t>(i)];
            lines.push_back(ch.name.in(m_ctx.locale()) + "  " + m_ctx.tr("play.trust") + " " +
                            std::to_string(state().trust[static_cast<std::size_t>(i)]) + " · " +
                            m_ctx.tr("play.patience") + " " +
                            std::to_string(state().patience[static_cast<std::size_t>(i)]));
        }
        return lines;
    }

    // Reports every text of the current node that cannot be read whole where it is drawn
    // (GameContext::overflows), measured with the same fonts, sizes and boxes as draw(). Dialogue and choices
    // shrink before they overflow (to 14 and 12 px at any text size), so they are reported only when even
    // that is not enough; one-line texts (name plates, titles, labels) never shrink or wrap. Feedback is
    // checked for every choice of the node, as practice mode would show it after the choice.
    void checkFit() {
        Theme th = m_ctx.theme();
        const std::string& loc = m_ctx.locale();
        const core::Node& n = node();
        auto px = [](float v) { return std::to_string(static_cast<int>(std::lround(v))); };
        auto report = [&](const std::string& box, const std::string& detail) {
            m_ctx.reportOverflow({m_scenario.id, n.id, box + m_fitLabel, loc, detail});
            log("overflow: " + box + " (" + detail + ")");
        };
        // Dialogue text inside the dialogue panel.
        const float room = dialogueBox.height - 58, width = dialogueBox.width - 56;
        if (m_dialogue.height() > room + 0.5f)
            report("dialogue", std::to_string(m_dialogue.lineCount()) + " lines at " + std::to_string(m_dialogueSize) +
                                   " px need " + px(m_dialogue.height()) + " px, the box holds " + px(room));
        if (m_dialogue.widestLine() > width + 0.5f)
            report("dialogue", "a line is " + px(m_dialogue.widestLine()) + " px wide, the box " + px(width));
        // Name plate: name and role on one line within the dialogue panel.
        std::string name, role;
        plateLabels(name, role);
        PlateLayout plate = plateLayout(th, name, role);
        if (plate.nameWidth + 32 > dialogueBox.width - 40 + 0.5f)
            report(
                n.isEnding() ? "ending-title" : "speaker",
                "the plate needs " + px(plate.nameWidth + 32) + " px, the panel allows " + px(dialogueBox.width - 40));
        // Meter cards: each present character's name (bold, one line) and room for the meters.
        if (!m_present.empty()) {
            float slot = dialogueBox.width / static_cast<float>(m_present.size());
            float labels = std::max(measureText(th, m_ctx.tr("play.trust"), th.size(13)),
                                    measureText(th, m_ctx.tr("play.patience"), th.size(13)));
            for (int ci : m_present) {
                const core::Character& c = m_scenario.characters[static_cast<std::size_t>(ci)];
                auto [cardW, nameSize] = cardLayout(th, slot, c.name.in(loc));
                float w = measureText(th, c.name.in(loc), nameSize, true);
                if (w > cardW - 24 + 0.5f)
                    report("card " + c.id, "the name is " + px(w) + " px wide, the card " + px(cardW - 24));
                if (cardW - 48 - 22 - labels < 24)
                    report("card " + c.id + " meters",
                           "the meters get " + px(cardW - 70 - labels) + " px of a " + px(cardW) + " px card");
            }
        }
        // Top bar: scenario title and act chip left of the clock and mode chip.
        if (TopBarLayout bar = topBarLayout(th); bar.needed > bar.room)
            report("title-bar", "the title needs " + px(bar.needed) + " px, " + px(bar.room) + " px left of the clock");
        // Act title card.
        if (const core::Act* act = m_scenario.act(n.act); act && !act->title.empty()) {
            const std::string title = act->title.in(loc);
            unsigned ts = fitSize(th, title, th.size(44), 24, 1200, true);
            if (float w = measureText(th, title, ts, true); w > 1200)
                report("act-title",
                       "the title is " + px(w) + " px wide at " + std::to_string(ts) + " px, the window allows 1200");
        }
        if (n.isEnding()) {
            // Ending panel: the verdict and one line per character, above the debrief button.
            const float inner = choicePanel.width - 24;
            const char* key = *n.ending == core::EndingKind::Won       ? "ending.won"
                              : *n.ending == core::EndingKind::Partial ? "ending.partial"
                                                                       : "ending.lost";
            if (float w = measureText(th, m_ctx.tr(key), th.size(34), true); w > inner)
                report("ending-verdict", px(w) + " px wide, the panel " + px(inner));
            EndingLayout l = endingLayout(th);
            const std::vector<int> people = endingPeople();
            const std::vector<std::string> lines = endingLines();
            for (std::size_t k = 0; k < lines.size(); ++k)
                if (float w = measureText(th, lines[k], l.size); w > inner)
                    report("ending-summary " + m_scenario.characters[static_cast<std::size_t>(people[k])].id,
                           px(w) + " px wide at " + std::to_string(l.size) + " px, the panel " + px(inner));
            float bottom = l.lines + l.step * static_cast<float>(lines.size());
            if (bottom > choicePanel.height - 120 || l.size < 12)
                report("ending-summary", std::to_string(lines.size()) + " lines at " + std::to_string(l.size) +
                                             " px reach " + px(bottom) + " px, the button starts at " +
                                             px(choicePanel.height - 120));
            return;
        }
        // Choices: each text within its button, the buttons within the panel (and clear of the step-back hint).
        const float textWidth = choicePanel.width - 84;
        float limit = panelBottom();
        for (const ChoiceView& c : m_choices) {
            const std::string& id = n.choices[static_cast<std::size_t>(c.index)].id;
            if (c.text.widestLine() > textWidth + 0.5f)
                report("choice " + id,
                       "a line is " + px(c.text.widestLine()) + " px wide, the button " + px(textWidth));
            if (c.rect.top + c.rect.height > limit + 0.5f) {
                report("choice " + id,
                       "the buttons need " +
                           px(m_choices.back().rect.top + m_choices.back().rect.height - choicePanel.top) + " px at " +
                           std::to_string(m_choiceSize) + " px, the panel holds " + px(limit - choicePanel.top));
                break;
            }
        }
        float header = 22 + measureText(th, m_ctx.tr("play.choose"), th.size(20), true) + 12;
        if (n.timeLimitSeconds > 0 &&
            header > choicePanel.width - 78 - measureText(th, m_ctx.tr("play.timeleft"), th.size(14)))
            report("choices-header", "the title runs into the countdown label");
        // The coach's note (practice mode) for every choice of the node: within the choice panel, above the
        // step-back hint, at its smallest size at most, and clear of every face on the stage.
        for (const core::Choice& choice : n.choices) {
            NoteLayout note = noteLayout(th, m_ctx.tr("play.feedback"), choice.feedback.in(loc));
            if (note.rect.top + note.rect.height > panelBottom() + 0.5f)
                report("feedback " + choice.id, "the note needs " + px(note.rect.height) + " px at " +
                                                    std::to_string(note.size) + " px, " +
                                                    px(panelBottom() - note.rect.top) + " px in the panel");
            if (std::max(note.body.widestLine(), note.title.widestLine()) > note.rect.width - 44 + 0.5f)
                report("feedback " + choice.id, "a line is " +
                                                    px(std::max(note.body.widestLine(), note.title.widestLine())) +
                                                    " px wide, the note " + px(note.rect.width - 44));
            for (const auto& [id, face] : faceRects())
                if (face.intersects(note.rect)) report("feedback " + choice.id, "the note covers the face of " + id);
        }
    }

    // Where each present character's face is drawn (the head of the bust, runtime/portrait.h's design space).
    std::vector<std::pair<std::string, sf::FloatRect>> faceRects() const {
        std::vector<std::pair<std::string, sf::FloatRect>> out;
        const std::size_t n = m_present.size();
        for (std::size_t k = 0; k < n; ++k) {
            sf::FloatRect b = portraitBounds(characterBox(k, n));
            const float sx = b.width / 200, sy = b.height / 250;  // the head spans x 50..150, y 40..170
            out.emplace_back(m_scenario.characters[static_cast<std::size_t>(m_present[k])].id,
                             sf::FloatRect{b.left + 50 * sx, b.top + 40 * sy, 100 * sx, 130 * sy});
        }
        return out;
    }

    sf::FloatRect characterBox(std::size_t k, std::size_t n) const {
        float slot = dialogueBox.width / static_cast<float>(n);
        float boxW = std::min(300.f, slot + 40), boxH = 360;
        float cx = dialogueBox.left + slot * (static_cast<float>(k) + 0.5f);
        return {cx - boxW / 2, 480 - boxH, boxW, boxH};
    }

    // The tour measures every node at each text size with the practice layout (the tightest), without
    // drawing: what the trainee would see at any size and in either mode. Reported boxes name the size.
    void checkFitEverySize() {
        const int shown = m_ctx.settings.textSize;
        m_measurePractice = true;
        for (int size = 0; size <= 2; ++size) {
            m_ctx.settings.textSize = size;
            m_fitLabel = " at text size " + std::to_string(size);
            layoutTexts(true);
            checkFit();
        }
        m_measurePractice = false;
        m_fitLabel.clear();
        m_ctx.settings.textSize = shown;
        layoutTexts(true);
    }

    void take(int displayedIndex, bool byTimeout) {
        if (m_session->finished()) return;
        core::State before = state();
        std::int64_t ms = static_cast<std::int64_t>(m_shownFor * 1000);
        std::optional<core::SessionError> error;
        int choiceIndex = -1;
        if (byTimeout) {
            choiceIndex = m_session->timeoutChoiceIndex().value_or(-1);
            error = m_session->timeout(ms);
        } else {
            choiceIndex = m_displayed[static_cast<std::size_t>(displayedIndex)];
            error = m_session->choose(node().choices[static_cast<std::size_t>(choiceIndex)].id, ms);
        }
        if (error) {
            log("refused: " + error->message);
            return;
        }
        const core::Node& from = m_scenario.nodes[static_cast<std::size_t>(before.node)];
        const core::Choice& choice = from.choices[static_cast<std::size_t>(choiceIndex)];
        m_saver.append(m_session->events().back());
        if (!m_saver.error().empty()) log("autosave failed: " + m_saver.error());
        log(std::string(byTimeout ? "timeout -> " : "choice ") + choice.id + " [" + core::toString(choice.kind) + "]");
        if (m_replayMode) ++m_replayStep;
        core::Verdict verdict =
            core::judgeChoice(m_scenario, before, choiceIndex, m_ctx.catalog.rubricOf(m_scenario)).verdict;
        // Graded: no feedback until the debrief, so the tone says only that a move was made (or time ran out).
        const bool feedback = practice() || m_replayMode;
        runtime::Tone tone = !feedback                        ? runtime::Tone::Choose
                             : verdict == core::Verdict::Good ? runtime::Tone::Good
                             : verdict == core::Verdict::Poor ? runtime::Tone::Bad
                                                              : runtime::Tone::Choose;
        m_ctx.sound(byTimeout ? runtime::Tone::Timeout : tone);
        if (tone != runtime::Tone::Choose) ++m_ctx.verdictTones;
        animateEffects(before);
        if (byTimeout) m_note = {Note::Timeout, -1, -1, true, m_ctx.theme().colors->mixed};
        if (feedback) {
            sf::Color c = verdict == core::Verdict::Good   ? m_ctx.theme().colors->good
                          : verdict == core::Verdict::Poor ? m_ctx.theme().colors->poor
                                                           : m_ctx.theme().colors->mixed;
            m_note = {Note::Feedback, before.node, choiceIndex, byTimeout, c};
            ++m_ctx.feedbackNotes;
        }
        m_noteAge = 0;
        enterNode();
    }

    void stepBack() {
        if (!m_session->canStepBack()) return;
        core::State before = state();
        if (auto error = m_session->stepBack()) {
            log("step back refused: " + error->message);
            return;
        }
        m_saver.append(m_session->events().back());
        log("step back to " + node().id);
        animateEffects(before);
        m_note = {Note::SteppedBack, -1, -1, false, m_ctx.theme().colors->accent};
        m_noteAge = 0;
        m_ctx.sound(runtime::Tone::Click);
        enterNode();
        m_typewriter.complete();  // a node read before: its text is shown whole
    }

    void animateEffects(const core::State& before) {
        for (auto& v : m_characters) {
            auto i = static_cast<std::size_t>(v.index);
            int dt = state().trust[i] - before.trust[i], dp = state().patience[i] - before.patience[i];
            if (dt) {
                v.trust.retarget(static_cast<float>(state().trust[i]), 0.9, runtime::Ease::OutCubic);
                v.trustFlash = 1;
                log("trust." + m_scenario.characters[i].id + (dt > 0 ? " +" : " ") + std::to_string(dt));
            }
            if (dp) {
                v.patience.retarget(static_cast<float>(state().patience[i]), 0.9, runtime::Ease::OutCubic);
                v.patienceFlash = 1;
                log("patience." + m_scenario.characters[i].id + (dp > 0 ? " +" : " ") + std::to_string(dp));
            }
            if (dt || dp) {
                v.trustDelta = dt;
                v.patienceDelta = dp;
                v.deltaAge = 0;
            }
            FaceExpression e = expressionFor(state().trust[i], state().patience[i]);
            if (e != v.expression) {
                v.previous = v.expression;
                v.expression = e;
                v.blend.start(0, 1, 0.45, runtime::Ease::InOutQuad);
            }
        }
    }

    // The note's words in the current language.
    void noteTexts(std::string& title, std::string& body) const {
        title = body = "";
        if (m_note.kind == Note::Timeout) title = m_ctx.tr("play.timeout");
        if (m_note.kind == Note::SteppedBack) title = m_ctx.tr("play.steppedback");
        if (m_note.kind == Note::Feedback) {
            title = m_note.timedOut ? m_ctx.tr("play.timeout") : m_ctx.tr("play.feedback");
            const core::Node& from = m_scenario.nodes[static_cast<std::size_t>(m_note.node)];
            body = from.choices[static_cast<std::size_t>(m_note.choice)].feedback.in(m_ctx.locale());
        }
    }

    void closeNote() {
        m_note = {};
        m_typewriter.complete();
    }

    void finish() {
        DebriefInput input{&m_scenario, *m_session, m_saver.record(), m_saver.path()};
        m_ctx.app.screens().pop();
        if (m_replayMode) return;  // the debrief below is still there
        m_ctx.app.screens().push(makeDebriefScreen(m_ctx, std::move(input)));
    }

    // ---- input -------------------------------------------------------------------------------------------

    void onAction(Action a) override {
        if (a == Action::ToggleLanguage) {
            m_ctx.toggleLanguage();
            return;
        }
        if (a == Action::Back) {
            if (m_replayMode) return finish();
            m_ctx.sound(runtime::Tone::Click);
            m_ctx.app.screens().push(makePauseScreen(m_ctx, PauseTarget{&m_scenario, practice()}));
            return;
        }
        if (actCardShowing()) {
            if (a == Action::Confirm) m_actCard = actCardSeconds;
            return;
        }
        if (noteOpen() && !(a == Action::StepBack && practice() && !m_replayMode)) {
            if (a == Action::Confirm || runtime::choiceNumber(a) >= 0) closeNote();
            return;
        }
        if (!m_typewriter.done()) {
            if (a == Action::Confirm || runtime::choiceNumber(a) >= 0) m_typewriter.complete();
            return;
        }
        if (node().isEnding()) {
            if (a == Action::Confirm) finish();
            return;
        }
        if (a == Action::StepBack && practice() && !m_replayMode) return stepBack();
        int n = static_cast<int>(m_choices.size());
        if (n == 0) return;
        if (m_replayMode) {  // replay: only the recorded choice can be taken
            if (a == Action::Confirm) {
                if (m_replayStep >= m_replay.size()) return;
                if (m_replay[m_replayStep].type == core::EventType::Timeout)
                    take(-1, true);
                else
                    take(m_focus, false);
            }
            return;
        }
        if (a == Action::Up || a == Action::Previous)
            m_focus = (m_focus + n - 1) % n;
        else if (a == Action::Down || a == Action::Next)
            m_focus = (m_focus + 1) % n;
        else if (a == Action::Confirm)
            take(m_focus, false);
        else if (int k = runtime::choiceNumber(a); k >= 0 && k < n)
            take(k, false);
        if (a == Action::Up || a == Action::Down || a == Action::Next || a == Action::Previous)
            m_ctx.sound(runtime::Tone::Click);
    }

    void onMouseMove(sf::Vector2f p) override {
        if (m_replayMode || !ready()) return;
        for (std::size_t i = 0; i < m_choices.size(); ++i)
            if (m_choices[i].rect.contains(p)) m_focus = static_cast<int>(i);
    }

    void onMouseClick(sf::Vector2f p) override {
        if (actCardShowing()) return onAction(Action::Confirm);
        if (noteOpen()) return closeNote();
        if (!m_typewriter.done()) return m_typewriter.complete();
        if (node().isEnding()) {
            if (m_endButton.contains(p)) finish();
            return;
        }
        if (m_replayMode) return;
        for (std::size_t i = 0; i < m_choices.size(); ++i)
            if (m_choices[i].rect.contains(p)) return take(static_cast<int>(i), false);
    }

    // ---- update ------------------------------------------------------------------------------------------

    void update(double dt) override {
        m_time += dt;
        std::string signature =
            m_ctx.locale() + std::to_string(m_ctx.settings.textSize) + (m_ctx.settings.highContrast ? "h" : "");
        if (signature != m_layoutSignature) {
            if (!m_layoutSignature.empty()) {
                layoutTexts(false);
                checkFit();
            }
            m_layoutSignature = signature;
        }
        if (m_actCard >= 0 && m_actCard < actCardSeconds)
            m_actCard += static_cast<float>(dt);
        else
            m_typewriter.update(dt);
        for (auto& v : m_characters) {
            v.trust.update(dt);
            v.patience.update(dt);
            v.blend.update(dt);
            v.trustFlash = std::max(0.f, v.trustFlash - static_cast<float>(dt) * 1.2f);
            v.patienceFlash = std::max(0.f, v.patienceFlash - static_cast<float>(dt) * 1.2f);
            v.deltaAge += static_cast<float>(dt);
        }
        m_noteAge += dt;
        m_choicesFade = ready() ? std::min(1.f, m_choicesFade + static_cast<float>(dt) * 4) : 0.f;
        if (ready() && !node().isEnding()) {
            m_shownFor += dt;
            if (node().timeLimitSeconds > 0 && !m_replayMode) {
                m_timeLeft -= dt * m_ctx.options.timerSpeed;
                int whole = static_cast<int>(std::ceil(m_timeLeft));
                if (whole <= 5 && whole != m_lastTick && whole > 0) {
                    m_lastTick = whole;
                    m_ctx.sound(runtime::Tone::Tick);
                }
                if (m_timeLeft <= 0) take(-1, true);
            }
        }
        PlayStatus& s = m_ctx.play;
        s.countdownDrawn = false;  // draw() sets it again when it draws the countdown
        s.ready = ready();
        s.actCard = actCardShowing();
        s.timed = node().timeLimitSeconds > 0;
        s.timeLeft = m_timeLeft;
        s.ending = node().isEnding();
        s.decisions = static_cast<int>(m_session->events().size());
        s.choicesShown = static_cast<int>(m_choices.size());
        s.node = node().id;
        s.choiceIds.clear();
        for (const ChoiceView& c : m_choices)
            s.choiceIds.push_back(node().choices[static_cast<std::size_t>(c.index)].id);
        s.noteOpen = noteOpen();
        if (!s.noteOpen) s.noteText.clear();
        s.timeLimit = node().timeLimitSeconds;
        s.dialogueSize = m_dialogueSize;
        s.choiceSize = m_choiceSize;
        m_ctx.debug.scenario = &m_scenario;
        m_ctx.debug.state = &state();
        m_ctx.debug.events = &m_events;
        m_ctx.debug.locale = m_ctx.locale();
        m_ctx.debug.mode = m_replayMode ? "replay" : core::toString(m_session->mode());
    }

    void onResume() override {
        m_layoutSignature = "resumed";  // settings may have changed while paused: lay out again (clear() would not)
    }

    // ---- drawing -----------------------------------------------------------------------------------------

    std::string characterName(const std::string& id) const {
        if (id == "narrator") return m_ctx.tr("play.narrator");
        int i = m_scenario.characterIndex(id);
        return i < 0 ? id : m_scenario.characters[static_cast<std::size_t>(i)].name.in(m_ctx.locale());
    }

    sf::Color kindColor(core::ChoiceKind k, const Palette& p) const {
        return k == core::ChoiceKind::Listen ? p.listen : k == core::ChoiceKind::Respond ? p.respond : p.escalate;
    }

    void drawTopBar(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        fillVerticalGradient(t, {0, 0, 1280, 64}, withAlpha(p.background, 0.92f), withAlpha(p.background, 0.55f));
        const std::string& loc = m_ctx.locale();
        std::string mode =
            m_replayMode ? m_ctx.tr("replay.title") : m_ctx.tr(practice() ? "mode.practice" : "mode.graded");
        float mw = measureText(th, mode, th.size(14)) + 20;
        std::string clock = core::clockLabel(m_scenario, state().minutes, m_ctx.locale());
        float cw = measureText(th, clock, th.size(17), true);
        float cx = 1256 - mw - 24 - cw;
        float x = 24;
        x += drawText(t, th, m_scenario.title.in(loc), th.size(19), {x, 20}, p.text, true) + 16;
        // The act chip only where it clears the clock face (cx - 27); the act card has shown its title anyway.
        if (const core::Act* act = m_scenario.act(node().act);
            act && !act->title.empty() && x + measureText(th, act->title.in(loc), th.size(14)) + 20 <= cx - 27 - 12)
            x += drawChip(t, th, {x, 16}, act->title.in(loc), p.accent, 14) + 10;
        drawChip(t, th, {1256 - mw, 16}, mode, m_replayMode ? p.accent : practice() ? p.good : p.textDim, 14);
        drawText(t, th, clock, th.size(17), {cx, 21}, p.text, true);
        sf::Vector2f dial{cx - 18, 31};  // a small clock face
        sf::CircleShape face(9, 24);
        face.setOrigin(9, 9);
        face.setPosition(dial);
        face.setFillColor(sf::Color::Transparent);
        face.setOutlineColor(p.textDim);
        face.setOutlineThickness(2);
        t.draw(face);
        float hours = static_cast<float>(state().minutes % 720) / 720.f;
        drawArc(t, dial, 3.5f, 7, hours, hours + 0.02f, p.text);
    }

    void drawCharacters(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        std::size_t n = m_present.size();
        if (n == 0) return;
        float slot = dialogueBox.width / static_cast<float>(n);
        for (std::size_t k = 0; k < n; ++k) {
            auto ci = static_cast<std::size_t>(m_present[k]);
            CharacterView& v = m_characters[ci];
            const core::Character& c = m_scenario.characters[ci];
            float cx = dialogueBox.left + slot * (static_cast<float>(k) + 0.5f);
            bool speaking = node().speaker == c.id;
            sf::FloatRect box = characterBox(k, n);
            m_stage.drawCharacter(t, c.look, v.expression, v.previous, v.blend.value(), box, m_time,
                                  n > 1 && k + 1 == n && k > 0);
            // Meter card above the head.
            std::string label = c.name.in(m_ctx.locale());
            auto [cardW, ns] = cardLayout(th, slot, label);
            sf::FloatRect card{cx - cardW / 2, 78, cardW, 82};
            fillRoundedRect(t, card, 12, withAlpha(p.panel, 0.92f), speaking ? p.accent : p.border,
                            speaking ? 2.f : 1.f);
            drawText(t, th, label, ns, {card.left + 12, card.top + 9}, p.text, true);
            float barX = card.left + 12 +
                         std::max(measureText(th, m_ctx.tr("play.trust"), th.size(13)),
                                  measureText(th, m_ctx.tr("play.patience"), th.size(13))) +
                         10;
            float barW = card.left + card.width - 48 - barX;
            float y1 = card.top + 38, y2 = card.top + 60;
            drawText(t, th, m_ctx.tr("play.trust"), th.size(13), {card.left + 12, y1 - 3}, p.textDim);
            drawMeter(t, th, {barX, y1, barW, 10}, v.trust.value() / 100.f, p.trust, v.trustFlash);
            drawText(t, th, std::to_string(static_cast<int>(std::lround(v.trust.value()))), th.size(13),
                     {barX + barW + 8, y1 - 3}, p.text);
            drawText(t, th, m_ctx.tr("play.patience"), th.size(13), {card.left + 12, y2 - 3}, p.textDim);
            drawMeter(t, th, {barX, y2, barW, 10}, v.patience.value() / 100.f, p.patience, v.patienceFlash);
            drawText(t, th, std::to_string(static_cast<int>(std::lround(v.patience.value()))), th.size(13),
                     {barX + barW + 8, y2 - 3}, p.text);
            // Floating deltas.
            if (v.deltaAge < 1.6f) {
                float a = 1 - v.deltaAge / 1.6f, rise = v.deltaAge * 18;
                auto deltaText = [](int d) { return (d > 0 ? "+" : "") + std::to_string(d); };
                if (v.trustDelta)
                    drawText(t, th, deltaText(v.trustDelta), th.size(16), {card.left + card.width + 4, y1 - 8 - rise},
                             withAlpha(v.trustDelta > 0 ? p.good : p.poor, a), true);
                if (v.patienceDelta)
                    drawText(t, th, deltaText(v.patienceDelta), th.size(16),
                             {card.left + card.width + 4, y2 - 4 - rise},
                             withAlpha(v.patienceDelta > 0 ? p.good : p.poor, a), true);
            }
        }
    }

    void drawDialogue(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        const core::Node& n = node();
        fillRoundedRect(t, {dialogueBox.left, dialogueBox.top + 4, dialogueBox.width, dialogueBox.height}, 16,
                        p.shadow);
        fillRoundedRect(t, dialogueBox, 16, p.panel, p.border, 1.5f);
        // Name plate: speaker and role (or the ending's title).
        std::string name, role;
        plateLabels(name, role);
        sf::Color plate = p.accent;
        if (n.isEnding())
            plate = *n.ending == core::EndingKind::Won       ? p.good
                    : *n.ending == core::EndingKind::Partial ? p.mixed
                                                             : p.poor;
        else if (n.speaker == "narrator")
            plate = p.textDim;
        PlateLayout pl = plateLayout(th, name, role);
        const sf::FloatRect& tag = pl.tag;
        const unsigned ns = pl.nameSize, rs = pl.roleSize;
        fillRoundedRect(t, tag, 10, mix(p.panelRaised, plate, 0.35f), plate, 1.5f);
        if (pl.roleLines.empty()) {
            drawText(t, th, name, ns, {tag.left + 16, tag.top + (40 - static_cast<float>(ns)) / 2}, p.text, true);
            if (!role.empty())
                drawText(t, th, role, rs,
                         {tag.left + 32 + pl.nameWidth, tag.top + (40 - static_cast<float>(rs)) / 2 + 1}, p.textDim);
        } else {
            drawText(t, th, name, ns, {tag.left + 16, tag.top + 9}, p.text, true);
            float y = tag.top + 14 + static_cast<float>(ns);
            for (const auto& line : pl.roleLines) {
                drawText(t, th, line, rs, {tag.left + 16, y}, p.textDim);
                y += static_cast<float>(rs) * 1.35f;
            }
        }
        m_dialogue.setColor(p.text);
        m_dialogue.draw(t, {dialogueBox.left + 28, dialogueBox.top + 34}, m_typewriter.visible());
        if (m_typewriter.done() && !actCardShowing() && (n.isEnding() || m_replayMode)) {
            float blink = 0.55f + 0.45f * static_cast<float>(std::sin(m_time * 4));
            std::string hint = n.isEnding() ? "" : m_ctx.tr("replay.hint");
            if (!hint.empty())
                drawText(t, th, hint, th.size(14), {dialogueBox.left + 28, dialogueBox.top + dialogueBox.height - 28},
                         withAlpha(p.textDim, blink));
        } else if (!m_typewriter.done()) {
            float blink = static_cast<float>(std::fmod(m_time, 0.8) < 0.4);
            drawText(t, th, "▼", th.size(14),
                     {dialogueBox.left + dialogueBox.width - 36, dialogueBox.top + dialogueBox.height - 30},
                     withAlpha(p.accent, blink));
        }
    }

    void drawCountdown(sf::RenderTarget& t, const Theme& th, sf::Vector2f centre, float radius) {
        const Palette& p = *th.colors;
        float total = static_cast<float>(node().timeLimitSeconds);
        float frac = std::clamp(static_cast<float>(m_timeLeft) / total, 0.f, 1.f);
        bool urgent = m_timeLeft <= 5;
        sf::Color c = urgent ? p.poor : frac < 0.5f ? p.mixed : p.accent;
        drawArc(t, centre, radius, 5, 0, 1, withAlpha(p.border, 0.6f));
        drawArc(t, centre, radius, 5, 0, frac, c);
        std::string secs = std::to_string(static_cast<int>(std::ceil(std::max(0.0, m_timeLeft))));
        unsigned s = th.size(urgent ? 22 : 20);
        drawTextCentered(t, th, secs, s, centre.x, centre.y - static_cast<float>(s) * 0.5f, urgent ? p.poor : p.text,
                         true);
    }

    void drawChoices(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        const core::Node& n = node();
        fillRoundedRect(t, choicePanel, 16, withAlpha(p.panel, 0.9f), p.border, 1);
        if (noteOpen()) return drawNote(t, th);
        if (n.isEnding()) {
            const char* key = *n.ending == core::EndingKind::Won       ? "ending.won"
                              : *n.ending == core::EndingKind::Partial ? "ending.partial"
                                                                       : "ending.lost";
            sf::Color c = *n.ending == core::EndingKind::Won       ? p.good
                          : *n.ending == core::EndingKind::Partial ? p.mixed
                                                                   : p.poor;
            EndingLayout l = endingLayout(th);
            drawTextCentered(t, th, m_ctx.tr("play.ending"), th.size(18), choicePanel.left + choicePanel.width / 2,
                             choicePanel.top + l.label, p.textDim);
            drawTextCentered(t, th, m_ctx.tr(key), th.size(34), choicePanel.left + choicePanel.width / 2,
                             choicePanel.top + l.verdict, c, true);
            float y = choicePanel.top + l.lines;
            for (const std::string& line : endingLines()) {  // where the customer's people ended up, one size
                drawTextCentered(t, th, line, l.size, choicePanel.left + choicePanel.width / 2, y, p.textDim);
                y += l.step;
            }
            m_endButton = {choicePanel.left + 60, choicePanel.top + choicePanel.height - 120, choicePanel.width - 120,
                           60};
            if (ready())
                drawButton(t, th, m_endButton, m_ctx.tr(m_replayMode ? "debrief.title" : "play.debrief") + "  ›", true,
                           22, mix(p.panelRaised, p.accent, 0.4f));
            return;
        }
        drawText(t, th, m_ctx.tr("play.choose"), th.size(20), {choicePanel.left + 22, choicePanel.top + 22}, p.text,
                 true);
        if (n.timeLimitSeconds > 0 && !m_replayMode && ready()) {  // it runs only while the choices are on screen
            drawCountdown(t, th, {choicePanel.left + choicePanel.width - 44, choicePanel.top + 34}, 22);
            m_ctx.play.countdownDrawn = true;
            std::string tl = m_ctx.tr("play.timeleft");
            float w = measureText(th, tl, th.size(14));
            drawText(t, th, tl, th.size(14), {choicePanel.left + choicePanel.width - 78 - w, choicePanel.top + 26},
                     p.textDim);
        }
        if (!ready()) {
            drawTextCentered(t, th, "…", th.size(28), choicePanel.left + choicePanel.width / 2, choicePanel.top + 260,
                             p.textDim);
            return;
        }
        float fade = m_choicesFade;
        for (std::size_t i = 0; i < m_choices.size(); ++i) {
            const ChoiceView& c = m_choices[i];
            const core::Choice& choice = n.choices[static_cast<std::size_t>(c.index)];
            sf::Color kc = kindColor(choice.kind, p);
            bool focused = static_cast<int>(i) == m_focus;
            sf::FloatRect r = c.rect;
            r.left += (1 - fade) * 30 * static_cast<float>(i + 1);
            fillRoundedRect(t, r, 12, withAlpha(focused ? mix(p.panelRaised, kc, 0.22f) : p.panelRaised, fade),
                            withAlpha(focused ? kc : p.border, fade), focused ? 2.f : 1.f);
            fillRoundedRect(t, {r.left, r.top, 6, r.height}, 3, withAlpha(kc, fade));
            if (focused) drawFocusRing(t, th, r, 12);
            // Number key badge and the kind icon.
            sf::Vector2f badge{r.left + 34, r.top + 30};
            sf::CircleShape disc(17, 32);
            disc.setOrigin(17, 17);
            disc.setPosition(badge);
            disc.setFillColor(withAlpha(kc, fade));
            t.draw(disc);
            drawTextCentered(t, th, std::to_string(i + 1), th.size(18), badge.x, badge.y - th.size(18) * 0.5f,
                             withAlpha(sf::Color(16, 22, 32), fade), true);
            drawKindIcon(t, choice.kind, {badge.x, r.top + 62}, 11, withAlpha(kc, fade));
            unsigned ks = th.size(13);
            drawText(t, th, m_ctx.tr(std::string("kind.") + core::toString(choice.kind)), ks, {r.left + 64, r.top + 12},
                     withAlpha(kc, fade), true);
            runtime::Paragraph text = c.text;
            text.setColor(withAlpha(p.text, fade));
            text.draw(t, {r.left + 64, r.top + 18 + static_cast<float>(ks) + 4});
        }
        if (practice() && m_session->canStepBack() && !m_replayMode)
            drawText(t, th, m_ctx.tr("play.stepback"), th.size(13),
                     {choicePanel.left + 22, choicePanel.top + choicePanel.height - 26}, p.textDim);
    }

    // The note fills the top of the choice panel; a long text shrinks (to 13 px) to stay above the step-back hint.
    struct NoteLayout {
        sf::FloatRect rect;
        runtime::Paragraph title, body;
        unsigned size = 0;
    };
    NoteLayout noteLayout(const Theme& th, const std::string& title, const std::string& body) const {
        NoteLayout l;
        const float top = choicePanel.top + 16, width = choicePanel.width - 16, room = panelBottom() - top;
        const float hint = static_cast<float>(th.size(14)) + 24;
        l.title.set(title, {th.fontFor(title), th.size(18), th.colors->text, true, 1.35f}, width - 44);
        unsigned size = th.size(17);
        auto height = [&] { return 16 + l.title.height() + (body.empty() ? 0 : 10 + l.body.height()) + 12 + hint; };
        for (;;) {
            l.body.set(body, {th.fontFor(body), size, th.colors->text, false, 1.5f}, width - 44);
            l.size = size;
            if (height() <= room || size <= 13) break;
            --size;
        }
        l.rect = {choicePanel.left + 8, top, width, height()};
        return l;
    }

    void drawNote(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        std::string title, body;
        noteTexts(title, body);
        m_ctx.play.noteText = title + "\n" + body;
        NoteLayout l = noteLayout(th, title, body);
        float a = static_cast<float>(std::min(1.0, m_noteAge * 5));
        const sf::FloatRect& r = l.rect;
        fillRoundedRect(t, r, 12, withAlpha(p.panelRaised, a), withAlpha(m_note.color, a), 2);
        fillRoundedRect(t, {r.left, r.top, 8, r.height}, 4, withAlpha(m_note.color, a));
        l.title.setColor(withAlpha(m_note.color, a));
        l.title.draw(t, {r.left + 22, r.top + 16});
        l.body.setColor(withAlpha(p.text, a));
        if (!body.empty()) l.body.draw(t, {r.left + 22, r.top + 16 + l.title.height() + 10});
        float blink = 0.55f + 0.45f * static_cast<float>(std::sin(m_time * 4));
        drawText(t, th, m_ctx.tr("play.continue") + "  ›", th.size(14),
                 {r.left + 22, r.top + r.height - static_cast<float>(th.size(14)) - 14}, withAlpha(p.accent, a * blink),
                 true);
        if (practice() && m_session->canStepBack() && !m_replayMode)
            drawText(t, th, m_ctx.tr("play.stepback"), th.size(13),
                     {choicePanel.left + 22, choicePanel.top + choicePanel.height - 26}, p.textDim);
    }

    void drawActCard(sf::RenderTarget& t, const Theme& th) {
        if (!actCardShowing()) return;
        const Palette& p = *th.colors;
        float in = std::min(1.f, m_actCard / 0.35f), out = std::min(1.f, (actCardSeconds - m_actCard) / 0.4f);
        float a = std::min(in, out);
        sf::RectangleShape dim({1280, 720});
        dim.setFillColor(withAlpha(sf::Color(8, 10, 16, 235), a));
        t.draw(dim);
        const core::Act* act = m_scenario.act(node().act);
        if (!act) return;
        int number = 1;
        for (std::size_t i = 0; i < m_scenario.acts.size(); ++i)
            if (m_scenario.acts[i].id == act->id) number = static_cast<int>(i) + 1;
        std::string label =
            m_ctx.locale() == "zh" ? "第 " + std::to_string(number) + " 幕" : "Act " + std::to_string(number);
        float slide = (1 - ease(runtime::Ease::OutCubic, in)) * 20;
        drawTextCentered(t, th, label, th.size(22), 640, 290 + slide, withAlpha(p.accent, a), true);
        const std::string title = act->title.in(m_ctx.locale());
        unsigned ts = fitSize(th, title, th.size(44), 24, 1200, true);
        drawTextCentered(t, th, title, ts, 640, 330 + slide + static_cast<float>(th.size(44) - ts) / 2,
                         withAlpha(p.text, a), true);
        sf::RectangleShape line({240 * in, 2});
        line.setPosition(640 - 120 * in, 404);
        line.setFillColor(withAlpha(p.accent, a));
        t.draw(line);
    }

    static float ease(runtime::Ease e, float x) { return runtime::ease(e, x); }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        m_stage.drawScene(t, node().scene, m_time);
        drawCharacters(t, th);
        drawTopBar(t, th);
        drawDialogue(t, th);
        drawChoices(t, th);
        drawActCard(t, th);
        if (!m_saver.error().empty()) drawText(t, th, "⚠ autosave: " + m_saver.error(), 13, {24, 706}, th.colors->poor);
    }

private:
    GameContext& m_ctx;
    const core::Scenario& m_scenario;
    Stage m_stage;
    std::optional<core::Session> m_session;
    SessionSaver m_saver;
    std::vector<core::RecordedEvent> m_replay;
    std::size_t m_replayStep = 0;
    bool m_replayMode = false;
    bool m_instantText = false;
    std::vector<CharacterView> m_characters;
    std::vector<int> m_present;
    std::vector<int> m_displayed;
    std::vector<ChoiceView> m_choices;
    runtime::Paragraph m_dialogue;
    unsigned m_dialogueSize = 0, m_choiceSize = 0;
    runtime::Typewriter m_typewriter;
    std::string m_lastAct, m_layoutSignature;
    float m_actCard = -1;
    float m_choicesFade = 0;
    int m_focus = 0;
    double m_time = 0, m_timeLeft = 0, m_shownFor = 0;
    int m_lastTick = -1;
    Note m_note;
    double m_noteAge = 0;
    bool m_measurePractice = false;  // checkFitEverySize: lay out as practice mode would
    std::string m_fitLabel;          // checkFitEverySize: the text size measured, added to reported boxes
    sf::FloatRect m_endButton;
    std::vector<std::string> m_events;
};

}  // namespace

std::unique_ptr<runtime::Screen> makePlayScreen(GameContext& ctx, const PlayStart& start) {
    return std::make_unique<PlayScreen>(ctx, start);
}

}  // namespace frontline::game
