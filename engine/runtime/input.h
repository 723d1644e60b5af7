// Input actions: the game reacts to Actions, never to raw keys, so every action is reachable by keyboard and a
// script (autoplay) can inject the same actions. Mouse input reaches screens separately as positions in the
// 1280x720 logical space.
#pragma once
#include <SFML/Window/Event.hpp>
#include <optional>

namespace frontline::runtime {

enum class Action {
    Up,
    Down,
    Left,
    Right,
    Next,
    Previous,  // Tab / Shift+Tab: move focus
    Confirm,   // Enter, Space: activate the focused item, complete a typewriter line
    Back,      // Escape: pause menu, close a panel
    Choose1,
    Choose2,
    Choose3,
    Choose4,
    Choose5,
    Choose6,
    Choose7,
    Choose8,
    Choose9,
    StepBack,        // Backspace: practice mode, undo the last decision
    ToggleLanguage,  // F2: zh <-> en at any time
    ToggleDebug,     // F1: the debug panel
    ScrollUp,
    ScrollDown,  // Page Up / Page Down
    Bookmark,    // B: the replay viewer's bookmark
};

// The action bound to a key press, if any.
std::optional<Action> actionForKey(const sf::Event::KeyEvent& key);

// 0 for Choose1 ... 8 for Choose9; -1 for other actions.
int choiceNumber(Action action);

const char* toString(Action action);

}  // namespace frontline::runtime
