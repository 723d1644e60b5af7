// Play: the scene, the characters present with their expressions and meters, the dialogue box with a
// typewriter, act title cards, the choices (keys 1-9) with a countdown for timed nodes, the coach's note
// (practice feedback, timeouts, steps back) in the choice panel until the trainee continues, step back
// (practice), autosave after every decision, and the ending hand-off to the debrief. The picture itself is
// screens/play_view.h's, which the replay viewer draws too.
#include <algorithm>
#include <cmath>

#include "core/grading.h"
#include "core/play_rules.h"
#include "runtime/text_layout.h"
#include "runtime/tween.h"
#include "screens/debrief.h"
#include "screens/play_view.h"
#include "screens/saved_sessions.h"
#include "screens/screens.h"
#include "screens/stage.h"

namespace frontline::game {
namespace {

using runtime::Action;

const sf::FloatRect& dialogueBox = kDialogueBox;
const sf::FloatRect& choicePanel = kChoicePanel;
constexpr float actCardSeconds = kActCardSeconds;

// The coach's note, shown in the choice panel (never over the stage, where the faces react) until the trainee
// continues; the next choices appear after it. Its words are looked up when drawn, so F2 switches them too.
struct Note {
    enum Kind { None, Feedback, Timeout, SteppedBack } kind = None;
    int node = -1, choice = -1;  // Feedback: the decision it is about
    bool timedOut = false;       // Feedback after a timeout
    sf::Color color;
};

class PlayScreen : public runtime::Screen {
public:
    PlayScreen(GameContext& ctx, const PlayStart& start)
        : m_ctx(ctx),
          m_scenario(*start.scenario),
          m_stage(scenarioAssetFolders(m_scenario.file)),
          m_rubric(start.rubric ? *start.rubric : ctx.catalog.rubricOf(m_scenario)) {
        m_restart.scenario = &m_scenario;
        if (start.rehearsal()) m_restart = start;
        bool autosave = start.record && !start.rehearsal();
        if (!start.resumeFile.empty()) {
            auto resumed = resumeSession(m_scenario, start.resumeFile);
            if (resumed.session) {
                m_session.emplace(std::move(*resumed.session));
                m_saver = SessionSaver(std::move(resumed.record), start.resumeFile, autosave);
            }
        }
        if (!m_session) {
            core::SessionOptions options;
            options.mode =
                start.practice || start.rehearsal() ? core::SessionMode::Practice : core::SessionMode::Graded;
            options.start = start.from;
            m_session.emplace(m_scenario, ctx.newSeed(), options);
            m_saver = SessionSaver(*m_session, ctx.locale(), ctx.playerName(), autosave);
        }
        m_characters = charactersAtRest(m_scenario, state());
        log("start " + m_scenario.id + " (" + core::toString(m_session->mode()) + ", seed " +
            std::to_string(m_session->seed()) + ")");
        enterNode();
    }
    ~PlayScreen() override {
        m_ctx.debug = {};
        if (PlayObserver* o = m_ctx.playObserver) o->status({});
    }

    std::string_view name() const override { return "play"; }

    const core::State& state() const { return m_session->state(); }
    const core::Node& node() const { return m_session->node(); }
    bool practice() const { return m_session->mode() == core::SessionMode::Practice; }
    bool ready() const { return !actCardShowing() && m_typewriter.done() && !noteOpen(); }
    bool noteOpen() const { return m_note.kind != Note::None; }
    // Practice shows the step-back hint at the foot of the choice panel: the choices and the note end above it.
    bool practiceLayout() const { return practice() || m_measurePractice; }
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
        m_displayed = m_session->displayedChoices();
        m_timeLeft = n.timeLimitSeconds;
        m_shownFor = 0;
        m_lastTick = -1;
        m_focus = 0;
        if (m_ctx.options.tour && m_ctx.playObserver)
            checkFitEverySize();
        else {
            layoutTexts(true);
            if (m_ctx.playObserver) checkFit();
        }
        log("node " + n.id + (n.timeLimitSeconds > 0 ? " (timed " + std::to_string(n.timeLimitSeconds) + " s)" : ""));
    }

    std::string modeLabel() const { return m_ctx.tr(practice() ? "mode.practice" : "mode.graded"); }

