// Simple sound effects generated in code (sine tones with an envelope), so no audio files are shipped.
// The audio device is opened on the first play(), so a silent run never touches it. Without an audio device
// the player says so in one line and stays silent for the rest of the run; nothing crashes or hangs.
#pragma once
#include <array>
#include <memory>

namespace frontline::runtime {

enum class Tone { Click, Choose, Good, Bad, Tick, Timeout };

class TonePlayer {
public:
    TonePlayer();
    ~TonePlayer();
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }
    void play(Tone tone);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_enabled = true;
    bool m_unavailable = false;  // opening the device failed: stay silent
};

}  // namespace frontline::runtime
