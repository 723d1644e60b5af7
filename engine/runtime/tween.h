// Tweens: a value moving from one number to another over a duration with an easing curve. Used for movement,
// fades and meters; advanced by the fixed update step, so they are deterministic.
#pragma once

namespace frontline::runtime {

enum class Ease { Linear, OutCubic, InOutQuad, OutBack };

float ease(Ease curve, float t);  // t in 0..1

class Tween {
public:
    Tween() = default;
    explicit Tween(float value) : m_from(value), m_to(value) {}

    void start(float from, float to, double seconds, Ease curve = Ease::OutCubic);
    void retarget(float to, double seconds, Ease curve = Ease::OutCubic);  // from the current value
    void snap(float value);
    void update(double dt);

    float value() const;
    float target() const { return m_to; }
    bool done() const { return m_elapsed >= m_duration; }

private:
    float m_from = 0, m_to = 0;
    double m_duration = 0, m_elapsed = 0;
    Ease m_curve = Ease::Linear;
};

}  // namespace frontline::runtime
