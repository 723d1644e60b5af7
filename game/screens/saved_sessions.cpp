#include "screens/saved_sessions.h"
namespace frontline::game {
std::optional<Interrupted> findInterruptedSession(const Catalog&) { return std::nullopt; }
}
