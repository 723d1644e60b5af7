#include "explored_path.h"

#include <algorithm>

namespace frontline::core {

bool takeExploredStep(Session& walk, const std::string& id, bool& timedOut) {
    const auto shown = walk.displayedChoiceIds();
    const auto timeout = walk.timeoutChoiceIndex();
    timedOut = std::find(shown.begin(), shown.end(), id) == shown.end() && timeout &&
               walk.node().choices[static_cast<std::size_t>(*timeout)].id == id;
    return !(timedOut ? walk.timeout(0) : walk.choose(id, 0));
}

std::string playableSteps(const Scenario& scenario, const std::vector<std::string>& choiceIds) {
    std::string out;
    Session walk(scenario, 0);
    bool walking = true;  // false once a step does not fit: the rest is printed as ids
    for (const auto& id : choiceIds) {
        bool timedOut = false;
        if (walking) walking = takeExploredStep(walk, id, timedOut);
        out += (out.empty() ? "" : ",") + (timedOut ? std::string("t") : id);
    }
    return out;
}

std::string rangeText(const DimensionRange& dimension) {
    return dimension.id + ": " + std::to_string(dimension.min) + " … " + std::to_string(dimension.max);
}

std::string unmovedDimensions(const AttainableRanges& ranges) {
    std::string out;
    for (const auto& d : ranges.dimensions)
        if (!d.included()) out += (out.empty() ? "" : ", ") + d.id;
    return out;
}

}  // namespace frontline::core
