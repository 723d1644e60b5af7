// The class view (Tab on the Sessions screen): every recorded session of one scenario at once, as a heat map over
// the scenario graph laid out by Graphviz (engine/graph): each box is a node with how many trainees decided
// there, each edge a branch drawn thicker and warmer the more trainees took its choice, with the count. The
// counts are core::summarizeCohort's (what `frontline cohort` prints), the graph core::toDot's. The wheel zooms
// at the cursor, a drag pans, Enter (or Space) resets the view.
#include <SFML/Graphics/RectangleShape.hpp>
#include <algorithm>
#include <cmath>

#include "core/cohort.h"
#include "core/data_dirs.h"
#include "core/scenario_graph.h"
#include "core/scenario_store.h"
#include "core/scored_session.h"
#include "graph/graph_layout.h"
#include "screens/graph_view.h"
#include "screens/play_view.h"
#include "screens/screens.h"

namespace frontline::game {
namespace {

using runtime::Action;

const sf::FloatRect kArea{16, 112, 1248, 548};
constexpr float kZoomStep = 1.25f, kZoomMin = 0.5f, kZoomMax = 6.f;

// Cold (few trainees) to hot (all of them).
sf::Color heat(double f, const Palette& p) {
    f = std::clamp(f, 0.0, 1.0);
    return f < 0.5 ? mix(p.border, p.mixed, static_cast<float>(f * 2))
                   : mix(p.mixed, p.poor, static_cast<float>(f * 2 - 1));
}

class ClassScreen : public runtime::Screen {
public:
    ClassScreen(GameContext& ctx, const std::string& scenarioId, const std::vector<std::string>& files)
        : m_ctx(ctx), m_scenarioId(scenarioId) {
        core::ScorerOptions options;
        options.fallbackDir = core::shippedDataPath("scenarios");
        options.storeDir = core::defaultScenarioStoreDirectory();
        core::SessionScorer scorer(options);
        for (const std::string& f : files) {
            core::ScoredSessionLoad load = scorer.load(f);
            if (load.session && load.session->record.scenarioId == scenarioId)
                m_sessions.push_back(std::move(*load.session));
        }
        if (m_sessions.empty()) {
            m_error = "no session of " + scenarioId + " can be read";
            return;
        }
        std::vector<const core::ScoredSession*> all;
        for (const auto& s : m_sessions) all.push_back(&s);
        m_summary = core::summarizeCohort(all);
        m_scenario = m_sessions.front().scenario;
        const core::Scenario& sc = *m_scenario;
        m_graph = core::analyseGraph(sc);
        m_counts.assign(sc.nodes.size(), {});
        m_reached.assign(sc.nodes.size(), 0);
        for (std::size_t i = 0; i < sc.nodes.size(); ++i) m_counts[i].assign(sc.nodes[i].choices.size(), 0);
        for (const core::CohortNode& n : m_summary.nodes) {
            auto it = std::find_if(sc.nodes.begin(), sc.nodes.end(), [&](const core::Node& x) { return x.id == n.id; });
            if (it == sc.nodes.end()) continue;
            const auto i = static_cast<std::size_t>(it - sc.nodes.begin());
            m_reached[i] = n.trainees;
            for (std::size_t c = 0; c < n.choices.size() && c < m_counts[i].size(); ++c)
                m_counts[i][c] = n.choices[c].trainees;
        }
        // Endings: how many sessions ended there.
        for (const auto& s : m_sessions)
            for (std::size_t i = 0; i < sc.nodes.size(); ++i)
                if (s.report.complete && sc.nodes[i].id == s.report.endingNode) ++m_reached[i];
        core::DotOptions o;
        o.locale = ctx.locale();
        o.choiceCounts = m_counts;
        o.edgeIds = true;
        m_layout = graph::layoutDot(core::toDot(sc, m_graph, o));
        if (!m_layout.ok()) m_error = m_layout.error;
        m_ctx.classView = {true, static_cast<int>(m_sessions.size()), static_cast<int>(m_layout.nodes.size()),
                           static_cast<int>(m_layout.edges.size()), m_error};
    }
    ~ClassScreen() override { m_ctx.classView = {}; }
    std::string_view name() const override { return "class"; }

