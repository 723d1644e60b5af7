#!/usr/bin/env bash
# Terminal play under faults: a full disk, a read-only or unmakeable data folder, a second recorder of the same
# file, and SIGKILL at random moments. Every decision the screen acknowledged must be in the session file, the
# file must stay valid, resume must finish, and no temp file may survive the next start.
# Usage: crash_safety_test.sh FRONTLINE_BINARY SCENARIO CASE   (KILL_TRIALS=N sets the kill case's trials, default 25)
set -euo pipefail
FRONTLINE="$1"
SCENARIO="$2"
CASE="$3"
TMP="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/data" LANG=C.UTF-8
cd "$TMP"

fail() { echo "FAIL ($CASE): $*" >&2; exit 1; }
events() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$1"; }
acknowledged() { grep -c '^→' "$1" || true; }  # one outcome line per decision the trainee saw accepted
ones() { local s=1; for _ in $(seq 2 "$1"); do s="$s,1"; done; echo "$s"; }
# A decision that could not be saved: exit 4, the reason and the way to continue shown, no claim of a saved
# session, and the file holds exactly the decisions the screen acknowledged (at least one).
save_refused() {
    local what=$1 code=$2 file=$3 out=$4
    [[ $code == 4 ]] || fail "$what: exit status $code, expected 4 (a decision could not be saved)"
    grep -qF "cannot save $file" "$out" || fail "$what: the reason is not shown"
    grep -qF "continue with: frontline play --resume $file" "$out" || fail "$what: no way to continue is shown"
    grep -qF "Session saved" "$out" && fail "$what: claims the session was saved"
    local saved shown
    saved=$(events "$file"); shown=$(acknowledged "$out")
    [[ $saved -ge 1 && $saved == "$shown" ]] || fail "$what: $shown decisions acknowledged, $saved in the file"
}
# Runs a command as a player who cannot write where permissions forbid it: root ignores them, so as root it runs
# as nobody (the temp folder is opened up for that).
as_player() {
    if [[ $(id -u) == 0 ]]; then
        chmod 755 "$TMP"
        setpriv --reuid=65534 --regid=65534 --clear-groups -- env HOME="$TMP" "$@"
    else
        "$@"
    fi
}
writable_by_player() { mkdir -p "$@"; if [[ $(id -u) == 0 ]]; then chown 65534:65534 "$@"; fi; }
# Terminal play fed from stdin, as a trainee types; prints the exit status (a crash would be 128 + a signal).
play_typed() {
    local out="$1"; shift
    set +e
    printf '1\n%.0s' $(seq 60) | as_player "$FRONTLINE" play --text "$@" >"$out" 2>&1
    echo "${PIPESTATUS[1]}"
    set -e
}

case "$CASE" in
disk-full)
    # A file size limit makes the disk "full" after a few decisions (no root needed); XFSZ ignored so the
    # write fails with EFBIG instead of killing the process.
    set +e
    sh -c "trap '' XFSZ; ulimit -f 3; exec \"$FRONTLINE\" play --text --seed 1 --player T --choices $(ones 300) \
           --record s.json \"$SCENARIO\" 2>&1" </dev/null | cat >out.txt
    code=${PIPESTATUS[0]}
    set -e
    cat out.txt
    save_refused "disk full" "$code" s.json out.txt
    grep -qF "cannot save s.json: write failed: File too large" out.txt || fail "the reason is not shown"
    [[ -z $(ls -A | grep tmp-) ]] || fail "temp files left: $(ls -A)"
    # With room again, the session resumes from the last good decision and finishes.
    "$FRONTLINE" play --text --resume s.json --choices "$(ones 300)" </dev/null >resumed.txt 2>&1 || true
    grep -qF "Session saved to s.json" resumed.txt || { cat resumed.txt; fail "resume did not finish"; }
    ;;
