#!/bin/sh
# usage: schema_check.sh AJV SCHEMA valid|invalid FILE...
# Checks the FILEs against SCHEMA with ajv-cli, an independent JSON Schema validator: in "valid" mode every
# file must pass, in "invalid" mode every file must be refused. rubric.json and *.schema.json are not
# scenarios and are skipped. Exits 77 (ctest SKIP) when ajv is not installed.
ajv="$1"; schema="$2"; mode="$3"; shift 3
if [ ! -x "$ajv" ]; then
    echo "ajv not found at $ajv; install it with:"
    echo "  npm install --no-save --prefix build/npm ajv-cli@5 ajv-formats"
    exit 77
fi
set --  $(for f in "$@"; do case "$(basename "$f")" in rubric.json|*.schema.json) ;; *) printf '%s\n' "$f" ;; esac; done)
if [ "$#" -eq 0 ]; then echo "FAIL: no files to check"; exit 1; fi
args=""
for f in "$@"; do args="$args -d $f"; done
# One ajv run for all files (starting node is slow); it prints "<file> valid" or "<file> invalid" per file.
out=$("$ajv" validate --spec=draft2020 --strict=false --errors=text -s "$schema" $args 2>&1)
printf '%s\n' "$out"
status=0
for f in "$@"; do
    if printf '%s\n' "$out" | grep -Fqx -- "$f valid"; then verdict=valid
    elif printf '%s\n' "$out" | grep -Fqx -- "$f invalid"; then verdict=invalid
    else
        # No verdict: ajv stopped early (a file that is not JSON at all). Check this file alone.
        if "$ajv" validate --spec=draft2020 --strict=false -s "$schema" -d "$f" >/dev/null 2>&1; then verdict=valid; else verdict=invalid; fi
        echo "$f $verdict (checked alone)"
    fi
    if [ "$verdict" != "$mode" ]; then
        echo "FAIL: $f is $verdict by the schema, expected $mode"
        status=1
    fi
done
exit $status
