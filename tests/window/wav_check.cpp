// Checks the WAV file OpenAL Soft's `wave` backend wrote while `frontline --autoplay --sound on|off` ran: the
// mixed output is cut into 10 ms windows, windows whose RMS is above the threshold are audible, and audible
// windows closer than 100 ms form one burst. Each burst's pitch (zero crossings) must lie in the range of the
// game's tones (200..1300 Hz), so clicks or noise do not count.
//   window_wav_check FILE --bursts-at-least N   at least N bursts of the game's tones
//   window_wav_check FILE --silent              no audible window; a missing file passes (no device opened)
// Prints what it measured; exit 1 when the check fails, 2 on bad usage or an unreadable file.
#include <SFML/Audio/InputSoundFile.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

constexpr double rmsThreshold = 300;  // of 32767: about -40 dBFS; the quietest tone (Tick) peaks near 4200

struct Burst {
    double start = 0, seconds = 0, peakRms = 0, pitch = 0;
};

std::vector<Burst> findBursts(const std::vector<double>& mono, unsigned rate, double& loudest) {
    const std::size_t window = rate / 100;
    const std::size_t maxGap = 10;  // windows: the quiet joint between two notes of one tone stays inside it
    std::vector<Burst> bursts;
    std::size_t burstStart = 0, lastLoud = 0;
    bool open = false;
    double peak = 0;
    loudest = 0;
    auto close = [&](std::size_t endSample) {
        Burst b;
        b.start = static_cast<double>(burstStart) / rate;
        b.seconds = static_cast<double>(endSample - burstStart) / rate;
        b.peakRms = peak;
        // Zero crossings with hysteresis, so OpenAL's dither in the quiet tail adds none.
        std::size_t crossings = 0;
        int sign = 0;
        for (std::size_t i = burstStart; i < endSample; ++i) {
            int now = mono[i] > 200 ? 1 : mono[i] < -200 ? -1 : sign;
            if (sign && now != sign) ++crossings;
            sign = now;
        }
        b.pitch = b.seconds > 0 ? static_cast<double>(crossings) / 2 / b.seconds : 0;
        bursts.push_back(b);
        open = false;
    };
    for (std::size_t w = 0; (w + 1) * window <= mono.size(); ++w) {
        double sum = 0;
        for (std::size_t i = w * window; i < (w + 1) * window; ++i) sum += mono[i] * mono[i];
        double rms = std::sqrt(sum / static_cast<double>(window));
        loudest = std::max(loudest, rms);
        if (rms < rmsThreshold) {
            if (open && w - lastLoud > maxGap) close((lastLoud + 1) * window);
            continue;
        }
        if (!open) {
            open = true;
            burstStart = w * window;
            peak = 0;
        }
        lastLoud = w;
        peak = std::max(peak, rms);
    }
    if (open) close((lastLoud + 1) * window);
    return bursts;
}

}  // namespace

int main(int argc, char** argv) {
    std::string mode = argc >= 3 ? argv[2] : "";
    if (argc < 3 || (mode == "--bursts-at-least" && argc != 4) || (mode != "--bursts-at-least" && mode != "--silent")) {
        std::fprintf(stderr, "usage: window_wav_check FILE (--bursts-at-least N | --silent)\n");
        return 2;
    }
    const std::string path = argv[1];
    if (!std::filesystem::exists(path)) {
        std::printf("%s: no file (the audio device was never opened)\n", path.c_str());
        if (mode == "--silent") return 0;
        std::printf("FAIL expected tones, but nothing was recorded\n");
        return 1;
    }
    sf::InputSoundFile file;
    if (!file.openFromFile(path)) {
        std::printf("FAIL %s: cannot read it as a WAV file\n", path.c_str());
        return 2;
    }
    const unsigned channels = file.getChannelCount(), rate = file.getSampleRate();
    std::vector<sf::Int16> samples(static_cast<std::size_t>(file.getSampleCount()));
    samples.resize(static_cast<std::size_t>(file.read(samples.data(), samples.size())));
    std::vector<double> mono(samples.size() / channels);
    for (std::size_t i = 0; i < mono.size(); ++i) {
        double sum = 0;
        for (unsigned c = 0; c < channels; ++c) sum += samples[i * channels + c];
        mono[i] = sum / channels;
    }
    double loudest = 0;
    auto bursts = findBursts(mono, rate, loudest);
    std::printf("%s: %.2f s, %u Hz, %u channel(s), loudest 10 ms RMS %.0f, %zu burst(s)\n", path.c_str(),
                static_cast<double>(mono.size()) / rate, rate, channels, loudest, bursts.size());
    int tones = 0;
    for (const auto& b : bursts) {
        bool tone = b.pitch >= 200 && b.pitch <= 1300;
        tones += tone;
        std::printf("  %7.2f s  %.2f s  RMS %5.0f  ~%4.0f Hz%s\n", b.start, b.seconds, b.peakRms, b.pitch,
                    tone ? "" : "  (not one of the game's tones)");
    }
    if (mode == "--silent") {
        if (bursts.empty()) return 0;
        std::printf("FAIL expected silence, heard %zu burst(s)\n", bursts.size());
        return 1;
    }
    const int wanted = std::atoi(argv[3]);
    if (tones >= wanted) return 0;
    std::printf("FAIL expected at least %d bursts of the game's tones, heard %d\n", wanted, tones);
    return 1;
}
