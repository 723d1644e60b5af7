// `frontline edit SCENARIO [--locale zh|en]`: the scenario editor window (screens/editor_screen.cpp) on the file,
// which must be JSON (a file that cannot be read or parsed is said in one line per problem, exit 2, before any
// window opens; a scenario with errors opens, its errors listed under the graph). --tab explorer opens it on the
// explorer's summary. --select, --screenshot, --status and --play-from/--set drive it for tests: select a node, play
// from it, save PNGs, write what it shows (the explorer's numbers once they are in), and quit.
#include <iostream>

#include "commands.h"
#include "core/scenario_edit.h"
#include "core/utf8.h"
#include "window_command.h"

namespace frontline::cli {

void addEditCommand(CLI::App& app) {
    struct Args {
        std::string scenario, locale;
        game::EditorAutomation automation;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("edit", "edit a scenario in a window: its graph, an inspector, live validation");
    cmd->add_option("scenario", args->scenario, "scenario file")->required();
    cmd->add_option("--locale", args->locale, "interface language")->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--select", args->automation.select,
                    "for tests: select this node (or @N, the node of the Nth diagnostic), then quit");
    cmd->add_option("--screenshot", args->automation.screenshot, "for tests: save a PNG of the editor, then quit");
    cmd->add_option("--status", args->automation.status, "for tests: write what the editor shows, then quit");
    cmd->add_option("--play-from", args->automation.playFrom,
                    "for tests: play from this node as the 'Play from here' button does, back to the editor, quit");
    cmd->add_option("--tab", args->automation.tab, "open on this tab under the graph")
        ->check(CLI::IsMember({"diagnostics", "explorer"}));
    cmd->add_option("--set", args->automation.set, "with --play-from: the values to play with, e.g. trust.ceo=30")
        ->needs("--play-from");
    cmd->callback([args] {
        auto opened = core::ScenarioEdit::open(args->scenario);
        for (const auto& d : opened.diagnostics)
            if (d.severity == core::Severity::Error) std::cerr << core::format(d) << "\n";
        if (!opened.edit) {
            std::cerr << "frontline edit: cannot open '" << core::printable(args->scenario) << "'\n";
            throw CLI::RuntimeError(2);
        }
        int code = openEditorWindow(std::move(*opened.edit), args->locale, args->automation);
        if (code != 0) throw CLI::RuntimeError(code);
    });
}

}  // namespace frontline::cli
