#!/usr/bin/env bash
# End-to-end tests of `frontline play --text` and `frontline replay --text` on tests/cli/fixtures/desk.json.
# Usage: session_cli_test.sh FRONTLINE_BINARY FIXTURES_DIR CASE
set -euo pipefail
FRONTLINE="$1"
FIXTURES="$2"
CASE="$3"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/data"
export LANG=C.UTF-8
SCENARIO="$TMP/desk.json"
cp "$FIXTURES/desk.json" "$SCENARIO"

fail() { echo "FAIL ($CASE): $*" >&2; exit 1; }
expect() {  # FILE TEXT: the file contains the text
    grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; cat "$1" >&2; fail "expected '$2' in $1"; }
}
reject() {
    if grep -qF -- "$2" "$1"; then cat "$1" >&2; fail "did not expect '$2' in $1"; fi
}
play() { "$FRONTLINE" play --text --columns 80 "$@"; }
# The transcript part of an output: from the title line, without the play summary and trailing blank lines.
body() { sed -n '/^Frontline — /,$p' "$1" | sed -E '/^(Player: .*\. )?Decisions: /,$d' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
# Runs a command with a silent stdin that never ends, so a play that waits for input is caught (exit 124).
no_stall() { mkfifo "$TMP/quiet"; sleep 30 >"$TMP/quiet" & local writer=$!; set +e
    timeout 10 "$@" <"$TMP/quiet"; code=$?; set -e; kill "$writer" 2>/dev/null || true; rm -f "$TMP/quiet"; }

case "$CASE" in
scripted)
    play "$SCENARIO" --seed 3 --player Tester --locale en --choices ask,own </dev/null >"$TMP/out" 2>"$TMP/err" ||
        fail "exit code $?"
    for line in "Frontline — The service desk" "== Act one ==" "== Act two ==" "[2010-08-05 09:00]" \
        "Mr Wang (CEO, Telecom):" "  The network was down for three hours yesterday. I want an answer." \
        "Mr Wang  trust [#####.....] 50  patience [#####.....] 50" "Ms Li    trust [####......] 40  patience [######....] 60" \
        ". [listen]   Ask what the outage cost them" ". [respond]  Explain that the network is very reliable" \
        ". [escalate] Call your regional director" "You have 30 s to answer." \
        "→ [listen] Ask what the outage cost them" "   P1 Customer first: you heard the cost first." \
        "== Ending: Trust earned (won) ==" "The customer stays." "Player: Tester. Decisions: 2. Playing time: 0:0"; do
        expect "$TMP/out" "$line"
    done
    reject "$TMP/out" "Say nothing"
    reject "$TMP/out" "The real case"  # desk.json has no real_case
    files=("$XDG_DATA_HOME"/frontline/sessions/desk-*-3.json)
    [[ -f "${files[0]}" ]] || fail "no session file in the default location"
    expect "$TMP/out" "To see your score: frontline score ${files[0]}"
    expect "${files[0]}" '"player": "Tester"'
    expect "${files[0]}" '"choice": "ask"'
    expect "${files[0]}" '"displayed": ['
    reject "${files[0]}" 'score'
    # The same path by displayed numbers gives the same transcript.
    n="$(grep -F '. [listen]   Ask what the outage cost them' "$TMP/out" | head -n1 | sed -E 's/^ *([0-9]+)\..*/\1/')"
    play "$SCENARIO" --seed 3 --locale en --choices "$n,1" --record "$TMP/n.json" </dev/null >"$TMP/out2" 2>/dev/null
    diff <(body "$TMP/out") <(body "$TMP/out2") || fail "numbers and ids gave different transcripts"
    ;;
chinese)
    play "$SCENARIO" --seed 5 --locale zh --choices ask,own --record "$TMP/zh.json" </dev/null >"$TMP/out" 2>/dev/null
    expect "$TMP/out" "王总（首席执行官，电信）："
    expect "$TMP/out" "王总  信任 [#####.....] 50  耐心 [#####.....] 50"
    expect "$TMP/out" "== 结局：赢得信任（成功） =="
    expect "$TMP/out" "1. [倾听] 问清楚断网给他们造成了什么损失"
    expect "$TMP/zh.json" '"locale": "zh"'
    ;;
