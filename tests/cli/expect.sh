#!/bin/sh
# usage: expect.sh EXIT_CODE REGEX COMMAND [ARGS...]
# Runs COMMAND; passes when it exits with EXIT_CODE and its output (stdout + stderr) matches the extended
# regular expression REGEX ("" matches anything).
expected="$1"; pattern="$2"; shift 2
out=$("$@" 2>&1); rc=$?
printf '%s\n' "$out"
if [ "$rc" -ne "$expected" ]; then
    echo "FAIL: exit status $rc, expected $expected"
    exit 1
fi
if [ -n "$pattern" ] && ! printf '%s\n' "$out" | grep -Eq -- "$pattern"; then
    echo "FAIL: output does not match: $pattern"
    exit 1
fi
exit 0
