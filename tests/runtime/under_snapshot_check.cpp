// The app keeps one picture of the screens under a see-through top screen (pause over play) and reuses it while
// nothing can change them. Checks, in a real window under Xvfb, that the screen below is drawn once and not
// every frame, that the reused picture has the same pixels, and that an action that changes what the screen
// below shows (like F2 switching the language while paused) is seen at once, not hidden by a stale picture.
// Prints one line per check; exit 1 on any failure.
#include <unistd.h>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "runtime/app.h"

using namespace frontline::runtime;

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
    if (!ok) ++failures;
}

struct Shared {
    int shade = 0;  // what the screen below shows; the top screen changes it on Confirm
    int belowDraws = 0;
};

const sf::Color shades[] = {sf::Color(200, 40, 40), sf::Color(40, 200, 40), sf::Color(40, 40, 200)};

class Below : public Screen {
public:
    explicit Below(Shared& s) : m_s(s) {}
    std::string_view name() const override { return "below"; }
    void update(double) override {}
    void draw(sf::RenderTarget& t) override {
        ++m_s.belowDraws;
        sf::RectangleShape r({1280, 720});
        r.setFillColor(shades[m_s.shade % 3]);
        t.draw(r);
        sf::RectangleShape bar({400, 100});  // some half-transparent detail, as a play screen has
        bar.setPosition(100, 500);
        bar.setFillColor(sf::Color(255, 255, 255, 90));
        t.draw(bar);
    }

private:
    Shared& m_s;
};

class Modal : public Screen {
public:
    explicit Modal(Shared& s) : m_s(s) {}
    std::string_view name() const override { return "modal"; }
    bool isOpaque() const override { return false; }
    void onAction(Action a) override {
        if (a == Action::Confirm) ++m_s.shade;
    }
    void update(double) override {}
    void draw(sf::RenderTarget& t) override {
        sf::RectangleShape dim({1280, 720});
        dim.setFillColor(sf::Color(0, 0, 0, 100));
        t.draw(dim);
        sf::RectangleShape panel({200, 200});
        panel.setPosition(900, 100);
        panel.setFillColor(sf::Color(240, 240, 240));
        t.draw(panel);
    }

private:
    Shared& m_s;
};

sf::Color pixel(const std::string& file, unsigned x, unsigned y) {
    sf::Image img;
    if (!img.loadFromFile(file)) return sf::Color::Transparent;
    return img.getPixel(x, y);
}

}  // namespace

int main() {
    if (!std::getenv("DISPLAY")) {
        std::fprintf(stderr, "under_snapshot_check: needs a display (run it under xvfb-run)\n");
        return 2;
    }
    auto dir = std::filesystem::temp_directory_path() / ("frontline-under-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    auto shot = [&](const char* name) { return (dir / name).string(); };

    AppConfig config;
    config.simulatedClock = true;
    config.vsync = false;
    App app(config);
    Shared shared;
    app.screens().push(std::make_unique<Below>(shared));
    int drawsWhenModalOpened = 0, drawsAfterIdle = 0;
    app.setFrameHook([&](App& a) {
        switch (a.frame()) {
            case 2:
                a.requestScreenshot(shot("alone.png"));
                break;
            case 3:
                a.screens().push(std::make_unique<Modal>(shared));
                break;
            case 4:
                drawsWhenModalOpened = shared.belowDraws;
                break;
            case 5:
                a.requestScreenshot(shot("first.png"));
                break;  // the frame that drew the screen below
            case 8:
                a.requestScreenshot(shot("reused.png"));
                break;  // a frame that reused its picture
            case 9:
                drawsAfterIdle = shared.belowDraws;
                a.injectAction(Action::Confirm);
                break;
            case 10:
                a.requestScreenshot(shot("changed.png"));
                break;
            case 11:
                a.screens().pop();
                break;
            case 13:
                a.requestScreenshot(shot("popped.png"));
                break;
            case 14:
                a.quit(0);
                break;
            default:
                break;
        }
    });
    app.run();

    check(drawsAfterIdle == drawsWhenModalOpened, "the screen below is not drawn again while nothing changes (" +
                                                      std::to_string(drawsAfterIdle - drawsWhenModalOpened) +
                                                      " redraws)");
    sf::Color first = pixel(shot("first.png"), 300, 550), reused = pixel(shot("reused.png"), 300, 550);
    check(first == reused && pixel(shot("first.png"), 50, 50) == pixel(shot("reused.png"), 50, 50),
          "the reused picture has the same pixels");
    sf::Color before = pixel(shot("reused.png"), 50, 50), after = pixel(shot("changed.png"), 50, 50);
    check(before.r > before.g && after.g > after.r, "an action while the modal is open redraws the screen below");
    check(pixel(shot("changed.png"), 1000, 200).r > 200, "the modal is still drawn on top");
    sf::Color popped = pixel(shot("popped.png"), 50, 50), alone = pixel(shot("alone.png"), 50, 50);
    check(popped.g > popped.r && popped.g > alone.r - 60 && popped.g > 150,
          "after the modal closes the screen below is drawn undimmed");
    check(app.screenshotFailures() == 0, "screenshots saved");
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return failures ? 1 : 0;
}