remembered-name)
    # The name typed in the window is the terminal's default; with no name at all, none is invented.
    mkdir -p "$TMP/config/frontline"
    printf '{"player": "李雷 Lei Li"}' >"$TMP/config/frontline/settings.json"
    env -u USER -u LOGNAME -u FRONTLINE_PLAYER XDG_CONFIG_HOME="$TMP/config" \
        "$FRONTLINE" play --text --columns 80 "$SCENARIO" --seed 5 --locale zh --choices ask,own --record "$TMP/named.json" \
        </dev/null >"$TMP/named" 2>/dev/null
    expect "$TMP/named" "学员：李雷 Lei Li。决定数：2。"
    expect "$TMP/named.json" '"player": "李雷 Lei Li"'
    env -u USER -u LOGNAME -u FRONTLINE_PLAYER XDG_CONFIG_HOME="$TMP/empty-config" \
        "$FRONTLINE" play --text --columns 80 "$SCENARIO" --seed 5 --locale zh --choices ask,own --record "$TMP/anon.json" \
        </dev/null >"$TMP/anon" 2>/dev/null
    expect "$TMP/anon" "决定数：2。"
    reject "$TMP/anon" "学员："
    reject "$TMP/anon" "player"
    expect "$TMP/anon.json" '"player": ""'
    ;;
zh-only-chinese)
    # Everything the zh interface prints is Chinese: the only ASCII words allowed are the scenario's own
    # (names, ids the content gives) and a few names and commands (tests/cli/zh_allowed_words.txt).
    play "$SCENARIO" --seed 5 --locale zh --player 张三 --choices ask,own --record "$TMP/zh.json" </dev/null >"$TMP/play" 2>/dev/null
    play "$SCENARIO" --seed 5 --locale zh --player 张三 --practice --choices pitch,b,escalate --record "$TMP/p.json" </dev/null >"$TMP/practice" 2>/dev/null
    "$FRONTLINE" replay --text "$TMP/zh.json" >"$TMP/replay" 2>/dev/null
    "$FRONTLINE" replay --text "$TMP/p.json" >"$TMP/replay-p" 2>/dev/null
    "$FRONTLINE" score "$TMP/zh.json" >"$TMP/score" 2>/dev/null
    "$FRONTLINE" score "$TMP/p.json" >"$TMP/score-p" 2>/dev/null
    for f in play practice replay replay-p score score-p; do
        python3 "$(dirname "$0")/ascii_words.py" "$SCENARIO" "$(dirname "$0")/zh_allowed_words.txt" "$TMP/$f" ||
            fail "ASCII words in the zh output of $f"
    done
    expect "$TMP/score" "学员：张三"
    expect "$TMP/play" "学员：张三。"
    expect "$TMP/replay" "学员：张三。"
    ;;
graded-feedback)
    # Graded: no feedback until the end, then the feedback on every decision; practice: after each choice.
    play "$SCENARIO" --seed 3 --locale en --choices ask,own --record "$TMP/g.json" </dev/null >"$TMP/out" 2>/dev/null
    expect "$TMP/out" "Graded: the feedback on your choices comes at the end."
    sed '/^== Ending/,$d' "$TMP/out" >"$TMP/before"
    reject "$TMP/before" "you heard the cost first"
    reject "$TMP/before" "you owned it"
    sed -n '/^== Feedback on your decisions ==/,$p' "$TMP/out" >"$TMP/after"
    expect "$TMP/after" "1. [listen] Ask what the outage cost them"$'\n'
    grep -A1 -F "1. [listen] Ask what the outage cost them" "$TMP/after" | grep -qx "   P1 Customer first: you heard the cost first." ||
        fail "the feedback does not follow its decision after the ending"
    expect "$TMP/after" "2. [respond] Own the problem"
    expect "$TMP/after" "   P7 Responsiveness: you owned it."
    sed -n '/^== Ending/,/^== Feedback/p' "$TMP/out" | grep -q "^== Feedback" || fail "the feedback is not after the ending"
    "$FRONTLINE" replay --text "$TMP/g.json" >"$TMP/replay" 2>/dev/null
    sed '/^== Ending/,$d' "$TMP/replay" >"$TMP/replay-before"
    reject "$TMP/replay-before" "you heard the cost first"
    expect "$TMP/replay" "== Feedback on your decisions =="
    play "$SCENARIO" --seed 3 --locale en --practice --choices ask,own --record "$TMP/p.json" </dev/null >"$TMP/p" 2>/dev/null
    expect "$TMP/p" "Practice: feedback after each choice; type b to step back."
    grep -A1 -F "→ [listen] Ask what the outage cost them" "$TMP/p" | grep -qx "  P1 Customer first: you heard the cost first." ||
        fail "practice shows no feedback right after the choice"
    reject "$TMP/p" "== Feedback on your decisions =="
    ;;
