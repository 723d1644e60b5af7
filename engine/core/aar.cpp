#include "aar.h"

#include <algorithm>

namespace frontline::core {

AfterActionReview afterActionReview(const ScoreReport& report, const ExtremePath* best, const ScoreReport* bestReport,
                                    const SessionNotes* notes) {
    AfterActionReview aar;
    if (best && best->found && bestReport) {
        aar.hasBest = true;
        aar.bestIndex = best->index.index;
        aar.bestEnding = bestReport->endingTitle;
        std::vector<std::string> graded;
        for (const Decision& d : bestReport->decisions) {
            aar.bestPath.push_back(d.chosen);
            for (const auto& [id, g] : d.chosen.grades)
                if (g > 0 && std::find(graded.begin(), graded.end(), id) == graded.end()) graded.push_back(id);
        }
        for (const DimensionScore& d : report.dimensions)
            if (std::find(graded.begin(), graded.end(), d.id) != graded.end()) aar.principles.push_back(&d);
        const auto& ids = best->choiceIds;
        for (std::size_t i = 0; i < report.decisions.size() && aar.divergedAt < 0; ++i)
            if (i >= ids.size() || report.decisions[i].chosen.id != ids[i]) aar.divergedAt = static_cast<int>(i);
        if (aar.divergedAt < 0 && report.decisions.size() < ids.size())
            aar.divergedAt = static_cast<int>(report.decisions.size());
    }
    for (const Decision& d : report.decisions) {
        aar.path.push_back(&d);
        if (d.better) aar.divergences.push_back(&d);
    }
    for (const Finding& f : report.findings)
        if (!f.positive) aar.negativeFindings.push_back(&f);
    if (notes)
        for (const Note& n : notes->notes) (n.decision ? aar.decisionNotes : aar.sessionNotes).push_back(&n);
    return aar;
}

}  // namespace frontline::core
