#!/usr/bin/env bash
# frontline looks: every shipped look and scene is listed with the scenarios that use it; --html draws each into
# one self-contained contact sheet (under Xvfb), and without a display says how to get one.
set -u
BIN="$1"; SRC="$2"; OUT="$3"
rm -rf "$OUT"; mkdir -p "$OUT"
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }
looks=$(ls "$SRC"/assets/characters/*.json | wc -l); scenes=$(ls "$SRC"/assets/scenes/*.json | wc -l)

"$BIN" looks > "$OUT/list.out" 2>&1
check "the list names every look" "[[ \$(grep -c '  used by: ' '$OUT/list.out') == $((looks + scenes)) ]]"
check "with the scenarios that use it" "grep -q '^  tm-ceo  used by: tm-crisis-2010$' '$OUT/list.out'"
check "and every scene" "grep -q '^  phone-call  used by: ' '$OUT/list.out'"

DISPLAY= "$BIN" looks --html "$OUT/none.html" > "$OUT/nodisplay.out" 2>&1; rc=$?
check "without a display: exit 2 and the xvfb-run line (got $rc)" \
    "[[ $rc == 2 ]] && grep -q 'xvfb-run -a frontline looks --html' '$OUT/nodisplay.out' && [[ ! -e '$OUT/none.html' ]]"

if ! command -v xvfb-run >/dev/null; then echo "xvfb-run missing: the drawing part is skipped"; exit 77; fi
xvfb-run -a -s "-screen 0 1280x720x24" "$BIN" looks --html "$OUT/looks.html" > "$OUT/html.out" 2>&1
check "the sheet is written: $(cat "$OUT/html.out")" "grep -q 'Wrote .*: $looks looks and $scenes scenes' '$OUT/html.out'"
python3 - "$OUT/looks.html" "$looks" "$scenes" <<'PY' || fail=1
import base64, re, sys, struct
page = open(sys.argv[1], encoding="utf-8").read()
pictures = re.findall(r'<img alt="([^"]+)" src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
want = int(sys.argv[2]) + int(sys.argv[3])
if len(pictures) != want:
    sys.exit(f"FAIL: {len(pictures)} pictures, expected {want}")
if "http" in page.replace("http://www.w3.org", ""):
    sys.exit("FAIL: the sheet refers to the network")
for name, data in pictures:
    png = base64.b64decode(data)
    width, height = struct.unpack(">II", png[16:24])
    if png[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) not in ((160, 200), (320, 180)) or len(png) < 2000:
        sys.exit(f"FAIL: the picture of {name} is not a drawn PNG ({width}x{height}, {len(png)} bytes)")
print(f"{len(pictures)} drawn pictures")
PY
[[ $fail == 0 ]] && echo "looks: listed and drawn"
exit $fail
