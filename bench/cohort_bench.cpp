// Cohort benchmark: a class of N generated sessions (default 10 000) of one scenario, written as session files
// to a temp folder, then read, scored and summarised the way `frontline cohort DIR` does (target: <= 1 s for
// 10 000 on the reference 2-core machine). Each session takes random choices (a fixed seed) and a tenth stop
// part-way. Prints the time of each phase, per session, and against the target.
// Usage: cohort_bench [--sessions N] [scenario.json]   (default: the first shipped scenario)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/cohort.h"
#include "core/loader.h"
#include "core/recording.h"
#include "core/scored_session.h"
#include "core/session.h"
#include "table_row.h"

namespace bench = frontline::bench;

using namespace frontline::core;
namespace fs = std::filesystem;

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string defaultScenario() {
    const fs::path dir = fs::path(FRONTLINE_SOURCE_DIR) / "scenarios";
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".json" && e.path().filename() != "rubric.json" &&
            e.path().filename().string().find("schema") == std::string::npos)
            found.push_back(e.path().string());
    std::sort(found.begin(), found.end());
    return found.empty() ? std::string() : found.front();
}

}  // namespace

int main(int argc, char** argv) {
    int count = 10000;
    std::string scenarioPath;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--sessions") && i + 1 < argc)
            count = std::atoi(argv[++i]);
        else
            scenarioPath = argv[i];
    }
    if (scenarioPath.empty()) scenarioPath = defaultScenario();
    scenarioPath = fs::absolute(scenarioPath).string();
    LoadResult loaded = loadScenarioFile(scenarioPath);
    if (!loaded.scenario) {
        std::fprintf(stderr, "cohort_bench: cannot load %s\n", scenarioPath.c_str());
        return 2;
    }
    const Scenario& sc = *loaded.scenario;
    std::string tmpl = (fs::temp_directory_path() / "frontline-cohort-bench-XXXXXX").string();
    const fs::path dir = ::mkdtemp(tmpl.data());

    auto t0 = std::chrono::steady_clock::now();
    std::mt19937_64 rng(12345);
    std::vector<std::string> files;
    for (int n = 0; n < count; ++n) {
        Session session(sc, rng());
        SessionRecord rec = makeSessionRecord(sc, session, scenarioPath, "Trainee " + std::to_string(n), "zh",
                                              "2026-12-01T09:00:00Z", FRONTLINE_VERSION);
        const bool abandon = n % 10 == 9;
        int steps = 0;
        while (!session.finished() && !(abandon && steps == 2)) {
            std::vector<std::string> shown = session.displayedChoiceIds();
            const std::int64_t ms = 1000 + static_cast<std::int64_t>(rng() % 20000);
            if (shown.empty() || (session.timeoutChoiceIndex() && rng() % 8 == 0)) {
                if (session.timeout(ms)) break;
            } else if (session.choose(shown[rng() % shown.size()], ms)) {
                break;
            }
            ++steps;
        }
        for (const SessionEvent& e : session.events()) rec.events.push_back(toRecordedEvent(e, "2026-12-01T09:01:00Z"));
        files.push_back((dir / ("s" + std::to_string(n) + ".json")).string());
        std::string error;
        if (!saveSessionRecordAtomically(rec, files.back(), &error)) {
            std::fprintf(stderr, "cohort_bench: %s\n", error.c_str());
            return 2;
        }
    }
    const double generateMs = msSince(t0);

    // The measured part: what `frontline cohort DIR` does after listing the folder.
    t0 = std::chrono::steady_clock::now();
    SessionScorer scorer(ScorerOptions{});
    std::vector<ScoredSession> sessions;
    sessions.reserve(files.size());
    int failed = 0;
    double firstMs = 0;
    for (const std::string& f : files) {
        ScoredSessionLoad s = scorer.load(f);
        if (firstMs == 0) firstMs = msSince(t0);
        if (s.session)
            sessions.push_back(std::move(*s.session));
        else
            ++failed;
    }
    const double scoreMs = msSince(t0);
    t0 = std::chrono::steady_clock::now();
    std::vector<const ScoredSession*> refs;
    for (const auto& s : sessions) refs.push_back(&s);
    CohortSummary summary = summarizeCohort(refs);
    std::string json = toJson(summary).dump(2);
    std::string csv = cohortCsv({summary});
    const double summaryMs = msSince(t0);
    fs::remove_all(dir);

    const double total = scoreMs + summaryMs;
    std::printf("scenario %s, %d sessions (%d abandoned, %d unreadable), generated in %.0f ms\n", sc.id.c_str(), count,
                summary.abandoned, failed, generateMs);
    std::printf(
        "read + score: %.0f ms, of which the first session %.0f ms (it explores the scenario once); "
        "%.1f us per further session\n",
        scoreMs, firstMs, 1000.0 * (scoreMs - firstMs) / std::max(1, count - 1));
    std::printf("summarise + JSON + CSV: %.0f ms (%zu + %zu bytes)\n", summaryMs, json.size(), csv.size());
    std::printf("cohort total: %.0f ms = %.2f x the 1000 ms target%s\n", total, total / 1000.0,
                count == 10000 ? "" : " (not 10 000 sessions: scale before comparing)");
    bench::tableRow("cohort, " + std::to_string(count) + " sessions",
                    bench::fixed(total, 0) + " ms, peak RSS " + std::to_string(bench::peakRssMb()) + " MB",
                    "read + score " + bench::fixed(scoreMs, 0) + " ms, summarise " + bench::fixed(summaryMs, 0) + " ms",
                    "<= 1 000 ms");
    return failed ? 1 : 0;
}
