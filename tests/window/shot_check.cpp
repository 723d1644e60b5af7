// Checks the screenshots `frontline --autoplay` saved: each exists at the window size and is not blank, text
// is present where the screens put it, the Chinese play shot differs from the English one in the dialogue box
// (different glyphs, not just a copy), the timed shot shows the countdown ring, the pause menu dims the play
// screen, and the debrief shows the radar chart's polygon. Prints one line per check; exit 1 on any failure.
// `shot_check --practice DIR BASELINE` checks the extra shots of a practice run (`--practice --autoplay 2,b,1,2
// --shots toast,stepped-back,debug,replay`) against the plain shots of the same run and BASELINE's graded debrief:
// the feedback toast, the step back (same question again, its toast, the debrief's mark), the F1 debug panel
// (present when open, gone when closed), the replay viewer (picture, recorded choice highlighted, side panel,
// timeline, same ending, best path) and the Sessions screen.
#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
    if (!ok) ++failures;
}

float luminance(sf::Color c) {
    return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b;
}

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

bool near(sf::Color c, sf::Color ref, int tolerance) {
    return std::abs(c.r - ref.r) <= tolerance && std::abs(c.g - ref.g) <= tolerance &&
           std::abs(c.b - ref.b) <= tolerance;
}

// Pixels in r within `tolerance` (per channel) of `ref`.
long countNear(const sf::Image& img, sf::IntRect r, sf::Color ref, int tolerance) {
    long n = 0;
    for (int y = r.top; y < r.top + r.height; ++y)
        for (int x = r.left; x < r.left + r.width; ++x)
            n += near(img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)), ref, tolerance);
    return n;
}

// How many pixels of column x, rows y0..y1, are strongly coloured (a toast's side bar).
int colouredRun(const sf::Image& img, int x, int y0, int y1) {
    int n = 0;
    for (int y = y0; y <= y1; ++y) {
        sf::Color c = img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
        n += saturation(c) > 0.45f && luminance(c) > 60;
    }
    return n;
}

using Shots = std::map<std::string, sf::Image>;

// Loads DIR/NAME.png for each name into `shots` (key prefix + name), checking size and that it is not blank.
void load(Shots& shots, const std::string& dir, std::initializer_list<const char*> names,
          const std::string& prefix = "") {
    for (const char* name : names) {
        sf::Image img;
        const std::string file = dir + "/" + name + ".png";
        bool loaded = img.loadFromFile(file);
        check(loaded, file + " exists");
        if (!loaded) continue;
        check(img.getSize().x == 1280 && img.getSize().y == 720, std::string(name) + ".png is 1280x720");
        if (img.getSize().x != 1280 || img.getSize().y != 720) continue;
        Stats whole = stats(img, {0, 0, 1280, 720});
        check(whole.variance > 150,
              std::string(name) + ".png is not blank (variance " + std::to_string(whole.variance) + ")");
        shots[prefix + name] = img;
    }
}

const sf::IntRect dialogue{52, 480, 720, 200}, choices{880, 130, 360, 300};

int checkDefaultRun(const std::string& dir) {
    Shots shots;
    load(shots, dir,
         {"title", "select", "select-scrolled", "play-zh", "play-en", "timed", "pause", "settings", "ending",
          "debrief"});
    if (failures) return 1;

    const sf::IntRect titleText{300, 140, 680, 200}, cards{48, 190, 1184, 220}, menu{490, 260, 300, 270},
        outside{20, 80, 380, 340}, chart{40, 150, 520, 520};

    check(stats(shots["title"], titleText).ink > 3000, "title: the title and tagline are drawn");
    check(stats(shots["select"], cards).ink > 3000, "select: scenario cards carry text");
    // The header is opaque: with the list scrolled, it looks exactly as before (no card text shows through).
    const sf::IntRect header{0, 0, 1280, 140};
    double through = inkDifference(shots["select"], shots["select-scrolled"], header);
    double scrolled = inkDifference(shots["select"], shots["select-scrolled"], cards);
    check(scrolled > 0.01 && through < 0.0005, "select: scrolled cards pass under the header (ink difference " +
                                                   std::to_string(through) + " in the header, " +
                                                   std::to_string(scrolled) + " below)");
    for (const char* name : {"play-zh", "play-en"}) {
        check(stats(shots[name], dialogue).ink > 2500, std::string(name) + ": dialogue text is present");
        check(stats(shots[name], choices).ink > 1000, std::string(name) + ": choice text is present");
    }
    double diff = inkDifference(shots["play-zh"], shots["play-en"], dialogue);
    check(diff > 0.03, "play: Chinese and English dialogue differ (ink difference " + std::to_string(diff) + ")");
    // Chinese glyphs fill their em square: far more ink per text line than the same space of Latin text.
    long zhInk = stats(shots["play-zh"], dialogue).ink, enInk = stats(shots["play-en"], dialogue).ink;
    check(zhInk != enInk,
          "play: zh and en ink amounts differ (" + std::to_string(zhInk) + " vs " + std::to_string(enInk) + ")");

    // The ring (centre and radius from the play screen's layout) is mostly still full early in the countdown.
    int ring = ringSamples(shots["timed"], {1212, 106}, 22, 72),
        noRing = ringSamples(shots["play-zh"], {1212, 106}, 22, 72);
    check(ring >= 50 && noRing <= 8, "timed: the countdown ring is visible (" + std::to_string(ring) + "/72 vs " +
                                         std::to_string(noRing) + "/72 without a timer)");
    check(stats(shots["pause"], outside).mean < stats(shots["play-zh"], outside).mean * 0.7,
          "pause: the play screen is dimmed behind the menu");
    check(stats(shots["pause"], menu).ink > 1500, "pause: the menu has labels");
    check(stats(shots["settings"], {330, 210, 620, 320}).ink > 2000, "settings: the rows have labels");
    check(stats(shots["ending"], dialogue).ink > 1000, "ending: the epilogue is shown");
    Stats ch = stats(shots["debrief"], chart);
    check(ch.saturated > 4000,
          "debrief: the radar chart polygon is drawn (" + std::to_string(ch.saturated) + " coloured pixels)");
    check(stats(shots["debrief"], {620, 150, 620, 500}).ink > 3000, "debrief: the timeline has text");
    return failures ? 1 : 0;
}

