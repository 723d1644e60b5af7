// `frontline validate FILE... [--json]`: checks scenario files and prints one line per problem.
// Exit 0 when every file is valid (warnings allowed), 1 when any has an error, 2 when a file cannot be
// read (missing, unreadable, too large). Every file is checked even when an earlier one is broken; a file
// named rubric.json is checked as the shared rubric, and *.schema.json only for being JSON.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.h"
#include "core/diagnostic_rules.h"
#include "core/loader.h"
#include "core/rubric_loader.h"
#include "runtime/fonts.h"

namespace frontline::cli {

void addValidateCommand(CLI::App& app) {
    struct Options {
        std::vector<std::string> files;
        bool json = false;
        bool listRules = false;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("validate",
                                   "Check scenario files against the format (docs/diagnostics.md lists every rule)");
    cmd->add_option("files", options->files, "scenario files (.json)");
    cmd->add_flag("--json", options->json, "print the problems as a JSON array");
    cmd->add_flag("--list-rules", options->listRules, "print every rule a diagnostic can carry, with its severity");
    cmd->allow_extras();  // so that usage errors exit 2, like I/O errors, rather than CLI11's own codes
    cmd->callback([options, cmd] {
        const char* usage = "usage: frontline validate FILE... [--json] | --list-rules\n";
        if (options->listRules) {
            for (const core::DiagnosticRule* rule : core::rules::all)
                std::cout << rule->code << "\t" << (rule->severity == core::Severity::Error ? "error" : "warning")
                          << "\t" << rule->summary << "\n";
            return;
        }
        for (const auto& extra : cmd->remaining()) {
            if (extra.size() > 1 && extra[0] == '-') {
                std::cerr << "frontline validate: unknown option '" << extra << "'\n" << usage;
                throw CLI::RuntimeError(2);
            }
            options->files.push_back(extra);
        }
        if (options->files.empty()) {
            std::cerr << "frontline validate: no files given\n" << usage;
            throw CLI::RuntimeError(2);
        }
        int exitCode = 0;
        int errors = 0, warnings = 0;
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        core::LoadOptions loadOptions;
        loadOptions.canDraw = runtime::uiFontsCanDraw();
        for (const auto& file : options->files) {
            // The shared rubric sits beside the scenarios; `validate scenarios/*.json` checks it as a rubric.
            // The schema beside them is only checked for being JSON.
            const std::string name = std::filesystem::path(file).filename().string();
            core::Diagnostics diagnostics;
            if (name == "rubric.json")
                diagnostics = core::loadRubricFile(file).diagnostics;
            else if (name.ends_with(".schema.json"))
                diagnostics = core::checkJsonFile(file);
            else
                diagnostics = core::loadScenarioFile(file, loadOptions).diagnostics;
            for (const auto& d : diagnostics) {
                if (core::isReadFailure(d))
                    exitCode = 2;
                else if (d.severity == core::Severity::Error && exitCode == 0)
                    exitCode = 1;
                (d.severity == core::Severity::Error ? errors : warnings)++;
                if (options->json) {
                    all.push_back({{"file", d.file},
                                   {"line", d.line},
                                   {"column", d.column},
                                   {"severity", d.severity == core::Severity::Error ? "error" : "warning"},
                                   {"rule", d.rule},
                                   {"pointer", d.pointer},
                                   {"message", d.message}});
                } else {
                    std::cout << core::format(d) << '\n';
                }
            }
        }
        if (options->json) {
            std::cout << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        } else {
            std::cerr << options->files.size() << (options->files.size() == 1 ? " file" : " files")
                      << " checked: " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
                      << (warnings == 1 ? " warning\n" : " warnings\n");
        }
        std::cout.flush();
        if (exitCode != 0) throw CLI::RuntimeError(exitCode);
    });
}

}  // namespace frontline::cli
