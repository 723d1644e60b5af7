#!/usr/bin/env bash
# End-to-end tests of the facilitator's commands: notes, report, score with many files, cohort, xapi.
# Usage: facilitator_cli_test.sh FRONTLINE_BINARY SOURCE_DIR NODE_MODULES CASE   (run from SOURCE_DIR)
# Cases that need node modules or chromium exit 77 (skipped) without them.
set -euo pipefail
FRONTLINE="$1"
SRC="$2"
MODULES="$3"
CASE="$4"
TMP="$(mktemp -d)"
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT
export XDG_DATA_HOME="$TMP/data"
export LANG=C.UTF-8
cd "$SRC"
SCORING="tests/fixtures/scoring"
SESSION="$TMP/complaint-session.json"
cp "$SCORING/complaint-session.json" "$SESSION"

fail() { echo "FAIL ($CASE): $*" >&2; exit 1; }
expect() {  # FILE TEXT: the file contains the text
    grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; head -c 4000 "$1" >&2; fail "expected '$2' in $1"; }
}
reject() {
    if grep -qF -- "$2" "$1"; then head -c 4000 "$1" >&2; fail "did not expect '$2' in $1"; fi
}
exits() {  # CODE OUT CMD...: runs CMD (stdout and stderr to OUT); its exit status must be CODE (a crash is not 1)
    local want="$1" out="$2" rc
    shift 2
    set +e
    "$@" >"$out" 2>&1
    rc=$?
    set -e
    [[ "$rc" == "$want" ]] || { head -c 4000 "$out" >&2; fail "exit $rc, expected $want: $*"; }
}
needs_node() { [[ -d "$MODULES/xapi-validation" ]] || { echo "SKIP: no $MODULES/xapi-validation (scripts/test installs it)"; exit 77; }; }
needs_chromium() { command -v chromium >/dev/null || { echo "SKIP: no chromium"; exit 77; }; }
# A sessions folder: two finished sessions, one abandoned after its first decision, a damaged (cut-off) file,
# a foreign JSON file (a scenario), and a notes file (not a session: skipped).
make_class() {
    local dir="$1"
    mkdir -p "$dir/b"
    cp "$SCORING/complaint-session.json" "$dir/li.json"
    python3 - "$SCORING/complaint-session.json" "$dir/zhang.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["player"] = "Zhang Min"
s["events"][1]["choice"] = "owner"
json.dump(s, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
    python3 - "$SCORING/complaint-session.json" "$dir/b/wang.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["player"] = "王芳"
s["events"] = s["events"][:1]
s["events"][0]["decision_ms"] = 12000
json.dump(s, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
    head -c 300 "$SCORING/complaint-session.json" >"$dir/b/cut.json"
    cp "$SCORING/complaint.json" "$dir/scenario.json"
    echo '{"format": 1, "session": "li.json", "notes": []}' >"$dir/li.notes.json"
}
chromium_run() {  # ARGS...: headless chromium, bounded in time
    timeout 60 chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --user-data-dir="$TMP/chromium" --hide-scrollbars "$@" >"$TMP/chromium.log" 2>&1 ||
        { cat "$TMP/chromium.log" >&2; fail "chromium failed"; }
}

case "$CASE" in
played-copy)
    # A session stands on its own: its scenario's bytes are kept when it starts, and replay, score and report
    # use that copy after the scenario file is edited or deleted, saying so and naming both files.
    SC="$TMP/desk/complaint.json"
    mkdir -p "$TMP/desk"
    cp "$SCORING/complaint.json" "$SC"
    "$FRONTLINE" play --text "$SC" --seed 3 --choices 1,1,1 --player "Li Wei" --record "$TMP/s.json" >/dev/null
    COPY="$XDG_DATA_HOME/frontline/scenarios/$(sha256sum "$SC" | cut -d' ' -f1).json"
    cmp "$SC" "$COPY" || fail "the played scenario was not kept at $COPY"
    index() { python3 -c 'import json,sys; print(json.load(sys.stdin)["index"]["value"])'; }
    played="$("$FRONTLINE" score --json "$TMP/s.json" | index)"
    "$FRONTLINE" replay --text --columns 80 "$TMP/s.json" >"$TMP/replay-played" 2>/dev/null
    # Edited: every grade turned around, so the current file gives another Index.
    python3 - "$SC" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
for node in s["nodes"].values():
    for c in node.get("choices", []):
        c["grades"] = {k: -v for k, v in c.get("grades", {}).items()}
json.dump(s, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY
    current="$("$FRONTLINE" score --json --scenario "$SC" "$TMP/s.json" 2>/dev/null | index)"
    [[ "$current" != "$played" ]] || fail "the edit did not change the Index ($played)"
    [[ "$("$FRONTLINE" score --json "$TMP/s.json" 2>"$TMP/err" | index)" == "$played" ]] || fail "score after an edit"
    expect "$TMP/err" "the scenario file '$SC' differs from the one played"
    expect "$TMP/err" "using the played copy '$COPY'"
    expect "$TMP/err" "--scenario $SC uses the current file"
    "$FRONTLINE" replay --text --columns 80 "$TMP/s.json" >"$TMP/replay-edited" 2>"$TMP/err"
    cmp "$TMP/replay-played" "$TMP/replay-edited" || fail "replay after an edit differs from the played one"
    expect "$TMP/err" "'$SC' differs from the one played"
    # Deleted (with its folder): the copy still replays and scores the session.
    rm -r "$TMP/desk"
    [[ "$("$FRONTLINE" score --json "$TMP/s.json" 2>"$TMP/err" | index)" == "$played" ]] || fail "score after a delete"
    expect "$TMP/err" "the scenario file '$SC' recorded in the session is gone; using the copy of the played scenario kept at '$COPY'"
    "$FRONTLINE" replay --text --columns 80 "$TMP/s.json" >"$TMP/replay-deleted" 2>"$TMP/err"
    cmp "$TMP/replay-played" "$TMP/replay-deleted" || fail "replay after a delete differs from the played one"
    "$FRONTLINE" report "$TMP/s.json" --html "$TMP/r.html" >/dev/null 2>"$TMP/err"
    expect "$TMP/err" "is gone; using the copy"
    expect "$TMP/r.html" "Li Wei"
    # Without the copy the session cannot be replayed, as before.
    rm "$COPY"
    exits 1 "$TMP/out" "$FRONTLINE" replay --text "$TMP/s.json"
    expect "$TMP/out" "does not exist"
    ;;
notes)
    before="$(sha256sum "$SESSION")"
    "$FRONTLINE" notes "$SESSION" >"$TMP/out"
    expect "$TMP/out" "no notes on complaint-session.json"
    "$FRONTLINE" notes "$SESSION" --decision 2 --text "Ask what the outage cost them first." --author "Coach Zhang" >"$TMP/out"
    expect "$TMP/out" "note added to decision 2"
    "$FRONTLINE" notes "$SESSION" --text "整体冷静，下次练习升级电话。" --author "Coach Zhang" >/dev/null
    "$FRONTLINE" notes "$SESSION" >"$TMP/out"
    expect "$TMP/out" "2 notes on complaint-session.json:"
    expect "$TMP/out" "decision 2 (detail → answer): Ask what the outage cost them first. — Coach Zhang, 20"
    expect "$TMP/out" "session: 整体冷静，下次练习升级电话。"
    [[ "$(sha256sum "$SESSION")" == "$before" ]] || fail "the session file was modified"
    [[ -f "$TMP/complaint-session.notes.json" ]] || fail "no notes file beside the session"
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [n["decision"] for n in d["notes"]] == [2, None], d' \
        "$TMP/complaint-session.notes.json" || fail "notes file content"
    [[ "$(ls -A "$TMP" | grep -c tmp)" == 0 ]] || fail "a temp file was left behind"
    ;;
notes-errors)
    exits 1 "$TMP/out" "$FRONTLINE" notes "$SESSION" --decision 4 --text "x"
    expect "$TMP/out" "decision 4 is not on this session's path (it has 3 decisions: 1..3)"
    [[ ! -e "$TMP/complaint-session.notes.json" ]] || fail "a refused note wrote a file"
    printf '{"format": 1, "session": "complaint-session.json",\n "notes": [{"decision": "two", "text": "t", "author": "", "time": ""}]}\n' \
        >"$TMP/complaint-session.notes.json"
    exits 1 "$TMP/out" "$FRONTLINE" notes "$SESSION" --text "more"
    expect "$TMP/out" "complaint-session.notes.json:2:25: error: 'decision' must be a decision number (1, 2, ...) or null [notes-field-type] (/notes/0/decision)"
    expect "$TMP/out" "the session is untouched"
    grep -q '"two"' "$TMP/complaint-session.notes.json" || fail "the damaged notes file was overwritten"
    exits 1 "$TMP/out" "$FRONTLINE" notes "$SCORING/complaint.json"
    expect "$TMP/out" "complaint.json:1:1: error: this is a scenario file, not a recorded session"
    expect "$TMP/out" "cannot read session"
    ;;