    void onAction(Action a) override {
        if (a == Action::Back || a == Action::Next || a == Action::Previous) return m_ctx.app.screens().pop();
        if (a == Action::ToggleLanguage) m_ctx.toggleLanguage();
        if (a == Action::Confirm) resetView();
    }
    // The view: a point q of the fitted drawing is shown at centre + (q - centre) * zoom + pan.
    sf::Vector2f centre() const { return {kArea.left + kArea.width / 2, kArea.top + kArea.height / 2}; }
    void publishView() {
        m_ctx.classView.zoom = m_zoom;
        m_ctx.classView.panX = m_pan.x;
        m_ctx.classView.panY = m_pan.y;
    }
    void onWheel(float delta) override {  // zoom at the cursor: the point under it stays under it
        if (!kArea.contains(m_mouse) || delta == 0) return;
        const float z = std::clamp(m_zoom * std::pow(kZoomStep, delta), kZoomMin, kZoomMax), f = z / m_zoom;
        m_pan = m_mouse - centre() - (m_mouse - centre() - m_pan) * f;
        m_zoom = z;
        publishView();
    }
    void onMouseMove(sf::Vector2f p) override {
        if (m_dragging) {
            m_pan += p - m_mouse;
            publishView();
        }
        m_mouse = p;
    }
    void onMouseClick(sf::Vector2f p) override {
        m_mouse = p;
        m_dragging = kArea.contains(p);
    }
    void onMouseRelease(sf::Vector2f) override { m_dragging = false; }
    void resetView() {
        m_zoom = 1;
        m_pan = {};
        publishView();
    }
    void update(double dt) override { m_time += dt; }

    int nodeIndex(const std::string& id) const {
        for (std::size_t i = 0; i < m_scenario->nodes.size(); ++i)
            if (m_scenario->nodes[i].id == id) return static_cast<int>(i);
        return -1;
    }

