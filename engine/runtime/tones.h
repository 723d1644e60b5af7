// Simple sound effects generated in code (sine tones with an envelope), so no audio files are shipped.
// Without an audio device SFML prints a warning and the sounds are silent; nothing crashes.
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
    std::unique_ptr<Impl> m_impl;  // created on first use, so a silent run never opens the audio device
    bool m_enabled = true;
};

}  // namespace frontline::runtime