report)
    "$FRONTLINE" notes "$SESSION" --decision 2 --text "Ask what the outage cost them first." --author "Coach Zhang" >/dev/null
    "$FRONTLINE" notes "$SESSION" --text "Practise the escalation call <next week>." --author "Coach Zhang" >/dev/null
    "$FRONTLINE" report "$SESSION" --html "$TMP/report.html" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err"; fail "exit $?"; }
    expect "$TMP/out" "report written to $TMP/report.html"
    R="$TMP/report.html"
    for text in '<html lang="en">' 'Debrief: The complaint call' '<strong class="player">Li Wei</strong>' \
        '<div class="index">56 <small>/ 100</small></div>' '<div class="band">Developing</div>' '<svg class="radar"' \
        '<svg class="bars"' 'decision time 30.0 s · time ran out' 'decision time 4.1 s' 'decision time 2.5 s' \
        "Better: <span class=\"muted\">[escalate]</span> I&#39;ll put one owner on this, end to end." \
        'Responded or escalated before listening in 1 of 2' '1. What was supposed to happen' '2. What happened' \
        '3. Why' '4. What to do differently' 'The best path this scenario allows (Index of the best path 100)' \
        'left the best path at decision 1' 'Ask what the outage cost them first.' \
        'Practise the escalation call &lt;next week&gt;.' '<span class="verdict mixed">mixed</span>'; do
        expect "$R" "$text"
    done
    # Self-contained: nothing is fetched when it is opened or printed.
    for ref in '<script' '<link' 'src=' '@import' 'url(' 'href="http'; do reject "$R" "$ref"; done
    "$FRONTLINE" report "$SESSION" --html "$TMP/zh.html" --locale zh >/dev/null 2>&1
    for text in '<html lang="zh-CN">' '复盘报告' '以客户为中心指数' '有待提高' '一、本应发生什么' '决策用时 4.1 秒'; do
        expect "$TMP/zh.html" "$text"
    done
    ;;
