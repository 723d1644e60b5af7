#include "screens/play_observer.h"

namespace frontline::game {

void PlayLog::overflow(TextOverflow o) {
    for (const auto& seen : overflows)
        if (seen.scenario == o.scenario && seen.node == o.node && seen.box == o.box && seen.locale == o.locale) return;
    overflows.push_back(std::move(o));
}

}  // namespace frontline::game
