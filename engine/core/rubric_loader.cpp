#include "rubric_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data_dirs.h"
#include "file_read.h"
#include "json_reader.h"

namespace frontline::core {

namespace fs = std::filesystem;

RubricResult loadRubricText(std::string_view text, const std::string& fileName) {
    RubricResult result;
    auto parsed = parseJsonDocument(text, fileName);
    result.diagnostics = std::move(parsed.diagnostics);
    if (!parsed.document) return result;
    const JsonDocument& doc = *parsed.document;
    JsonReader r(doc, fileName, result.diagnostics);
    const Json& root = doc.root;
    if (!r.expectObject(root, "")) return result;
    r.checkKeys(root, "", {"$schema", "format", "dimensions", "bands"});
    const std::vector<std::string> locales{"zh", "en"};
    Rubric rubric;
    if (const Json* format = r.member(root, "", "format", true)) {
        auto f = r.integer(*format, "/format");
        if (f && *f != 1)
            r.report(rules::formatVersion, "/format",
                     "rubric format " + std::to_string(*f) + " is not supported (this build reads format 1)");
    }
    if (const Json* dims = r.member(root, "", "dimensions", true); dims && r.expectArray(*dims, "/dimensions")) {
        for (std::size_t i = 0; i < dims->size(); ++i) {
            const Json& d = (*dims)[i];
            std::string p = appendPointer("/dimensions", i);
            if (!r.expectObject(d, p)) continue;
            r.checkKeys(d, p, {"id", "title", "description", "weight", "cases"});
            Dimension dim;
            if (const Json* id = r.member(d, p, "id", true)) dim.id = r.string(*id, p + "/id").value_or("");
            if (const Json* t = r.member(d, p, "title", true)) dim.title = r.text(*t, p + "/title", locales);
            if (const Json* t = r.member(d, p, "description", true))
                dim.description = r.text(*t, p + "/description", locales);
            if (const Json* w = r.member(d, p, "weight", false)) {
                auto weight = r.number(*w, p + "/weight");
                if (weight && *weight < 0)
                    r.report(rules::valueRange, p + "/weight", "a weight cannot be negative");
                else if (weight)
                    dim.weight = *weight;
            }
            if (const Json* c = r.member(d, p, "cases", false); c && r.expectArray(*c, p + "/cases"))
                for (std::size_t k = 0; k < c->size(); ++k)
                    if (auto s = r.string((*c)[k], appendPointer(p + "/cases", k))) dim.cases.push_back(*s);
            if (!dim.id.empty() && rubric.find(dim.id))
                r.report(rules::duplicateId, p + "/id", "dimension '" + dim.id + "' is defined twice");
            rubric.dimensions.push_back(std::move(dim));
        }
    }
    if (const Json* bands = r.member(root, "", "bands", true); bands && r.expectArray(*bands, "/bands")) {
        for (std::size_t i = 0; i < bands->size(); ++i) {
            const Json& b = (*bands)[i];
            std::string p = appendPointer("/bands", i);
            if (!r.expectObject(b, p)) continue;
            r.checkKeys(b, p, {"id", "min", "title"});
            Band band;
            if (const Json* id = r.member(b, p, "id", true)) band.id = r.string(*id, p + "/id").value_or("");
            if (const Json* m = r.member(b, p, "min", true)) band.min = r.integer(*m, p + "/min").value_or(0);
            if (const Json* t = r.member(b, p, "title", true)) band.title = r.text(*t, p + "/title", locales);
            rubric.bands.push_back(std::move(band));
        }
        std::stable_sort(rubric.bands.begin(), rubric.bands.end(),
                         [](const Band& a, const Band& b) { return a.min > b.min; });
    }
    sortDiagnostics(result.diagnostics);
    if (!hasErrors(result.diagnostics)) result.rubric = std::move(rubric);
    return result;
}

RubricResult loadRubricFile(const std::string& path) {
    FileRead file = readInputFile(path, kMaxRubricBytes, "rubric");
    if (!file.ok()) {
        RubricResult result;
        result.diagnostics.push_back(
            makeDiagnostic(readFailureRule(file), path, "", "cannot read the rubric file: " + file.message));
        return result;
    }
    return loadRubricText(file.bytes, path);
}

std::string defaultRubricPath(const std::string& scenarioFile) {
    std::error_code ec;
    fs::path beside = fs::path(scenarioFile).parent_path() / "rubric.json";
    if (fs::is_regular_file(beside, ec)) return beside.string();
    return shippedDataPath("scenarios/rubric.json");
}

Rubric applyChanges(const Rubric& rubric, const RubricChanges& changes) {
    Rubric out = rubric;
    for (const auto& added : changes.dimensions) {
        auto it = std::find_if(out.dimensions.begin(), out.dimensions.end(),
                               [&](const Dimension& d) { return d.id == added.id; });
        if (it != out.dimensions.end())
            *it = added;
        else
            out.dimensions.push_back(added);
    }
    for (auto& d : out.dimensions)
        if (auto w = changes.weights.find(d.id); w != changes.weights.end()) d.weight = w->second;
    return out;
}

}  // namespace frontline::core
