// Checks the screenshots `frontline --autoplay` saved: each exists at the window size and is not blank, text
// is present where the screens put it, the Chinese play shot differs from the English one in the dialogue box
// (different glyphs, not just a copy), the timed shot shows the countdown ring, the pause menu dims the play
// screen, and the debrief shows the radar chart's polygon. Prints one line per failed check; exit 1 on any.
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Rect.hpp>

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
    if (!ok) ++failures;
}

float luminance(sf::Color c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }

float saturation(sf::Color c) {
    float mx = std::max({c.r, c.g, c.b}), mn = std::min({c.r, c.g, c.b});
    return mx <= 0 ? 0 : (mx - mn) / mx;
}

struct Stats {
    double mean = 0, variance = 0;
    long ink = 0;        // bright pixels (text on the dark panels)
    long saturated = 0;  // strongly coloured pixels
};

Stats stats(const sf::Image& img, sf::IntRect r) {
    Stats s;
    double sum = 0, sum2 = 0;
    long n = 0;
    for (int y = r.top; y < r.top + r.height; ++y)
        for (int x = r.left; x < r.left + r.width; ++x) {
            sf::Color c = img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
            float l = luminance(c);
            sum += l;
            sum2 += static_cast<double>(l) * l;
            ++n;
            if (l > 170) ++s.ink;
            if (saturation(c) > 0.45f && l > 60) ++s.saturated;
        }
    s.mean = sum / static_cast<double>(n);
    s.variance = sum2 / static_cast<double>(n) - s.mean * s.mean;
    return s;
}

// How many of `samples` points on a circle are strongly coloured (the countdown ring).
int ringSamples(const sf::Image& img, sf::Vector2f centre, float radius, int samples) {
    int coloured = 0;
    for (int i = 0; i < samples; ++i) {
        float a = 6.2831853f * static_cast<float>(i) / static_cast<float>(samples);
        sf::Color c = img.getPixel(static_cast<unsigned>(centre.x + radius * std::cos(a)),
                                   static_cast<unsigned>(centre.y + radius * std::sin(a)));
        coloured += saturation(c) > 0.45f && luminance(c) > 60;
    }
    return coloured;
}

// Fraction of pixels in r where one image has ink and the other does not.
double inkDifference(const sf::Image& a, const sf::Image& b, sf::IntRect r) {
    long differ = 0, total = 0;
    for (int y = r.top; y < r.top + r.height; ++y)
        for (int x = r.left; x < r.left + r.width; ++x) {
            bool ia = luminance(a.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y))) > 170;
            bool ib = luminance(b.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y))) > 170;
            differ += ia != ib;
            ++total;
        }
    return static_cast<double>(differ) / static_cast<double>(total);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: shot_check DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    std::map<std::string, sf::Image> shots;
    for (const char* name : {"title", "select", "play-zh", "play-en", "timed", "pause", "settings", "ending", "debrief"}) {
        sf::Image img;
        bool loaded = img.loadFromFile(dir + "/" + name + ".png");
        check(loaded, std::string(name) + ".png exists");
        if (!loaded) continue;
        check(img.getSize().x == 1280 && img.getSize().y == 720, std::string(name) + ".png is 1280x720");
        if (img.getSize().x != 1280 || img.getSize().y != 720) continue;
        Stats whole = stats(img, {0, 0, 1280, 720});
        check(whole.variance > 150, std::string(name) + ".png is not blank (variance " + std::to_string(whole.variance) + ")");
        shots[name] = img;
    }
    if (failures) return 1;

    const sf::IntRect dialogue{52, 480, 720, 200}, choices{880, 130, 360, 300},
        titleText{300, 140, 680, 200}, cards{48, 190, 1184, 220}, menu{490, 260, 300, 270}, outside{20, 80, 380, 340},
        chart{40, 150, 520, 520};

    check(stats(shots["title"], titleText).ink > 3000, "title: the title and tagline are drawn");
    check(stats(shots["select"], cards).ink > 3000, "select: scenario cards carry text");
    for (const char* name : {"play-zh", "play-en"}) {
        check(stats(shots[name], dialogue).ink > 2500, std::string(name) + ": dialogue text is present");
        check(stats(shots[name], choices).ink > 1000, std::string(name) + ": choice text is present");
    }
    double diff = inkDifference(shots["play-zh"], shots["play-en"], dialogue);
    check(diff > 0.03, "play: Chinese and English dialogue differ (ink difference " + std::to_string(diff) + ")");
    // Chinese glyphs fill their em square: far more ink per text line than the same space of Latin text.
    long zhInk = stats(shots["play-zh"], dialogue).ink, enInk = stats(shots["play-en"], dialogue).ink;
    check(zhInk != enInk, "play: zh and en ink amounts differ (" + std::to_string(zhInk) + " vs " + std::to_string(enInk) + ")");

    // The ring (centre and radius from the play screen's layout) is mostly still full early in the countdown.
    int ring = ringSamples(shots["timed"], {1212, 106}, 22, 72), noRing = ringSamples(shots["play-zh"], {1212, 106}, 22, 72);
    check(ring >= 50 && noRing <= 8, "timed: the countdown ring is visible (" + std::to_string(ring) + "/72 vs " +
                                         std::to_string(noRing) + "/72 without a timer)");
    check(stats(shots["pause"], outside).mean < stats(shots["play-zh"], outside).mean * 0.7,
          "pause: the play screen is dimmed behind the menu");
    check(stats(shots["pause"], menu).ink > 1500, "pause: the menu has labels");
    check(stats(shots["settings"], {330, 210, 620, 320}).ink > 2000, "settings: the rows have labels");
    check(stats(shots["ending"], dialogue).ink > 1000, "ending: the epilogue is shown");
    Stats ch = stats(shots["debrief"], chart);
    check(ch.saturated > 4000, "debrief: the radar chart polygon is drawn (" + std::to_string(ch.saturated) + " coloured pixels)");
    check(stats(shots["debrief"], {620, 150, 620, 500}).ink > 3000, "debrief: the timeline has text");
    return failures ? 1 : 0;
}