report-errors)
    exits 1 "$TMP/out" "$FRONTLINE" report "$SCORING/complaint-session-bad.json" --html "$TMP/r.html"
    expect "$TMP/out" "choice 'owner' is not available at node 'detail'"
    expect "$TMP/out" "cannot report on"
    [[ ! -e "$TMP/r.html" ]] || fail "a report was written for a bad session"
    head -c 200 "$SESSION" >"$TMP/cut.json"
    exits 1 "$TMP/out" "$FRONTLINE" report "$TMP/cut.json" --html "$TMP/r.html"
    expect "$TMP/out" "cut.json:"
    expect "$TMP/out" "[session-json-syntax]"
    # Foreign files: empty, binary, a notes file; each is named with the reason, and no report is written.
    : >"$TMP/empty.json"
    exits 1 "$TMP/out" "$FRONTLINE" report "$TMP/empty.json" --html "$TMP/r.html"
    expect "$TMP/out" "empty.json:1:1: error: the file is empty"
    printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$TMP/shot.json"
    exits 1 "$TMP/out" "$FRONTLINE" report "$TMP/shot.json" --html "$TMP/r.html"
    expect "$TMP/out" "shot.json:1:1: error:"
    expect "$TMP/out" "invalid UTF-8"
    echo '{"format": 1, "session": "complaint-session.json", "notes": []}' >"$TMP/x.notes.json"
    exits 1 "$TMP/out" "$FRONTLINE" report "$TMP/x.notes.json" --html "$TMP/r.html"
    expect "$TMP/out" "x.notes.json:1:1: error: this is a facilitator notes file"
    [[ ! -e "$TMP/r.html" ]] || fail "a report was written for a foreign file"
    echo '{"format": 1, "session": "x", "notes": 3}' >"$TMP/complaint-session.notes.json"
    exits 1 "$TMP/out" "$FRONTLINE" report "$SESSION" --html "$TMP/r.html"
    expect "$TMP/out" "complaint-session.notes.json:1:40: error: 'notes' must be an array [notes-field-type]"
    ;;
