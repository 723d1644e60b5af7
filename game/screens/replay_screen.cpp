// The replay viewer, for the facilitator's debrief: each decision of a recorded session drawn as the trainee saw
// it (screens/play_view.h: scene, characters with their expressions, meters, clock, the choices in the order
// shown, the countdown where it stood), the choice taken highlighted; beside it the alternatives as shown with
// their grades, that decision's own feedback and the facilitator's notes on it (NAME.notes.json); under it a
// timeline of every decision with its decision time, play / pause, step back / forward, jump to any decision
// (click, keys 1-9), bookmarks (B, then Up / Down between them); Tab shows the explorer's best path beside the
// trainee's, where they parted and what each led to; Shift+Tab (or the wide button) the after-action review: the
// four questions of core/aar.h (the same review as `frontline report --html`), the facilitator's notes in the
// fourth or, with none, how to add one. Bookmarks are kept in NAME.notes.json. Every state comes from the core
// (screens/replay_data.h).
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <algorithm>
#include <cmath>
#include <set>

#include "core/aar.h"
#include "core/play_rules.h"
#include "screens/icons.h"
#include "screens/play_view.h"
#include "screens/replay_data.h"
#include "screens/screens.h"

namespace frontline::game {
namespace {

using runtime::Action;

constexpr float kScale = 0.625f;  // the trainee's picture, 800 x 450
const sf::Vector2f kPictureAt{16, 60};
const sf::FloatRect kPanel{832, 60, 432, 560};  // the decision's details, or the best path
const sf::FloatRect kTimeline{16, 522, 800, 92};
constexpr float kButtonsTop = 632, kButtonHeight = 44;
constexpr double kPlaySeconds = 1.8;             // per step while playing
const sf::FloatRect kReview{16, 60, 1248, 556};  // the after-action review, over the picture, panel and timeline
const sf::FloatRect kReviewButton{832, kButtonsTop, 432, kButtonHeight};

std::string seconds(std::int64_t ms) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(ms) / 1000.0);
    return buffer;
}

std::string signedGrade(int g) {
    return (g > 0 ? "+" : "") + std::to_string(g);
}

sf::Color verdictColor(core::Verdict v, const Palette& p) {
    return v == core::Verdict::Good ? p.good : v == core::Verdict::Poor ? p.poor : p.mixed;
}

sf::Color endingColor(std::optional<core::EndingKind> e, const Palette& p) {
    if (!e) return p.textDim;
    return *e == core::EndingKind::Won ? p.good : *e == core::EndingKind::Partial ? p.mixed : p.poor;
}

// One block of text in the side panel, laid out once per step, language and text size.
struct Block {
    runtime::Paragraph text;
    sf::Vector2f at;
    sf::FloatRect box;  // a framed box behind it (width 0: none)
    sf::Color frame, fill;
    float frameWidth = 1;
};

class ReplayScreen : public runtime::Screen {
public:
    ReplayScreen(GameContext& ctx, ReplayData data)
        : m_ctx(ctx),
          m_data(std::move(data)),
          m_stage(scenarioAssetFolders(m_data.scenario ? m_data.scenario->file : std::string())) {
        m_picture.create(1280, 720);
        m_picture.setSmooth(true);
        m_ctx.replay = {};
        m_ctx.replay.open = true;
        m_ctx.replay.error = m_data.error;
        m_ctx.replay.file = m_data.file;
        if (m_data.ok()) {
            const int n = static_cast<int>(m_data.path.steps.size());
            m_frames = n + 1;
            m_endDisplayed = endDisplayed();
            for (int b : m_data.notes.bookmarks)  // saved by an earlier viewing (NAME.notes.json)
                if (b >= 1 && b <= m_frames) m_bookmarks.insert(b - 1);
        }
        layoutButtons();
    }
    ~ReplayScreen() override { m_ctx.replay = {}; }

    std::string_view name() const override { return "replay"; }

    // ---- what is shown -----------------------------------------------------------------------------------

    const core::Scenario& scenario() const { return *m_data.scenario; }
    int steps() const { return static_cast<int>(m_data.path.steps.size()); }
    bool atEnd() const { return m_frame >= steps(); }
    const core::ReplayStep* step() const { return atEnd() ? nullptr : &m_data.path.steps[m_frame]; }
    const core::Node& nodeOf(const core::State& s) const { return scenario().nodes[static_cast<std::size_t>(s.node)]; }
    const core::Choice& choiceOf(const core::State& s, int choice) const {
        return nodeOf(s).choices[static_cast<std::size_t>(choice)];
    }
    bool practice() const { return m_data.record.mode == core::SessionMode::Practice; }

    // Where an unfinished session stopped: the choices it was showing, in its order.
    std::vector<int> endDisplayed() const {
        if (m_data.path.finished) return {};
        core::ReplayResult r = core::replaySession(scenario(), m_data.record);
        return r.session ? r.session->displayedChoices() : std::vector<int>{};
    }