data-folder)
    # The default data folder cannot be made (XDG_DATA_HOME under a file) or is read-only: play says where and
    # why before the first decision, exits 1, and leaves nothing behind.
    touch a-file
    mkdir -p ro ro-made/frontline/sessions ro-made/frontline/scenarios
    chmod -R 555 ro ro-made
    for data in "$TMP/a-file/data" "$TMP/ro" "$TMP/ro-made"; do
        code=$(XDG_DATA_HOME="$data" play_typed out.txt --seed 1 --player T "$SCENARIO")
        cat out.txt
        [[ $code == 1 ]] || fail "XDG_DATA_HOME=$data: exit status $code, expected 1"
        grep -qE "^frontline play: cannot (create|record to) $data/frontline/sessions.*: (Not a directory|Permission denied)$" \
            out.txt || fail "XDG_DATA_HOME=$data: the player is not told where and why"
        grep -q '^→' out.txt && fail "XDG_DATA_HOME=$data: play went on without a session file"
        [[ -z $(find "$TMP/ro" "$TMP/ro-made" -type f) ]] || fail "XDG_DATA_HOME=$data: files written"
    done
    # The folder turns read-only during play: the next decision is refused (exit 4), the file keeps every
    # decision acknowledged before it, and resume finishes once the folder is writable again.
    writable_by_player rec
    mkfifo in
    as_player "$FRONTLINE" play --text --seed 1 --player T --record rec/s.json "$SCENARIO" <in >out.txt 2>&1 &
    player=$!
    # A player that has already exited must not kill this script with SIGPIPE: the checks below say what it did.
    trap '' PIPE
    exec 3>in
    echo 1 >&3 || true
    for _ in $(seq 200); do grep -q '^→' out.txt && break; sleep 0.05; done
    chmod 555 rec
    printf '1\n1\n1\n' >&3 || true
    exec 3>&-
    trap - PIPE
    set +e
    wait "$player"
    code=$?
    set -e
    cat out.txt
    save_refused "read-only during play" "$code" rec/s.json out.txt
    # Resuming into the read-only folder is refused without touching the file; writable again, it finishes.
    before=$(sha256sum <rec/s.json)
    code=$(play_typed resumed.txt --resume rec/s.json)
    cat resumed.txt
    [[ $code == 1 ]] || fail "resume into a read-only folder: exit status $code, expected 1"
    grep -qE "cannot (save|record to) rec/s.json: Permission denied" resumed.txt || fail "resume does not say why"
    [[ $(sha256sum <rec/s.json) == "$before" ]] || fail "the refused resume changed the file"
    chmod 755 rec
    code=$(play_typed resumed.txt --resume rec/s.json --choices "$(ones 300)")
    grep -qF "Session saved to rec/s.json" resumed.txt || { cat resumed.txt; fail "resume did not finish ($code)"; }
    [[ -z $(ls -A rec | grep tmp-) ]] || fail "temp files left: $(ls -A rec)"
    ;;
lock)
    mkfifo in
    sleep 30 >in &
    "$FRONTLINE" play --text --seed 1 --record s.json "$SCENARIO" <in >first.txt 2>&1 &
    first=$!
    for _ in $(seq 50); do [[ -e .s.json.lock ]] && break; sleep 0.1; done
    set +e
    "$FRONTLINE" play --text --seed 1 --choices 1 --record s.json "$SCENARIO" </dev/null >second.txt 2>&1
    code=$?
    set -e
    cat second.txt
    [[ $code == 1 ]] || fail "a second recorder of s.json exited $code, expected 1"
    grep -qF "s.json is being recorded by another frontline process right now" second.txt || fail "no reason given"
    kill -9 "$first"; wait "$first" 2>/dev/null || true
    # A killed holder leaves its lock file but not its lock: the next player records normally.
    "$FRONTLINE" play --text --seed 1 --choices 1 --record s.json "$SCENARIO" </dev/null >third.txt 2>&1 \
        || { cat third.txt; fail "the lock of a killed process is still held"; }
    [[ $(events s.json) == 1 ]] || fail "the third recorder's decision is not in the file"
    [[ ! -e .s.json.lock ]] || fail "the lock file was not removed after a normal exit"
    ;;
