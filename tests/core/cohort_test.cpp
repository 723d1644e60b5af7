// The class summary (core/cohort.h) from real session files of the scoring fixture, each scored by the
// SessionScorer: per-choice counts, medians, poor decisions, abandoned sessions, and the CSV a spreadsheet reads.
#include "core/cohort.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/scored_session.h"

using namespace frontline::core;
namespace fs = std::filesystem;

namespace {

const std::string kScoring = std::string(FRONTLINE_TEST_DIR) + "/fixtures/scoring/";

struct Class {
    fs::path dir;
    SessionScorer scorer{ScorerOptions{}};
    std::vector<ScoredSession> sessions;
    Class() {
        std::string tmpl = (fs::temp_directory_path() / "frontline-cohort-XXXXXX").string();
        dir = ::mkdtemp(tmpl.data());
    }
    ~Class() { fs::remove_all(dir); }
    // The fixture session (open→silence 30 s, detail→answer 4.1 s, fix→deliver 2.5 s) with `edit` applied.
    void add(const std::string& name, const std::function<void(nlohmann::json&)>& edit) {
        std::ifstream in(kScoring + "complaint-session.json");
        nlohmann::json s = nlohmann::json::parse(in);
        s["scenario"]["file"] = kScoring + "complaint.json";
        edit(s);
        const fs::path file = dir / (name + ".json");
        std::ofstream(file) << s.dump(2);
        ScoredSessionLoad loaded = scorer.load(file.string());
        REQUIRE(loaded.session);
        sessions.push_back(std::move(*loaded.session));
    }
    CohortSummary summary() const {
        std::vector<const ScoredSession*> refs;
        for (const ScoredSession& s : sessions) refs.push_back(&s);
        return summarizeCohort(refs);
    }
};

const CohortNode& node(const CohortSummary& s, const std::string& id) {
    for (const CohortNode& n : s.nodes)
        if (n.id == id) return n;
    FAIL("no node " << id);
    return s.nodes.front();
}

int took(const CohortNode& n, const std::string& choice) {
    for (const CohortChoice& c : n.choices)
        if (c.id == choice) return c.trainees;
    return -1;
}

}  // namespace

TEST_CASE("cohort: counts per choice, medians, poor decisions and abandoned sessions") {
    Class c;
    c.add("li", [](nlohmann::json&) {});
    c.add("zhang", [](nlohmann::json& s) {
        s["player"] = "Zhang Min";
        s["events"][0]["type"] = "choice";
        s["events"][0]["choice"] = "pitch";  // graded against P1 and P2: a poor decision
        s["events"][0]["decision_ms"] = 10000;
    });
    c.add("wang", [](nlohmann::json& s) {
        s["player"] = "王芳";
        s["events"] = nlohmann::json::array({s["events"][0]});
        s["events"][0]["decision_ms"] = 20000;
    });
    CohortSummary s = c.summary();
    CHECK(s.scenarioId == "complaint");
    CHECK(s.sessions == 3);
    CHECK(s.complete == 2);
    CHECK(s.abandoned == 1);

    const CohortNode& open = node(s, "open");
    CHECK(open.trainees == 3);
    CHECK(open.decisions == 3);
    CHECK(open.medianDecisionMs == 20000);
    CHECK(took(open, "silence") == 2);
    CHECK(took(open, "pitch") == 1);
    CHECK(took(open, "hear") == 0);
    const CohortNode& detail = node(s, "detail");
    CHECK(detail.trainees == 2);
    CHECK(detail.medianDecisionMs == 4100);
    CHECK(node(s, "cold").trainees == 0);
    CHECK_FALSE(node(s, "cold").medianDecisionMs);

    REQUIRE_FALSE(s.poorDecisions.empty());
    CHECK(s.poorDecisions.front().node == "open");
    CHECK(s.poorDecisions.front().choice == "pitch");
    CHECK(s.poorDecisions.front().count == 1);

    REQUIRE(s.rows.size() == 3);
    CHECK(s.rows[2].player == "王芳");
    CHECK_FALSE(s.rows[2].complete);
    CHECK(s.rows[2].lastNode == "open");
    CHECK(s.rows[2].decisions == 1);
    CHECK(s.rows[0].index == 56);
    CHECK(s.rows[0].totalDecisionMs == 36600);
    int histogram = 0;
    for (int n : s.indexHistogram) histogram += n;
    CHECK(histogram == 3);
    CHECK(s.indexMin <= 56);
    CHECK(s.indexMax >= 56);
    CHECK(s.dimensions.front().meanPercent.has_value());

    const nlohmann::json j = toJson(s);
    CHECK(j["abandoned"] == 1);
    CHECK(j["trainees"][2]["stopped_at"] == "open");
    CHECK(j["trainees"][0]["stopped_at"].is_null());
}

TEST_CASE("cohort: the CSV is one row per trainee, with a BOM, quoting, and formulas defused") {
    Class c;
    c.add("li", [](nlohmann::json&) {});
    c.add("formula", [](nlohmann::json& s) { s["player"] = "=HYPERLINK(\"x\")"; });
    c.add("comma", [](nlohmann::json& s) { s["player"] = "Wei, Li"; });
    const std::string csv = cohortCsv({c.summary()});
    CHECK(csv.rfind("\xEF\xBB\xBFplayer,scenario,start_time,", 0) == 0);
    CHECK(csv.find(",P1 %,") != std::string::npos);
    CHECK(csv.find("\r\nLi Wei,complaint,2026-11-23T10:45:55Z,graded,yes,won,56,developing,3,36.6,,") !=
          std::string::npos);
    CHECK(csv.find("\r\n\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
    CHECK(csv.find("\r\n\"Wei, Li\",") != std::string::npos);
    int lines = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
    CHECK(lines == 4);  // the header and three trainees
}