int checkPracticeRun(const std::string& dir, const std::string& baseline) {
    Shots shots;
    load(shots, dir,
         {"play-zh", "toast", "stepped-back", "debug", "debug-closed", "replay", "replay-end", "replay-best",
          "sessions", "class", "ending", "debrief"});
    load(shots, baseline, {"debrief"}, "graded-");
    if (failures) return 1;
    const sf::Color accent{86, 164, 255};
    // The coach's note: a panel with a coloured side bar at the top of the choice panel (never over the stage,
    // where the faces react), which the first node's choice panel lacks there.
    const int noteBar = 827;
    int bar = colouredRun(shots["toast"], noteBar, 96, 128), noBar = colouredRun(shots["play-zh"], noteBar, 96, 128);
    check(bar >= 30 && noBar < 5, "toast: the coach's note's side bar is drawn in the choice panel (" +
                                      std::to_string(bar) + "/33 coloured, " + std::to_string(noBar) +
                                      "/33 on the first node)");
    const sf::IntRect noteText{850, 130, 380, 40};  // the first lines of the feedback
    long ink = stats(shots["toast"], noteText).ink;
    check(ink > 500, "toast: the feedback text is drawn on the note (" + std::to_string(ink) + " text pixels)");
    check(!near(shots["toast"].getPixel(noteBar, 112), accent, 40),
          "toast: its colour is the verdict's, not the step-back accent");
    // Step back: the first question again (same dialogue as before any decision), with the step-back toast.
    double moved = inkDifference(shots["toast"], shots["play-zh"], dialogue);
    double back = inkDifference(shots["stepped-back"], shots["play-zh"], dialogue);
    check(moved > 0.03 && back < 0.005, "stepped-back: the first question is shown again (ink difference " +
                                            std::to_string(back) + ", " + std::to_string(moved) + " one decision on)");
    check(colouredRun(shots["stepped-back"], noteBar, 96, 128) >= 30 &&
              near(shots["stepped-back"].getPixel(noteBar, 112), accent, 40),
          "stepped-back: the step-back note is drawn in the accent colour");
    // The debrief marks the redone decision in the accent colour in the first decision card's header row; the
    // graded run's first card has no such mark. The card starts where its verdict-coloured side bar (x 628-634)
    // does; cards above it (the real case) have an accent bar.
    auto firstDecisionTop = [&](const sf::Image& img) {
        for (int y = 136; y < 600; ++y) {
            sf::Color c = img.getPixel(631, static_cast<unsigned>(y));
            if (saturation(c) > 0.45f && luminance(c) > 60 && !near(c, accent, 40)) return y;
        }
        return -1;
    };
    int top = firstDecisionTop(shots["debrief"]), gradedTop = firstDecisionTop(shots["graded-debrief"]);
    check(top > 0 && gradedTop > 0, "debrief: the timeline shows the first decision card");
    if (top > 0 && gradedTop > 0) {
        long mark = countNear(shots["debrief"], {640, top, 580, 40}, accent, 30);
        long noMark = countNear(shots["graded-debrief"], {640, gradedTop, 580, 40}, accent, 30);
        check(mark >= 60 && noMark < 15, "debrief: the stepped-back decision is marked (" + std::to_string(mark) +
                                             " accent pixels vs " + std::to_string(noMark) + " in a graded debrief)");
    }
    // Practice is not for grading: no "new best" chip, which a first graded run (fresh data dir) does get.
    const sf::IntRect bestChip{400, 136, 180, 44};
    const sf::Color focus{255, 205, 96};
    long best = countNear(shots["debrief"], bestChip, focus, 30),
         gradedBest = countNear(shots["graded-debrief"], bestChip, focus, 30);
    check(best < 20 && gradedBest > 150, "debrief: practice sets no new best (" + std::to_string(best) +
                                             " chip pixels vs " + std::to_string(gradedBest) +
                                             " in the graded debrief)");
    // F1 debug panel: an ImGui window (title bar, progress bars of the meters, text) that is gone once closed.
    const sf::IntRect title{20, 18, 400, 20}, panel{16, 16, 420, 600};
    const sf::Color titleBar{41, 74, 122}, meterBar{230, 179, 0};
    long t1 = countNear(shots["debug"], title, titleBar, 14),
         t0 = countNear(shots["debug-closed"], title, titleBar, 14);
    check(t1 > 2000 && t0 < 200, "debug: the panel's title bar is drawn (" + std::to_string(t1) + " vs " +
                                     std::to_string(t0) + " pixels when closed)");
    long m1 = countNear(shots["debug"], panel, meterBar, 12),
         m0 = countNear(shots["debug-closed"], panel, meterBar, 12);
    check(m1 > 1500 && m0 < 150, "debug: the meters' progress bars are drawn (" + std::to_string(m1) + " vs " +
                                     std::to_string(m0) + " pixels when closed)");
    check(stats(shots["debug"], {24, 50, 300, 130}).ink > 1500, "debug: node, clock and mode lines have text");
    // Everything fits: no scroll bar (ImGui's grey grab) down the panel's right edge, the event list ends in it.
    long grab = countNear(shots["debug"], {418, 40, 16, 340}, {79, 79, 79}, 12);
    check(grab < 30, "debug: the panel needs no scroll bar (" + std::to_string(grab) + " scroll-bar pixels)");
    // The replay viewer (what it showed is checked against the session by expect_replay.cmake): the trainee's
    // picture scaled to 800x450 at (16, 60), with the dialogue and the recorded choice's focus ring; the side
    // panel's text; the timeline's verdict-coloured markers; at the end the same ending as played; the best path.
    auto scaled = [](int x, int y) { return sf::Vector2i{16 + x * 5 / 8, 60 + y * 5 / 8}; };
    const sf::IntRect pictureDialogue{scaled(24, 452).x, scaled(24, 452).y, 482, 157},
        pictureChoices{scaled(816, 72).x, scaled(816, 72).y, 275, 395}, sidePanel{840, 70, 416, 540},
        timeline{24, 540, 780, 60};
    check(stats(shots["replay"], pictureDialogue).ink > 400, "replay: the trainee's dialogue is shown");
    long ring = countNear(shots["replay"], pictureChoices, focus, 40);
    check(ring > 150, "replay: the choice taken carries the focus ring (" + std::to_string(ring) + " pixels)");
    long panelInk = stats(shots["replay"], sidePanel).ink;
    check(panelInk > 4000, "replay: the side panel lists the choices, feedback and notes (" + std::to_string(panelInk) +
                               " text pixels)");
    long markers = stats(shots["replay"], timeline).saturated;
    check(markers > 1500, "replay: the timeline's markers are drawn (" + std::to_string(markers) + " pixels)");
    // The end: the picture is the played ending's, scaled: where the ending has dialogue text, so has the picture.
    auto textKept = [&](const sf::Image& picture) {
        long text = 0, kept = 0;
        for (int y = 486; y < 690; ++y)
            for (int x = 52; x < 780; ++x) {
                if (luminance(shots["ending"].getPixel(x, y)) <= 170) continue;
                sf::Vector2i at = scaled(x, y);
                ++text;
                kept += luminance(picture.getPixel(at.x, at.y)) > 110;
            }
        return text ? static_cast<double>(kept) / static_cast<double>(text) : 0.0;
    };
    double atEnd = textKept(shots["replay-end"]), midway = textKept(shots["replay"]);
    check(atEnd > 0.6 && midway < 0.4, "replay-end: the picture is the ending as played (" + std::to_string(atEnd) +
                                           " of its text kept, " + std::to_string(midway) + " at decision 2)");
    double bestDiff = inkDifference(shots["replay-best"], shots["replay-end"], sidePanel);
    check(bestDiff > 0.01,
          "replay-best: the side panel shows the best path (ink difference " + std::to_string(bestDiff) + ")");
    // The Sessions screen: a row with its texts and the focus ring.
    check(stats(shots["sessions"], {90, 150, 1100, 54}).ink > 800, "sessions: the recorded session's row has text");
    check(countNear(shots["sessions"], {70, 140, 1140, 74}, focus, 40) > 300, "sessions: the row is focused");
    // The class heat map: the branches the one session took drawn hottest (the poor red), the others cold.
    long hot = countNear(shots["class"], {16, 112, 1248, 548}, {236, 96, 96}, 30);
    long labels = stats(shots["class"], {16, 112, 1248, 548}).ink;
    check(hot > 2000 && labels > 300, "class: the heat map's hot branches and its labels are drawn (" +
                                          std::to_string(hot) + " hot, " + std::to_string(labels) + " text pixels)");
    return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2) return checkDefaultRun(argv[1]);
    if (argc == 4 && std::string(argv[1]) == "--practice") return checkPracticeRun(argv[2], argv[3]);
    std::fprintf(stderr, "usage: shot_check DIR | shot_check --practice DIR BASELINE_DIR\n");
    return 2;
}
