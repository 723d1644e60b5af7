#include "runtime/face_expression.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace frontline;

TEST_CASE("expressionFor maps trust and patience to a face") {
    SUBCASE("calm and trusting is pleased") {
        CHECK((expressionFor(80, 80) == FaceExpression::Pleased));
    }
    SUBCASE("middling is neutral") {
        CHECK((expressionFor(50, 60) == FaceExpression::Neutral));
    }
    SUBCASE("out of patience and distrustful is angry") {
        CHECK((expressionFor(30, 10) == FaceExpression::Angry));
    }
    SUBCASE("out of patience but still trusting is distressed") {
        CHECK((expressionFor(70, 10) == FaceExpression::Distressed));
    }
    SUBCASE("very low trust is angry when impatient, concerned when patient") {
        CHECK((expressionFor(10, 40) == FaceExpression::Angry));
        CHECK((expressionFor(10, 90) == FaceExpression::Concerned));
    }
    SUBCASE("wearing patience or shaky trust is concerned, even if trust is high") {
        CHECK((expressionFor(90, 40) == FaceExpression::Concerned));
        CHECK((expressionFor(35, 80) == FaceExpression::Concerned));
    }
    SUBCASE("boundaries") {
        CHECK((expressionFor(70, 45) == FaceExpression::Pleased));
        CHECK((expressionFor(69, 45) == FaceExpression::Neutral));
        CHECK((expressionFor(70, 44) == FaceExpression::Concerned));
        CHECK((expressionFor(49, 24) == FaceExpression::Angry));
        CHECK((expressionFor(50, 24) == FaceExpression::Distressed));
        CHECK((expressionFor(50, 25) == FaceExpression::Concerned));
    }
    SUBCASE("a node mood overrides, a blank or unknown one does not") {
        CHECK((expressionFor(90, 90, "angry") == FaceExpression::Angry));
        CHECK((expressionFor(90, 90, "Worried") == FaceExpression::Concerned));
        CHECK((expressionFor(10, 10, "relieved") == FaceExpression::Pleased));
        CHECK((expressionFor(90, 90, "") == FaceExpression::Pleased));
        CHECK((expressionFor(90, 90, "sleepy") == FaceExpression::Pleased));
    }
}

TEST_CASE("expression names round-trip") {
    for (auto e : kAllFaceExpressions) {
        CAPTURE(toString(e));
        CHECK((parseFaceExpression(toString(e)) == e));
    }
    CHECK_FALSE(parseFaceExpression("bored"));
}

TEST_CASE("the five expressions have distinct faces") {
    for (auto a : kAllFaceExpressions)
        for (auto b : kAllFaceExpressions) {
            if (a == b) continue;
            FaceParams x = faceParams(a), y = faceParams(b);
            bool differ = x.browInner != y.browInner || x.mouthCurve != y.mouthCurve || x.eyeOpen != y.eyeOpen;
            CAPTURE(toString(a));
            CAPTURE(toString(b));
            CHECK(differ);
        }
    CHECK((faceParams(FaceExpression::Pleased).mouthCurve > 0));
    CHECK((faceParams(FaceExpression::Angry).browInner < 0));
    CHECK((faceParams(FaceExpression::Distressed).browInner > faceParams(FaceExpression::Concerned).browInner));
}

TEST_CASE("blending tweens face parameters smoothly between expressions") {
    FaceParams a = faceParams(FaceExpression::Neutral), b = faceParams(FaceExpression::Angry);
    CHECK(blendFace(a, b, 0).browInner == doctest::Approx(a.browInner));
    CHECK(blendFace(a, b, 1).browInner == doctest::Approx(b.browInner));
    CHECK(blendFace(a, b, 0.5f).browInner == doctest::Approx((a.browInner + b.browInner) / 2));
    CHECK(blendFace(a, b, -3).mouthCurve == doctest::Approx(a.mouthCurve));
    CHECK(blendFace(a, b, 7).mouthCurve == doctest::Approx(b.mouthCurve));
    // eased: moves slowly at the start, monotonically
    float prev = a.browInner;
    for (int i = 1; i <= 10; ++i) {
        float v = blendFace(a, b, static_cast<float>(i) / 10.f).browInner;
        CHECK(v <= prev);
        prev = v;
    }
    float early = blendFace(a, b, 0.1f).browInner - a.browInner;
    CHECK(std::abs(early) < std::abs(b.browInner - a.browInner) * 0.1f);
}
