#!/usr/bin/env bash
# frontline edit under Xvfb: the editor opens on a copy of a scenario, selects a node (by id, and as a click on a
# diagnostic does), saves a screenshot and says what it shows; a node that is not there fails the run (exit 3);
# plays from a node with chosen values and comes back (--play-from/--set), and refuses values that cannot be; the
# Explorer tab shows what `frontline explore` finds, and nothing for a scenario with errors; a trap's loop is red.
# Usage: editor_test.sh FRONTLINE SOURCE_DIR OUT_DIR
set -u
FRONTLINE="$1" SRC="$2" OUT="$3"
rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
cp "$SRC/scenarios/tutorial.json" "$SRC/tests/fixtures/invalid/missing-locale.json" "$SRC/tests/fixtures/invalid/trap.json" \
    "$OUT/" || exit 1
fail=0
run() {  # NAME FILE LOCALE SELECT
    xvfb-run -a -s "-screen 0 1280x720x24" "$FRONTLINE" edit "$OUT/$2" --locale "$3" --select "$4" \
        --screenshot "$OUT/$1.png" --status "$OUT/$1.txt" 2>"$OUT/$1.err"
}
expect() {  # NAME LINE
    if ! grep -qx "$2" "$OUT/$1.txt"; then
        echo "editor $1: expected '$2' in:" >&2
        cat "$OUT/$1.txt" "$OUT/$1.err" >&2
        fail=1
    fi
}
png() {  # NAME: a real picture, not an empty one
    local size
    size=$(stat -c %s "$OUT/$1.png" 2>/dev/null || echo 0)
    if [[ "$(head -c 4 "$OUT/$1.png" 2>/dev/null | tail -c 3)" != "PNG" || "$size" -lt 20000 ]]; then
        echo "editor $1: no screenshot (size $size)" >&2
        fail=1
    fi
}

run tutorial tutorial.json en call-back || { echo "editor tutorial: exit $?" >&2; cat "$OUT/tutorial.err" >&2; fail=1; }
expect tutorial "selected call-back"
expect tutorial "nodes 13"
expect tutorial "diagnostics 0"
expect tutorial "dirty 0"
png tutorial
cmp -s "$SRC/scenarios/tutorial.json" "$OUT/tutorial.json" || { echo "editor: opening changed the file" >&2; fail=1; }

# The second diagnostic of missing-locale.json is its error, on node 'call': selecting it selects the node.
run diagnostic missing-locale.json zh @2 || { echo "editor diagnostic: exit $?" >&2; fail=1; }
expect diagnostic "selected call"
expect diagnostic "errors 1"
png diagnostic

# The Explorer tab: the editor's explorer (a worker thread) finds what `frontline explore --json` finds for the file;
# a scenario with errors is not explored. Shot in en and zh.
explored() {  # KEY: the number `frontline explore --json` prints for the tutorial
    "$FRONTLINE" explore "$OUT/tutorial.json" --json 2>/dev/null | python3 -c '
import json, sys
r = json.load(sys.stdin)
key = sys.argv[1]
print(len(r[key]) if key == "warnings" else r[key]["index"] if key in ("best", "worst") else r[key])' "$1"
}
explorer() {  # NAME FILE LOCALE SELECT
    xvfb-run -a -s "-screen 0 1280x720x24" "$FRONTLINE" edit "$OUT/$2" --locale "$3" --tab explorer --select "$4" \
        --screenshot "$OUT/$1.png" --status "$OUT/$1.txt" 2>"$OUT/$1.err"
}
states=$(explored states) paths=$(explored paths) warnings=$(explored warnings) best=$(explored best)
[[ -n "$states" && -n "$paths" && -n "$warnings" && -n "$best" ]] || { echo "editor: explore --json said nothing" >&2; fail=1; }
for locale in en zh; do
    explorer "explorer-$locale" tutorial.json $locale end-won || { echo "editor explorer-$locale: exit $?" >&2; cat "$OUT/explorer-$locale.err" >&2; fail=1; }
    expect "explorer-$locale" "tab explorer"
    expect "explorer-$locale" "explorer.states $states"
    expect "explorer-$locale" "explorer.complete 1"
    expect "explorer-$locale" "explorer.paths $paths"
    expect "explorer-$locale" "explorer.best $best"
    expect "explorer-$locale" "explorer.warnings $warnings"
    png "explorer-$locale"
