#include "xapi.h"

#include <cctype>
#include <cstdio>

#include "uuid.h"

namespace frontline::core {
namespace {

using nlohmann::json;

constexpr const char* kNamespace = "9c0c6b9e-5d3e-4f1a-9a57-3f4e2b8d7c10";  // Frontline's statement namespace
constexpr const char* kVerbs = "http://adlnet.gov/expapi/verbs/";

std::string languageTag(const std::string& locale) {
    if (locale == "zh") return "zh-CN";
    if (locale == "en") return "en-US";
    return locale.empty() ? "und" : locale;
}

json languageMap(const LocalizedText& t, const std::vector<std::string>& locales) {
    json out = json::object();
    for (const std::string& l : locales)
        if (!t.in(l).empty()) out[languageTag(l)] = t.in(l);
    if (out.empty()) out["en-US"] = t.in("en");
    return out;
}

json verb(const std::string& id) {
    return {{"id", kVerbs + id}, {"display", {{"en-US", id}}}};
}

// The IRI path segment for an id: ids are [a-z0-9-_] in scenarios, but escape anything else anyway.
}  // namespace

std::string percentEncode(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

std::string isoDuration(long long ms) {
    if (ms < 0) ms = 0;
    char buf[48];
    if (ms % 1000 == 0)
        std::snprintf(buf, sizeof buf, "PT%lldS", ms / 1000);
    else
        std::snprintf(buf, sizeof buf, "PT%lld.%02lldS", ms / 1000, (ms % 1000) / 10);
    return buf;
}

json xapiStatements(const ScoredSession& s, const SessionNotes* notes, const XapiOptions& o) {
    const SessionRecord& rec = s.record;
    const ScoreReport& r = s.report;
    const Scenario& sc = *s.scenario;
    const std::vector<std::string>& locales = sc.locales;
    // A session is named by what it recorded, not by where its file lies, so a moved file keeps its ids.
    const std::string sessionKey =
        rec.scenarioId + "|" + rec.startTime + "|" + std::to_string(rec.seed) + "|" + rec.player;
    auto id = [&](const std::string& event) { return uuidV5(kNamespace, sessionKey + "|" + event); };
    const std::string scenarioIri = o.base + "/scenarios/" + percentEncode(sc.id);
    const std::string ext = o.base + "/xapi/extensions/";

    const json actor = {{"objectType", "Agent"},
                        {"name", rec.player},
                        {"account", {{"homePage", o.base + "/players"}, {"name", rec.player}}}};
    const json scenarioActivity = {{"objectType", "Activity"},
                                   {"id", scenarioIri},
                                   {"definition",
                                    {{"type", "http://adlnet.gov/expapi/activities/simulation"},
                                     {"name", languageMap(sc.title, locales)},
                                     {"description", languageMap(sc.summary, locales)}}}};
    json context = {{"registration", id("registration")},
                    {"platform", "Frontline"},
                    {"language", languageTag(rec.locale)},
                    {"extensions",
                     {{ext + "seed", std::to_string(rec.seed)},
                      {ext + "scenario-sha256", rec.scenarioSha256},
                      {ext + "mode", toString(rec.mode)}}}};
    json out = json::array();
    auto statement = [&](const std::string& key, const char* verbId, const json& object, const std::string& timestamp) {
        json st = {{"id", id(key)}, {"actor", actor}, {"verb", verb(verbId)}, {"object", object}, {"context", context}};
        if (!timestamp.empty()) st["timestamp"] = timestamp;
        return st;
    };

    out.push_back(statement("attempted", "attempted", scenarioActivity, rec.startTime));
    long long totalMs = 0;
    json decisionContext = context;
    decisionContext["contextActivities"] = {
        {"parent", json::array({{{"objectType", "Activity"}, {"id", scenarioIri}}})}};
    for (std::size_t i = 0; i < r.decisions.size(); ++i) {
        const Decision& d = r.decisions[i];
        const RecordedEvent* e = i < s.path.size() ? &s.path[i] : nullptr;
        const long long ms = e ? e->decisionMs : 0;
        totalMs += ms;
        const int nodeIndex = sc.nodeIndex(d.node);
        json choices = json::array();
        if (nodeIndex >= 0)
            for (const Choice& c : sc.nodes[nodeIndex].choices)
                choices.push_back({{"id", c.id}, {"description", languageMap(c.text, locales)}});
        const std::string best = d.better ? d.better->id : d.chosen.id;
        json activity = {{"objectType", "Activity"},
                         {"id", scenarioIri + "/decisions/" + percentEncode(d.node)},
                         {"definition",
                          {{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
                           {"name", languageMap(d.prompt, locales)},
                           {"interactionType", "choice"},
                           {"correctResponsesPattern", json::array({best})},
                           {"choices", choices}}}};
        json st = statement("answered|" + std::to_string(i + 1), "answered", activity, e ? e->wallTime : "");
        st["context"] = decisionContext;
        st["result"] = {{"response", d.chosen.id},
                        {"success", !d.better.has_value()},
                        {"duration", isoDuration(ms)},
                        {"extensions",
                         {{ext + "step", static_cast<int>(i + 1)},
                          {ext + "verdict", toString(d.verdict)},
                          {ext + "timeout", d.chosen.timeout}}}};
        out.push_back(std::move(st));
    }
    if (r.complete) {
        const bool passed = r.index.index >= o.passIndex;
        const std::string when = !s.path.empty() ? s.path.back().wallTime : rec.startTime;
        json result = {{"score", {{"scaled", r.index.index / 100.0}, {"raw", r.index.index}, {"min", 0}, {"max", 100}}},
                       {"success", passed},
                       {"completion", true},
                       {"duration", isoDuration(totalMs)},
                       {"extensions", {{ext + "band", r.band}, {ext + "ending", r.ending ? toString(*r.ending) : ""}}}};
        json completed = statement("completed", "completed", scenarioActivity, when);
        completed["result"] = result;
        out.push_back(std::move(completed));
        // One id for passed and failed: a re-scored session that changes verdict conflicts instead of adding both.
        json verdict = statement("outcome", passed ? "passed" : "failed", scenarioActivity, when);
        verdict["result"] = result;
        out.push_back(std::move(verdict));
    }
    if (notes) {
        const std::string attemptedId = id("attempted");
        for (std::size_t i = 0; i < notes->notes.size(); ++i) {
            const Note& n = notes->notes[i];
            const std::string author = n.author.empty() ? std::string("facilitator") : n.author;
            json target = {{"objectType", "StatementRef"},
                           {"id", n.decision && *n.decision <= static_cast<int>(r.decisions.size())
                                      ? id("answered|" + std::to_string(*n.decision))
                                      : attemptedId}};
            json st = {{"id", id("note|" + std::to_string(i) + "|" + n.time + "|" + n.text)},
                       {"actor",
                        {{"objectType", "Agent"},
                         {"name", author},
                         {"account", {{"homePage", o.base + "/facilitators"}, {"name", author}}}}},
                       {"verb", verb("commented")},
                       {"object", target},
                       {"result", {{"response", n.text}}},
                       {"context", context}};
            st["context"].erase("platform");  // xAPI: platform only when the object is an Activity
            st["context"]["instructor"] = st["actor"];
            st["context"]["extensions"][ext + "trainee"] = rec.player;
            if (n.decision) st["context"]["extensions"][ext + "step"] = *n.decision;
            if (!n.time.empty()) st["timestamp"] = n.time;
            out.push_back(std::move(st));
        }
    }
    return out;
}

}  // namespace frontline::core