    void go(int frame) {
        frame = std::clamp(frame, 0, m_frames - 1);
        if (frame == m_frame && !m_dirty) return;
        m_frame = frame;
        m_dirty = true;
        m_ctx.sound(runtime::Tone::Click);
    }

    // ---- the trainee's picture ---------------------------------------------------------------------------

    void renderPicture() {
        Theme th = m_ctx.theme();
        const core::ReplayStep* st = step();
        const core::State& state = st ? st->before : m_data.path.final;
        std::vector<int> displayed = st ? st->displayed : m_endDisplayed;
        std::string mode = m_ctx.tr(practice() ? "mode.practice" : "mode.graded");
        PlayLayout layout = layoutPlay(m_ctx, scenario(), state, displayed, mode, practice());
        std::vector<CharacterView> characters = charactersAtRest(scenario(), state);
        PlayFrame f;
        f.time = 1.0;
        f.characters = &characters;
        f.modeColor = practice() ? th.colors->good : th.colors->textDim;
        f.stepBackHint = practice() && m_frame > 0 && !layout.node->isEnding();
        if (st) {
            auto it = std::find(displayed.begin(), displayed.end(), st->chosen);
            f.focus = it == displayed.end() ? -1 : static_cast<int>(it - displayed.begin());
            if (int limit = layout.node->timeLimitSeconds; limit > 0) {  // where the countdown stood
                f.countdown = true;
                f.timeLeft = st->timedOut ? 0.0 : std::max(0.0, limit - static_cast<double>(st->decisionMs) / 1000);
            }
        }
        m_focusShown = f.focus;
        m_picture.clear(th.colors->background);
        drawPlay(m_picture, m_ctx, m_stage, layout, f);
        m_picture.display();
    }

    // ---- the side panel ----------------------------------------------------------------------------------

    void add(const std::string& text, unsigned size, sf::Color color, bool bold, float& y, float indent = 0,
             float after = 6) {
        Theme th = m_ctx.theme();
        Block b;
        b.text.set(text, {th.fontFor(text), size, color, bold, 1.35f}, kPanel.width - 32 - indent);
        b.at = {kPanel.left + 16 + indent, y};
        y += b.text.height() + after;
        m_blocks.push_back(std::move(b));
    }

    std::string gradesLine(const core::Grades& grades) const {
        std::string out;
        for (const auto& [id, g] : grades) {
            if (g == 0) continue;
            const core::Dimension* d = m_data.rubric->find(id);
            std::string name = d && !d->title.empty() ? d->title.in(m_ctx.locale()) : id;
            out += (out.empty() ? "" : " · ") + name + " " + signedGrade(g);
        }
        return out.empty() ? m_ctx.tr("replay.nogrades") : out;
    }

    void notesBlock(std::optional<int> decision, float& y, unsigned size) {
        const Palette& p = *m_ctx.theme().colors;
        add(m_ctx.tr(decision ? "replay.notes" : "replay.sessionnotes"), size, p.accent, true, y);
        std::vector<const core::Note*> notes = core::notesOn(m_data.notes, decision);
        if (notes.empty())
            add(m_ctx.tr(decision ? "replay.nonotes" : "replay.nosessionnotes"), size, p.textDim, false, y);
        for (const core::Note* n : notes) {
            add((n->author.empty() ? "" : n->author + ": ") + n->text, size, p.text, false, y, 8);
            m_ctx.replay.notes.push_back(n->text);
        }
    }