pasted-path)
    # Waiting is the best move here, so the explorer's best path has a timeout-only choice in it.
    sed -i 's/"effects": {"patience": {"ceo": -10}}, "grades": {"P7": -1}/"effects": {"trust": {"ceo": 20}}, "grades": {"P1": 3, "P7": 3}/' "$SCENARIO"
    "$FRONTLINE" explore "$SCENARIO" >"$TMP/explore" 2>&1 || true
    best="$(sed -n '/^Best path:/{n;p}' "$TMP/explore" | tr -d ' ')"
    worst="$(sed -n '/^Worst path:/{n;p}' "$TMP/explore" | tr -d ' ')"
    [[ $best == "t,own" ]] || { cat "$TMP/explore" >&2; fail "best path printed as '$best', expected 't,own'"; }
    for path in "$best" "$worst"; do
        no_stall "$FRONTLINE" play --text "$SCENARIO" --seed 3 --locale en --choices "$path" --record "$TMP/s.json" \
            >"$TMP/out" 2>"$TMP/err"
        [[ $code == 0 ]] || { cat "$TMP/err" >&2; fail "the pasted path '$path' exits $code"; }
        expect "$TMP/out" "== Ending: "
    done
    expect "$TMP/s.json" '"type": "choice"'
    no_stall "$FRONTLINE" play --text "$SCENARIO" --seed 3 --locale en --choices "$best" --record "$TMP/b.json" >"$TMP/out" 2>&1
    expect "$TMP/out" "Time is up."
    expect "$TMP/out" "(won)"
    expect "$TMP/b.json" '"type": "timeout"'
    # A list that cannot be played stops at once with the reason and exit 3 (it used to wait on stdin, exit 0).
    check_refused() {  # CHOICES REASON
        no_stall "$FRONTLINE" play --text "$SCENARIO" --seed 3 --locale en --choices "$1" --record "$TMP/r.json" \
            >"$TMP/out" 2>"$TMP/err"
        [[ $code == 3 ]] || { cat "$TMP/err" >&2; fail "--choices $1 exits $code, expected 3"; }
        expect "$TMP/err" "$2"
    }
    check_refused "wait,own" "frontline play: --choices step 1 'wait': that choice is taken only when the time runs out: write t"
    check_refused "timeout,own" "step 1 'timeout': not one of the 3 choices shown at node 'intro'"
    check_refused "ask,t" "step 2 't': node 'call' has no time limit"
    check_refused "ask,own,own" "--choices has 1 step left after the ending (from step 3 'own')"
    check_refused "ask,b" "step 2 'b': Stepping back is only possible in practice mode"
    check_refused "ask,,own" "step 2 '': an empty step"
    expect "$TMP/r.json" '"choice": "ask"'  # what was played before the bad step is kept
    ;;
autoplay-path)
    # The same pasted best path (with its timeout) drives the window to the ending and the debrief.
    sed -i 's/"effects": {"patience": {"ceo": -10}}, "grades": {"P7": -1}/"effects": {"trust": {"ceo": 20}}, "grades": {"P1": 3, "P7": 3}/' "$SCENARIO"
    best="$("$FRONTLINE" explore "$SCENARIO" 2>/dev/null | sed -n '/^Best path:/{n;p}' | tr -d ' ')" || true
    [[ $best == *t* ]] || fail "no timeout in the best path '$best'"
    set +e
    xvfb-run -a -s "-screen 0 1280x720x24" "$FRONTLINE" --autoplay "$best" --scenario "$SCENARIO" --locale en \
        --frames-per-step 2 --screenshot-dir "$TMP/shots" >"$TMP/out" 2>&1
    code=$?
    set -e
    [[ $code == 0 ]] || { cat "$TMP/out" >&2; fail "--autoplay $best exits $code"; }
    [[ -f "$TMP/shots/debrief.png" ]] || fail "no debrief screenshot"
    session="$(ls "$XDG_DATA_HOME"/frontline/sessions/desk-*.json | head -n1)"
    expect "$session" '"type": "timeout"'
    expect "$session" '"choice": "own"'
    ;;