report-chromium)
    needs_chromium
    "$FRONTLINE" notes "$SESSION" --decision 2 --text "Ask what the outage cost them first." --author "Coach Zhang" >/dev/null
    "$FRONTLINE" report "$SESSION" --html "$TMP/report.html" >/dev/null
    chromium_run --window-size=1000,1800 --screenshot="$TMP/report.png" "file://$TMP/report.html"
    chromium_run --no-pdf-header-footer --print-to-pdf="$TMP/report.pdf" "file://$TMP/report.html"
    [[ "$(head -c 8 "$TMP/report.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "no PNG screenshot"
    [[ "$(head -c 5 "$TMP/report.pdf")" == "%PDF-" ]] || fail "no PDF"
    # A rendered page has text (ink) and charts and verdicts (colour), and prints to a few pages.
    read -r w h ink colour < <(python3 "$SRC/tests/cli/png_ink.py" "$TMP/report.png")
    echo "screenshot ${w}x${h}, ink $ink, colour $colour"
    [[ "$w" == 1000 && "$h" == 1800 ]] || fail "screenshot size ${w}x${h}"
    python3 -c "import sys; sys.exit(not (0.02 < $ink < 0.5 and $colour > 0.002))" || fail "the rendered report looks empty or broken"
    pages="$(grep -ac '/Type /Page$\|/Type /Page[^s]' "$TMP/report.pdf" || true)"
    echo "PDF pages: $pages"
    [[ "$pages" -ge 1 && "$pages" -le 6 ]] || fail "PDF has $pages pages"
    if [[ -n "${FRONTLINE_SHOTS:-}" ]]; then mkdir -p "$FRONTLINE_SHOTS"; cp "$TMP/report.png" "$TMP/report.pdf" "$TMP/report.html" "$FRONTLINE_SHOTS/"; fi
    ;;
score-many)
    cp "$SCORING/complaint-session-edited.json" "$TMP/b.json"
    head -c 300 "$SESSION" >"$TMP/cut.json"
    exits 1 "$TMP/out" "$FRONTLINE" score "$SESSION" "$TMP/cut.json" "$TMP/b.json"
    expect "$TMP/out" "== $SESSION =="
    expect "$TMP/out" "== $TMP/b.json =="
    expect "$TMP/out" "cut.json:"
    [[ "$(grep -c 'Customer-Centricity Index: 56 / 100' "$TMP/out")" == 2 ]] || { cat "$TMP/out"; fail "both good files scored"; }
    "$FRONTLINE" score --json "$SESSION" "$TMP/b.json" >"$TMP/json"
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [r["index"]["value"] for r in d] == [56, 56], d' "$TMP/json" ||
        fail "--json of two files is an array of two reports"
    ;;
cohort)
    make_class "$TMP/class"
    set +e
    "$FRONTLINE" cohort "$TMP/class" --json >"$TMP/json" 2>"$TMP/err"
    rc=$?
    set -e
    [[ $rc == 1 ]] || { cat "$TMP/err"; fail "exit $rc, expected 1 (some files unreadable)"; }
    expect "$TMP/err" "cut.json:"
    expect "$TMP/err" "[session-json-syntax]"
    expect "$TMP/err" "scenario.json:1:1: error: this is a scenario file, not a recorded session (sessions are written by play and the game) [session-foreign-file]"
    reject "$TMP/err" "li.notes.json"
    python3 - "$TMP/json" <<'PY' || fail "cohort JSON content"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["cohorts"]) == 1 and len(d["errors"]) == 2, d["errors"]