    // The decision: the choices as shown (the one taken framed, the better one marked) with their grades, the
    // feedback on the choice taken, the facilitator's notes on this decision.
    float layoutDecision(unsigned base) {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        const core::ReplayStep& st = *step();
        const std::string& loc = m_ctx.locale();
        float y = kPanel.top + 14;
        add(fillIn(m_ctx.tr("replay.decision"), {std::to_string(m_frame + 1), std::to_string(steps())}) + "  ·  " +
                fillIn(m_ctx.tr("replay.time"), {seconds(st.decisionMs)}),
            th.size(base + 3), p.text, true, y, 0, 10);
        add(m_ctx.tr("replay.shown"), th.size(base - 2), p.textDim, false, y, 0, 6);
        std::vector<int> order = st.displayed;
        if (std::find(order.begin(), order.end(), st.chosen) == order.end()) order.push_back(st.chosen);  // timeout
        int number = 0;
        for (int c : order) {
            const core::Choice& ch = choiceOf(st.before, c);
            const bool taken = c == st.chosen, better = c == st.judgement.better;
            const bool shown = std::find(st.displayed.begin(), st.displayed.end(), c) != st.displayed.end();
            std::string label = (shown ? std::to_string(++number) + ". " : "") + ch.text.in(loc);
            std::string mark = taken    ? (st.timedOut ? m_ctx.tr("replay.timedout") : m_ctx.tr("replay.taken"))
                               : better ? m_ctx.tr("replay.better")
                                        : "";
            const float top = y;
            y += 6;
            add(label, th.size(base), taken ? p.text : p.textDim, taken, y, 10, 2);
            add((mark.empty() ? "" : mark + "  ·  ") + gradesLine(ch.grades), th.size(base - 3),
                taken    ? verdictColor(st.judgement.verdict, p)
                : better ? p.good
                         : p.textDim,
                taken || better, y, 10, 4);
            Block frame;
            frame.box = {kPanel.left + 12, top, kPanel.width - 24, y - top + 2};
            frame.frame = taken ? verdictColor(st.judgement.verdict, p) : better ? withAlpha(p.good, 0.6f) : p.border;
            frame.fill = taken ? mix(p.panelRaised, frame.frame, 0.15f) : p.panelRaised;
            frame.frameWidth = taken ? 2.f : 1.f;
            m_blocks.insert(m_blocks.end() - 2, std::move(frame));
            y += 6;
        }
        y += 6;
        const core::Choice& chosen = choiceOf(st.before, st.chosen);
        add(m_ctx.tr("replay.feedback") + "  ·  " + m_ctx.tr(std::string("debrief.") + toString(st.judgement.verdict)),
            th.size(base), verdictColor(st.judgement.verdict, p), true, y);
        add(chosen.feedback.in(loc), th.size(base - 1), p.text, false, y, 0, 10);
        m_ctx.replay.feedbackOf = chosen.id;
        m_ctx.replay.node = nodeOf(st.before).id;
        m_ctx.replay.taken = chosen.id;
        notesBlock(m_frame + 1, y, th.size(base - 1));
        return y;
    }

    // The end: the ending (or where the session stopped), the Index, where the customer's people ended up, the
    // facilitator's notes on the whole session.
    float layoutEnd(unsigned base) {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        const std::string& loc = m_ctx.locale();
        const core::ScoreReport& r = m_data.report;
        float y = kPanel.top + 14;
        if (m_data.path.finished) {
            const core::Node& n = nodeOf(m_data.path.final);
            add(m_ctx.tr("replay.end") + "  ·  " + n.endingTitle.in(loc), th.size(base + 3), endingColor(n.ending, p),
                true, y, 0, 8);
        } else {
            add(m_ctx.tr("replay.stopped"), th.size(base + 3), p.mixed, true, y, 0, 8);
        }
        add(m_ctx.tr("debrief.index") + "  " + std::to_string(r.index.index) + "  ·  " + r.bandTitle.in(loc),
            th.size(base + 1), p.accent, true, y, 0, 10);
        for (int i : core::customerPeopleAtDecisions(scenario())) {
            const auto& ch = scenario().characters[static_cast<std::size_t>(i)];
            add(ch.name.in(loc) + "  " + m_ctx.tr("play.trust") + " " +
                    std::to_string(m_data.path.final.trust[static_cast<std::size_t>(i)]) + " · " +
                    m_ctx.tr("play.patience") + " " +
                    std::to_string(m_data.path.final.patience[static_cast<std::size_t>(i)]),
                th.size(base - 1), p.text, false, y, 0, 4);
        }
        y += 8;
        notesBlock(std::nullopt, y, th.size(base - 1));
        return y;
    }

