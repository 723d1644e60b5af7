// `frontline new ID [--out FILE] [--force]`: writes a complete, valid starter scenario to start a new case from
// (docs/examples/starter.json: two characters, a timed node, a condition, three endings, a rule, comments that
// explain each part, and the `source` convention for an instructor's own case), with its id set to ID.
// Exit 0 when written; 2 when ID is not an id, the file exists (without --force), or it cannot be written.
#include <filesystem>
#include <iostream>
#include <regex>

#include "command_failure.h"
#include "commands.h"
#include "core/atomic_file.h"
#include "core/data_dirs.h"
#include "core/file_read.h"

namespace frontline::cli {

namespace {

struct Options {
    std::string id;
    std::string out;
    bool force = false;
};

const CommandFailure fail{"new", 2};

// Replaces the first `"key": "value"` with `"key": "replacement"`, keeping the template's layout.
bool replaceValue(std::string& text, const std::string& key, const std::string& value, const std::string& with) {
    const std::string from = "\"" + key + "\": \"" + value + "\"";
    auto at = text.find(from);
    if (at == std::string::npos) return false;
    text.replace(at, from.size(), "\"" + key + "\": \"" + with + "\"");
    return true;
}

void run(const Options& o) {
    if (!std::regex_match(o.id, std::regex("[a-z0-9][a-z0-9-]{0,63}")))
        fail("'" + o.id +
             "' is not a scenario id: use lowercase letters, digits and '-' (at most 64), e.g. bank-outage");
    const std::string out = o.out.empty() ? o.id + ".json" : o.out;
    std::error_code ec;
    if (std::filesystem::exists(out, ec) && !o.force) fail("'" + out + "' already exists (use --force to replace it)");

    const std::string templatePath = core::shippedDataPath("docs/examples/starter.json");
    if (templatePath.empty()) fail("the shipped data folder was not found (set FRONTLINE_DATA_DIR)");
    core::FileRead starter = core::readInputFile(templatePath, core::kMaxScenarioBytes, "starter scenario");
    if (!starter.ok()) fail(starter.message);
    std::string text = std::move(starter.bytes);
    const std::string schema = core::shippedDataPath("scenarios/scenario.schema.json");
    if (!replaceValue(text, "id", "starter", o.id) ||
        !replaceValue(text, "$schema", "../../scenarios/scenario.schema.json", schema))
        fail("the starter scenario " + templatePath + " has no id or $schema to set");
    if (std::string error; !core::writeFileAtomically(out, text, &error)) fail("cannot write '" + out + "': " + error);
    std::cout << "Wrote " << out << ", a starter scenario with the id '" << o.id << "'. Next:\n"
              << "  frontline validate " << out << "       check it (errors as file:line:col)\n"
              << "  frontline explore " << out << "        its paths, score ranges and how gameable it is\n"
              << "  frontline graph " << out << " -o " << o.id << ".svg   its graph\n"
              << "  frontline play --text " << out << "    play it in the terminal\n"
              << "docs/scenario-format.md describes every key; the comments in the file explain its parts.\n";
}

}  // namespace

void addNewCommand(CLI::App& app) {
    static Options o;
    auto* cmd = app.add_subcommand("new", "Write a complete starter scenario to begin a new case from");
    cmd->add_option("id", o.id, "The new scenario's id (lowercase letters, digits and '-')")->required();
    cmd->add_option("--out,-o", o.out, "File to write (default: ID.json in the current folder)");
    cmd->add_flag("--force", o.force, "Replace the file if it exists");
    cmd->callback([] { run(o); });
}

}  // namespace frontline::cli
