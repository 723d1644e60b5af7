#include "runtime/input.h"

namespace frontline::runtime {

std::optional<Action> actionForKey(const sf::Event::KeyEvent& key) {
    using K = sf::Keyboard;
    switch (key.code) {
        case K::Up:
        case K::W:
            return Action::Up;
        case K::Down:
        case K::S:
            return Action::Down;
        case K::Left:
        case K::A:
            return Action::Left;
        case K::Right:
        case K::D:
            return Action::Right;
        case K::Tab:
            return key.shift ? Action::Previous : Action::Next;
        case K::Enter:
        case K::Space:
            return Action::Confirm;
        case K::Escape:
            return Action::Back;
        case K::BackSpace:
            return Action::StepBack;
        case K::F1:
            return Action::ToggleDebug;
        case K::F2:
        case K::L:
            return Action::ToggleLanguage;
        case K::PageUp:
            return Action::ScrollUp;
        case K::PageDown:
            return Action::ScrollDown;
        case K::B:
            return Action::Bookmark;
        default:
            break;
    }
    if (key.code >= K::Num1 && key.code <= K::Num9)
        return static_cast<Action>(static_cast<int>(Action::Choose1) + (key.code - K::Num1));
    if (key.code >= K::Numpad1 && key.code <= K::Numpad9)
        return static_cast<Action>(static_cast<int>(Action::Choose1) + (key.code - K::Numpad1));
    return std::nullopt;
}

int choiceNumber(Action action) {
    int n = static_cast<int>(action) - static_cast<int>(Action::Choose1);
    return n >= 0 && n < 9 ? n : -1;
}

const char* toString(Action action) {
    static const char* names[] = {"up",        "down",        "left",      "right",           "next",
                                  "previous",  "confirm",     "back",      "choose1",         "choose2",
                                  "choose3",   "choose4",     "choose5",   "choose6",         "choose7",
                                  "choose8",   "choose9",     "step-back", "toggle-language", "toggle-debug",
                                  "scroll-up", "scroll-down", "bookmark"};
    return names[static_cast<int>(action)];
}

}  // namespace frontline::runtime
