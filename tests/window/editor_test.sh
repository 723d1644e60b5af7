#!/usr/bin/env bash
# frontline edit under Xvfb: the editor opens on a copy of a scenario, selects a node (by id, and as a click on a
# diagnostic does), saves a screenshot and says what it shows; a node that is not there fails the run (exit 3).
# Usage: editor_test.sh FRONTLINE SOURCE_DIR OUT_DIR
set -u
FRONTLINE="$1" SRC="$2" OUT="$3"
rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
cp "$SRC/scenarios/tutorial.json" "$SRC/tests/fixtures/invalid/missing-locale.json" "$OUT/" || exit 1
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

run nowhere tutorial.json en no-such-node
code=$?
if [[ $code -ne 3 ]] || ! grep -q "no node 'no-such-node'" "$OUT/nowhere.err"; then
    echo "editor: selecting a missing node gave exit $code:" >&2
    cat "$OUT/nowhere.err" >&2
    fail=1
fi
exit $fail
