#include "graph_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>

namespace frontline::graph {

namespace {

// Graphviz reports errors through a process-wide callback; they are collected here for the caller. Graphviz
// itself is not thread-safe, so every use holds this lock.
std::mutex gMutex;
std::string gErrors;

int collectError(char* message) {
    gErrors += message;
    return 0;
}

struct Session {
    GVC_t* gvc = nullptr;
    Agraph_t* g = nullptr;
    bool laidOut = false;
    ~Session() {
        if (gvc && g && laidOut) gvFreeLayout(gvc, g);
        if (g) agclose(g);
        if (gvc) gvFreeContext(gvc);
    }
};

// Reads and lays out `dot`; returns the error text, empty on success.
std::string open(Session& s, std::string_view dot) {
    gErrors.clear();
    agseterr(AGERR);
    agseterrf(collectError);
    s.gvc = gvContext();
    if (!s.gvc) return "Graphviz could not start (gvContext failed)";
    std::string text(dot);
    s.g = agmemread(text.c_str());
    if (!s.g) return "Graphviz cannot read the DOT text" + (gErrors.empty() ? std::string{} : ": " + gErrors);
    if (gvLayout(s.gvc, s.g, "dot") != 0)
        return "Graphviz could not lay the graph out" + (gErrors.empty() ? std::string{} : ": " + gErrors);
    s.laidOut = true;
    return {};
}

}  // namespace

GraphLayout layoutDot(std::string_view dot) {
    std::lock_guard lock(gMutex);
    GraphLayout out;
    Session s;
    out.error = open(s, dot);
    if (!out.ok()) return out;
    const boxf bb = GD_bb(s.g);
    out.width = bb.UR.x - bb.LL.x;
    out.height = bb.UR.y - bb.LL.y;
    auto flip = [&](pointf p) { return Point{p.x - bb.LL.x, bb.UR.y - p.y}; };
    for (Agnode_t* n = agfstnode(s.g); n; n = agnxtnode(s.g, n)) {
        out.nodes.push_back({agnameof(n), flip(ND_coord(n)), ND_width(n) * 72.0, ND_height(n) * 72.0});
        for (Agedge_t* e = agfstout(s.g, n); e; e = agnxtout(s.g, e)) {
            LaidOutEdge edge{agnameof(agtail(e)), agnameof(aghead(e)), {}, {}, {}};
            if (const char* id = agget(e, const_cast<char*>("id")); id && *id) edge.id = id;
            if (const splines* spl = ED_spl(e); spl && spl->size > 0)
                for (int i = 0; i < spl->list[0].size; ++i) edge.spline.push_back(flip(spl->list[0].list[i]));
            if (const textlabel_t* label = ED_label(e)) edge.labelCentre = flip(label->pos);
            out.edges.push_back(std::move(edge));
        }
    }
    return out;
}

std::string renderDot(std::string_view dot, const char* format, std::string& out) {
    std::lock_guard lock(gMutex);
    Session s;
    if (std::string error = open(s, dot); !error.empty()) return error;
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(s.gvc, s.g, format, &data, &length) != 0 || !data) {
        if (data) gvFreeRenderData(data);
        return std::string("Graphviz cannot render the format '") + format + "'" +
               (gErrors.empty() ? std::string{} : ": " + gErrors);
    }
    out.assign(data, length);
    gvFreeRenderData(data);
    return {};
}

}  // namespace frontline::graph
