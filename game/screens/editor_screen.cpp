// The scenario editor (frontline edit SCENARIO): the graph as Graphviz lays it out (engine/graph, as frontline graph
// draws it) on the left, with pan (drag), zoom (wheel) and a click to select; the selected node's inspector on the
// right (texts zh and en side by side, a marker where one is missing; choices with kind, target and grades), every
// change made through core::ScenarioEdit's operations so Ctrl+Z / Ctrl+Y undo and redo it and Ctrl+S saves; under
// the graph the loader's diagnostics for the edited text, re-run after every edit, a click selecting the node.
// "Play from here" (F5) plays the edited scenario, unsaved edits included, from the selected node with values
// chosen in a small panel (core/rehearsal.h) on the play screen pushed over the editor, which is left untouched
// underneath and is back as it was when the play ends or is quit. Beside the diagnostics, the Explorer tab shows
// what core::explore finds (paths, endings, best and worst, the balance and gaming warnings), run on a worker thread
// half a second after the last edit of a scenario without errors; a click on a warning selects its node. The
// edges of a trap's loop are drawn red.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <SFML/Window/Mouse.hpp>
#include <algorithm>
#include <cmath>
#include <fstream>

#include "core/explored_path.h"
#include "core/loader.h"
#include "core/play_rules.h"
#include "core/rehearsal.h"
#include "core/scenario_edit.h"
#include "core/scenario_graph.h"
#include "graph/graph_layout.h"
#include "screens/background_explorer.h"
#include "screens/graph_view.h"
#include "screens/play_observer.h"
#include "screens/play_view.h"
#include "screens/screens.h"