    void draw(sf::RenderTarget& t) override {
        Theme th = m_ctx.theme();
        const Palette& p = *th.colors;
        const std::string& loc = m_ctx.locale();
        drawBackdrop(t, m_ctx, m_time);
        if (!m_error.empty()) {
            drawTextCentered(t, th, m_ctx.tr("class.cannot"), th.size(24), 640, 300, p.poor, true);
            drawTextCentered(t, th, m_error, th.size(15), 640, 350, p.text);
            return;
        }
        const core::Scenario& sc = *m_scenario;
        const double sessions = static_cast<double>(m_sessions.size());
        std::string title = m_ctx.tr("class.title") + "  ·  " + sc.title.in(loc);
        drawText(t, th, title, fitSize(th, title, th.size(24), 14, 1248, true), {16, 16}, p.text, true);
        std::string facts = std::to_string(m_summary.sessions) + " " + m_ctx.tr("class.sessions") + "  ·  " +
                            std::to_string(m_summary.complete) + " " + m_ctx.tr("sessions.finished") + "  ·  " +
                            m_ctx.tr("debrief.index") + " " +
                            std::to_string(static_cast<int>(std::lround(m_summary.indexMean)));
        drawText(t, th, facts, th.size(16), {16, 52}, p.accent);
        std::string legend = m_ctx.tr("class.legend");
        drawText(t, th, legend, fitSize(th, legend, th.size(14), 10, 1248), {16, 80}, p.textDim);
        // Fit the drawing into the area, centred, never enlarged past 1.3.
        // Then the view's zoom and pan, clipped to the area.
        const float fit = static_cast<float>(std::min(
            {kArea.width / std::max(1.0, m_layout.width), kArea.height / std::max(1.0, m_layout.height), 1.3}));
        const float s = fit * m_zoom;
        const sf::Vector2f mid = centre();
        const float ox = mid.x - static_cast<float>(m_layout.width) * s / 2 + m_pan.x;
        const float oy = mid.y - static_cast<float>(m_layout.height) * s / 2 + m_pan.y;
        const sf::View whole = t.getView();
        t.setView(clippedView(t, kArea));
        auto at = [&](const graph::Point& q) {
            return sf::Vector2f{ox + static_cast<float>(q.x) * s, oy + static_cast<float>(q.y) * s};
        };
        // Edges under the boxes: width and colour by the share of trainees who took the choice.
        for (const graph::LaidOutEdge& e : m_layout.edges) {
            int count = 0;
            if (e.id.rfind("edge-", 0) == 0) {
                std::size_t k = std::stoul(e.id.substr(5));
                if (k < m_graph.edges.size()) {
                    const core::GraphEdge& g = m_graph.edges[k];
                    count = m_counts[static_cast<std::size_t>(g.from)][static_cast<std::size_t>(g.choice)];
                }
            }
            const double share = count / sessions;
            const sf::Color c = count ? heat(share, p) : withAlpha(p.border, 0.7f);
            const float w = (count ? 1.5f + 6.f * static_cast<float>(share) : 1.f) * std::max(0.6f, s);
            const draw::Points path = edgePath(e, at);
            draw::strokePolyline(t, path, w, c);
            drawArrowhead(t, path, 4 + w, c);  // where the edge arrives
            if (count && (e.labelCentre.x != 0 || e.labelCentre.y != 0)) {
                std::string label = "×" + std::to_string(count);
                sf::Vector2f lc = at(e.labelCentre);
                drawTextCentered(t, th, label, th.size(12), lc.x, lc.y - 6, c, true);
            }
        }
        // Boxes: filled by the share of trainees who reached the node.
        for (const graph::LaidOutNode& n : m_layout.nodes) {
            int i = nodeIndex(n.name);
            if (i < 0) continue;
            const core::Node& node = sc.nodes[static_cast<std::size_t>(i)];
            const int reached = m_reached[static_cast<std::size_t>(i)];
            sf::Vector2f c = at(n.centre);
            sf::FloatRect r{c.x - static_cast<float>(n.width) * s / 2, c.y - static_cast<float>(n.height) * s / 2,
                            static_cast<float>(n.width) * s, static_cast<float>(n.height) * s};
            sf::Color border = node.isEnding() ? (*node.ending == core::EndingKind::Won       ? p.good
                                                  : *node.ending == core::EndingKind::Partial ? p.mixed
                                                                                              : p.poor)
                               : i == sc.start ? p.accent
                                               : p.border;
            sf::Color fill =
                reached ? mix(p.panelRaised, heat(reached / sessions, p), 0.55f) : withAlpha(p.panel, 0.85f);
            fillRoundedRect(t, r, 6, fill, border, node.isEnding() || i == sc.start ? 2.f : 1.f);
            std::string label = node.id;
            unsigned size = fitSize(th, label, th.size(13), 7, r.width - 6);
            drawTextCentered(t, th, label, size, c.x, c.y - static_cast<float>(size) * (reached ? 1.1f : 0.6f),
                             reached ? p.text : p.textDim);
            if (reached) {
                std::string n2 = std::to_string(reached);
                drawTextCentered(t, th, n2, size, c.x, c.y + 1, p.text, true);
            }
        }
        t.setView(whole);
        fillRoundedRect(t, kArea, 8, sf::Color::Transparent, withAlpha(p.border, 0.6f), 1);
        drawTextCentered(t, th, m_ctx.tr("class.hint"), th.size(15), 640, 684, p.textDim);
    }

private:
    GameContext& m_ctx;
    std::string m_scenarioId, m_error;
    std::vector<core::ScoredSession> m_sessions;
    core::CohortSummary m_summary;
    std::shared_ptr<const core::Scenario> m_scenario;
    core::ScenarioGraph m_graph;
    std::vector<std::vector<int>> m_counts;
    std::vector<int> m_reached;
    graph::GraphLayout m_layout;
    double m_time = 0;
    float m_zoom = 1;
    sf::Vector2f m_pan, m_mouse;
    bool m_dragging = false;
};

}  // namespace

std::unique_ptr<runtime::Screen> makeClassScreen(GameContext& ctx, const std::string& scenarioId,
                                                 const std::vector<std::string>& files) {
    return std::make_unique<ClassScreen>(ctx, scenarioId, files);
}

}  // namespace frontline::game
