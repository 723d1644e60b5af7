// `frontline validate FILE... [--json]`: checks scenario files and prints one line per problem.
// Exit 0 when every file is valid (warnings allowed), 1 when any has an error, 2 when a file cannot be
// read (missing, unreadable, too large). Every file is checked even when an earlier one is broken.
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "core/loader.h"

namespace frontline::cli {

void addValidateCommand(CLI::App& app) {
    struct Options {
        std::vector<std::string> files;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("validate", "Check scenario files against the format (docs/diagnostics.md lists every rule)");
    cmd->add_option("files", options->files, "scenario files (.json)")->required();
    cmd->add_flag("--json", options->json, "print the problems as a JSON array");
    cmd->callback([options] {
        int exitCode = 0;
        int errors = 0, warnings = 0;
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        for (const auto& file : options->files) {
            core::LoadResult result = core::loadScenarioFile(file);
            for (const auto& d : result.diagnostics) {
                if (core::isReadFailure(d)) exitCode = 2;
                else if (d.severity == core::Severity::Error && exitCode == 0) exitCode = 1;
                (d.severity == core::Severity::Error ? errors : warnings)++;
                if (options->json) {
                    all.push_back({{"file", d.file}, {"line", d.line}, {"column", d.column},
                                   {"severity", d.severity == core::Severity::Error ? "error" : "warning"},
                                   {"rule", d.rule}, {"pointer", d.pointer}, {"message", d.message}});
                } else {
                    std::cout << core::format(d) << '\n';
                }
            }
        }
        if (options->json) {
            std::cout << all.dump(2) << '\n';
        } else {
            std::cerr << options->files.size() << (options->files.size() == 1 ? " file" : " files") << " checked: " << errors
                      << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning\n" : " warnings\n");
        }
        std::cout.flush();
        if (exitCode != 0) throw CLI::RuntimeError(exitCode);
    });
}

}  // namespace frontline::cli
