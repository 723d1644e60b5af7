#include <doctest/doctest.h>

#include <cmath>

#include "runtime/radar_chart.h"

using namespace frontline;

namespace {

bool overlap(const sf::FloatRect& a, const sf::FloatRect& b) {
    return a.intersects(b);
}

float distanceToCentre(const sf::FloatRect& r, sf::Vector2f c) {
    // distance from the centre to the nearest point of the rectangle
    float x = std::max(r.left, std::min(c.x, r.left + r.width));
    float y = std::max(r.top, std::min(c.y, r.top + r.height));
    return std::hypot(x - c.x, y - c.y);
}

}  // namespace

TEST_CASE("radar labels sit outside the chart and never overlap") {
    const sf::Vector2f centre{400, 300};
    for (int n : {3, 5, 8, 12, 16}) {
        CAPTURE(n);
        std::vector<sf::Vector2f> sizes;
        for (int i = 0; i < n; ++i) sizes.push_back({80.f + 30.f * static_cast<float>(i % 3), 22});
        auto rects = radarLabelLayout(centre, 200, 10, sizes);
        REQUIRE(rects.size() == static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            CAPTURE(i);
            CHECK(rects[i].width == sizes[i].x);
            CHECK(distanceToCentre(rects[i], centre) >= 200.f * 0.95f);
            for (int j = i + 1; j < n; ++j) CHECK_FALSE(overlap(rects[i], rects[j]));
        }
    }
}

TEST_CASE("radar labels are anchored by side: first axis above, right side left-aligned") {
    auto rects = radarLabelLayout({0, 0}, 100, 10, {{40, 20}, {40, 20}, {40, 20}, {40, 20}});
    CHECK(rects[0].top + rects[0].height <= -110 + 0.01f);           // up
    CHECK(rects[0].left == doctest::Approx(-20));                    // centred
    CHECK(rects[1].left == doctest::Approx(110));                    // right: starts at the anchor
    CHECK(rects[3].left + rects[3].width == doctest::Approx(-110));  // left: ends at the anchor
}