c = d["cohorts"][0]
assert c["scenario"]["id"] == "complaint"
assert (c["sessions"], c["complete"], c["abandoned"]) == (3, 2, 1), c
nodes = {n["id"]: n for n in c["nodes"]}
assert nodes["open"]["trainees"] == 3 and nodes["detail"]["trainees"] == 2, nodes
assert {x["id"]: x["trainees"] for x in nodes["detail"]["choices"]} == {"probe": 0, "answer": 1, "owner": 1}, nodes["detail"]
assert {x["id"]: x["trainees"] for x in nodes["open"]["choices"]}["silence"] == 3
assert nodes["open"]["median_decision_ms"] == 30000, nodes["open"]
assert nodes["detail"]["median_decision_ms"] == 4100
rows = {r["player"]: r for r in c["trainees"]}
assert rows["王芳"]["complete"] is False and rows["王芳"]["stopped_at"] == "open", rows["王芳"]
assert rows["Li Wei"]["index"] == 56
assert c["index"]["min"] <= 56 <= c["index"]["max"] and sum(b["sessions"] for b in c["index"]["histogram"]) == 3
assert len(c["dimensions"]) >= 4 and c["dimensions"][0]["mean_percent"] is not None
print("ok")
PY
    "$FRONTLINE" cohort "$TMP/class" --csv "$TMP/class.csv" >"$TMP/out" 2>/dev/null || true
    expect "$TMP/out" "3 session(s) counted, 2 file(s) could not be read"
    expect "$TMP/out" "open (3 trainees, median 30.0 s): hear 0 pitch 0 boss 0 silence 3"
    python3 - "$TMP/class.csv" <<'PY' || fail "the CSV does not read as one row per trainee"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert sorted(r["player"] for r in rows) == sorted(["Li Wei", "Zhang Min", "王芳"]), rows
r = next(r for r in rows if r["player"] == "王芳")
assert r["finished"] == "no" and r["stopped_at"] == "open" and r["decisions"] == "1", r
assert "P1 %" in rows[0], rows[0].keys()
PY
    exits 2 "$TMP/out" "$FRONTLINE" cohort "$TMP/class" --scenario other
    expect "$TMP/out" "3 session(s) of other scenarios left out (--scenario other)"
    expect "$TMP/out" "no session could be counted"
    ;;
cohort-html)
    make_class "$TMP/class"
    "$FRONTLINE" cohort "$TMP/class" --html "$TMP/class.html" >/dev/null 2>&1 || true
    for text in 'Class debrief' 'The complaint call' '3 sessions · 2 finished · 1 abandoned part-way' '<svg class="radar"' \
        'Choices at every decision' '王芳 — stopped at open' 'Files that could not be read' '[session-json-syntax]'; do
        expect "$TMP/class.html" "$text"
    done
    for ref in '<script' '<link' 'src=' 'url('; do reject "$TMP/class.html" "$ref"; done
    # Rendered only to look at (FRONTLINE_SHOTS=DIR): the single report's chromium test covers the renderer.
    if [[ -n "${FRONTLINE_SHOTS:-}" ]] && command -v chromium >/dev/null; then
        chromium_run --window-size=1000,1600 --screenshot="$TMP/class.png" "file://$TMP/class.html"
        mkdir -p "$FRONTLINE_SHOTS"
        cp "$TMP/class.png" "$TMP/class.html" "$FRONTLINE_SHOTS/"
    fi
    ;;
xapi)
    needs_node
    "$FRONTLINE" notes "$SESSION" --decision 2 --text "Ask what the outage cost them first." --author "Coach Zhang" >/dev/null
    "$FRONTLINE" notes "$SESSION" --text "Practise the escalation call." --author "Coach Zhang" >/dev/null
    python3 - "$SCORING/complaint-session.json" "$TMP/abandoned.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); s["player"] = "王芳"; s["events"] = s["events"][:2]