    // The best path beside the trainee's: step by step, where they part, and what each led to.
    float layoutCompare(unsigned base) {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        const std::string& loc = m_ctx.locale();
        float y = kPanel.top + 14;
        add(m_ctx.tr("replay.compare"), th.size(base + 3), p.text, true, y, 0, 6);
        if (!m_data.hasBest) {
            add(m_ctx.tr("replay.nobest"), th.size(base), p.textDim, false, y);
            return y;
        }
        const int d = m_data.divergedAt;
        add(d < 0 ? m_ctx.tr("replay.samepath") : fillIn(m_ctx.tr("replay.parted"), {std::to_string(d + 1)}),
            th.size(base), d < 0 ? p.good : p.mixed, true, y, 0, 8);
        auto line = [&](const core::ReplayPath& path, int k) -> std::string {
            if (k >= static_cast<int>(path.steps.size())) return "—";
            const core::ReplayStep& s = path.steps[static_cast<std::size_t>(k)];
            return choiceOf(s.before, s.chosen).text.in(loc);
        };
        const int from = std::max(0, d < 0 ? 0 : d);
        const int rows = static_cast<int>(std::max(m_data.path.steps.size(), m_data.best.steps.size()));
        for (int k = from; k < rows && k < from + 3; ++k) {
            add(fillIn(m_ctx.tr("replay.decision"), {std::to_string(k + 1), std::to_string(rows)}), th.size(base - 2),
                p.textDim, true, y, 0, 2);
            sf::Color tc = p.text;
            if (k < steps()) tc = verdictColor(m_data.path.steps[static_cast<std::size_t>(k)].judgement.verdict, p);
            add(m_ctx.tr("replay.trainee") + "  " + line(m_data.path, k), th.size(base - 1), tc, false, y, 8, 2);
            add(m_ctx.tr("replay.bestpath") + "  " + line(m_data.best, k), th.size(base - 1), p.good, false, y, 8, 6);
        }
        if (rows > from + 3) add("…", th.size(base - 1), p.textDim, false, y);
        y += 6;
        auto outcome = [&](const char* who, const core::ReplayPath& path, int index, sf::Color c) {
            const core::Node& n = nodeOf(path.final);
            std::string end = path.finished ? n.endingTitle.in(loc) : m_ctx.tr("replay.stopped");
            add(m_ctx.tr(who) + "  ·  " + end + "  ·  " + m_ctx.tr("debrief.index") + " " + std::to_string(index),
                th.size(base), c, true, y, 0, 2);
            std::string meters;
            for (int i : core::customerPeopleAtDecisions(scenario())) {
                const auto& ch = scenario().characters[static_cast<std::size_t>(i)];
                meters += (meters.empty() ? "" : "   ") + ch.name.in(loc) + " " +
                          std::to_string(path.final.trust[static_cast<std::size_t>(i)]) + " / " +
                          std::to_string(path.final.patience[static_cast<std::size_t>(i)]);
            }
            add(m_ctx.tr("replay.meters") + "  " + meters, th.size(base - 2), p.textDim, false, y, 0, 8);
        };
        outcome("replay.trainee", m_data.path, m_data.report.index.index, endingColor(m_data.report.ending, p));
        outcome("replay.bestpath", m_data.best, m_data.bestIndex.index, p.good);
        return y;
    }

    // ---- the after-action review ---------------------------------------------------------------------------

    // One line of a review card: its text, colour, bold, indent.
    struct ReviewLine {
        std::string text;
        sf::Color color;
        bool bold = false;
        float indent = 0;
    };

    // The four questions (core/aar.h, the same review `frontline report --html` prints), a card each.
    std::vector<std::vector<ReviewLine>> reviewCards() const {
        const Palette& p = *m_ctx.theme().colors;
        const std::string& loc = m_ctx.locale();
        const core::AfterActionReview a =
            core::afterActionReview(m_data.report, m_data.hasBest ? &m_data.bestFound : nullptr,
                                    m_data.bestReport ? &*m_data.bestReport : nullptr, &m_data.notes);
        const std::string decision = m_ctx.tr("report.decision") + " ";
        auto number = [](std::size_t i) { return std::to_string(i + 1) + ". "; };
        std::vector<std::vector<ReviewLine>> cards(4);
        // 1. What was supposed to happen: the best path and its principles.
        auto& planned = cards[0];
        planned.push_back({m_ctx.tr("report.aar-planned"), p.accent, true});
        if (a.hasBest) {
            planned.push_back(
                {m_ctx.tr("report.best-path") + "  ·  " + m_ctx.tr("debrief.index") + " " + std::to_string(a.bestIndex),
                 p.textDim});
            for (std::size_t i = 0; i < a.bestPath.size(); ++i)
                planned.push_back({number(i) + a.bestPath[i].text.in(loc), p.good, false, 10});
            planned.push_back({m_ctx.tr("report.ending") + "  ·  " + a.bestEnding.in(loc), p.text});
            std::string names;
            for (const core::DimensionScore* d : a.principles)
                names +=
                    (names.empty() ? "" : m_ctx.tr("replay.aar-and")) + (d->title.empty() ? d->id : d->title.in(loc));
            if (!names.empty()) planned.push_back({m_ctx.tr("report.principles") + "  ·  " + names, p.text});
        } else {
            planned.push_back({m_ctx.tr("report.no-best"), p.textDim});
        }
        // 2. What happened: the trainee's path.
        auto& happened = cards[1];
        happened.push_back({m_ctx.tr("report.aar-happened"), p.accent, true});
        happened.push_back({m_ctx.tr("report.your-path") + "  ·  " + m_ctx.tr("debrief.index") + " " +
                                std::to_string(m_data.report.index.index),
                            p.textDim});
        for (std::size_t i = 0; i < a.path.size(); ++i) {
            const core::Decision& d = *a.path[i];
            happened.push_back(
                {number(i) + d.chosen.text.in(loc) + "  ·  " + m_ctx.tr(std::string("debrief.") + toString(d.verdict)),
                 verdictColor(d.verdict, p), false, 10});
        }
        happened.push_back(
            {m_ctx.tr("report.ending") + "  ·  " +
                 (m_data.report.complete ? m_data.report.endingTitle.in(loc) : m_ctx.tr("report.no-ending")),
             endingColor(m_data.report.ending, p)});
        if (a.hasBest)
            happened.push_back({a.divergedAt < 0
                                    ? m_ctx.tr("replay.samepath")
                                    : fillIn(m_ctx.tr("replay.aar-parted"), {std::to_string(a.divergedAt + 1)}),
                                a.divergedAt < 0 ? p.good : p.mixed, true});
        // 3. Why: the feedback at each decision where a better action was available, and the findings.
        auto& why = cards[2];
        why.push_back({m_ctx.tr("report.aar-why"), p.accent, true});
        for (const core::Decision* d : a.divergences) {
            why.push_back({decision + std::to_string(d->step + 1), verdictColor(d->verdict, p), true});
            why.push_back({d->chosen.feedback.in(loc), p.text, false, 10});
        }
        for (const core::Finding* f : a.negativeFindings) why.push_back({f->message.in(loc), p.mixed});
        if (a.divergences.empty() && a.negativeFindings.empty())
            why.push_back({m_ctx.tr("report.no-divergence"), p.good});
        // 4. What to do differently: the better actions, then the facilitator's notes (or how to add one).
        auto& differently = cards[3];
        differently.push_back({m_ctx.tr("report.aar-differently"), p.accent, true});
        for (const core::Decision* d : a.divergences)
            differently.push_back({decision + std::to_string(d->step + 1) + "  ·  " + m_ctx.tr("replay.better") + "  " +
                                       d->better->text.in(loc),
                                   p.good});
        differently.push_back({m_ctx.tr("replay.notes"), p.textDim, true});
        for (const core::Note* n : a.sessionNotes)
            differently.push_back({(n->author.empty() ? "" : n->author + ": ") + n->text, p.text, false, 10});
        for (const core::Note* n : a.decisionNotes)
            differently.push_back({decision + std::to_string(*n->decision) + "  ·  " +
                                       (n->author.empty() ? "" : n->author + ": ") + n->text,
                                   p.text, false, 10});
        if (!a.hasNotes()) {
            std::string file = m_data.file.empty() ? m_ctx.tr("replay.aar-sessionfile") : m_data.file;
            differently.push_back(
                {fillIn(m_ctx.tr("replay.aar-nonotes"), {"frontline notes " + file + " --text \"…\""}), p.mixed, false,
                 10});
        }
        return cards;
    }