    void layoutTexts(bool restartTypewriter) {
        const std::string& loc = m_ctx.locale();
        m_layout = layoutPlay(m_ctx, m_scenario, state(), m_displayed, modeLabel(), practiceLayout());
        m_dialogueSize = m_layout.dialogueSize;
        if (restartTypewriter) {
            m_typewriter.start(m_layout.dialogue.length(), loc == "zh" ? 38 : 70);
            if (m_instantText) m_typewriter.complete();
        } else if (m_typewriter.done()) {
            m_typewriter.start(m_layout.dialogue.length(), 1);
            m_typewriter.complete();
        } else {
            m_typewriter.start(m_layout.dialogue.length(), loc == "zh" ? 38 : 70);
        }
        if (!node().isEnding()) m_choiceSize = m_layout.choiceSize;
    }

    // Reports to the observer every text of the current node that cannot be read whole where it is drawn, measured with
    // the same fonts, sizes and boxes as draw(). Dialogue and choices shrink before they overflow (to 14 and 12 px at
    // any text size), so they are reported only when even that is not enough; one-line texts (name plates, titles,
    // labels) never shrink or wrap. Feedback is checked for every choice of the node, as practice mode would show it
    // after the choice.
    void checkFit() {
        Theme th = m_ctx.theme();
        const std::string& loc = m_ctx.locale();
        const core::Node& n = node();
        auto px = [](float v) { return std::to_string(static_cast<int>(std::lround(v))); };
        auto report = [&](const std::string& box, const std::string& detail) {
            m_ctx.playObserver->overflow({m_scenario.id, n.id, box + m_fitLabel, loc, detail});
            log("overflow: " + box + " (" + detail + ")");
        };
        // Dialogue text inside the dialogue panel.
        const float room = dialogueBox.height - 58, width = dialogueBox.width - 56;
        const PlayLayout& L = m_layout;
        if (L.dialogue.height() > room + 0.5f)
            report("dialogue", std::to_string(L.dialogue.lineCount()) + " lines at " + std::to_string(L.dialogueSize) +
                                   " px need " + px(L.dialogue.height()) + " px, the box holds " + px(room));
        if (L.dialogue.widestLine() > width + 0.5f)
            report("dialogue", "a line is " + px(L.dialogue.widestLine()) + " px wide, the box " + px(width));
        // Name plate: name and role on one line within the dialogue panel.
        const PlateLayout& plate = L.plate;
        if (plate.nameWidth + 32 > dialogueBox.width - 40 + 0.5f)
            report(
                n.isEnding() ? "ending-title" : "speaker",
                "the plate needs " + px(plate.nameWidth + 32) + " px, the panel allows " + px(dialogueBox.width - 40));
        // Meter cards: each present character's name (bold, one line) and room for the meters.
        if (!L.present.empty()) {
            float labels = std::max(measureText(th, m_ctx.tr("play.trust"), th.size(13)),
                                    measureText(th, m_ctx.tr("play.patience"), th.size(13)));
            for (std::size_t k = 0; k < L.present.size(); ++k) {
                const core::Character& c = m_scenario.characters[static_cast<std::size_t>(L.present[k])];
                const float cardW = L.cards[k].width;
                const unsigned nameSize = L.cards[k].nameSize;
                float w = measureText(th, c.name.in(loc), nameSize, true);
                if (w > cardW - 24 + 0.5f)
                    report("card " + c.id, "the name is " + px(w) + " px wide, the card " + px(cardW - 24));
                if (cardW - 48 - 22 - labels < 24)
                    report("card " + c.id + " meters",
                           "the meters get " + px(cardW - 70 - labels) + " px of a " + px(cardW) + " px card");
            }
        }
        // Top bar: scenario title and act chip left of the clock and mode chip.
        if (const TopBarLayout& bar = L.topBar; bar.needed > bar.room)
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
            const EndingLayout& l = L.ending;
            const std::vector<int>& people = L.endingPeople;
            const std::vector<std::string>& lines = L.endingLines;
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
        float limit = L.panelBottom;
        for (const ChoiceView& c : L.choices) {
            const std::string& id = n.choices[static_cast<std::size_t>(c.index)].id;
            if (c.text.widestLine() > textWidth + 0.5f)
                report("choice " + id,
                       "a line is " + px(c.text.widestLine()) + " px wide, the button " + px(textWidth));
            if (c.rect.top + c.rect.height > limit + 0.5f) {
                report("choice " + id,
                       "the buttons need " +
                           px(L.choices.back().rect.top + L.choices.back().rect.height - choicePanel.top) + " px at " +
                           std::to_string(L.choiceSize) + " px, the panel holds " + px(limit - choicePanel.top));
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
            NoteLayout note = layoutNote(th, L, m_ctx.tr("play.feedback"), choice.feedback.in(loc));
            if (note.rect.top + note.rect.height > L.panelBottom + 0.5f)
                report("feedback " + choice.id, "the note needs " + px(note.rect.height) + " px at " +
                                                    std::to_string(note.size) + " px, " +
                                                    px(L.panelBottom - note.rect.top) + " px in the panel");
            if (std::max(note.body.widestLine(), note.title.widestLine()) > note.rect.width - 44 + 0.5f)
                report("feedback " + choice.id, "a line is " +
                                                    px(std::max(note.body.widestLine(), note.title.widestLine())) +
                                                    " px wide, the note " + px(note.rect.width - 44));
            for (const auto& [id, face] : faceRects(L))
                if (face.intersects(note.rect)) report("feedback " + choice.id, "the note covers the face of " + id);
        }
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
        core::Verdict verdict = core::judgeChoice(m_scenario, before, choiceIndex, m_rubric).verdict;
        // Graded: no feedback until the debrief, so the tone says only that a move was made (or time ran out).
        const bool feedback = practice();
        runtime::Tone tone = !feedback                        ? runtime::Tone::Choose
                             : verdict == core::Verdict::Good ? runtime::Tone::Good
                             : verdict == core::Verdict::Poor ? runtime::Tone::Bad
                                                              : runtime::Tone::Choose;
        m_ctx.sound(byTimeout ? runtime::Tone::Timeout : tone);
        if (PlayObserver* o = m_ctx.playObserver; o && tone != runtime::Tone::Choose) o->verdictTone();
        animateEffects(before);
        if (byTimeout) m_note = {Note::Timeout, -1, -1, true, m_ctx.theme().colors->mixed};
        if (feedback) {
            sf::Color c = verdict == core::Verdict::Good   ? m_ctx.theme().colors->good
                          : verdict == core::Verdict::Poor ? m_ctx.theme().colors->poor
                                                           : m_ctx.theme().colors->mixed;
            m_note = {Note::Feedback, before.node, choiceIndex, byTimeout, c};
            if (PlayObserver* o = m_ctx.playObserver) o->feedbackShown();
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
        if (m_restart.rehearsal()) return m_ctx.app.screens().pop();  // back to the editor it was played from
        DebriefInput input{&m_scenario, *m_session, m_saver.record(), m_saver.path()};
        m_ctx.app.screens().pop();
        m_ctx.app.screens().push(makeDebriefScreen(m_ctx, std::move(input)));
    }

    // ---- input -------------------------------------------------------------------------------------------

    void onAction(Action a) override {
        if (a == Action::ToggleLanguage) {
            m_ctx.toggleLanguage();
            return;
        }
        if (a == Action::Back) {
            m_ctx.sound(runtime::Tone::Click);
            m_restart.practice = practice();
            m_ctx.app.screens().push(makePauseScreen(m_ctx, m_restart));
            return;
        }
        if (actCardShowing()) {
            if (a == Action::Confirm) m_actCard = actCardSeconds;
            return;
        }
        if (noteOpen() && !(a == Action::StepBack && practice())) {
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
        if (a == Action::StepBack && practice()) return stepBack();
        int n = static_cast<int>(m_layout.choices.size());
        if (n == 0) return;
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
        if (!ready()) return;
        for (std::size_t i = 0; i < m_layout.choices.size(); ++i)
            if (m_layout.choices[i].rect.contains(p)) m_focus = static_cast<int>(i);
    }

    void onMouseClick(sf::Vector2f p) override {
        if (actCardShowing()) return onAction(Action::Confirm);
        if (noteOpen()) return closeNote();
        if (!m_typewriter.done()) return m_typewriter.complete();
        if (node().isEnding()) {
            if (m_endButton.contains(p)) finish();
            return;
        }
        for (std::size_t i = 0; i < m_layout.choices.size(); ++i)
            if (m_layout.choices[i].rect.contains(p)) return take(static_cast<int>(i), false);
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
            if (node().timeLimitSeconds > 0) {
                m_timeLeft -= dt * m_ctx.options.timerSpeed;
                int whole = static_cast<int>(std::ceil(m_timeLeft));
                if (whole <= 5 && whole != m_lastTick && whole > 0) {
                    m_lastTick = whole;
                    m_ctx.sound(runtime::Tone::Tick);
                }
                if (m_timeLeft <= 0) take(-1, true);
            }
        }
        publishStatus();
        m_ctx.debug.scenario = &m_scenario;
        m_ctx.debug.state = &state();
        m_ctx.debug.events = &m_events;
        m_ctx.debug.locale = m_ctx.locale();
        m_ctx.debug.mode = core::toString(m_session->mode());
    }

    void publishStatus() {
        PlayObserver* observer = m_ctx.playObserver;
        if (!observer) return;
        PlayStatus s;
        s.ready = ready();
        s.actCard = actCardShowing();
        s.timed = node().timeLimitSeconds > 0;
        s.timeLeft = m_timeLeft;
        s.ending = node().isEnding();
        s.decisions = static_cast<int>(m_session->events().size());
        s.choicesShown = static_cast<int>(m_layout.choices.size());
        s.node = node().id;
        s.dialogue = node().text.in(m_ctx.locale());
        s.choiceIds.clear();
        for (const ChoiceView& c : m_layout.choices)
            s.choiceIds.push_back(node().choices[static_cast<std::size_t>(c.index)].id);
        s.noteOpen = noteOpen();
        if (s.noteOpen) {
            std::string title, body;
            noteTexts(title, body);
            s.noteText = title + "\n" + body;
        }
        s.timeLimit = node().timeLimitSeconds;
        s.dialogueSize = m_dialogueSize;
        s.choiceSize = m_choiceSize;
        observer->status(s);
    }

    void onResume() override {
        m_layoutSignature = "resumed";  // settings may have changed while paused: lay out again (clear() would not)
    }

    // ---- drawing -----------------------------------------------------------------------------------------

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        PlayFrame f;
        f.time = m_time;
        f.characters = &m_characters;
        f.visibleText = m_typewriter.visible();
        f.textDone = m_typewriter.done();
        f.actCard = m_actCard;
        f.ready = ready();
        f.choicesFade = m_choicesFade;
        f.focus = m_focus;
        f.countdown = true;
        f.timeLeft = m_timeLeft;
        f.stepBackHint = practice() && m_session->canStepBack();
        NoteView note;
        if (noteOpen()) {
            noteTexts(note.title, note.body);
            note.color = m_note.color;
            note.alpha = static_cast<float>(std::min(1.0, m_noteAge * 5));
            note.blink = 0.55f + 0.45f * static_cast<float>(std::sin(m_time * 4));
            f.note = &note;
        }
        f.modeColor = practice() ? th.colors->good : th.colors->textDim;
        f.endLabel = m_ctx.tr("play.debrief");
        PlayDrawn drawn = drawPlay(t, m_ctx, m_stage, m_layout, f);
        if (PlayObserver* o = m_ctx.playObserver; o && drawn.countdown) o->countdownDrawn();
        if (node().isEnding()) m_endButton = drawn.endButton;
        if (!m_saver.error().empty()) drawText(t, th, "⚠ autosave: " + m_saver.error(), 13, {24, 706}, th.colors->poor);
    }

private:
    GameContext& m_ctx;
    const core::Scenario& m_scenario;
    Stage m_stage;
    const core::Rubric& m_rubric;
    PlayStart m_restart;  // what the pause screen's restart plays: this scenario afresh, or the same rehearsal
    std::optional<core::Session> m_session;
    SessionSaver m_saver;
    bool m_instantText = false;
    std::vector<CharacterView> m_characters;
    std::vector<int> m_displayed;
    PlayLayout m_layout;
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
