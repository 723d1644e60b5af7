#include "runtime/screen.h"

namespace frontline::runtime {

void ScreenStack::push(std::unique_ptr<Screen> screen) {
    m_pending.emplace_back(Op::Push, std::move(screen));
}
void ScreenStack::pop() {
    m_pending.emplace_back(Op::Pop, nullptr);
}
void ScreenStack::replaceAll(std::unique_ptr<Screen> screen) {
    m_pending.emplace_back(Op::Clear, nullptr);
    m_pending.emplace_back(Op::Push, std::move(screen));
}

void ScreenStack::applyPending() {
    while (!m_pending.empty()) {
        ++m_generation;
        auto pending = std::move(m_pending);
        m_pending.clear();
        for (auto& [op, screen] : pending) {
            switch (op) {
                case Op::Push:
                    m_screens.push_back(std::move(screen));
                    break;
                case Op::Pop:
                    if (!m_screens.empty()) m_screens.pop_back();
                    if (!m_screens.empty()) m_screens.back()->onResume();
                    break;
                case Op::Clear:
                    m_screens.clear();
                    break;
            }
        }
    }
}

void ScreenStack::forEachVisible(const std::function<void(Screen&)>& fn) const {
    std::size_t first = m_screens.size();
    while (first > 0) {
        --first;
        if (m_screens[first]->isOpaque()) break;
    }
    for (std::size_t i = first; i < m_screens.size(); ++i) fn(*m_screens[i]);
}

}  // namespace frontline::runtime
