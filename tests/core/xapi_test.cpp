// UUID v5 and the xAPI mapping (core/xapi.h) on the scoring fixture session: statement order and content,
// ids that depend on the session and not on its file, and notes as `commented` statements.
#include "core/xapi.h"

#include <doctest/doctest.h>

#include "core/scored_session.h"
#include "core/uuid.h"

using namespace frontline::core;

namespace {

const std::string kScoring = std::string(FRONTLINE_TEST_DIR) + "/fixtures/scoring/";

ScoredSession fixtureSession() {
    ScorerOptions o;
    o.scenarioOverride = kScoring + "complaint.json";
    SessionScorer scorer(o);
    ScoredSessionLoad s = scorer.load(kScoring + "complaint-session.json");
    REQUIRE(s.session);
    return *s.session;
}

std::string verbOf(const nlohmann::json& statement) {
    const std::string id = statement["verb"]["id"];
    return id.substr(id.rfind('/') + 1);
}

}  // namespace

TEST_CASE("uuid v5: the RFC 4122 example, determinism, a malformed namespace") {
    CHECK(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "a") == uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "a"));
    CHECK(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "a") != uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "b"));
    CHECK(uuidV5("not-a-uuid", "a").empty());
    CHECK(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430cZ", "a").empty());
}

TEST_CASE("xapi: attempted, one answered per decision, completed and the outcome") {
    const ScoredSession a = fixtureSession();
    const nlohmann::json x = xapiStatements(a, nullptr, {});
    REQUIRE(x.size() == 6);
    std::vector<std::string> verbs;
    for (const auto& st : x) verbs.push_back(verbOf(st));
    CHECK(verbs == std::vector<std::string>{"attempted", "answered", "answered", "answered", "completed", "failed"});
    CHECK(x[0]["actor"]["name"] == "Li Wei");
    CHECK(x[0]["timestamp"] == "2026-11-23T10:45:55Z");
    const nlohmann::json& first = x[1];
    CHECK(first["object"]["definition"]["interactionType"] == "choice");
    CHECK(first["result"]["response"] == "silence");
    CHECK(first["result"]["success"] == false);  // a better action was available
    CHECK(first["result"]["duration"] == "PT30S");
    CHECK(first["object"]["definition"]["correctResponsesPattern"][0] == "hear");
    CHECK(x[4]["result"]["score"]["scaled"] == doctest::Approx(0.56));
    CHECK(x[4]["result"]["duration"] == "PT36.60S");
    CHECK(x[4]["context"]["extensions"]["https://frontline.invalid/xapi/extensions/seed"] == "42");

    XapiOptions lenient;
    lenient.passIndex = 50;
    const nlohmann::json z = xapiStatements(a, nullptr, lenient);
    CHECK(verbOf(z[5]) == "passed");
    CHECK(z[5]["id"] == x[5]["id"]);  // one id for the outcome: a changed verdict conflicts instead of adding

    ScoredSession abandoned = a;
    abandoned.report.complete = false;
    CHECK(xapiStatements(abandoned, nullptr, {}).size() == 4);  // no completed, no outcome
}

TEST_CASE("xapi: ids depend on the session, not on its file; notes are commented statements") {
    const ScoredSession a = fixtureSession();
    ScoredSession moved = a;
    moved.file = "/elsewhere/renamed.json";
    const nlohmann::json x = xapiStatements(a, nullptr, {});
    CHECK(x == xapiStatements(moved, nullptr, {}));
    ScoredSession other = a;
    other.record.seed = 43;
    CHECK(xapiStatements(other, nullptr, {})[0]["id"] != x[0]["id"]);

    SessionNotes notes;
    notes.notes.push_back({2, "Ask what the outage cost them first.", "Coach Zhang", "2026-11-24T09:00:00Z"});
    notes.notes.push_back({std::nullopt, "Practise the escalation call.", "", "2026-11-24T09:05:00Z"});
    const nlohmann::json y = xapiStatements(a, &notes, {});
    REQUIRE(y.size() == 8);
    CHECK(verbOf(y[6]) == "commented");
    CHECK(y[6]["object"]["objectType"] == "StatementRef");
    CHECK(y[6]["object"]["id"] == x[2]["id"]);  // the second decision's answered statement
    CHECK(y[6]["actor"]["name"] == "Coach Zhang");
    CHECK(y[6]["result"]["response"] == "Ask what the outage cost them first.");
    CHECK(y[7]["object"]["id"] == x[0]["id"]);  // a note on the whole session refers to attempted
    CHECK(y[7]["actor"]["name"] == "facilitator");
    CHECK_FALSE(y[6]["context"].contains("platform"));  // xAPI: platform only with an Activity object
    CHECK(isoDuration(30000) == "PT30S");
    CHECK(isoDuration(4100) == "PT4.10S");
    CHECK(isoDuration(-5) == "PT0S");
}