    // The cards in a 2 x 2 grid, each at the largest text size that fits it (the tail cut with "…" at the least).
    void layoutReview() {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        m_ctx.replay.review.clear();
        const float gap = 12, w = (kReview.width - gap) / 2, h = (kReview.height - gap) / 2;
        std::vector<std::vector<ReviewLine>> cards = reviewCards();
        for (std::size_t c = 0; c < cards.size(); ++c) {
            const sf::FloatRect box{kReview.left + static_cast<float>(c % 2) * (w + gap),
                                    kReview.top + static_cast<float>(c / 2) * (h + gap), w, h};
            Block frame;
            frame.box = box;
            frame.frame = p.border;
            frame.fill = withAlpha(p.panel, 0.95f);
            m_blocks.push_back(std::move(frame));
            const std::size_t first = m_blocks.size();
            for (unsigned size = th.size(16);; --size) {
                m_blocks.resize(first);
                float y = box.top + 12;
                bool cut = false;
                for (const ReviewLine& line : cards[c]) {
                    const unsigned s = line.bold && &line == &cards[c].front() ? size + 3 : size;
                    Block b;
                    b.text.set(line.text, {th.fontFor(line.text), s, line.color, line.bold, 1.3f},
                               box.width - 32 - line.indent);
                    if (y + b.text.height() > box.top + box.height - 8) {
                        cut = true;
                        break;
                    }
                    b.at = {box.left + 16 + line.indent, y};
                    y += b.text.height() + (&line == &cards[c].front() ? 8.f : 3.f);
                    m_blocks.push_back(std::move(b));
                }
                if (!cut || size <= 11) {
                    if (cut && m_blocks.size() > first) {  // the last line that fits says there is more
                        Block& last = m_blocks.back();
                        last.text.set("…", {th.fontFor("…"), size, p.textDim, false, 1.3f}, box.width - 32);
                    }
                    break;
                }
            }
            for (const ReviewLine& line : cards[c])
                m_ctx.replay.review.push_back(std::to_string(c + 1) + " " + line.text);
        }
    }

    void relayout() {
        m_dirty = false;
        m_ctx.replay.notes.clear();
        m_ctx.replay.review.clear();
        m_ctx.replay.feedbackOf.clear();
        m_ctx.replay.node.clear();
        m_ctx.replay.taken.clear();
        renderPicture();
        for (unsigned base = 16;; --base) {  // the largest size at which everything fits the panel
            m_blocks.clear();
            m_ctx.replay.notes.clear();
            if (m_review) {
                layoutReview();
                break;
            }
            float bottom = m_compare ? layoutCompare(base) : atEnd() ? layoutEnd(base) : layoutDecision(base);
            if (bottom <= kPanel.top + kPanel.height || base <= 11) break;
        }
        layoutTimeline();
        publish();
    }