kill)
    # SIGKILL at random moments of a paced play, then resume: nothing acknowledged is lost.
    RANDOM=7
    trials="${KILL_TRIALS:-25}"
    killed_mid_session=0
    for trial in $(seq 1 "$trials"); do
        rm -f s.json out.txt; mkfifo in
        (for _ in $(seq 40); do echo 1; sleep 0.01; done; sleep 5) >in &
        feeder=$!
        "$FRONTLINE" play --text --seed "$trial" --record s.json "$SCENARIO" <in >out.txt 2>&1 &
        player=$!
        # Kill once the first decision was acknowledged, then a random moment later: on a busy machine a fixed
        # delay from the start often lands before the first decision and proves nothing.
        for _ in $(seq 200); do grep -q '^→' out.txt 2>/dev/null && break; sleep 0.05; done
        sleep "0.$((RANDOM % 30 + 1))"
        kill -9 "$player" 2>/dev/null || true
        wait "$player" 2>/dev/null || true
        kill "$feeder" 2>/dev/null || true; wait "$feeder" 2>/dev/null || true
        rm -f in
        shown=$(acknowledged out.txt)
        if [[ ! -e s.json ]]; then
            [[ $shown == 0 ]] || fail "trial $trial: $shown decisions acknowledged and no session file"
            continue
        fi
        saved=$(events s.json) || fail "trial $trial: the session file is not valid JSON"
        [[ $saved -ge $shown ]] || fail "trial $trial: $shown decisions acknowledged, only $saved in the file"
        "$FRONTLINE" play --text --resume s.json --choices "$(ones 300)" </dev/null >resumed.txt 2>&1 || true
        grep -qF "Session saved to s.json" resumed.txt || { cat resumed.txt; fail "trial $trial: resume did not finish"; }
        [[ -z $(ls -A | grep tmp-) ]] || fail "trial $trial: temp files survived the next start: $(ls -A)"
        echo "trial $trial: $shown acknowledged, $saved saved, resumed to the end"
        [[ $saved -ge 1 ]] && killed_mid_session=$((killed_mid_session + 1))
    done
    # The trials must actually have cut sessions part-way, or they prove nothing.
    [[ $killed_mid_session -ge $(((trials * 2 + 4) / 5)) ]] \
        || fail "only $killed_mid_session of $trials kills landed mid-session (at least 40 % must)"
    ;;
special-files)
    # A session whose recorded scenario is a device or a FIFO: every command refuses it at once (no 8 GB read
    # of /dev/zero, no wait on a FIFO forever), naming the file and the reason.
    "$FRONTLINE" play --text --seed 1 --choices 1 --record s.json "$SCENARIO" </dev/null >/dev/null 2>&1
    mkfifo pipe.json
    for target in /dev/zero "$TMP/pipe.json"; do
        python3 -c 'import json,sys; d=json.load(open("s.json")); d["scenario"]["file"]=sys.argv[1]; json.dump(d,open("bad.json","w"))' "$target"
        for command in "replay --text bad.json" "score bad.json" "play --text --resume bad.json" "validate $target"; do
            set +e
            # shellcheck disable=SC2086
            timeout 20 "$FRONTLINE" $command </dev/null >out.txt 2>&1
            code=$?
            set -e
            [[ $code == 1 || $code == 2 ]] || { cat out.txt; fail "'$command' with $target exited $code"; }
            grep -qF "$target: error: is not a regular file (a device, FIFO or socket)" out.txt \
                || { cat out.txt; fail "'$command' with $target does not say why"; }
        done
    done
    ;;
*) fail "unknown case" ;;
esac
echo "PASS ($CASE)"
