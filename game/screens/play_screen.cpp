#include "screens/screens.h"
namespace frontline::game {
std::unique_ptr<runtime::Screen> makePlayScreen(GameContext&, const PlayStart&) { return nullptr; }
}