invalid-input)
    printf 'x\n7\n\nwait\nask\nnonsense\nown\n' |
        play "$SCENARIO" --seed 3 --record "$TMP/s.json" --locale en >"$TMP/out" 2>"$TMP/err" || fail "exit code $?"
    expect "$TMP/err" "'x' is not one of the choices: type a number from 1 to 3."
    expect "$TMP/err" "'7' is not one of the choices"
    expect "$TMP/err" "'wait' is not one of the choices"
    expect "$TMP/err" "'nonsense' is not one of the choices: type a number from 1 to 2."
    expect "$TMP/out" "== Ending: Trust earned (won) =="
    ;;
timeout)
    # 30 s limit x 0.002 = 60 ms: the first decision times out while stdin stays silent.
    (sleep 1; echo own) | play "$SCENARIO" --seed 3 --time-scale 0.002 --record "$TMP/t.json" --locale en \
        >"$TMP/out" 2>"$TMP/err" || fail "exit code $?"
    expect "$TMP/out" "Time is up."
    expect "$TMP/out" "→ [listen] Say nothing"
    expect "$TMP/out" "== Ending: A narrow escape (partial) =="
    expect "$TMP/t.json" '"type": "timeout"'
    expect "$TMP/t.json" '"choice": "wait"'
    ;;
resume)
    # A process killed while waiting for the second answer keeps the first one.
    mkfifo "$TMP/stdin"
    sleep 30 >"$TMP/stdin" 2>/dev/null &
    writer=$!
    set +e
    timeout 2 "$FRONTLINE" play --text "$SCENARIO" --seed 4 --choices pitch --record "$TMP/r.json" \
        --locale en <"$TMP/stdin" >"$TMP/out1" 2>/dev/null
    code=$?
    set -e
    kill "$writer" 2>/dev/null || true
    [[ $code == 124 ]] || fail "expected the process to be killed by timeout, got exit code $code"
    expect "$TMP/r.json" '"choice": "pitch"'
    expect "$TMP/out1" "Continue with: frontline play --resume $TMP/r.json"  # SIGTERM stops cleanly
    reject "$TMP/r.json" '"choice": "note"'
    play --resume "$TMP/r.json" --choices note </dev/null >"$TMP/out2" 2>"$TMP/err2" || fail "resume exit code $?"
    expect "$TMP/out2" "Resumed: 1 decision already taken."
    expect "$TMP/out2" "== Ending: A narrow escape (partial) =="
    expect "$TMP/r.json" '"choice": "note"'
    # End of input instead of a kill: a clean stop that says how to continue.
    play "$SCENARIO" --seed 4 --choices escalate --record "$TMP/e.json" </dev/null >"$TMP/out3" 2>/dev/null ||
        fail "EOF exit code $?"
    expect "$TMP/out3" "Continue with: frontline play --resume $TMP/e.json"
    play --resume "$TMP/e.json" --choices own </dev/null >"$TMP/out4" 2>/dev/null
    expect "$TMP/out4" "== Ending: A narrow escape (partial) =="
    play --resume "$TMP/e.json" </dev/null >"$TMP/out5" 2>/dev/null
    expect "$TMP/out5" "already reached its ending"
    ;;
practice)
    play "$SCENARIO" --seed 6 --practice --choices pitch,b,ask,own --record "$TMP/p.json" --locale en \
        </dev/null >"$TMP/out" 2>/dev/null
    expect "$TMP/out" "← You stepped back."
    expect "$TMP/out" "(won)"
    expect "$TMP/p.json" '"type": "undo"'
    expect "$TMP/p.json" '"mode": "practice"'
    set +e
    play "$SCENARIO" --seed 6 --choices pitch,b,note --record "$TMP/g.json" --locale en </dev/null >/dev/null 2>"$TMP/err"
    code=$?
    set -e
    [[ $code == 3 ]] || fail "a scripted b in graded mode should stop with exit 3, got $code"
    expect "$TMP/err" "only possible in practice mode"
    ;;
