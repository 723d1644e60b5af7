#!/usr/bin/env bash
# A scenario's own assets/ adds to the shipped looks and scenes instead of hiding them, and validate reads every
# look and scene the scenario uses, reporting a look file's own mistakes at their line:col in that file.
set -u
BIN="$1"; SRC="$2"; OUT="$3"
rm -rf "$OUT"; mkdir -p "$OUT/case/assets/characters"; cd "$OUT/case" || exit 2
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }

# Only characters/ in the local folder, with one new look; the scenes stay the shipped ones.
sed 's/"look": "k-director"/"look": "bank-manager"/' "$SRC/docs/examples/starter.json" > bank.json
sed 's/"id": "k-director"/"id": "bank-manager"/' "$SRC/assets/characters/k-director.json" \
    > assets/characters/bank-manager.json
"$BIN" validate bank.json > clean.out 2>&1
check "a local look beside the shipped scenes validates cleanly: $(tail -1 clean.out)" \
    "grep -q '0 errors, 0 warnings' clean.out"

# The look file's typos are found, located in the look file.
sed -i 's/"glasses": "square"/"glases": "square"/; s/"style": "suit"/"style": "blazr"/' assets/characters/bank-manager.json
"$BIN" validate bank.json > typos.out 2>&1
check "a misspelt key in the look file is reported at its line:col" \
    "grep -q 'assets/characters/bank-manager.json:10:3: warning: unknown key .glases.' typos.out"
check "a wrong value in the look file is reported" "grep -q 'bank-manager.json:13:.*blazr' typos.out"

# A look defined nowhere names every folder searched.
sed 's/"look": "k-director"/"look": "nobody"/' "$SRC/docs/examples/starter.json" > nobody.json
"$BIN" validate nobody.json > nobody.out 2>&1
check "an unknown look lists the local and the shipped folder" \
    "grep -q \"look 'nobody' has no definition (looked for .*case/assets/characters/nobody.json, .*characters/nobody.json)\" nobody.out"
[[ $fail == 0 ]] && echo "assets: a scenario's own folder adds to the shipped looks and scenes"
exit $fail
