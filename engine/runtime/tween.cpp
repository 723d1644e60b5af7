#include "runtime/tween.h"

#include <algorithm>

namespace frontline::runtime {

float ease(Ease curve, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    switch (curve) {
        case Ease::Linear:
            return t;
        case Ease::OutCubic: {
            float u = 1 - t;
            return 1 - u * u * u;
        }
        case Ease::InOutQuad:
            return t < 0.5f ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t);
        case Ease::OutBack: {
            const float c1 = 1.70158f, c3 = c1 + 1;
            float u = t - 1;
            return 1 + c3 * u * u * u + c1 * u * u;
        }
    }
    return t;
}

void Tween::start(float from, float to, double seconds, Ease curve) {
    m_from = from;
    m_to = to;
    m_duration = seconds;
    m_elapsed = 0;
    m_curve = curve;
}

void Tween::retarget(float to, double seconds, Ease curve) {
    start(value(), to, seconds, curve);
}

void Tween::snap(float value) {
    start(value, value, 0);
}

void Tween::update(double dt) {
    m_elapsed = std::min(m_duration, m_elapsed + dt);
}

float Tween::value() const {
    if (m_duration <= 0 || m_elapsed >= m_duration) return m_to;
    float t = ease(m_curve, static_cast<float>(m_elapsed / m_duration));
    return m_from + (m_to - m_from) * t;
}

}  // namespace frontline::runtime