replay)
    play "$SCENARIO" --seed 8 --player Tester --choices t,own --record "$TMP/s.json" --locale en </dev/null >"$TMP/play" 2>/dev/null
    "$FRONTLINE" replay --text --columns 80 "$TMP/s.json" >"$TMP/replay" 2>"$TMP/err" || fail "replay exit code $?"
    [[ ! -s "$TMP/err" ]] || { cat "$TMP/err" >&2; fail "replay printed warnings"; }
    expect "$TMP/replay" "Replay of $TMP/s.json: player Tester, graded, started "
    expect "$TMP/replay" "Player: Tester. Decisions: 2. Playing time: "
    diff <(body "$TMP/play") <(body "$TMP/replay") || fail "replay transcript differs from play"
    ;;
changed-scenario)
    play "$SCENARIO" --seed 8 --choices ask,own --record "$TMP/s.json" --locale en </dev/null >/dev/null 2>&1
    sed -i 's/I want an answer./I want an answer now./' "$SCENARIO"
    # Replaying the edited file itself (by default replay uses the copy kept when it was played: played-copy).
    "$FRONTLINE" replay --text --scenario "$SCENARIO" "$TMP/s.json" >"$TMP/out" 2>"$TMP/err" ||
        fail "a changed text should still replay"
    expect "$TMP/out" "WARNING: the scenario file changed since this session was recorded"
    expect "$TMP/err" "changed since this session was recorded"
    sed -i 's/"id": "own"/"id": "owned"/' "$SCENARIO"
    set +e
    "$FRONTLINE" replay --text --scenario "$SCENARIO" "$TMP/s.json" >"$TMP/out" 2>"$TMP/err"
    code=$?
    set -e
    [[ $code == 1 ]] || fail "a diverging replay should exit 1, got $code"
    expect "$TMP/out" "REPLAY DIVERGES at event 2 of 2 (the scenario changed since it was recorded)."
    expect "$TMP/err" "replay diverges at event 2 (choice 'own'): node 'call' has no choice 'own'"
    set +e
    "$FRONTLINE" play --resume "$TMP/s.json" </dev/null >/dev/null 2>"$TMP/err"
    code=$?
    set -e
    [[ $code == 1 ]] || fail "resuming a diverging session should exit 1, got $code"
    expect "$TMP/err" "cannot resume"
    ;;
real-case)
    # A scenario with a real_case shows it after the ending, wrapped, in play, replay and score (text and JSON).
    sed -i '/^  "locales":/i\  "real_case": {"zh": "真实案例里，客户经理先问清三小时断网让客户损失了什么，再指定一位负责人跟进到底；客户留了下来。教训：先倾听，再承诺。", "en": "In the real case the account manager first asked what the three-hour outage had cost the customer, then named one owner who followed the fix through to the end; the customer stayed. The lesson: listen before you promise."},' "$SCENARIO"
    play "$SCENARIO" --seed 3 --locale en --choices ask,own --record "$TMP/s.json" </dev/null >"$TMP/out" 2>"$TMP/err" ||
        { cat "$TMP/err" >&2; fail "exit code $?"; }
    expect "$TMP/out" "== The real case (T-01) =="
    expect "$TMP/out" "In the real case the account manager first asked what the"
    # Wrapped to the 80 columns, and printed after the ending, before the summary.
    section="$(sed -n '/^== The real case/,/^Decisions: /p' "$TMP/out")"
    [[ "$(echo "$section" | wc -l)" -ge 4 ]] || fail "the real case is not wrapped: $section"
    echo "$section" | awk 'length > 80 { bad = 1 } END { exit bad }' || fail "a real-case line is wider than 80 columns"
    sed -n '/^== Ending/,$p' "$TMP/out" | grep -q "^== The real case" || fail "the real case is not after the ending"
    "$FRONTLINE" replay --text --columns 80 "$TMP/s.json" >"$TMP/replay" 2>/dev/null || fail "replay exit code $?"
    expect "$TMP/replay" "== The real case (T-01) =="
    "$FRONTLINE" score "$TMP/s.json" >"$TMP/score" 2>/dev/null || fail "score exit code $?"
    expect "$TMP/score" "The real case (T-01)"
    expect "$TMP/score" "  In the real case the account manager first asked"
    "$FRONTLINE" score --locale zh "$TMP/s.json" >"$TMP/score-zh" 2>/dev/null || fail "score --locale zh exit code $?"
    expect "$TMP/score-zh" "真实案例（T-01）"
    "$FRONTLINE" score --json "$TMP/s.json" 2>/dev/null |
        python3 -c 'import json,sys; s=json.load(sys.stdin)["scenario"]; print(s["cases"], s["real_case"]["zh"][:4])' >"$TMP/json"
    expect "$TMP/json" "['T-01'] 真实案例"
    play "$SCENARIO" --seed 3 --locale zh --choices ask,own </dev/null >"$TMP/zh" 2>/dev/null
    expect "$TMP/zh" "== 真实案例（T-01） =="
    ;;
