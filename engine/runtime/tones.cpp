#include "runtime/tones.h"

#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <SFML/System/Err.hpp>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace frontline::runtime {
namespace {

constexpr unsigned sampleRate = 22050;

// Notes: (frequency Hz, seconds); each note has a short attack and an exponential decay.
sf::SoundBuffer synthesize(std::initializer_list<std::pair<double, double>> notes, double volume) {
    std::vector<sf::Int16> samples;
    for (auto [freq, seconds] : notes) {
        auto n = static_cast<std::size_t>(seconds * sampleRate);
        for (std::size_t i = 0; i < n; ++i) {
            double t = static_cast<double>(i) / sampleRate;
            double env = std::min(1.0, t / 0.005) * std::exp(-t * 6.0 / seconds);
            double s = std::sin(2 * M_PI * freq * t) + 0.25 * std::sin(4 * M_PI * freq * t);
            samples.push_back(static_cast<sf::Int16>(volume * env * s * 12000));
        }
    }
    sf::SoundBuffer buffer;
    buffer.loadFromSamples(samples.data(), samples.size(), 1, sampleRate);
    return buffer;
}

}  // namespace

struct TonePlayer::Impl {
    std::array<sf::SoundBuffer, 6> buffers;
    std::array<sf::Sound, 4> voices;
    std::size_t next = 0;
    Impl() {
        buffers[static_cast<int>(Tone::Click)] = synthesize({{880, 0.05}}, 0.5);
        buffers[static_cast<int>(Tone::Choose)] = synthesize({{660, 0.07}, {990, 0.09}}, 0.6);
        buffers[static_cast<int>(Tone::Good)] = synthesize({{523, 0.08}, {659, 0.08}, {784, 0.16}}, 0.6);
        buffers[static_cast<int>(Tone::Bad)] = synthesize({{392, 0.12}, {311, 0.2}}, 0.6);
        buffers[static_cast<int>(Tone::Tick)] = synthesize({{1200, 0.03}}, 0.35);
        buffers[static_cast<int>(Tone::Timeout)] = synthesize({{440, 0.1}, {330, 0.1}, {220, 0.25}}, 0.6);
    }
};

TonePlayer::TonePlayer() = default;
TonePlayer::~TonePlayer() = default;

void TonePlayer::play(Tone tone) {
    if (!m_enabled || m_unavailable) return;
    if (!m_impl) {
        // SFML opens the device with the first buffer and reports a failure only on sf::err(), followed by one
        // error per OpenAL call; keep that out of the terminal and say it once.
        std::ostringstream log;
        std::streambuf* previous = sf::err().rdbuf(log.rdbuf());
        m_impl = std::make_unique<Impl>();
        m_unavailable = log.str().find("Failed to open the audio device") != std::string::npos;
        if (m_unavailable) m_impl.reset();
        sf::err().rdbuf(previous);
        if (m_unavailable) {
            std::fprintf(stderr, "frontline: no audio device could be opened; playing without sound\n");
            return;
        }
        if (!log.str().empty()) std::fputs(log.str().c_str(), stderr);
    }
    sf::Sound& voice = m_impl->voices[m_impl->next++ % m_impl->voices.size()];
    voice.setBuffer(m_impl->buffers[static_cast<int>(tone)]);
    voice.play();
}

}  // namespace frontline::runtime
