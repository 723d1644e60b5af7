#!/usr/bin/env bash
# The layers of docs/architecture.md, checked on the sources: engine/core includes no SFML, ImGui, runtime or game
# header; engine/text no SFML, ImGui, runtime or game; engine/runtime nothing from game/; and the core's internal
# headers (its JSON reader) are included only inside engine/core, so every other layer goes through its loaders.
set -u
SRC="$1"
cd "$SRC" || exit 2
fail=0
forbid() {  # DIR PATTERN WHY
    local hits
    hits=$(grep -rnE "^#include [<\"]($2)" "$1" --include=*.cpp --include=*.h || true)
    if [[ -n "$hits" ]]; then
        echo "layering: $3:" >&2
        echo "$hits" >&2
        fail=1
    fi
}
forbid engine/core 'SFML/|imgui|runtime/|screens/|cli/|text/' "engine/core is pure: no SFML, ImGui, runtime, text or game header"
forbid engine/text 'SFML/|imgui|runtime/|screens/|cli/' "engine/text is shared with terminal play: no SFML, ImGui or game header"
forbid engine/runtime 'screens/|cli/|text_play' "engine/runtime knows nothing of the game"
forbid engine/graph 'SFML/|imgui|runtime/|screens/|cli/|core/' "engine/graph lays out DOT text: no SFML, ImGui, core or game header"
forbid engine/core 'graph/|graphviz/' "engine/core is pure: Graphviz is reached through engine/graph"
internal='core/(json_document|json_reader)\.h'
forbid engine/runtime "$internal" "the core's JSON reader is internal (use the loaders)"
forbid engine/text "$internal" "the core's JSON reader is internal (use the loaders)"
forbid game "$internal" "the core's JSON reader is internal (use the loaders)"
exit $fail