json.dump(s, open(sys.argv[2], "w"), ensure_ascii=False)
PY
    "$FRONTLINE" xapi "$SESSION" "$TMP/abandoned.json" --out "$TMP/st.json" >"$TMP/out"
    expect "$TMP/out" "statements written to $TMP/st.json"
    node "$SRC/tests/cli/xapi_validate.js" "$MODULES" "$TMP/st.json" >"$TMP/valid" || { cat "$TMP/valid"; fail "invalid statements"; }
    expect "$TMP/valid" "11 statements valid"
    python3 - "$TMP/st.json" <<'PY' || fail "statement content"
import json, sys
st = json.load(open(sys.argv[1]))
verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in st]
assert verbs == ["attempted", "answered", "answered", "answered", "completed", "failed", "commented", "commented",
                 "attempted", "answered", "answered"], verbs
a = st[1]
assert a["actor"]["name"] == "Li Wei" and a["object"]["definition"]["interactionType"] == "choice"
assert [c["id"] for c in a["object"]["definition"]["choices"]] == ["hear", "pitch", "boss", "silence"]
assert a["result"] == {"response": "silence", "success": False, "duration": "PT30S",
                       "extensions": {"https://frontline.invalid/xapi/extensions/step": 1,
                                      "https://frontline.invalid/xapi/extensions/verdict": "mixed",
                                      "https://frontline.invalid/xapi/extensions/timeout": True}}, a["result"]
assert a["object"]["id"] == "https://frontline.invalid/scenarios/complaint/decisions/open"
c = st[4]
assert c["result"]["score"]["scaled"] == 0.56 and c["result"]["completion"] is True and c["result"]["duration"] == "PT36.60S", c
ext = c["context"]["extensions"]
assert ext["https://frontline.invalid/xapi/extensions/seed"] == "42"
assert ext["https://frontline.invalid/xapi/extensions/scenario-sha256"].startswith("cfc63c9a")
note = st[6]
assert note["object"] == {"objectType": "StatementRef", "id": st[2]["id"]}, note["object"]
assert note["result"]["response"] == "Ask what the outage cost them first."
assert st[7]["object"]["id"] == st[0]["id"]
assert len({s["context"]["registration"] for s in st[:8]}) == 1 and st[8]["context"]["registration"] != st[0]["context"]["registration"]
print("ok")
PY
    # A damaged session is named with the reason and left out; the others' statements are still written.
    head -c 300 "$SESSION" >"$TMP/cut.json"
    set +e
    "$FRONTLINE" xapi "$SESSION" "$TMP/cut.json" --out "$TMP/st3.json" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    set -e
    [[ $rc == 1 ]] || { cat "$TMP/err"; fail "a cut session: exit $rc, expected 1"; }
    expect "$TMP/err" "cut.json:"
    expect "$TMP/err" "[session-json-syntax]"
    expect "$TMP/err" "its statements are left out"
    python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 8' "$TMP/st3.json" || fail "the good session's statements"
    # Deterministic ids: the same sessions give the same statements, whatever the file is called.
    cp "$TMP/abandoned.json" "$TMP/moved.json"
    "$FRONTLINE" xapi "$SESSION" "$TMP/moved.json" >"$TMP/st2.json"
    cmp -s "$TMP/st.json" "$TMP/st2.json" || fail "statements differ between two runs"
    ;;