corrupt-session)
    play "$SCENARIO" --seed 8 --choices ask,own --record "$TMP/s.json" </dev/null >/dev/null 2>&1
    head -c 200 "$TMP/s.json" >"$TMP/cut.json"
    set +e
    "$FRONTLINE" replay --text "$TMP/cut.json" >/dev/null 2>"$TMP/err"
    code=$?
    "$FRONTLINE" play --resume "$TMP/cut.json" </dev/null >/dev/null 2>"$TMP/err2"
    code2=$?
    set -e
    [[ $code == 1 && $code2 == 1 ]] || fail "a truncated session should exit 1, got $code and $code2"
    grep -qE "^$TMP/cut.json:[0-9]+:[0-9]+: error: the session file ends too early" "$TMP/err" ||
        { cat "$TMP/err" >&2; fail "no located diagnostic"; }
    expect "$TMP/err2" "cannot resume"
    # A field of the wrong type and binary garbage are located too (file:line:col), and exit 1.
    sed 's/"seed": 8/"seed": "eight"/' "$TMP/s.json" >"$TMP/typed.json"
    line="$(grep -n '"seed": "eight"' "$TMP/typed.json" | cut -d: -f1)"
    printf '\0\377garbage' >"$TMP/garbage.json"
    set +e
    "$FRONTLINE" replay --text "$TMP/typed.json" >/dev/null 2>"$TMP/err3"
    code3=$?
    "$FRONTLINE" replay --text "$TMP/garbage.json" >/dev/null 2>"$TMP/err4"
    code4=$?
    set -e
    [[ $code3 == 1 && $code4 == 1 ]] || fail "a bad session should exit 1, got $code3 and $code4"
    expect "$TMP/err3" "$TMP/typed.json:$line:11: error: 'seed' must be a non-negative integer [session-field-type] (/seed)"
    grep -qE "^$TMP/garbage.json:1:1: error: .*\[session-json-syntax\]" "$TMP/err4" ||
        { cat "$TMP/err4" >&2; fail "no located diagnostic for garbage"; }
    ;;
long-path)
    # The resume hint names the whole path, however long (it was cut at about 480 bytes).
    deep="$TMP/$(printf 'd%.0s' {1..200})/$(printf 'e%.0s' {1..200})/$(printf 'f%.0s' {1..200})"
    mkdir -p "$deep"
    play "$SCENARIO" --seed 8 --choices ask --record "$deep/s.json" --locale en </dev/null >"$TMP/out" 2>&1 ||
        fail "play exit code $?"
    expect "$TMP/out" "Continue with: frontline play --resume $deep/s.json"
    ;;
control-characters)
    # A player name with an escape sequence and a bell: recorded as typed, printed with U+FFFD in their place.
    name="$(printf 'ev\033[2J\033[31mil\007')"
    play "$SCENARIO" --seed 8 --player "$name" --choices ask,own --record "$TMP/s.json" --locale en </dev/null \
        >"$TMP/play" 2>&1 || fail "play exit code $?"
    expect "$TMP/s.json" '"player": "ev\u001b[2J\u001b[31mil\u0007"'
    "$FRONTLINE" replay --text "$TMP/s.json" >"$TMP/replay" 2>&1 || fail "replay exit code $?"
    "$FRONTLINE" score "$TMP/s.json" >"$TMP/score" 2>&1 || fail "score exit code $?"
    for out in play replay score; do
        if grep -q "$(printf '[\033\007]')" "$TMP/$out"; then cat -v "$TMP/$out" >&2; fail "control character in $out"; fi
    done
    expect "$TMP/replay" "player ev�[2J�[31mil�, graded"
    expect "$TMP/score" "ev�[2J�[31mil�"
    expect "$TMP/play" "Player: ev�[2J�[31mil�. Decisions: 2."
    ;;
*)
    fail "unknown case"
    ;;
esac
echo "ok: $CASE"