    // ---- the timeline and the buttons --------------------------------------------------------------------

    // At most 16 markers at a time (48 px or more each), the current decision kept in view.
    void layoutTimeline() {
        m_markers.clear();
        const int shown = std::min(m_frames, 16);
        m_markerFirst = std::clamp(m_frame - shown / 2, 0, m_frames - shown);
        const float slot = std::min(64.f, (kTimeline.width - 48) / static_cast<float>(shown));
        for (int i = 0; i < shown; ++i)
            m_markers.push_back({kTimeline.left + 24 + slot * static_cast<float>(i), kTimeline.top + 20, slot, 64});
    }

    void layoutButtons() {
        m_buttons.clear();
        const char* ids[] = {"back", "play", "next", "bookmark", "best", "close"};
        float x = 16, w = (800 - 5 * 8) / 6.f;
        for (const char* id : ids) {
            m_buttons.add(id, {x, kButtonsTop, w, kButtonHeight});
            x += w + 8;
        }
        m_buttons.add("review", kReviewButton);
        m_buttons.focus("next");
    }

    void publish() {
        ReplayStatus& s = m_ctx.replay;
        s.frame = m_frame;
        s.frames = m_frames;
        s.playing = m_playing;
        s.compare = m_compare;
        s.reviewOpen = m_review;
        s.focus = m_focusShown;
        s.bookmarks.assign(m_bookmarks.begin(), m_bookmarks.end());
        s.divergedAt = m_data.divergedAt;
    }

    // ---- input -------------------------------------------------------------------------------------------

    void activate(const std::string& id) {
        if (id == "back") {
            m_playing = false;
            go(m_frame - 1);
        } else if (id == "next") {
            m_playing = false;
            go(m_frame + 1);
        } else if (id == "play") {
            m_playing = !m_playing;
            m_playClock = 0;
            if (m_playing && m_frame >= m_frames - 1) go(0);
        } else if (id == "bookmark") {
            if (!m_bookmarks.erase(m_frame)) m_bookmarks.insert(m_frame);
            m_ctx.replay.bookmarkError =
                saveBookmarks(m_data, std::vector<int>(m_bookmarks.begin(), m_bookmarks.end()));
            if (!m_ctx.replay.bookmarkError.empty())
                std::fprintf(stderr, "frontline: bookmarks not saved: %s\n", m_ctx.replay.bookmarkError.c_str());
        } else if (id == "best") {
            m_compare = !m_compare;
            m_review = false;
            m_dirty = true;
        } else if (id == "review") {
            m_review = !m_review;
            m_dirty = true;
        } else if (id == "close") {
            m_ctx.app.screens().pop();
            return;
        }
        publish();
    }

    void jumpBookmark(int direction) {
        if (m_bookmarks.empty()) return;
        m_playing = false;
        if (direction > 0) {
            auto it = m_bookmarks.upper_bound(m_frame);
            go(it == m_bookmarks.end() ? *m_bookmarks.begin() : *it);
        } else {
            auto it = m_bookmarks.lower_bound(m_frame);
            go(it == m_bookmarks.begin() ? *m_bookmarks.rbegin() : *std::prev(it));
        }
    }

    void onAction(Action a) override {
        if (a == Action::ToggleLanguage) return m_ctx.toggleLanguage();
        if (a == Action::Back) return m_ctx.app.screens().pop();
        if (!m_data.ok()) return;
        if (a == Action::Left) return activate("back");
        if (a == Action::Right) return activate("next");
        if (a == Action::Confirm) return activate(m_buttonFocus ? m_buttons.focused() : "play");
        if (a == Action::Bookmark) return activate("bookmark");
        if (a == Action::Next) return activate("best");
        if (a == Action::Previous) return activate("review");
        if (a == Action::Up) return jumpBookmark(-1);
        if (a == Action::Down) return jumpBookmark(1);
        if (int k = runtime::choiceNumber(a); k >= 0) {
            m_playing = false;
            go(k);
        }
    }

    void onMouseMove(sf::Vector2f p) override {
        m_buttonFocus = m_buttons.hit(p).has_value();
        m_buttons.hover(p);
    }

    void onMouseClick(sf::Vector2f p) override {
        if (!m_data.ok()) return m_ctx.app.screens().pop();
        if (auto id = m_buttons.hit(p)) return activate(*id);
        for (int i = 0; i < static_cast<int>(m_markers.size()); ++i)
            if (m_markers[static_cast<std::size_t>(i)].contains(p)) {
                m_playing = false;
                return go(m_markerFirst + i);
            }
    }

    // ---- update and drawing ------------------------------------------------------------------------------

