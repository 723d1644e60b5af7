#!/usr/bin/env bash
# frontline strings: the export is a PO file gettext's msgfmt accepts, one entry per text a player reads; merging
# the translation back into an untranslated copy gives the translated scenario (and changes nothing else in the
# file); missing and stale entries are reported.
set -u
BIN="$1"; SRC="$2"; OUT="$3"
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT" || exit 2
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }
cp "$SRC/docs/examples/starter.json" full.json

"$BIN" strings export full.json -o full.po
check "msgfmt accepts the export" "msgfmt --check -o /dev/null full.po"
texts=$(python3 -c '
import json; d = json.load(open("full.json")); n = 3
n += sum(3 for c in d["characters"].values())
for node in d["nodes"].values():
    n += ("title" in node) + ("text" in node) + 2 * len(node.get("choices", []))
n += len(d.get("rules", []))
print(n)')
check "one entry per text ($texts)" "[[ \$(grep -c '^msgctxt ' full.po) == $texts ]]"

# An English-only copy: every {"zh", "en"} text loses its zh.
python3 - <<'PY'
import json, re
text = open("full.json", encoding="utf-8").read()
# drop "zh": "..." members inside text objects, keeping the rest of the layout
text = re.sub(r'"zh": "(?:[^"\\]|\\.)*",\s*', "", text)
open("en.json", "w", encoding="utf-8").write(text)
PY
"$BIN" strings export en.json -o en.po
check "the untranslated copy's PO has empty msgstrs" "[[ \$(grep -c '^msgstr \"\"$' en.po) == $((texts + 1)) ]]"
"$BIN" strings import en.json full.po > import.out 2>&1; rc=$?
check "merging the translation succeeds (exit $rc): $(head -1 import.out)" "[[ $rc == 0 ]] && grep -q '^$texts text(s) translated into zh' import.out"
check "the previous version is kept" "[[ -f en.json.bak ]]"
check "the merged scenario is the translated one" \
    "python3 -c 'import json,sys; sys.exit(json.load(open(\"en.json\")) != json.load(open(\"full.json\")))'"
"$BIN" validate en.json > validate.out 2>&1
check "and it validates: $(tail -1 validate.out)" "grep -q '0 errors, 0 warnings' validate.out"

# One changed translation changes one line of the file.
cp full.json one.json
sed 's/^msgstr "发薪日，银行网点的刷卡机全停了"$/msgstr "发薪日：网点刷卡机全部停摆"/' full.po > one.po
"$BIN" strings import one.json one.po > one.out 2>&1
check "one text translated: $(head -1 one.out)" "grep -q '^1 text(s) translated' one.out"
check "and exactly one line of the file changed" "[[ \$(diff full.json one.json | grep -c '^>') == 1 ]]"

# Stale and missing: a source text edited since the export, and a PO entry for a text that is gone.
cp en.json.bak stale.json
sed -i 's/"Ask first: since when/"First ask: since when/' stale.json
printf '\nmsgctxt "/nodes/gone/text"\nmsgid "x"\nmsgstr "y"\n' >> full.po
"$BIN" strings import stale.json full.po --out stale-merged.json > stale.out 2>&1; rc=$?
check "missing translations exit 1 (got $rc)" "[[ $rc == 1 ]]"
check "the edited source is stale" "grep -q 'stale: /nodes/call/choices/0/text (its source text changed' stale.out"
check "and still missing" "grep -q 'missing: /nodes/call/choices/0/text' stale.out"
check "the vanished text is stale" "grep -q 'stale: /nodes/gone/text (no such text' stale.out"
printf 'msgid "unterminated\n' > bad.po
"$BIN" strings import full.json bad.po > bad.out 2>&1; rc=$?
check "a broken PO file is refused (exit $rc)" "[[ $rc == 2 ]] && grep -q 'bad.po: error: line 1: unterminated string' bad.out"
[[ $fail == 0 ]] && echo "strings: PO round trip"
exit $fail
