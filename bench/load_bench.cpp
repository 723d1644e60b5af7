// Load + validate benchmark: generated scenarios of 100, 1 000, 10 000 (and with --big 100 000) nodes, each with
// branching, conditions, effects, grades and bilingual text like the shipped ones, loaded with the size limit
// lifted. Prints the time of loadScenarioText against a bare nlohmann::json::parse of the same bytes in the same
// run (the ratio; target <= 2x), and the growth per 10x nodes (target <= 11x, i.e. linear).
// Usage: load_bench [--repeat N] [--big]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/loader.h"
#include "table_row.h"

namespace bench = frontline::bench;

using namespace frontline::core;

namespace {

std::string nodeName(int i, int count) {
    if (i >= count) return i % 2 ? "won" : "lost";
    return "node-" + std::to_string(i);
}

std::string generate(int count) {
    std::string s = R"({"format": 1, "id": "bench", "title": {"zh": "基准", "en": "Bench"},
"summary": "A generated scenario.", "real_case": {"zh": "生成的。", "en": "Generated."},
"locales": ["zh", "en"], "source": {"seed": "generated.txt", "case": ["A-01"], "section": "§1"}, "principles": ["P3", "P7"], "difficulty": "introductory", "minutes": 3,
"acts": [{"id": "act1", "title": {"zh": "第一幕", "en": "Act one"}}],
"characters": {"ceo": {"name": {"zh": "王总", "en": "Mr Wang"}, "role": "CEO",
  "organisation": {"zh": "某运营商", "en": "An operator"}, "look": "test-ceo", "trust": 40, "patience": 60}},
"variables": {"asked": false, "visits": 0},
"start": "node-0",
"nodes": {
)";
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        s +=
            "\"" + nodeName(i, count) + "\": {\"act\": \"act1\", \"speaker\": \"ceo\", \"text\": {\"zh\": \"第" + n +
            "步：网络又断了，客户很着急，你要先弄清楚发生了什么。\", \"en\": \"Step " + n +
            ": the network is down again and the customer is upset; find out what happened first.\"},\n"
            "  \"choices\": [\n"
            "    {\"id\": \"ask\", \"kind\": \"listen\", \"text\": {\"zh\": \"请您详细说说。\", \"en\": \"Please tell "
            "me "
            "more.\"}, \"effects\": {\"trust\": {\"ceo\": 2}, \"patience\": {\"ceo\": -1}, \"set\": {\"asked\": true}, "
            "\"add\": {\"visits\": 1}}, \"grades\": {\"P3\": 1}, \"feedback\": {\"zh\": \"倾听。\", \"en\": "
            "\"Listening "
            "first.\"},\n"
            "     \"next\": [{\"if\": \"trust.ceo >= 50 && asked && visits > 3\", \"to\": \"" +
            nodeName(i + 2, count) + "\"}, {\"to\": \"" + nodeName(i + 1, count) +
            "\"}]},\n"
            "    {\"id\": \"promise\", \"kind\": \"respond\", \"text\": {\"zh\": \"我马上修好。\", \"en\": \"I will "
            "fix "
            "it now.\"}, \"effects\": {\"trust\": {\"ceo\": -3}}, \"grades\": {\"P7\": -1}, \"feedback\": {\"zh\": "
            "\"承诺太快。\", \"en\": \"A promise too soon.\"}, \"next\": \"" +
            nodeName(i + 1, count) +
            "\"},\n"
            "    {\"id\": \"escalate\", \"kind\": \"escalate\", \"text\": {\"zh\": \"我请专家来。\", \"en\": \"I will "
            "bring in an expert.\"}, \"grades\": {\"P7\": 1}, \"feedback\": {\"zh\": \"求助。\", \"en\": \"Asking for "
            "help.\"}, \"next\": [{\"if\": \"!asked\", \"to\": \"lost\"}, {\"to\": \"" +
            nodeName(i + 3, count) + "\"}]}\n  ]},\n";
    }
    s += R"("won": {"ending": "won", "speaker": "narrator", "title": {"zh": "解决", "en": "Solved"},
  "text": {"zh": "客户满意。", "en": "The customer is satisfied."}},
"lost": {"ending": "lost", "speaker": "ceo", "title": {"zh": "失去客户", "en": "Customer lost"},
  "text": {"zh": "客户走了。", "en": "The customer leaves."}}
}}
)";
    return s;
}

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

template <class F>
double medianMs(int repeat, F&& work) {
    std::vector<double> times;
    for (int r = 0; r < repeat; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        work();
        times.push_back(msSince(t0));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 3;
    std::vector<int> sizes = {100, 1000, 10000};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--big") == 0)
            sizes.push_back(100000);
    }
    LoadOptions options;
    options.maxBytes = std::size_t(1) << 31;
    options.checkAssets = false;
    options.rubricPath = std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/rubric.json";

    std::printf("%8s %10s %12s %12s %8s %8s %s\n", "nodes", "bytes", "load ms", "parse ms", "ratio", "growth",
                "diagnostics");
    double previous = 0;
    for (int count : sizes) {
        const std::string text = generate(count);
        std::size_t diagnostics = 0;
        bool loaded = false;
        const double load = medianMs(repeat, [&] {
            LoadResult r = loadScenarioText(text, "bench.json", options);
            diagnostics = r.diagnostics.size();
            if (std::getenv("LOAD_BENCH_SHOW"))
                for (const auto& d : r.diagnostics) std::printf("%s\n", format(d).c_str());
            loaded = r.scenario.has_value();
        });
        const double parse = medianMs(repeat, [&] {
            auto j = nlohmann::json::parse(text);
            if (j.size() == 0) std::printf("?");
        });
        std::printf("%8d %10zu %12.1f %12.1f %7.1fx %7.1fx %zu%s\n", count, text.size(), load, parse, load / parse,
                    previous > 0 ? load / previous : 0.0, diagnostics, loaded ? "" : " (NOT LOADED)");
        const std::string growth = previous > 0 ? "; growth " + bench::fixed(load / previous, 1) + "x per 10x" : "";
        bench::tableRow(
            "load + validate, " + std::to_string(count) + " nodes (" + bench::fixed(text.size() / 1e6, 1) + " MB)",
            bench::fixed(load, 1) + " ms, peak RSS " + std::to_string(bench::peakRssMb()) + " MB",
            "json::parse " + bench::fixed(parse, 1) + " ms (" + bench::fixed(load / parse, 1) + "x)" + growth,
            "<= 2x parse, <= 11x per 10x");
        previous = load;
    }
    return 0;
}