xapi-send)
    needs_node
    "$FRONTLINE" notes "$SESSION" --decision 1 --text "Silence was a choice here." --author "Coach Zhang" >/dev/null
    printf 'trainer:s3cret\n' >"$TMP/auth"
    QUEUE="$TMP/queue.json"
    start_lrs() {  # PORT: starts the loopback LRS, sets LRS_PORT
        rm -f "$TMP/port"
        node "$SRC/tests/cli/lrs_server.js" "$MODULES" "$1" "$TMP/port" &
        PIDS+=($!)
        LRS_PID=$!
        for _ in $(seq 100); do [[ -s "$TMP/port" ]] && break; sleep 0.1; done
        [[ -s "$TMP/port" ]] || fail "the loopback LRS did not start"
        LRS_PORT="$(cat "$TMP/port")"
    }
    exits 2 "$TMP/out" "$FRONTLINE" xapi "$SESSION" --send "http://127.0.0.1:9/xapi" --auth-file "$TMP/no-auth"
    expect "$TMP/out" "cannot read the auth file $TMP/no-auth"
    # The LRS is down (started to find a free port, then stopped): nothing is lost, all is queued.
    start_lrs 0
    kill "$LRS_PID"; wait "$LRS_PID" 2>/dev/null || true
    URL="http://127.0.0.1:$LRS_PORT/xapi"
    set +e
    "$FRONTLINE" xapi "$SESSION" --send "$URL" --auth-file "$TMP/auth" --queue "$QUEUE" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    set -e
    [[ $rc == 1 ]] || { cat "$TMP/err"; fail "sending to a down LRS: exit $rc, expected 1"; }
    expect "$TMP/err" "cannot reach the LRS at $URL/statements"
    expect "$TMP/out" "0 statements accepted by the LRS, 7 kept in the queue $QUEUE"
    python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 7' "$QUEUE" || fail "queue size"
    # Sending again while down does not queue the same statements twice.
    "$FRONTLINE" xapi "$SESSION" --send "$URL" --auth-file "$TMP/auth" --queue "$QUEUE" >/dev/null 2>&1 || true
    python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 7' "$QUEUE" || fail "queued twice"
    # Up again on the same port: the queue drains.
    start_lrs "$LRS_PORT"
    "$FRONTLINE" xapi --send "$URL" --auth-file "$TMP/auth" --queue "$QUEUE" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err"; fail "drain failed"; }
    expect "$TMP/out" "7 statements accepted by the LRS"
    python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == []' "$QUEUE" || fail "queue not drained"
    # Re-sending everything stores nothing twice.
    "$FRONTLINE" xapi "$SESSION" --send "$URL" --auth-file "$TMP/auth" --queue "$QUEUE" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err"; fail "re-send failed"; }
    curl -s "$URL/statements" >"$TMP/stored.json"
    python3 - "$TMP/stored.json" <<'PY' || fail "the LRS holds duplicates"
import json, sys
st = json.load(open(sys.argv[1]))["statements"]
ids = [s["id"] for s in st]
assert len(ids) == 7 and len(set(ids)) == 7, ids
assert st[0]["actor"]["name"] == "Li Wei"
PY
    # A statement the LRS already holds with other content is a conflict: reported, and dropped from the queue.
    "$FRONTLINE" notes "$SESSION" --text "A new note." --author "Coach Zhang" >/dev/null
    "$FRONTLINE" xapi "$SESSION" --out "$TMP/st.json" >/dev/null
    python3 - "$TMP/st.json" "$URL" <<'PY' || fail "could not plant a conflicting statement"
import json, sys, urllib.request
note = json.load(open(sys.argv[1]))[-1]
note["result"]["response"] = "tampered"
req = urllib.request.Request(sys.argv[2] + "/statements?statementId=" + note["id"], data=json.dumps(note).encode(),
                             method="PUT", headers={"Content-Type": "application/json", "Authorization": "Basic eDp5",
                                                    "X-Experience-API-Version": "1.0.3"})
assert urllib.request.urlopen(req, timeout=10).status == 204
PY
    set +e
    "$FRONTLINE" xapi "$SESSION" --send "$URL" --auth-file "$TMP/auth" --queue "$QUEUE" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    set -e
    [[ $rc == 1 ]] || { cat "$TMP/err"; fail "a conflict: exit $rc, expected 1"; }
    expect "$TMP/err" "the LRS already holds a different statement with id"
    expect "$TMP/out" "7 statements accepted by the LRS, 1 refused as conflicting"
    python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == []' "$QUEUE" || fail "a conflict stayed queued"
    # The loopback LRS refuses a request without the version header (so the client really sends it).
    code="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H 'Authorization: Basic eDp5' \
        --data '[]' "$URL/statements")"
    [[ "$code" == 400 ]] || fail "the test LRS accepted a request without X-Experience-API-Version ($code)"
    ;;
*)
    fail "unknown case"
    ;;
esac
echo "PASS ($CASE)"