    void update(double dt) override {
        m_time += dt;
        if (!m_data.ok()) return;
        std::string signature =
            m_ctx.locale() + std::to_string(m_ctx.settings.textSize) + (m_ctx.settings.highContrast ? "h" : "");
        if (signature != m_signature) {
            m_signature = signature;
            m_dirty = true;
        }
        if (m_playing) {
            m_playClock += dt;
            if (m_playClock >= kPlaySeconds) {
                m_playClock = 0;
                if (m_frame + 1 >= m_frames)
                    m_playing = false;
                else
                    go(m_frame + 1);
            }
        }
        if (m_dirty) relayout();
        publish();
    }

    void onResume() override { m_dirty = true; }

    void drawError(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        drawBackdrop(t, m_ctx, m_time);
        fillRoundedRect(t, {140, 180, 1000, 360}, 18, p.panel, p.poor, 2);
        drawText(t, th, m_ctx.tr("replay.cannot"), th.size(26), {180, 212}, p.poor, true);
        runtime::Paragraph body;
        body.set(m_data.error, {th.fontFor(m_data.error), th.size(16), p.text, false, 1.45f}, 920);
        body.draw(t, {180, 270});
        drawText(t, th, m_ctx.tr("replay.escback"), th.size(16), {180, 496}, p.textDim);
    }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        if (!m_data.ok()) return drawError(t, th);
        fillVerticalGradient(t, {0, 0, 1280, 720}, p.backgroundTop, p.background);
        // Header: whose session, which scenario, when, the Index.
        const std::string& loc = m_ctx.locale();
        std::string who = m_data.record.player.empty() ? "—" : m_data.record.player;
        std::string header = m_ctx.tr("replay.title") + "  ·  " + who + "  ·  " + scenario().title.in(loc);
        unsigned hs = fitSize(th, header, th.size(20), 12, 820, true);
        drawText(t, th, header, hs, {16, 18}, p.text, true);
        std::string when = m_data.record.startTime;  // 2026-12-03T13:13:23Z -> 2026-12-03 13:13
        if (when.size() >= 16 && when[10] == 'T') when = when.substr(0, 10) + " " + when.substr(11, 5);
        std::string right =
            when + "  ·  " + m_ctx.tr("debrief.index") + " " + std::to_string(m_data.report.index.index);
        float rw = measureText(th, right, th.size(15));
        drawText(t, th, right, th.size(15), {1264 - rw, 22}, p.textDim);
        if (m_review) {
            for (Block& b : m_blocks) {
                if (b.box.width > 0)
                    fillRoundedRect(t, b.box, 14, b.fill, b.frame, 1.5f);
                else
                    b.text.draw(t, b.at);
            }
        } else {
            drawStep(t, th);
        }
        drawButtons(t, th);
    }

    void drawStep(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        // The trainee's picture.
        sf::Sprite picture(m_picture.getTexture());
        picture.setPosition(kPictureAt);
        picture.setScale(kScale, kScale);
        t.draw(picture);
        sf::FloatRect frame{kPictureAt.x, kPictureAt.y, 1280 * kScale, 720 * kScale};
        fillRoundedRect(t, frame, 4, sf::Color::Transparent, p.border, 1.5f);
        // The side panel.
        fillRoundedRect(t, kPanel, 14, withAlpha(p.panel, 0.95f), m_compare ? p.good : p.border, 1.5f);
        for (Block& b : m_blocks) {
            if (b.box.width > 0) {
                fillRoundedRect(t, b.box, 10, b.fill, b.frame, b.frameWidth);
                continue;
            }
            b.text.draw(t, b.at);
        }
        drawTimeline(t, th);
    }

    void drawButtons(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        const char* labels[] = {"replay.back",
                                m_playing ? "replay.pause" : "replay.play",
                                "replay.next",
                                m_bookmarks.count(m_frame) ? "replay.unbookmark" : "replay.bookmark",
                                m_compare ? "replay.details" : "replay.best",
                                "replay.close"};
        const char* ids[] = {"back", "play", "next", "bookmark", "best", "close"};
        for (int i = 0; i < 6; ++i)
            drawButton(t, th, *m_buttons.rect(ids[i]), m_ctx.tr(labels[i]),
                       m_buttonFocus && m_buttons.isFocused(ids[i]), th.size(16),
                       i == 1 ? mix(p.panelRaised, p.accent, 0.3f) : p.panelRaised);
        drawButton(t, th, kReviewButton, m_ctx.tr(m_review ? "replay.details" : "replay.review"),
                   m_buttonFocus && m_buttons.isFocused("review"), th.size(16),
                   m_review ? mix(p.panelRaised, p.accent, 0.3f) : p.panelRaised);
        const std::string& unsaved = m_ctx.replay.bookmarkError;
        std::string keys =
            unsaved.empty() ? m_ctx.tr("replay.keys") : m_ctx.tr("replay.bookmarksunsaved") + " " + unsaved;
        drawText(t, th, keys, fitSize(th, keys, th.size(14), 10, 1248), {16, 690},
                 unsaved.empty() ? p.textDim : p.poor);
    }

    void drawTimeline(sf::RenderTarget& t, const Theme& th) {
        const Palette& p = *th.colors;
        fillRoundedRect(t, kTimeline, 12, withAlpha(p.panel, 0.9f), p.border, 1);
        drawText(t, th, m_ctx.tr("replay.timeline"), th.size(13), {kTimeline.left + 12, kTimeline.top + 4}, p.textDim);
        if (m_frames > static_cast<int>(m_markers.size())) {  // which part of a long timeline is shown
            std::string range = std::to_string(m_markerFirst + 1) + "–" +
                                std::to_string(m_markerFirst + static_cast<int>(m_markers.size())) + " / " +
                                std::to_string(m_frames);
            float w = measureText(th, range, th.size(13));
            drawText(t, th, range, th.size(13), {kTimeline.left + kTimeline.width - 12 - w, kTimeline.top + 4},
                     p.textDim);
            if (m_markerFirst > 0)
                drawText(t, th, "‹", th.size(20), {kTimeline.left + 8, kTimeline.top + 30}, p.textDim, true);
            if (m_markerFirst + static_cast<int>(m_markers.size()) < m_frames)
                drawText(t, th, "›", th.size(20), {kTimeline.left + kTimeline.width - 18, kTimeline.top + 30},
                         p.textDim, true);
        }
        for (int k = 0; k < static_cast<int>(m_markers.size()); ++k) {
            const int i = m_markerFirst + k;
            const sf::FloatRect& r = m_markers[static_cast<std::size_t>(k)];
            const bool end = i == steps(), current = i == m_frame;
            sf::Vector2f c{r.left + r.width / 2, r.top + 20};
            sf::Color col = p.textDim;
            if (!end) col = verdictColor(m_data.path.steps[static_cast<std::size_t>(i)].judgement.verdict, p);
            if (end && m_data.path.finished) col = endingColor(m_data.report.ending, p);
            const float radius = std::min(15.f, r.width / 2 - 3);
            sf::CircleShape disc(radius, 28);
            disc.setOrigin(radius, radius);
            disc.setPosition(c);
            disc.setFillColor(current ? col : withAlpha(col, 0.45f));
            if (current) {
                disc.setOutlineColor(p.focus);
                disc.setOutlineThickness(3);
            }
            t.draw(disc);
            std::string label = end ? (m_data.path.finished ? "■" : "…") : std::to_string(i + 1);
            drawTextCentered(t, th, label, th.size(13), c.x, c.y - static_cast<float>(th.size(13)) * 0.55f,
                             sf::Color(16, 22, 32), true);
            if (!end) {
                std::string time = seconds(m_data.path.steps[static_cast<std::size_t>(i)].decisionMs) + "s";
                unsigned ts = fitSize(th, time, th.size(12), 8, r.width - 2);
                drawTextCentered(t, th, time, ts, c.x, r.top + 40, current ? p.text : p.textDim);
            }
            if (m_bookmarks.count(i)) {  // a pennant under the decision time
                sf::ConvexShape flag(3);
                flag.setPoint(0, {c.x - 7, r.top + 66});
                flag.setPoint(1, {c.x + 7, r.top + 66});
                flag.setPoint(2, {c.x, r.top + 57});
                flag.setFillColor(p.accent);
                t.draw(flag);
            }
            if (i == m_data.divergedAt) {  // the best path parts here
                sf::RectangleShape tick({2, 48});
                tick.setPosition(r.left, r.top - 4);
                tick.setFillColor(withAlpha(p.good, 0.8f));
                t.draw(tick);
            }
        }
    }

private:
    GameContext& m_ctx;
    ReplayData m_data;
    Stage m_stage;
    sf::RenderTexture m_picture;
    std::vector<int> m_endDisplayed;
    std::vector<Block> m_blocks;
    std::vector<sf::FloatRect> m_markers;
    FocusGroup m_buttons;
    bool m_buttonFocus = false;  // the mouse is over a button: Enter presses it
    std::set<int> m_bookmarks;
    std::string m_signature;
    int m_frame = 0, m_frames = 1, m_focusShown = -1, m_markerFirst = 0;
    bool m_dirty = true, m_playing = false, m_compare = false, m_review = false;
    double m_time = 0, m_playClock = 0;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeReplayScreen(GameContext& ctx, const std::string& sessionFile) {
    return std::make_unique<ReplayScreen>(ctx, loadReplay(sessionFile));
}

std::unique_ptr<runtime::Screen> makeReplayScreen(GameContext& ctx, const core::Scenario& scenario,
                                                  const core::SessionRecord& record, const std::string& file) {
    return std::make_unique<ReplayScreen>(ctx, replayOf(scenario, ctx.catalog.rubricOf(scenario), record, file));
}

}  // namespace frontline::game