done
explorer explorer-errors missing-locale.json zh call || { echo "editor explorer-errors: exit $?" >&2; fail=1; }
expect explorer-errors "errors 1"
expect explorer-errors "explorer none"
if grep -q "^explorer\." "$OUT/explorer-errors.txt"; then
    echo "editor: a scenario with errors was explored:" >&2
    cat "$OUT/explorer-errors.txt" >&2
    fail=1
fi
png explorer-errors

# A trap's loop (trap.json: 'loop' points only at itself) is drawn red; the tutorial has none.
expect tutorial "trap-edges 0"
run trap trap.json en loop || { echo "editor trap: exit $?" >&2; fail=1; }
expect trap "trap-edges 1"
expect trap "errors 1"
png trap

run nowhere tutorial.json en no-such-node
code=$?
if [[ $code -ne 3 ]] || ! grep -q "no node 'no-such-node'" "$OUT/nowhere.err"; then
    echo "editor: selecting a missing node gave exit $code:" >&2
    cat "$OUT/nowhere.err" >&2
    fail=1
fi

# Play from here: coach-check played from the editor with chosen values, as the button does; the play screen shows
# that node's text with those values, in practice, records nothing, and quitting it brings the editor back as it was.
sessions="${XDG_DATA_HOME:-$HOME/.local/share}/frontline/sessions"
before=$(find "$sessions" -type f 2>/dev/null | wc -l)
xvfb-run -a -s "-screen 0 1280x720x24" "$FRONTLINE" edit "$OUT/tutorial.json" --locale en --play-from coach-check \
    --set trust.zhou=30,patience.zhou=70,pattern_known=true,clock.hours=2 --screenshot "$OUT/play-from.png" \
    --status "$OUT/play-from.txt" 2>"$OUT/play-from.err" || { echo "editor play-from: exit $?" >&2; cat "$OUT/play-from.err" >&2; fail=1; }
expect play-from "play.node coach-check"
expect play-from "play.mode practice"
# The panel opens with the state the shortest play reaches coach-check in; --set changes four of its values.
expect play-from "panel reached clock.hours=0,trust.coach=85,patience.coach=90,trust.zhou=65,patience.zhou=50,heard_all=true,pattern_known=true,retold=0"
expect play-from "play.state clock.hours=2,trust.coach=85,patience.coach=90,trust.zhou=30,patience.zhou=70,heard_all=true,pattern_known=true,retold=0"
expect play-from "play.dialogue $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["nodes"]["coach-check"]["text"]["en"])' "$SRC/scenarios/tutorial.json")"
expect play-from "returned 1"
expect play-from "selected coach-check"
expect play-from "dirty 0"
png play-from
png play-from-play
png play-from-back
after=$(find "$sessions" -type f 2>/dev/null | wc -l)
[[ "$after" -eq "$before" ]] || { echo "editor play-from: a session was recorded ($before -> $after files)" >&2; fail=1; }

# A value the scenario does not declare, and an ending, are refused with the reason (exit 3), before any play.
refused() {  # NODE SET REASON
    local args=(--play-from "$1")
    [[ -n "$2" ]] && args+=(--set "$2")
    xvfb-run -a -s "-screen 0 1280x720x24" "$FRONTLINE" edit "$OUT/tutorial.json" --locale en "${args[@]}" \
        --status "$OUT/refused.txt" 2>"$OUT/refused.err"
    local code=$?
    if [[ $code -ne 3 ]] || ! grep -qF "$3" "$OUT/refused.err"; then
        echo "editor: --play-from $1 --set '$2' gave exit $code, expected 3 and '$3':" >&2
        cat "$OUT/refused.err" >&2
        fail=1
    fi
}
refused coach-check trust.nobody=3 "no character 'nobody'"
refused end-won "" "is an ending"
exit $fail
