#include "screens/play_view.h"

#include <algorithm>
#include <cmath>

#include "core/play_rules.h"
#include "runtime/portrait.h"
#include "screens/icons.h"

namespace frontline::game {
namespace {

const sf::FloatRect& dialogueBox = kDialogueBox;
const sf::FloatRect& choicePanel = kChoicePanel;

std::string characterName(const GameContext& ctx, const core::Scenario& sc, const std::string& id) {
    if (id == "narrator") return ctx.tr("play.narrator");
    int i = sc.characterIndex(id);
    return i < 0 ? id : sc.characters[static_cast<std::size_t>(i)].name.in(ctx.locale());
}

sf::Color kindColor(core::ChoiceKind k, const Palette& p) {
    return k == core::ChoiceKind::Listen ? p.listen : k == core::ChoiceKind::Respond ? p.respond : p.escalate;
}

// The name plate over the dialogue: the speaker and their role, or the ending's title and kind.
void plateLabels(const GameContext& ctx, const core::Scenario& sc, const core::Node& n, std::string& name,
                 std::string& role) {
    if (n.isEnding()) {
        name = n.endingTitle.in(ctx.locale());
        role = ctx.tr(std::string("ending.") + core::toString(*n.ending));
        return;
    }
    name = characterName(ctx, sc, n.speaker);
    if (int i = sc.characterIndex(n.speaker); i >= 0) {
        const auto& c = sc.characters[static_cast<std::size_t>(i)];
        role = c.role.in(ctx.locale());
        if (!c.organisation.empty()) role += " · " + c.organisation.in(ctx.locale());
    }
}

PlateLayout plateLayout(const Theme& th, const std::string& name, const std::string& role) {
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
CardLayout cardLayout(const Theme& th, float slot, const std::string& name) {
    float w = measureText(th, name, th.size(15), true);
    float cardW = std::min(std::max(230.f, w + 24), slot - 12);
    return {cardW, fitSize(th, name, th.size(15), 11, cardW - 24, true)};
}

// The act chip is left out when the title would not clear the clock face (the act card has shown its title).
TopBarLayout topBarLayout(const GameContext& ctx, const Theme& th, const core::Scenario& sc, const core::State& state,
                          const std::string& mode) {
    TopBarLayout l;
    float mw = measureText(th, mode, th.size(14)) + 20;
    float clockLeft =
        1256 - mw - 24 - measureText(th, core::clockLabel(sc, state.minutes, ctx.locale()), th.size(17), true) - 27;
    l.room = clockLeft - 12 - 24;
    l.needed = measureText(th, sc.title.in(ctx.locale()), th.size(19), true);
    return l;
}

EndingLayout endingLayout(const Theme& th, const std::vector<std::string>& lines) {
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

sf::FloatRect characterBox(std::size_t k, std::size_t n) {
    float slot = dialogueBox.width / static_cast<float>(n);
    float boxW = std::min(300.f, slot + 40), boxH = 360;
    float cx = dialogueBox.left + slot * (static_cast<float>(k) + 0.5f);
    return {cx - boxW / 2, 480 - boxH, boxW, boxH};
}

void drawTopBar(sf::RenderTarget& t, const GameContext& ctx, const Theme& th, const PlayLayout& l, const PlayFrame& f) {
    const Palette& p = *th.colors;
    const core::Scenario& sc = *l.scenario;
    fillVerticalGradient(t, {0, 0, 1280, 64}, withAlpha(p.background, 0.92f), withAlpha(p.background, 0.55f));
    const std::string& loc = ctx.locale();
    float mw = measureText(th, l.mode, th.size(14)) + 20;
    std::string clock = core::clockLabel(sc, l.state.minutes, ctx.locale());
    float cw = measureText(th, clock, th.size(17), true);
    float cx = 1256 - mw - 24 - cw;
    float x = 24;
    x += drawText(t, th, sc.title.in(loc), th.size(19), {x, 20}, p.text, true) + 16;
    // The act chip only where it clears the clock face (cx - 27); the act card has shown its title anyway.
    if (const core::Act* act = sc.act(l.node->act);
        act && !act->title.empty() && x + measureText(th, act->title.in(loc), th.size(14)) + 20 <= cx - 27 - 12)
        x += drawChip(t, th, {x, 16}, act->title.in(loc), p.accent, 14) + 10;
    drawChip(t, th, {1256 - mw, 16}, l.mode, f.modeColor, 14);
    drawText(t, th, clock, th.size(17), {cx, 21}, p.text, true);
    sf::Vector2f dial{cx - 18, 31};  // a small clock face
    sf::CircleShape face(9, 24);
    face.setOrigin(9, 9);
    face.setPosition(dial);
    face.setFillColor(sf::Color::Transparent);
    face.setOutlineColor(p.textDim);
    face.setOutlineThickness(2);
    t.draw(face);
    float hours = static_cast<float>(l.state.minutes % 720) / 720.f;
    drawArc(t, dial, 3.5f, 7, hours, hours + 0.02f, p.text);
}

void drawCharacters(sf::RenderTarget& t, const GameContext& ctx, const Theme& th, Stage& stage, const PlayLayout& l,
                    const PlayFrame& f) {
    const Palette& p = *th.colors;
    const core::Scenario& sc = *l.scenario;
    std::size_t n = l.present.size();
    if (n == 0 || !f.characters) return;
    float slot = dialogueBox.width / static_cast<float>(n);
    for (std::size_t k = 0; k < n; ++k) {
        auto ci = static_cast<std::size_t>(l.present[k]);
        const CharacterView& v = (*f.characters)[ci];
        const core::Character& c = sc.characters[ci];
        float cx = dialogueBox.left + slot * (static_cast<float>(k) + 0.5f);
        bool speaking = l.node->speaker == c.id;
        sf::FloatRect box = characterBox(k, n);
        stage.drawCharacter(t, c.look, v.expression, v.previous, v.blend.value(), box, f.time,
                            n > 1 && k + 1 == n && k > 0);
        // Meter card above the head.
        std::string label = c.name.in(ctx.locale());
        const float cardW = l.cards[k].width;
        const unsigned ns = l.cards[k].nameSize;
        sf::FloatRect card{cx - cardW / 2, 78, cardW, 82};
        fillRoundedRect(t, card, 12, withAlpha(p.panel, 0.92f), speaking ? p.accent : p.border, speaking ? 2.f : 1.f);
        drawText(t, th, label, ns, {card.left + 12, card.top + 9}, p.text, true);
        float barX = card.left + 12 +
                     std::max(measureText(th, ctx.tr("play.trust"), th.size(13)),
                              measureText(th, ctx.tr("play.patience"), th.size(13))) +
                     10;
        float barW = card.left + card.width - 48 - barX;
        float y1 = card.top + 38, y2 = card.top + 60;
        drawText(t, th, ctx.tr("play.trust"), th.size(13), {card.left + 12, y1 - 3}, p.textDim);
        drawMeter(t, th, {barX, y1, barW, 10}, v.trust.value() / 100.f, p.trust, v.trustFlash);
        drawText(t, th, std::to_string(static_cast<int>(std::lround(v.trust.value()))), th.size(13),
                 {barX + barW + 8, y1 - 3}, p.text);
        drawText(t, th, ctx.tr("play.patience"), th.size(13), {card.left + 12, y2 - 3}, p.textDim);
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
                drawText(t, th, deltaText(v.patienceDelta), th.size(16), {card.left + card.width + 4, y2 - 4 - rise},
                         withAlpha(v.patienceDelta > 0 ? p.good : p.poor, a), true);
        }
    }
}

bool actCardShowing(const PlayFrame& f) {
    return f.actCard >= 0 && f.actCard < kActCardSeconds;
}

void drawDialogue(sf::RenderTarget& t, const Theme& th, PlayLayout& l, const PlayFrame& f) {
    const Palette& p = *th.colors;
    const core::Node& n = *l.node;
    fillRoundedRect(t, {dialogueBox.left, dialogueBox.top + 4, dialogueBox.width, dialogueBox.height}, 16, p.shadow);
    fillRoundedRect(t, dialogueBox, 16, p.panel, p.border, 1.5f);
    // Name plate: speaker and role (or the ending's title).
    const std::string &name = l.plateName, &role = l.plateRole;
    sf::Color plate = p.accent;
    if (n.isEnding())
        plate = *n.ending == core::EndingKind::Won ? p.good : *n.ending == core::EndingKind::Partial ? p.mixed : p.poor;
    else if (n.speaker == "narrator")
        plate = p.textDim;
    const PlateLayout& pl = l.plate;
    const sf::FloatRect& tag = pl.tag;
    const unsigned ns = pl.nameSize, rs = pl.roleSize;
    fillRoundedRect(t, tag, 10, mix(p.panelRaised, plate, 0.35f), plate, 1.5f);
    if (pl.roleLines.empty()) {
        drawText(t, th, name, ns, {tag.left + 16, tag.top + (40 - static_cast<float>(ns)) / 2}, p.text, true);
        if (!role.empty())
            drawText(t, th, role, rs, {tag.left + 32 + pl.nameWidth, tag.top + (40 - static_cast<float>(rs)) / 2 + 1},
                     p.textDim);
    } else {
        drawText(t, th, name, ns, {tag.left + 16, tag.top + 9}, p.text, true);
        float y = tag.top + 14 + static_cast<float>(ns);
        for (const auto& line : pl.roleLines) {
            drawText(t, th, line, rs, {tag.left + 16, y}, p.textDim);
            y += static_cast<float>(rs) * 1.35f;
        }
    }
    l.dialogue.setColor(p.text);
    l.dialogue.draw(t, {dialogueBox.left + 28, dialogueBox.top + 34}, f.visibleText);
    if (f.textDone && !actCardShowing(f) && (n.isEnding() || !f.dialogueHint.empty())) {
        float blink = 0.55f + 0.45f * static_cast<float>(std::sin(f.time * 4));
        std::string hint = n.isEnding() ? "" : f.dialogueHint;
        if (!hint.empty())
            drawText(t, th, hint, th.size(14), {dialogueBox.left + 28, dialogueBox.top + dialogueBox.height - 28},
                     withAlpha(p.textDim, blink));
    } else if (!f.textDone) {
        float blink = static_cast<float>(std::fmod(f.time, 0.8) < 0.4);
        drawText(t, th, "▼", th.size(14),
                 {dialogueBox.left + dialogueBox.width - 36, dialogueBox.top + dialogueBox.height - 30},
                 withAlpha(p.accent, blink));
    }
}

void drawCountdown(sf::RenderTarget& t, const Theme& th, const PlayLayout& l, const PlayFrame& f, sf::Vector2f centre,
                   float radius) {
    const Palette& p = *th.colors;
    float total = static_cast<float>(l.node->timeLimitSeconds);
    float frac = std::clamp(static_cast<float>(f.timeLeft) / total, 0.f, 1.f);
    bool urgent = f.timeLeft <= 5;
    sf::Color c = urgent ? p.poor : frac < 0.5f ? p.mixed : p.accent;
    drawArc(t, centre, radius, 5, 0, 1, withAlpha(p.border, 0.6f));
    drawArc(t, centre, radius, 5, 0, frac, c);
    std::string secs = std::to_string(static_cast<int>(std::ceil(std::max(0.0, f.timeLeft))));
    unsigned s = th.size(urgent ? 22 : 20);
    drawTextCentered(t, th, secs, s, centre.x, centre.y - static_cast<float>(s) * 0.5f, urgent ? p.poor : p.text, true);
}

void drawStepBackHint(sf::RenderTarget& t, const GameContext& ctx, const Theme& th, const PlayFrame& f) {
    if (f.stepBackHint)
        drawText(t, th, ctx.tr("play.stepback"), th.size(13),
                 {choicePanel.left + 22, choicePanel.top + choicePanel.height - 26}, th.colors->textDim);
}

void drawNote(sf::RenderTarget& t, const GameContext& ctx, const Theme& th, const PlayLayout& l, const PlayFrame& f) {
    const Palette& p = *th.colors;
    const NoteView& note = *f.note;
    NoteLayout nl = layoutNote(th, l, note.title, note.body);
    const float a = note.alpha;
    const sf::FloatRect& r = nl.rect;
    fillRoundedRect(t, r, 12, withAlpha(p.panelRaised, a), withAlpha(note.color, a), 2);
    fillRoundedRect(t, {r.left, r.top, 8, r.height}, 4, withAlpha(note.color, a));
    nl.title.setColor(withAlpha(note.color, a));
    nl.title.draw(t, {r.left + 22, r.top + 16});
    nl.body.setColor(withAlpha(p.text, a));
    if (!note.body.empty()) nl.body.draw(t, {r.left + 22, r.top + 16 + nl.title.height() + 10});
    drawText(t, th, ctx.tr("play.continue") + "  ›", th.size(14),
             {r.left + 22, r.top + r.height - static_cast<float>(th.size(14)) - 14},
             withAlpha(p.accent, a * note.blink), true);
    drawStepBackHint(t, ctx, th, f);
}

void drawChoices(sf::RenderTarget& t, const GameContext& ctx, const Theme& th, const PlayLayout& l, const PlayFrame& f,
                 PlayDrawn& drawn) {
    const Palette& p = *th.colors;
    const core::Node& n = *l.node;
    fillRoundedRect(t, choicePanel, 16, withAlpha(p.panel, 0.9f), p.border, 1);
    if (f.note) return drawNote(t, ctx, th, l, f);
    if (n.isEnding()) {
        const char* key = *n.ending == core::EndingKind::Won       ? "ending.won"
                          : *n.ending == core::EndingKind::Partial ? "ending.partial"
                                                                   : "ending.lost";
        sf::Color c = *n.ending == core::EndingKind::Won       ? p.good
                      : *n.ending == core::EndingKind::Partial ? p.mixed
                                                               : p.poor;
        const EndingLayout& el = l.ending;
        drawTextCentered(t, th, ctx.tr("play.ending"), th.size(18), choicePanel.left + choicePanel.width / 2,
                         choicePanel.top + el.label, p.textDim);
        drawTextCentered(t, th, ctx.tr(key), th.size(34), choicePanel.left + choicePanel.width / 2,
                         choicePanel.top + el.verdict, c, true);
        float y = choicePanel.top + el.lines;
        for (const std::string& line : l.endingLines) {  // where the customer's people ended up, one size
            drawTextCentered(t, th, line, el.size, choicePanel.left + choicePanel.width / 2, y, p.textDim);
            y += el.step;
        }
        drawn.endButton = {choicePanel.left + 60, choicePanel.top + choicePanel.height - 120, choicePanel.width - 120,
                           60};
        if (f.ready && !f.endLabel.empty())
            drawButton(t, th, drawn.endButton, f.endLabel + "  ›", true, 22, mix(p.panelRaised, p.accent, 0.4f));
        return;
    }
    drawText(t, th, ctx.tr("play.choose"), th.size(20), {choicePanel.left + 22, choicePanel.top + 22}, p.text, true);
    if (n.timeLimitSeconds > 0 && f.countdown && f.ready) {  // it runs only while the choices are on screen
        drawCountdown(t, th, l, f, {choicePanel.left + choicePanel.width - 44, choicePanel.top + 34}, 22);
        drawn.countdown = true;
        std::string tl = ctx.tr("play.timeleft");
        float w = measureText(th, tl, th.size(14));
        drawText(t, th, tl, th.size(14), {choicePanel.left + choicePanel.width - 78 - w, choicePanel.top + 26},
                 p.textDim);
    }
    if (!f.ready) {
        drawTextCentered(t, th, "…", th.size(28), choicePanel.left + choicePanel.width / 2, choicePanel.top + 260,
                         p.textDim);
        return;
    }
    float fade = f.choicesFade;
    for (std::size_t i = 0; i < l.choices.size(); ++i) {
        const ChoiceView& c = l.choices[i];
        const core::Choice& choice = n.choices[static_cast<std::size_t>(c.index)];
        sf::Color kc = kindColor(choice.kind, p);
        bool focused = static_cast<int>(i) == f.focus;
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
        drawText(t, th, ctx.tr(std::string("kind.") + core::toString(choice.kind)), ks, {r.left + 64, r.top + 12},
                 withAlpha(kc, fade), true);
        runtime::Paragraph text = c.text;
        text.setColor(withAlpha(p.text, fade));
        text.draw(t, {r.left + 64, r.top + 18 + static_cast<float>(ks) + 4});
    }
    drawStepBackHint(t, ctx, th, f);
}

void drawActCard(sf::RenderTarget& t, const GameContext& ctx, const Theme& th, const PlayLayout& l,
                 const PlayFrame& f) {
    if (!actCardShowing(f)) return;
    const Palette& p = *th.colors;
    const core::Scenario& sc = *l.scenario;
    float in = std::min(1.f, f.actCard / 0.35f), out = std::min(1.f, (kActCardSeconds - f.actCard) / 0.4f);
    float a = std::min(in, out);
    sf::RectangleShape dim({1280, 720});
    dim.setFillColor(withAlpha(sf::Color(8, 10, 16, 235), a));
    t.draw(dim);
    const core::Act* act = sc.act(l.node->act);
    if (!act) return;
    int number = 1;
    for (std::size_t i = 0; i < sc.acts.size(); ++i)
        if (sc.acts[i].id == act->id) number = static_cast<int>(i) + 1;
    std::string label = ctx.locale() == "zh" ? "第 " + std::to_string(number) + " 幕" : "Act " + std::to_string(number);
    float slide = (1 - runtime::ease(runtime::Ease::OutCubic, in)) * 20;
    drawTextCentered(t, th, label, th.size(22), 640, 290 + slide, withAlpha(p.accent, a), true);
    const std::string title = act->title.in(ctx.locale());
    unsigned ts = fitSize(th, title, th.size(44), 24, 1200, true);
    drawTextCentered(t, th, title, ts, 640, 330 + slide + static_cast<float>(th.size(44) - ts) / 2,
                     withAlpha(p.text, a), true);
    sf::RectangleShape line({240 * in, 2});
    line.setPosition(640 - 120 * in, 404);
    line.setFillColor(withAlpha(p.accent, a));
    t.draw(line);
}

}  // namespace

unsigned fitSize(const Theme& th, const std::string& text, unsigned start, unsigned floor, float width, bool bold) {
    unsigned size = start;
    while (size > floor && measureText(th, text, size, bold) > width) --size;
    return size;
}

std::vector<CharacterView> charactersAtRest(const core::Scenario& scenario, const core::State& state) {
    std::vector<CharacterView> out;
    for (std::size_t i = 0; i < scenario.characters.size(); ++i) {
        CharacterView v;
        v.index = static_cast<int>(i);
        v.trust.snap(static_cast<float>(state.trust[i]));
        v.patience.snap(static_cast<float>(state.patience[i]));
        v.expression = v.previous = expressionFor(state.trust[i], state.patience[i]);
        out.push_back(v);
    }
    return out;
}

PlayLayout layoutPlay(const GameContext& ctx, const core::Scenario& scenario, const core::State& state,
                      std::vector<int> displayed, std::string mode, bool practiceLayout) {
    PlayLayout l;
    Theme th = ctx.theme();
    const std::string& loc = ctx.locale();
    const core::Node& n = scenario.nodes[static_cast<std::size_t>(state.node)];
    l.scenario = &scenario;
    l.node = &n;
    l.state = state;
    l.displayed = std::move(displayed);
    l.mode = std::move(mode);
    l.practiceLayout = practiceLayout;
    l.panelBottom = choicePanel.top + choicePanel.height - (practiceLayout ? 32.f : 16.f);
    for (int i : n.present) l.present.push_back(i);
    // Dialogue: shrink the size until it fits the box.
    std::string text = n.text.in(loc);
    unsigned size = th.size(20);
    float room = dialogueBox.height - 58;
    do {
        l.dialogue.set(text, {th.fontFor(text), size, th.colors->text, false, 1.5f}, dialogueBox.width - 56);
        l.dialogueSize = size;
    } while (l.dialogue.height() > room && --size > 13);
    plateLabels(ctx, scenario, n, l.plateName, l.plateRole);
    l.plate = plateLayout(th, l.plateName, l.plateRole);
    if (!l.present.empty()) {
        float slot = dialogueBox.width / static_cast<float>(l.present.size());
        for (int ci : l.present)
            l.cards.push_back(cardLayout(th, slot, scenario.characters[static_cast<std::size_t>(ci)].name.in(loc)));
    }
    l.topBar = topBarLayout(ctx, th, scenario, state, l.mode);
    if (n.isEnding()) {
        // Where the customer's people (core::customerPeopleAtDecisions) ended up: name, trust, patience.
        l.endingPeople = core::customerPeopleAtDecisions(scenario);
        for (int i : l.endingPeople) {
            const auto& ch = scenario.characters[static_cast<std::size_t>(i)];
            l.endingLines.push_back(ch.name.in(loc) + "  " + ctx.tr("play.trust") + " " +
                                    std::to_string(state.trust[static_cast<std::size_t>(i)]) + " · " +
                                    ctx.tr("play.patience") + " " +
                                    std::to_string(state.patience[static_cast<std::size_t>(i)]));
        }
        l.ending = endingLayout(th, l.endingLines);
        return l;
    }
    // Choices: stacked buttons in the right panel, shrinking the text until all fit.
    unsigned csize = th.size(18);
    const float top = choicePanel.top + 64, bottom = l.panelBottom;
    for (;;) {
        l.choices.clear();
        float y = top;
        const float gap = csize > 13 ? 12.f : 6.f;  // long choices at the smallest sizes close up first
        for (int index : l.displayed) {
            ChoiceView c;
            c.index = index;
            c.textSize = csize;
            const std::string& choice = n.choices[static_cast<std::size_t>(index)].text.in(loc);
            c.text.set(choice, {th.fontFor(choice), csize, th.colors->text, false, 1.4f}, choicePanel.width - 84);
            float h = std::max(64.f, 38.f + th.size(13) + c.text.height());
            c.rect = {choicePanel.left + 8, y, choicePanel.width - 16, h};
            y += h + gap;
            l.choices.push_back(std::move(c));
        }
        if (y - gap <= bottom || csize <= 12) break;
        --csize;
    }
    l.choiceSize = csize;
    return l;
}

NoteLayout layoutNote(const Theme& th, const PlayLayout& layout, const std::string& title, const std::string& body) {
    NoteLayout l;
    const float top = choicePanel.top + 16, width = choicePanel.width - 16, room = layout.panelBottom - top;
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

std::vector<std::pair<std::string, sf::FloatRect>> faceRects(const PlayLayout& layout) {
    std::vector<std::pair<std::string, sf::FloatRect>> out;
    const std::size_t n = layout.present.size();
    for (std::size_t k = 0; k < n; ++k) {
        sf::FloatRect b = portraitBounds(characterBox(k, n));
        const float sx = b.width / 200, sy = b.height / 250;  // the head spans x 50..150, y 40..170
        out.emplace_back(layout.scenario->characters[static_cast<std::size_t>(layout.present[k])].id,
                         sf::FloatRect{b.left + 50 * sx, b.top + 40 * sy, 100 * sx, 130 * sy});
    }
    return out;
}

PlayDrawn drawPlay(sf::RenderTarget& target, const GameContext& ctx, Stage& stage, PlayLayout& layout,
                   const PlayFrame& frame) {
    PlayDrawn drawn;
    Theme th = ctx.theme();
    stage.drawScene(target, layout.node->scene, frame.time);
    drawCharacters(target, ctx, th, stage, layout, frame);
    drawTopBar(target, ctx, th, layout, frame);
    drawDialogue(target, th, layout, frame);
    drawChoices(target, ctx, th, layout, frame, drawn);
    drawActCard(target, ctx, th, layout, frame);
    return drawn;
}

}  // namespace frontline::game
