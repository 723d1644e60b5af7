// `frontline strings export SCENARIO [--po | --csv] [--from en] [--to zh] [--out FILE]` writes every text a
// player reads with its stable id (its JSON Pointer) for translators; `frontline strings import SCENARIO FILE.po
// [--from en] [--to zh] [--out FILE]` merges a translated PO back (in place unless --out, the old file kept as
// SCENARIO.bak), replacing only the translated texts, and reports what is missing and what is stale.
// Exit 0; 1 when the merged scenario has errors (nothing written) or translations are missing; 2 on bad input.
#include <filesystem>
#include <iostream>

#include "command_failure.h"
#include "commands.h"
#include "core/atomic_file.h"
#include "core/file_read.h"
#include "core/loader.h"
#include "core/translation.h"

namespace frontline::cli {

namespace {

struct Options {
    std::string scenario, po, out;
    std::string from = "en", to = "zh";
    bool csv = false;
};

const CommandFailure fail{"strings", 2};

void write(const std::string& path, const std::string& bytes) {
    if (path.empty() || path == "-") {
        std::cout << bytes;
        return;
    }
    if (std::string error; !core::writeFileAtomically(path, bytes, &error))
        fail("cannot write '" + path + "': " + error);
}

void runExport(const Options& o) {
    core::TextCatalog catalog = core::collectTexts(o.scenario);
    for (const auto& d : catalog.diagnostics) std::cerr << core::format(d) << "\n";
    if (core::hasErrors(catalog.diagnostics)) fail("cannot read '" + o.scenario + "'");
    write(o.out, o.csv ? core::toCsv(catalog) : core::toPo(catalog, o.scenario, o.from, o.to));
}

void runImport(const Options& o) {
    core::FileRead po = core::readInputFile(o.po, core::kMaxScenarioBytes, "translation");
    if (!po.ok()) fail(po.message);
    core::Diagnostics poErrors;
    std::vector<core::PoEntry> entries = core::parsePo(po.bytes, o.po, poErrors);
    for (const auto& d : poErrors) std::cerr << core::format(d) << "\n";
    if (!poErrors.empty()) fail("'" + o.po + "' is not a PO file Frontline can read");
    core::MergeResult merged = core::mergeTranslation(o.scenario, entries, o.from, o.to);
    for (const auto& d : merged.diagnostics) std::cerr << core::format(d) << "\n";
    if (core::hasErrors(merged.diagnostics)) fail("cannot read '" + o.scenario + "'");
    const std::string out = o.out.empty() ? o.scenario : o.out;
    for (const auto& id : merged.missing) std::cout << "  missing: " << id << "\n";
    for (const auto& id : merged.stale) std::cout << "  stale: " << id << "\n";
    // The merged file must still load: a translation never breaks a scenario.
    core::LoadResult check = core::loadScenarioText(merged.text, o.scenario);
    if (core::hasErrors(check.diagnostics)) {
        for (const auto& d : check.diagnostics) std::cerr << core::format(d) << "\n";
        fail("the merged scenario has errors; nothing was written", 1);
    }

    if (o.out.empty() && merged.updated > 0) {
        std::error_code ec;
        std::filesystem::copy_file(o.scenario, o.scenario + ".bak", std::filesystem::copy_options::overwrite_existing,
                                   ec);
        if (ec) fail("cannot keep the previous version as '" + o.scenario + ".bak': " + ec.message());
    }
    if (merged.updated > 0 || !o.out.empty()) write(out, merged.text);
    std::cout << merged.updated << " text(s) translated into " << o.to << " in " << out << "\n";
    if (!merged.missing.empty()) throw CLI::RuntimeError(1);
}

}  // namespace

void addStringsCommand(CLI::App& app) {
    static Options o;
    auto* cmd =
        app.add_subcommand("strings", "Export a scenario's texts for translation (PO or CSV), or merge one back");
    cmd->require_subcommand(1);
    auto* exp = cmd->add_subcommand("export", "Write every text a player reads, with its id, as PO (default) or CSV");
    exp->add_option("scenario", o.scenario, "Scenario file")->required();
    exp->add_flag("--csv", o.csv, "CSV (id, one column per locale) instead of PO");
    static bool po = true;
    exp->add_flag("--po", po, "PO, for translators' tools (the default)");
    exp->add_option("--out,-o", o.out, "Write to this file instead of standard output");
    auto* imp = cmd->add_subcommand("import", "Merge a translated PO file back into the scenario");
    imp->add_option("scenario", o.scenario, "Scenario file")->required();
    imp->add_option("po", o.po, "Translated PO file")->required();
    imp->add_option("--out,-o", o.out, "Write the merged scenario here instead of in place");
    for (auto* sub : {exp, imp}) {
        sub->add_option("--from", o.from, "Source language (msgid)")->check(CLI::IsMember({"zh", "en"}));
        sub->add_option("--to", o.to, "Target language (msgstr)")->check(CLI::IsMember({"zh", "en"}));
    }
    exp->callback([] { runExport(o); });
    imp->callback([] { runImport(o); });
}

}  // namespace frontline::cli