namespace frontline::game {
namespace {

using runtime::Action;
using Json = nlohmann::ordered_json;

const sf::FloatRect kGraph{0, 40, 700, 404};  // logical; the diagnostics lie under it, the inspector beside it
constexpr float kInspectorX = 704, kDiagnosticsY = 448;
constexpr auto kExploreDelay = std::chrono::milliseconds(500);  // after the last edit: typing is not slowed
constexpr auto kAutomationWait = std::chrono::seconds(20);      // --status/--screenshot wait this long for it
const ImVec4 kErrorColour(0.95f, 0.4f, 0.35f, 1), kWarningColour(0.95f, 0.75f, 0.3f, 1);

std::string textIn(const Json& node, const char* field, const std::string& locale, bool& missing) {
    auto it = node.find(field);
    missing = false;
    if (it == node.end()) {
        missing = true;
        return "";
    }
    if (it->is_string()) return it->get<std::string>();
    if (it->is_object()) {
        auto l = it->find(locale);
        if (l != it->end() && l->is_string()) {
            missing = l->get<std::string>().empty();
            return l->get<std::string>();
        }
    }
    missing = true;
    return "";
}

// A selectable line that wraps at the edge of its column instead of running past it.
bool wrappedSelectable(const std::string& text, const std::string& id, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
    const ImVec2 at = ImGui::GetCursorPos();
    const bool clicked =
        ImGui::Selectable(id.c_str(), selected, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(width, size.y));
    ImGui::SetCursorPos(at);
    ImGui::PushTextWrapPos(at.x + width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    return clicked;
}

std::string targetOf(const Json& choice) {
    auto next = choice.find("next");
    if (next == choice.end()) return "";
    if (next->is_string()) return next->get<std::string>();
    if (next->is_array() && !next->empty() && next->back().is_object()) return next->back().value("to", "");
    return "";
}

class EditorScreen : public runtime::Screen {
public:
    EditorScreen(GameContext& ctx, core::ScenarioEdit edit, EditorAutomation automation)
        : m_ctx(ctx), m_edit(std::move(edit)), m_auto(std::move(automation)) {
        if (m_auto.tab == "explorer") m_pickTab = Tab::Explorer;
        refresh();
        fit();
        // ImGui's atlas holds only the glyphs it is given: the scenario's and the editor's own words.
        std::string words = m_edit.text();
        for (const char* key : kWords) words += m_ctx.tr(key) + m_ctx.other(key);
        m_ctx.app.imgui().setFont(m_ctx.fontChoice.path, m_ctx.fontChoice.index, 16.f, words);
    }
    std::string_view name() const override { return "editor"; }

    void onAction(Action a) override {
        if (a == Action::ToggleLanguage) m_ctx.toggleLanguage();
    }
    void onMouseClick(sf::Vector2f p) override {
        if (!kGraph.contains(p)) return;
        m_last = p;
        m_dragging = true;
        const std::string hit = nodeAt(p);
        if (!hit.empty()) select(hit);
    }
    void onMouseMove(sf::Vector2f p) override {
        if (m_dragging && sf::Mouse::isButtonPressed(sf::Mouse::Left)) {
            m_offset += p - m_last;
        } else {
            m_dragging = false;
        }
        m_last = p;
        m_mouse = p;
    }
    void onWheel(float delta) override {
        if (!kGraph.contains(m_mouse)) return;
        const float factor = delta > 0 ? 1.15f : 1 / 1.15f;
        const float zoom = std::clamp(m_zoom * factor, 0.1f, 4.f);
        // Keep the point under the mouse where it is.
        m_offset = m_mouse - (m_mouse - m_offset) * (zoom / m_zoom);
        m_zoom = zoom;
    }

    void update(double) override {
        ++m_frames;
        if (m_frames % 60 == 0 && !m_edit.path().empty()) m_changedOnDisk = m_edit.changedOnDisk();
        pumpExplorer();
        runAutomation();
    }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        t.clear(p.background);
        std::string title = m_ctx.tr("editor.title") + "  ·  " + m_edit.path() + (m_edit.dirty() ? "  *" : "");
        drawText(t, th, title, fitSize(th, title, 18, 10, 690, true), {8, 10}, p.text, true);
        fillRoundedRect(t, kGraph, 0, p.panel, p.border, 1);
        if (!m_layout.ok()) {
            drawTextCentered(t, th, m_layout.error, 14, kGraph.left + kGraph.width / 2, kGraph.top + kGraph.height / 2,
                             p.poor);
            return;
        }
        auto at = [&](const graph::Point& q) {
            return sf::Vector2f{m_offset.x + static_cast<float>(q.x) * m_zoom,
                                m_offset.y + static_cast<float>(q.y) * m_zoom};
        };
        const sf::View whole = t.getView();
        t.setView(clippedView(t, kGraph));
        for (const graph::LaidOutEdge& e : m_layout.edges) {
            const bool mine = e.tail == m_selected || e.head == m_selected;
            const bool trap = inTrapLoop(e);
            const sf::Color c = trap ? p.poor : mine ? p.accent : withAlpha(p.textDim, 0.8f);
            const draw::Points path = edgePath(e, at, 10);
            draw::strokePolyline(t, path, mine ? 2.5f : trap ? 2.f : 1.2f, c);
            drawArrowhead(t, path, 6, c);  // where the edge arrives
        }
        for (const graph::LaidOutNode& n : m_layout.nodes) {
            const sf::Vector2f c = at(n.centre);
            const float w = static_cast<float>(n.width) * m_zoom, h = static_cast<float>(n.height) * m_zoom;
            const sf::FloatRect r{c.x - w / 2, c.y - h / 2, w, h};
            const bool selected = n.name == m_selected;
            const sf::Color role = roleColour(n.name, p);
            fillRoundedRect(t, r, 4, mix(p.panelRaised, role, 0.25f), selected ? p.focus : role, selected ? 3.f : 1.5f);
            const unsigned size = fitSize(th, n.name, 13, 6, std::max(8.f, w - 6));
            drawTextCentered(t, th, n.name, size, c.x, c.y - static_cast<float>(size) * 0.6f, p.text);
        }
        t.setView(whole);
    }

    void drawImGui() override {
        const ImGuiIO& io = ImGui::GetIO();
        const float sx = io.DisplaySize.x / runtime::logicalWidth, sy = io.DisplaySize.y / runtime::logicalHeight;
        shortcuts();
        const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
        ImGui::SetNextWindowPos(ImVec2(kInspectorX * sx, 0));
        ImGui::SetNextWindowSize(ImVec2((runtime::logicalWidth - kInspectorX) * sx, runtime::logicalHeight * sy));
        if (ImGui::Begin((m_ctx.tr("editor.inspector") + "###inspector").c_str(), nullptr, fixed)) inspector();
        ImGui::End();
        ImGui::SetNextWindowPos(ImVec2(0, kDiagnosticsY * sy));
        ImGui::SetNextWindowSize(ImVec2((kInspectorX - 4) * sx, (runtime::logicalHeight - kDiagnosticsY) * sy));
        if (ImGui::Begin("###findings", nullptr, fixed | ImGuiWindowFlags_NoTitleBar)) findings();
        ImGui::End();
        if (m_rehearsalOpen) rehearsalPanel(sx, sy);
    }
    void onResume() override {  // the play screen above closed: everything here is as it was
        ++m_returns;
        if (m_ctx.playObserver != &m_playLog) return;
        m_ctx.playObserver = nullptr;  // --play-from: the play is over, so is watching it
        m_ctx.app.setFrameHook(nullptr);
    }

private:
    static constexpr const char* kWords[] = {
        "editor.title",         "editor.inspector",     "editor.diagnostics",  "editor.none",       "editor.missing",
        "editor.text",          "editor.titlefield",    "editor.feedback",     "editor.kind",       "editor.target",
        "editor.grades",        "editor.addgrade",      "editor.addchoice",    "editor.delchoice",  "editor.addnode",
        "editor.addending",     "editor.duplicate",     "editor.delete",       "editor.undo",       "editor.redo",
        "editor.save",          "editor.saved",         "editor.clean",        "editor.selectnode", "editor.changed",
        "editor.overwrite",     "editor.reload",        "editor.newid",        "editor.dangling",   "editor.nograph",
        "editor.playfrom",      "editor.playstate",     "editor.play",         "editor.cancel",     "editor.clock",
        "editor.cannotplay",    "editor.reached",       "editor.notreached",   "play.trust",        "play.patience",
        "editor.explorer",      "editor.exploring",     "editor.fixfirst",     "editor.norubric",   "editor.x.complete",
        "editor.x.stopped",     "editor.x.approximate", "editor.x.paths",      "editor.x.endings",  "editor.x.ending",
        "editor.x.best",        "editor.x.worst",       "editor.x.path",       "editor.x.nopath",   "editor.x.ranges",
        "editor.x.unmoved",     "editor.x.warnings",    "editor.x.nowarnings", "editor.x.gaming",   "term.endings.won",
        "term.endings.partial", "term.endings.lost"};

    // --- the model behind the picture ---
    void refresh() {
        m_load = core::loadScenarioText(m_edit.text(), m_edit.path().empty() ? "scenario.json" : m_edit.path());
        m_errorNodes.clear();
        for (const auto& d : m_load.diagnostics)
            if (d.severity == core::Severity::Error) m_errorNodes.push_back(core::nodeOfPointer(d.pointer));
        m_graph = {};
        if (const core::Scenario* sc = m_load.model()) {
            m_graph = core::analyseGraph(*sc);
            core::DotOptions o;
            o.locale = m_ctx.locale();
            m_layout = graph::layoutDot(core::toDot(*sc, m_graph, o));
        } else {
            m_layout = {};
            m_layout.error = m_ctx.tr("editor.nograph");
        }
        m_revision = m_edit.revision();
        if (!m_selected.empty() && !m_edit.hasNode(m_selected)) m_selected.clear();
        m_schedule.changed(m_load.scenario && m_load.rubric, std::chrono::steady_clock::now());
        if (!m_schedule.explorable()) m_exploration.reset();
    }
    void fit() {
        const float s = static_cast<float>(std::min({(kGraph.width - 20) / std::max(1.0, m_layout.width),
                                                     (kGraph.height - 20) / std::max(1.0, m_layout.height), 1.2}));
        m_zoom = s;
        m_offset = {kGraph.left + (kGraph.width - static_cast<float>(m_layout.width) * s) / 2,
                    kGraph.top + (kGraph.height - static_cast<float>(m_layout.height) * s) / 2};
    }
    void changed(const core::EditResult& r) {
        m_message = r.ok ? "" : r.error;
        if (r.ok && !r.references.empty()) {
            m_message = m_ctx.tr("editor.dangling");
            for (const auto& ref : r.references) m_message += " " + ref;
        }
        if (m_edit.revision() != m_revision) refresh();
    }
    void select(const std::string& node) {
        m_selected = node;
        m_active.clear();
    }
    sf::Color roleColour(const std::string& id, const Palette& p) const {
        if (std::find(m_errorNodes.begin(), m_errorNodes.end(), id) != m_errorNodes.end()) return p.poor;
        const core::Scenario* sc = m_load.model();
        const int i = sc ? sc->nodeIndex(id) : -1;
        if (i < 0) return p.border;
        switch (core::roleOf(*sc, m_graph, i)) {
            case core::NodeRole::Trap:
            case core::NodeRole::Lost:
                return p.poor;
            case core::NodeRole::Unreachable:
                return withAlpha(p.textDim, 0.6f);
            case core::NodeRole::Won:
                return p.good;
            case core::NodeRole::Partial:
                return p.mixed;
            case core::NodeRole::Timed:
            case core::NodeRole::Decision:
                break;
        }
        if (i == sc->start) return p.accent;
        return sc->nodes[static_cast<std::size_t>(i)].timeLimitSeconds > 0 ? p.escalate : p.border;
    }
    // An edge of a trap's loop: both of its ends are in the trap (as frontline graph draws it red).
    bool inTrapLoop(const graph::LaidOutEdge& e) const {
        const core::Scenario* sc = m_load.model();
        if (!sc) return false;
        const int from = sc->nodeIndex(e.tail), to = sc->nodeIndex(e.head);
        return from >= 0 && to >= 0 && m_graph.inTrap(from) && m_graph.inTrap(to);
    }
    std::string nodeAt(sf::Vector2f q) const {
        for (const graph::LaidOutNode& n : m_layout.nodes) {
            const float cx = m_offset.x + static_cast<float>(n.centre.x) * m_zoom;
            const float cy = m_offset.y + static_cast<float>(n.centre.y) * m_zoom;
            if (std::abs(q.x - cx) <= static_cast<float>(n.width) * m_zoom / 2 &&
                std::abs(q.y - cy) <= static_cast<float>(n.height) * m_zoom / 2)
                return n.name;
        }
        return "";
    }

    // --- keys ---
    void shortcuts() {
        const ImGuiIO& io = ImGui::GetIO();
        if (io.WantTextInput) return;
        if (ImGui::IsKeyPressed(sf::Keyboard::F5, false)) openRehearsal();
        if (!io.KeyCtrl) return;
        if (ImGui::IsKeyPressed(sf::Keyboard::Z, false)) undo();
        if (ImGui::IsKeyPressed(sf::Keyboard::Y, false)) redo();
        if (ImGui::IsKeyPressed(sf::Keyboard::S, false)) save(false);
    }
    void undo() {
        if (m_edit.undo()) refresh();
    }
    void redo() {
        if (m_edit.redo()) refresh();
    }
    void save(bool overwrite) {
        std::string error;
        if (m_edit.save(&error, overwrite)) {
            m_message = m_ctx.tr("editor.saved");
            m_changedOnDisk = false;
        } else {
            m_message = error;
            m_changedOnDisk = m_edit.changedOnDisk();
        }
    }

    // --- the inspector ---
    // A text field edited in place: what is typed stays in m_activeBuffer until the field is left, then it is one
    // edit (one undo step).
    void textField(const std::string& pointer, const std::string& locale, const std::string& current, bool multiline,
                   float width) {
        const std::string key = pointer + "#" + locale;
        std::string buffer = key == m_active ? m_activeBuffer : current;
        ImGui::PushID(key.c_str());
        if (multiline)
            ImGui::InputTextMultiline("##t", &buffer, ImVec2(width, 70));
        else {
            ImGui::SetNextItemWidth(width);
            ImGui::InputText("##t", &buffer);
        }
        if (ImGui::IsItemActive()) {
            m_active = key;
            m_activeBuffer = buffer;
        }
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            m_active.clear();
            if (buffer != current) changed(m_edit.setText(pointer, locale, buffer));
        }
        ImGui::PopID();
    }
    void localisedText(const std::string& pointer, const Json& owner, const char* field, const char* label,
                       bool multiline) {
        ImGui::TextDisabled("%s", m_ctx.tr(label).c_str());
        const std::vector<std::string> locales = m_edit.locales();
        const float width = (ImGui::GetContentRegionAvail().x - 8) / static_cast<float>(locales.size());
        for (std::size_t i = 0; i < locales.size(); ++i) {
            if (i) ImGui::SameLine();
            ImGui::BeginGroup();
            bool missing = false;
            const std::string value = textIn(owner, field, locales[i], missing);
            if (missing)
                ImGui::TextColored(ImVec4(0.95f, 0.35f, 0.3f, 1), "%s  %s", locales[i].c_str(),
                                   m_ctx.tr("editor.missing").c_str());
            else
                ImGui::TextUnformatted(locales[i].c_str());
            textField(pointer + "/" + field, locales[i], value, multiline, width);
            ImGui::EndGroup();
        }
    }
    void inspector() {
        if (ImGui::Button(m_ctx.tr("editor.undo").c_str())) undo();
        ImGui::SameLine();
        if (ImGui::Button(m_ctx.tr("editor.redo").c_str())) redo();
        ImGui::SameLine();
        if (ImGui::Button(m_ctx.tr("editor.save").c_str())) save(false);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", m_edit.dirty() ? "*" : m_ctx.tr("editor.clean").c_str());
        if (m_changedOnDisk) {
            ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.2f, 1), "%s", m_ctx.tr("editor.changed").c_str());
            if (ImGui::Button(m_ctx.tr("editor.reload").c_str())) {
                core::Diagnostics d;
                if (m_edit.reload(&d)) refresh();
                m_changedOnDisk = false;
            }
            ImGui::SameLine();
            if (ImGui::Button(m_ctx.tr("editor.overwrite").c_str())) save(true);
        }
        if (!m_message.empty()) ImGui::TextWrapped("%s", m_message.c_str());
        ImGui::Separator();
        ImGui::SetNextItemWidth(160);
        ImGui::InputTextWithHint("##newid", m_ctx.tr("editor.newid").c_str(), &m_newId);
        ImGui::SameLine();
        if (ImGui::Button(m_ctx.tr("editor.addnode").c_str())) addNode("");
        ImGui::SameLine();
        if (ImGui::Button(m_ctx.tr("editor.addending").c_str())) addNode("lost");
        ImGui::Separator();
        if (m_selected.empty() || !m_edit.hasNode(m_selected)) {
            ImGui::TextWrapped("%s", m_ctx.tr("editor.selectnode").c_str());
            return;
        }
        const std::string id = m_selected;  // an edit below may change the selection
        const std::string pointer = "/nodes/" + id;
        const Json node = m_edit.json()["nodes"][id];  // a copy: edits below replace the document
        ImGui::Text("%s", id.c_str());
        if (node.contains("ending")) {
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", node["ending"].is_string() ? node["ending"].get<std::string>().c_str() : "?");
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(m_ctx.tr("editor.duplicate").c_str())) {
            core::EditResult r = m_edit.duplicateNode(id);
            changed(r);
            if (r) select(r.id);
            return;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(m_ctx.tr("editor.delete").c_str())) {
            changed(m_edit.deleteNode(id));
            return;
        }
        if (!node.contains("ending") && ImGui::Button(m_ctx.tr("editor.playfrom").c_str())) openRehearsal();
        if (node.contains("ending")) localisedText(pointer, node, "title", "editor.titlefield", false);
        localisedText(pointer, node, "text", "editor.text", true);
        auto choices = node.find("choices");
        if (choices == node.end() || !choices->is_array()) return;
        const std::vector<std::string> ids = m_edit.nodeIds();
        for (std::size_t c = 0; c < choices->size(); ++c) {
            const Json& choice = (*choices)[c];
            if (!choice.is_object()) continue;
            ImGui::PushID(static_cast<int>(c));
            const std::string cp = pointer + "/choices/" + std::to_string(c);
            const std::string head = choice.value("id", "?") + "  →  " + targetOf(choice) + "###choice";
            if (ImGui::CollapsingHeader(head.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
                choiceFields(id, c, cp, choice, ids);
                if (ImGui::SmallButton(m_ctx.tr("editor.delchoice").c_str())) {
                    changed(m_edit.deleteChoice(id, c));
                    ImGui::PopID();
                    return;
                }
            }
            ImGui::PopID();
        }
        if (ImGui::Button(m_ctx.tr("editor.addchoice").c_str())) changed(m_edit.addChoice(id, id));
    }
    void choiceFields(const std::string& id, std::size_t c, const std::string& cp, const Json& choice,
                      const std::vector<std::string>& ids) {
        static const char* kinds[] = {"listen", "respond", "escalate"};
        const std::string kind = choice.value("kind", "");
        ImGui::SetNextItemWidth(120);
        if (ImGui::BeginCombo(m_ctx.tr("editor.kind").c_str(), kind.c_str())) {
            for (const char* k : kinds)
                if (ImGui::Selectable(k, kind == k)) changed(m_edit.setChoiceKind(id, c, k));
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        const std::string target = targetOf(choice);
        ImGui::SetNextItemWidth(180);
        if (ImGui::BeginCombo(m_ctx.tr("editor.target").c_str(), target.c_str())) {
            for (const std::string& n : ids)
                if (ImGui::Selectable(n.c_str(), n == target)) changed(m_edit.relinkChoice(id, c, n));
            ImGui::EndCombo();
        }
        localisedText(cp, choice, "text", "editor.text", false);
        localisedText(cp, choice, "feedback", "editor.feedback", false);
        ImGui::TextDisabled("%s", m_ctx.tr("editor.grades").c_str());
        auto grades = choice.find("grades");
        std::vector<std::string> set;
        if (grades != choice.end() && grades->is_object())
            for (auto g = grades->begin(); g != grades->end(); ++g) {
                if (!g->is_number_integer()) continue;
                set.push_back(g.key());
                int value = g->get<int>();
                ImGui::PushID(g.key().c_str());
                ImGui::SetNextItemWidth(140);
                if (ImGui::SliderInt(g.key().c_str(), &value, -3, 3, "%+d") && value != g->get<int>())
                    changed(m_edit.setGrade(id, c, g.key(), value));
                ImGui::SameLine();
                if (ImGui::SmallButton("x")) changed(m_edit.setGrade(id, c, g.key(), std::nullopt));
                ImGui::PopID();
            }
        if (m_load.rubric) {
            ImGui::SetNextItemWidth(120);
            if (ImGui::BeginCombo("##addgrade", m_ctx.tr("editor.addgrade").c_str())) {
                for (const auto& d : m_load.rubric->dimensions)
                    if (std::find(set.begin(), set.end(), d.id) == set.end() && ImGui::Selectable(d.id.c_str()))
                        changed(m_edit.setGrade(id, c, d.id, 0));
                ImGui::EndCombo();
            }
        }
    }
    void addNode(const std::string& ending) {
        core::EditResult r = m_edit.addNode(m_newId, ending, m_selected);
        changed(r);
        if (r) {
            select(r.id);
            m_newId.clear();
        }
    }

    // --- play from here ---
    void openRehearsal() {
        if (m_selected.empty()) return;
        if (!m_load.scenario || !m_load.rubric) {
            m_message = m_ctx.tr("editor.cannotplay");
            return;
        }
        const core::Scenario& sc = *m_load.scenario;
        const std::optional<core::State> reached = core::firstReachedState(sc, m_selected);
        m_values = core::rehearsalValues(sc, reached ? *reached : core::initialState(sc));
        m_rehearsalReached = reached.has_value();
        m_rehearsalNode = m_selected;
        m_rehearsalError.clear();
        m_rehearsalOpen = true;
    }
    // A meter's label: the word and the character's name; the clock's in words; a variable by its own name.
    std::string valueLabel(const core::RehearsalValue& v) const {
        if (v.kind == core::RehearsalValue::Kind::Hours) return m_ctx.tr("editor.clock");
        if (v.kind != core::RehearsalValue::Kind::Meter) return v.name;
        const std::size_t dot = v.name.find('.');
        const int c = m_load.scenario->characterIndex(v.name.substr(dot + 1));
        const std::string who =
            c < 0 ? v.name : m_load.scenario->characters[static_cast<std::size_t>(c)].name.in(m_ctx.locale());
        return m_ctx.tr(v.name.rfind("trust.", 0) == 0 ? "play.trust" : "play.patience") + " · " + who;
    }
    void rehearsalPanel(float sx, float sy) {
        ImGui::SetNextWindowPos(ImVec2((kGraph.left + 60) * sx, (kGraph.top + 30) * sy), ImGuiCond_Appearing);
        ImGui::SetNextWindowSize(ImVec2(560 * sx, 0), ImGuiCond_Appearing);
        const std::string title = m_ctx.tr("editor.playfrom") + "  ·  " + m_rehearsalNode + "###rehearsal";
        if (ImGui::Begin(title.c_str(), &m_rehearsalOpen,
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
            ImGui::TextWrapped("%s", m_ctx.tr("editor.playstate").c_str());
            ImGui::TextDisabled("%s", m_ctx.tr(m_rehearsalReached ? "editor.reached" : "editor.notreached").c_str());
            using Kind = core::RehearsalValue::Kind;
            for (core::RehearsalValue& v : m_values) {
                ImGui::PushID(v.name.c_str());
                ImGui::SetNextItemWidth(220 * sx);
                const std::string label = valueLabel(v);
                if (v.kind == Kind::Meter) {
                    int value = static_cast<int>(v.value);
                    if (ImGui::SliderInt(label.c_str(), &value, 0, 100)) v.value = value;
                } else if (v.kind == Kind::Boolean) {
                    bool value = v.value != 0;
                    if (ImGui::Checkbox(label.c_str(), &value)) v.value = value ? 1 : 0;
                } else if (ImGui::InputDouble(label.c_str(), &v.value, v.kind == Kind::Hours ? 0.25 : 1, 0, "%g")) {
                    if (v.kind == Kind::Hours) v.value = std::max(0.0, v.value);
                }
                ImGui::PopID();
            }
            if (!m_rehearsalError.empty())
                ImGui::TextColored(ImVec4(0.95f, 0.4f, 0.35f, 1), "%s", m_rehearsalError.c_str());
            if (ImGui::Button(m_ctx.tr("editor.play").c_str())) playFromHere();
            ImGui::SameLine();
            if (ImGui::Button(m_ctx.tr("editor.cancel").c_str())) m_rehearsalOpen = false;
        }
        ImGui::End();
    }
    // The Play button: the edited scenario as it is now (kept here while it plays) from the node, with the
    // panel's values, through the same core::rehearsalState as `frontline play --from --set`.
    bool playFromHere() {
        if (!m_load.scenario || !m_load.rubric) {
            m_rehearsalError = m_ctx.tr("editor.cannotplay");
            return false;
        }
        std::optional<core::State> from = core::rehearsalState(*m_load.scenario, m_rehearsalNode,
                                                               core::rehearsalAssignments(m_values), m_rehearsalError);
        if (!from) return false;
        m_played = m_load;
        PlayStart start;
        start.scenario = &*m_played->scenario;
        start.rubric = &*m_played->rubric;
        start.practice = true;
        start.record = false;
        start.from = std::move(from);
        m_rehearsalOpen = false;
        m_ctx.app.screens().push(makePlayScreen(m_ctx, start));
        return true;
    }

    // --- the diagnostics and the explorer's summary, a tab each ---
    void findings() {
        if (!ImGui::BeginTabBar("##findings")) return;
        const ImGuiTabItemFlags pickDiagnostics =
            m_pickTab == Tab::Diagnostics ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        const ImGuiTabItemFlags pickExplorer =
            m_pickTab == Tab::Explorer ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        m_pickTab = Tab::None;
        const std::string diagnosticsLabel =
            m_ctx.tr("editor.diagnostics") + " (" + std::to_string(m_load.diagnostics.size()) + ")###diagnostics";
        if (ImGui::BeginTabItem(diagnosticsLabel.c_str(), nullptr, pickDiagnostics)) {
            m_shownTab = Tab::Diagnostics;
            ImGui::BeginChild("##list");
            diagnostics();
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(explorerTabLabel().c_str(), nullptr, pickExplorer)) {
            m_shownTab = Tab::Explorer;
            ImGui::BeginChild("##summary");
            explorerSummary();
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    void diagnostics() {
        if (m_load.diagnostics.empty()) ImGui::TextDisabled("%s", m_ctx.tr("editor.none").c_str());
        for (std::size_t i = 0; i < m_load.diagnostics.size(); ++i) {
            const core::Diagnostic& d = m_load.diagnostics[i];
            const std::string node = core::nodeOfPointer(d.pointer);
            const ImVec4 colour = d.severity == core::Severity::Error ? kErrorColour : kWarningColour;
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            const std::string line =
                std::to_string(d.line) + ":" + std::to_string(d.column) + "  " + d.message + "  [" + d.rule + "]";
            if (wrappedSelectable(line, "##d" + std::to_string(i), !node.empty() && node == m_selected) &&
                !node.empty())
                select(node);
            ImGui::PopStyleColor();
        }
    }

    // --- the explorer ---
    void pumpExplorer() {
        if (std::optional<BackgroundExplorer::Finished> done = m_explorer.poll()) {
            if (m_schedule.current(done->generation)) {  // else the document changed meanwhile: drop it
                m_exploration = std::move(done->result);
                m_exploredGeneration = done->generation;
                m_bestSteps = core::playableSteps(*m_load.scenario, m_exploration->best.choiceIds);
                m_worstSteps = core::playableSteps(*m_load.scenario, m_exploration->worst.choiceIds);
            }
        }
        if (!m_explorer.busy() && m_schedule.due(std::chrono::steady_clock::now())) {
            m_explorer.start(*m_load.scenario, *m_load.rubric, m_schedule.generation());
            m_schedule.started();
        }
    }
    // Whether the summary shown is not yet the one for the document as it is now.
    bool exploring() const { return m_schedule.explorable() && m_exploredGeneration != m_schedule.generation(); }
    bool explored() const { return m_schedule.explorable() && !exploring() && m_exploration.has_value(); }
    static bool gaming(const core::BalanceWarning& w) { return core::isGamingWarning(w.rule); }
    std::size_t gamingWarnings() const {
        return m_exploration ? static_cast<std::size_t>(std::count_if(m_exploration->warnings.begin(),
                                                                      m_exploration->warnings.end(), gaming))
                             : 0;
    }
    std::string explorerTabLabel() const {
        std::string label = m_ctx.tr("editor.explorer");
        if (!m_schedule.explorable())
            label += " (–)";
        else if (exploring())
            label += " …";
        else if (m_exploration)
            label += " (" + std::to_string(m_exploration->warnings.size()) + ")";
        return label + "###explorer";
    }
    std::string endingWords(core::EndingKind kind) const { return endingTerm(m_ctx.locale(), kind); }
    void explorerSummary() {
        if (!m_schedule.explorable()) {
            ImGui::TextWrapped("%s", m_ctx.tr(m_load.scenario ? "editor.norubric" : "editor.fixfirst").c_str());
            return;
        }
        if (exploring()) ImGui::TextDisabled("%s", m_ctx.tr("editor.exploring").c_str());
        if (!m_exploration) return;
        const core::ExplorationResult& r = *m_exploration;
        // Three columns, each scrolled on its own: the counts and endings, the best and worst paths, the warnings.
        if (!ImGui::BeginTable("##explorer", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV))
            return;
        ImGui::TableSetupColumn("counts", ImGuiTableColumnFlags_None, 1.2f);
        ImGui::TableSetupColumn("paths", ImGuiTableColumnFlags_None, 1.0f);
        ImGui::TableSetupColumn("warnings", ImGuiTableColumnFlags_None, 1.4f);
        const float height = ImGui::GetContentRegionAvail().y - 4;
        auto column = [&](const char* id, auto&& fill) {
            ImGui::TableNextColumn();
            ImGui::BeginChild(id, ImVec2(0, height));
            fill();
            ImGui::EndChild();
        };
        column("##counts", [&] { explorerCounts(r); });
        column("##paths", [&] { explorerPaths(r); });
        column("##warnings", [&] { explorerWarnings(r); });
        ImGui::EndTable();
    }
    void explorerCounts(const core::ExplorationResult& r) {
        const std::string states = std::to_string(r.states);
        ImGui::TextWrapped("%s", r.complete ? fillIn(m_ctx.tr("editor.x.complete"), {states}).c_str()
                                            : fillIn(m_ctx.tr("editor.x.stopped"), {states, r.stopReason}).c_str());
        if (!r.exact) ImGui::TextColored(kWarningColour, "%s", m_ctx.tr("editor.x.approximate").c_str());
        ImGui::TextWrapped("%s", fillIn(m_ctx.tr("editor.x.paths"),
                                        {r.paths.toString(), std::to_string(r.reachableNodes), std::to_string(r.nodes)})
                                     .c_str());
        ImGui::TextDisabled("%s", m_ctx.tr("editor.x.endings").c_str());
        for (const core::EndingReach& e : r.endings) {
            const std::string line =
                fillIn(m_ctx.tr("editor.x.ending"), {e.node, endingWords(e.kind), e.paths.toString()});
            if (wrappedSelectable(line, "##e" + e.node, e.node == m_selected)) select(e.node);
        }
    }
    void explorerPaths(const core::ExplorationResult& r) {
        extremePath("editor.x.best", r.best, m_bestSteps);
        extremePath("editor.x.worst", r.worst, m_worstSteps);
        ImGui::TextDisabled("%s", m_ctx.tr("editor.x.ranges").c_str());
        std::string ranges;
        for (const core::DimensionRange& d : r.ranges.dimensions)
            if (d.included()) ranges += (ranges.empty() ? "" : "  ·  ") + core::rangeText(d);
        if (!ranges.empty()) ImGui::TextWrapped("%s", ranges.c_str());
        if (const std::string unmoved = core::unmovedDimensions(r.ranges); !unmoved.empty())
            ImGui::TextWrapped("%s", fillIn(m_ctx.tr("editor.x.unmoved"), {unmoved}).c_str());
    }
    // Its ending selects the ending's node; the steps are as `play --choices` takes them.
    void extremePath(const char* label, const core::ExtremePath& p, const std::string& steps) {
        if (!p.found) {
            ImGui::TextUnformatted(fillIn(m_ctx.tr("editor.x.nopath"), {m_ctx.tr(label)}).c_str());
            return;
        }
        const std::string line = fillIn(
            m_ctx.tr("editor.x.path"), {m_ctx.tr(label), std::to_string(p.index.index), p.ending, endingWords(p.kind)});
        if (wrappedSelectable(line, std::string("##") + label, false)) select(p.ending);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", steps.c_str());
        ImGui::PopStyleColor();
    }
    void explorerWarnings(const core::ExplorationResult& r) {
        if (r.warnings.empty()) {
            ImGui::TextDisabled("%s", m_ctx.tr("editor.x.nowarnings").c_str());
            return;
        }
        ImGui::TextWrapped("%s", fillIn(m_ctx.tr("editor.x.warnings"),
                                        {std::to_string(r.warnings.size()), std::to_string(gamingWarnings())})
                                     .c_str());
        for (std::size_t i = 0; i < r.warnings.size(); ++i) {
            const core::BalanceWarning& w = r.warnings[i];
            const std::string node = w.node.empty() && !w.nodes.empty() ? w.nodes.front() : w.node;
            const std::string tag = gaming(w) ? "[" + m_ctx.tr("editor.x.gaming") + "] " : "";
            ImGui::PushStyleColor(ImGuiCol_Text, gaming(w) ? kErrorColour : kWarningColour);
            const std::string line = tag + w.message + "  [" + w.rule + "]";
            if (wrappedSelectable(line, "##w" + std::to_string(i), !node.empty() && node == m_selected) &&
                !node.empty())
                select(node);
            ImGui::PopStyleColor();
        }
    }

    // --- automation (frontline edit --select, --screenshot, --status) ---
    void runAutomation() {
        if (!m_auto.active()) return;
        if (m_step == kShotStep - 1 && waitForExplorer()) return;
        ++m_step;
        if (m_step == 3 && (!m_auto.select.empty() || !m_auto.playFrom.empty())) {
            std::string node = m_auto.select.empty() ? m_auto.playFrom : m_auto.select;
            if (node[0] == '@') {  // the node of diagnostic N (1-based), as a click on it would select
                const std::size_t k = static_cast<std::size_t>(std::atoi(node.c_str() + 1));
                node = k >= 1 && k <= m_load.diagnostics.size() ? core::nodeOfPointer(m_load.diagnostics[k - 1].pointer)
                                                                : "";
            }
            if (node.empty() || !m_edit.hasNode(node)) {
                std::fprintf(stderr, "frontline edit --select: no node '%s'\n", m_auto.select.c_str());
                return m_ctx.app.quit(3);
            }
            select(node);
        }
        const bool play = !m_auto.playFrom.empty();
        if (play && m_step == 5 && !automateRehearsalPanel()) return m_ctx.app.quit(3);
        if (m_step == kShotStep && !m_auto.screenshot.empty()) m_ctx.app.requestScreenshot(m_auto.screenshot);
        if (play && m_step == 10) {
            m_ctx.playObserver = &m_playLog;
            m_ctx.app.setFrameHook([this](runtime::App& app) { automatePlay(app); });
            if (!playFromHere()) {
                std::fprintf(stderr, "frontline edit --play-from: %s\n", m_rehearsalError.c_str());
                return m_ctx.app.quit(3);
            }
        }
        if (play && m_step == 14 && !m_auto.screenshot.empty()) m_ctx.app.requestScreenshot(shotPath("-back"));
        if (m_step == (play ? 18 : 12)) {
            if (!m_auto.status.empty()) {
                std::ofstream out(m_auto.status);
                out << "selected " << m_selected << "\nnodes " << m_layout.nodes.size() << "\nedges "
                    << m_layout.edges.size() << "\ntrap-edges "
                    << std::count_if(m_layout.edges.begin(), m_layout.edges.end(),
                                     [this](const graph::LaidOutEdge& e) { return inTrapLoop(e); })
                    << "\ndiagnostics " << m_load.diagnostics.size() << "\nerrors " << m_errorNodes.size() << "\ndirty "
                    << (m_edit.dirty() ? 1 : 0) << "\n";
                if (play) out << m_panelLine << m_playLines << "returned " << m_returns << "\n";
                explorerStatus(out);
            }
            m_ctx.app.quit(m_ctx.app.screenshotFailures() ? 1 : 0);
        }
    }
    // Before the screenshot and the status, the explorer's summary of the document as opened, so they show it;
    // for at most kAutomationWait.
    bool waitForExplorer() {
        const auto now = std::chrono::steady_clock::now();
        if (!m_waitingSince) m_waitingSince = now;
        return exploring() && now - *m_waitingSince < kAutomationWait;
    }
    void explorerStatus(std::ostream& out) const {
        out << "tab " << (m_shownTab == Tab::Explorer ? "explorer" : "diagnostics") << "\n";
        if (!m_schedule.explorable()) {
            out << "explorer none\n";
            return;
        }
        if (!explored()) {
            out << "explorer pending\n";
            return;
        }
        const core::ExplorationResult& r = *m_exploration;
        out << "explorer.states " << r.states << "\nexplorer.complete " << (r.complete ? 1 : 0) << "\nexplorer.paths "
            << r.paths.toString() << "\nexplorer.reachable " << r.reachableNodes << "\nexplorer.best "
            << (r.best.found ? std::to_string(r.best.index.index) : "none") << "\nexplorer.worst "
            << (r.worst.found ? std::to_string(r.worst.index.index) : "none") << "\nexplorer.warnings "
            << r.warnings.size() << "\nexplorer.gaming " << gamingWarnings() << "\n";
    }
    // As the button opens the panel, then the values of --set put in it as if typed.
    bool automateRehearsalPanel() {
        openRehearsal();
        if (!m_rehearsalOpen) {
            std::fprintf(stderr, "frontline edit --play-from: %s\n", m_message.c_str());
            return false;
        }
        m_panelLine = "panel " + std::string(m_rehearsalReached ? "reached " : "start ") +
                      core::rehearsalAssignments(m_values) + "\n";  // as the panel opened, before --set
        std::string error;
        const std::string prefilled = core::rehearsalAssignments(m_values);
        std::optional<core::State> set = core::rehearsalState(
            *m_load.scenario, m_rehearsalNode, m_auto.set.empty() ? prefilled : prefilled + "," + m_auto.set, error);
        if (!set) {
            std::fprintf(stderr, "frontline edit --play-from: %s\n", error.c_str());
            return false;
        }
        m_values = core::rehearsalValues(*m_load.scenario, *set);
        return true;
    }
    std::string shotPath(const std::string& suffix) const {
        const std::string& s = m_auto.screenshot;
        const std::size_t dot = s.rfind(".png");
        return dot == std::string::npos ? s + suffix : s.substr(0, dot) + suffix + ".png";
    }
    // Called every frame while the play screen (or its pause) is over the editor: once the node's choices are
    // shown, what it shows is noted and shot, then the play is left as a trainee leaves it (Esc, pause, quit).
    void automatePlay(runtime::App& app) {
        const runtime::Screen* top = app.screens().top();
        if (!top || top->name() == "editor") return;
        if (++m_playFrames > 1200) {
            std::fprintf(stderr, "frontline edit --play-from: the play never showed its choices\n");
            return app.quit(3);
        }
        const PlayStatus& now = m_playLog.play;
        if (top->name() == "play" && !m_playShot) {
            if (!now.ready) return app.injectAction(runtime::Action::Confirm);  // skip the act card and typewriter
            if (!m_readyAt) m_readyAt = m_playFrames;
            if (m_playFrames < m_readyAt + kChoicesFadeFrames) return;
            m_playShot = m_playFrames;
            if (!m_auto.screenshot.empty()) app.requestScreenshot(shotPath("-play"));
            const core::State* state = m_ctx.debug.state;
            m_playLines =
                "play.node " + now.node + "\nplay.dialogue " + now.dialogue + "\nplay.mode " + m_ctx.debug.mode +
                "\nplay.state " +
                (state ? core::rehearsalAssignments(core::rehearsalValues(*m_played->scenario, *state)) : "") + "\n";
        }
        if (top->name() == "play" && m_playFrames == m_playShot + 3) app.injectAction(runtime::Action::Back);
        if (top->name() == "pause" && !m_leaving) {
            m_leaving = true;  // resume, restart, settings, quit: down to quit, and take it
            for (int i = 0; i < 3; ++i) app.injectAction(runtime::Action::Down);
            app.injectAction(runtime::Action::Confirm);
        }
    }

    GameContext& m_ctx;
    core::ScenarioEdit m_edit;
    // The explorer: the latest summary and the generation (edit) it is of.
    BackgroundExplorer m_explorer;
    ExploreSchedule m_schedule{kExploreDelay};
    std::optional<core::ExplorationResult> m_exploration;
    std::uint64_t m_exploredGeneration = 0;
    std::string m_bestSteps, m_worstSteps;  // the paths as `play --choices` takes them, in the explored text
    enum class Tab { None, Diagnostics, Explorer };
    Tab m_pickTab = Tab::None, m_shownTab = Tab::None;
    EditorAutomation m_auto;
    core::LoadResult m_load;
    core::ScenarioGraph m_graph;
    graph::GraphLayout m_layout;
    std::vector<std::string> m_errorNodes;
    std::uint64_t m_revision = 0;
    std::string m_selected, m_message, m_newId;
    std::string m_active, m_activeBuffer;  // the text field being typed in, and what it holds
    sf::Vector2f m_offset{0, 0}, m_last, m_mouse;
    float m_zoom = 1;
    bool m_dragging = false, m_changedOnDisk = false;
    long m_frames = 0;
    // Automation: its steps, one a frame but for the wait for the explorer before the screenshot.
    static constexpr long kShotStep = 8;
    long m_step = 0;
    std::optional<std::chrono::steady_clock::time_point> m_waitingSince;
    // Play from here: the panel's node and values, and the scenario being played (the play screen reads it).
    bool m_rehearsalOpen = false, m_rehearsalReached = false;
    std::string m_rehearsalNode, m_rehearsalError;
    std::vector<core::RehearsalValue> m_values;
    std::optional<core::LoadResult> m_played;
    int m_returns = 0;
    // --play-from: what the play showed, and how far leaving it got.
    PlayLog m_playLog;
    std::string m_panelLine, m_playLines;
    static constexpr long kChoicesFadeFrames = 40;  // the choices fade in once shown: shoot them when they are in
    long m_playFrames = 0, m_readyAt = 0, m_playShot = 0;
    bool m_leaving = false;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeEditorScreen(GameContext& ctx, core::ScenarioEdit edit,
                                                  EditorAutomation automation) {
    return std::make_unique<EditorScreen>(ctx, std::move(edit), std::move(automation));
}

}  // namespace frontline::game
