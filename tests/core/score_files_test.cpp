// Scoring from files: the fixture scenario, recorded sessions (including hand-edited ones), the JSON report and
// the readable report in both locales.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/score_text.h"
#include "core/loader.h"
#include "core/recording.h"
#include "core/report_json.h"
#include "core/rubric_loader.h"
#include "core/score.h"
#include "text/line_breaker.h"

using namespace frontline::core;

namespace {

const std::string kDir = std::string(FRONTLINE_TEST_DIR) + "/fixtures/scoring/";

struct Loaded {
    Scenario scenario;
    Rubric rubric;
};

Loaded loadComplaint() {
    LoadResult r = loadScenarioFile(kDir + "complaint.json");
    for (const auto& d : r.diagnostics) CAPTURE(format(d));
    REQUIRE(r.scenario);
    REQUIRE(r.rubric);
    return {*r.scenario, *r.rubric};
}

ScoreReport scoreSession(const Loaded& l, const std::string& file) {
    RecordLoad rec = loadSessionRecord(kDir + file);
    REQUIRE(rec.record);
    ScoreResult r = scorePath(l.scenario, l.rubric, effectiveChoiceIds(*rec.record));
    REQUIRE(r.report);
    return *r.report;
}

}  // namespace

TEST_CASE("the fixture file scores as computed by hand in docs/scoring.md") {
    Loaded l = loadComplaint();
    ScoreReport r = scoreSession(l, "complaint-session.json");
    CHECK(r.index.index == 56);
    CHECK(r.band == "developing");
    CHECK(r.index.exact == doctest::Approx(85 * 12.5 / 26 + 15));
    CHECK(r.decisions.at(0).chosen.id == "silence");
    CHECK(r.decisions.at(0).chosen.timeout);
    int included = 0;
    for (const auto& d : r.dimensions) included += d.included;
    CHECK(included == 4);  // P5..P12 are in the rubric but nothing here moves them
}

TEST_CASE("a session edited by hand (invented score fields, timings, display order) scores the same") {
    Loaded l = loadComplaint();
    ScoreReport clean = scoreSession(l, "complaint-session.json");
    ScoreReport edited = scoreSession(l, "complaint-session-edited.json");
    CHECK(edited.index.index == 56);
    CHECK(toJson(edited) == toJson(clean));
}

TEST_CASE("a session whose choices do not fit the scenario gives a replay diagnostic") {
    Loaded l = loadComplaint();
    RecordLoad rec = loadSessionRecord(kDir + "complaint-session-bad.json");
    REQUIRE(rec.record);
    ScoreResult r = scorePath(l.scenario, l.rubric, effectiveChoiceIds(*rec.record));
    CHECK_FALSE(r.report);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].rule == "score-replay");
}

TEST_CASE("scores are identical across repeated runs and across locales") {
    Loaded l = loadComplaint();
    nlohmann::json first = toJson(scoreSession(l, "complaint-session.json"));
    for (int i = 0; i < 3; ++i) CHECK(toJson(scoreSession(l, "complaint-session.json")) == first);
    ScoreReport r = scoreSession(l, "complaint-session.json");
    std::string en = frontline::cli::renderScoreReport(r, "en"), zh = frontline::cli::renderScoreReport(r, "zh");
    CHECK(en.find("Customer-Centricity Index: 56 / 100 — Developing") != std::string::npos);
    CHECK(zh.find("以客户为中心指数：56 / 100 — 有待提高") != std::string::npos);
    CHECK(en.find("Feedback: answer") != std::string::npos);
    CHECK(zh.find("反馈：answer") != std::string::npos);
    // Same bars in both languages.
    CHECK(en.find("███████████████░░░░░  75%") != std::string::npos);
    CHECK(zh.find("███████████████░░░░░  75%") != std::string::npos);
}

TEST_CASE("the JSON report has the documented structure") {
    Loaded l = loadComplaint();
    nlohmann::json j = toJson(scoreSession(l, "complaint-session.json"));
    CHECK(j["format"] == 1);
    CHECK(j["scenario"]["id"] == "complaint");
    CHECK(j["scenario"]["title"]["zh"] == "投诉电话");
    CHECK(j["ending"]["kind"] == "won");
    CHECK(j["index"]["value"] == 56);
    CHECK(j["band"]["title"]["en"] == "Developing");
    CHECK(j["dimensions"][0]["id"] == "P1");
    CHECK(j["dimensions"][0]["percent"] == 75.0);
    CHECK(j["dimensions"][5]["percent"].is_null());  // P6: excluded
    const auto& d0 = j["decisions"][0];
    CHECK(d0["step"] == 1);
    CHECK(d0["choice"]["id"] == "silence");
    CHECK(d0["choice"]["timeout"] == true);
    CHECK(d0["verdict"] == "mixed");
    CHECK(d0["better"]["id"] == "hear");
    CHECK(d0["better"]["feedback"]["en"] == "Feedback: hear");
    CHECK(d0["principles"][0]["title"]["en"] == "Customer benefit first");
    CHECK(j["decisions"][2]["better"].is_null());
    bool listen = false;
    for (const auto& f : j["findings"])
        if (f["id"] == "listen-first") listen = f["steps"] == nlohmann::json::array({2});
    CHECK(listen);
}

TEST_CASE("the report carries the real case behind the scenario, and says nothing when there is none") {
    Loaded l = loadComplaint();
    SUBCASE("without real_case: null in JSON, no section in the text") {
        ScoreReport r = scoreSession(l, "complaint-session.json");
        CHECK(r.realCase.empty());
        nlohmann::json j = toJson(r);
        CHECK(j["scenario"]["real_case"].is_null());
        CHECK(j["scenario"]["cases"] == nlohmann::json(l.scenario.source.cases));
        CHECK(frontline::cli::renderScoreReport(r, "en").find("The real case") == std::string::npos);
        CHECK(frontline::cli::renderScoreReport(r, "zh").find("真实案例") == std::string::npos);
    }
    SUBCASE("with real_case: in JSON per locale with the case ids, and last in the text, wrapped") {
        l.scenario.source.cases = {"A-07", "A-08"};
        l.scenario.realCase.set("zh", "真实案例里，客服先听完客户的全部诉求，再给出一个负责到底的人。教训：先倾听。");
        l.scenario.realCase.set(
            "en",
            "In the real case the agent first heard the whole complaint, then gave the customer one person who owned "
            "the problem to the end. The lesson: listen first.");
        ScoreReport r = scoreSession(l, "complaint-session.json");
        nlohmann::json j = toJson(r);
        CHECK(j["scenario"]["cases"] == nlohmann::json::array({"A-07", "A-08"}));
        CHECK(j["scenario"]["real_case"]["en"] == l.scenario.realCase.in("en"));
        CHECK(j["scenario"]["real_case"]["zh"] == l.scenario.realCase.in("zh"));
        const std::string en = frontline::cli::renderScoreReport(r, "en", 60);
        const std::size_t at = en.find("\nThe real case (A-07, A-08)\n  In the real case the agent first heard");
        REQUIRE(at != std::string::npos);
        CHECK(at > en.find("\nFindings\n"));
        std::istringstream in(en.substr(at + 1));
        int lines = 0;
        for (std::string line; std::getline(in, line); ++lines) {
            CAPTURE(line);
            CHECK(frontline::text::displayWidth(line) <= 60);
        }
        CHECK(lines >= 4);
        const std::string zh = frontline::cli::renderScoreReport(r, "zh", 60);
        CHECK(zh.find("\n真实案例（A-07, A-08）\n  真实案例里，客服先听完") != std::string::npos);
    }
}
