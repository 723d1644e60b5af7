#!/usr/bin/env bash
# The app installs and runs from anywhere: copy the source tree, build and `cmake --install` it into a temporary
# prefix, delete the copy, then validate, play (--choices, the explorer's best path), replay and score from the
# installed files only, from an unrelated folder, with a fresh home.
# Usage: install_test.sh SOURCE_DIR WORK_DIR [CMAKE_CXX_COMPILER_LAUNCHER]
# WORK_DIR should be inside the build tree: the copy then sits at the same relative place as the sources, so a
# compiler cache (ccache with CCACHE_BASEDIR) hits and the build takes seconds.
set -euo pipefail
SOURCE="$(cd "$1" && pwd)"
WORK="$2"
LAUNCHER="${3:-}"
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK/src" "$WORK/home" "$WORK/elsewhere"
# The tree without version control and without build folders (anything holding a CMakeCache.txt).
excludes=(--exclude=./.git)
while IFS= read -r cache; do excludes+=("--exclude=./$(dirname "${cache#"$SOURCE"/}")"); done \
    < <(find "$SOURCE" -maxdepth 3 -name CMakeCache.txt)
tar -C "$SOURCE" "${excludes[@]}" -cf - . | tar -C "$WORK/src" -xf -

cmake -S "$WORK/src" -B "$WORK/src/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    ${LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER="$LAUNCHER"} >"$WORK/configure.log" ||
    { cat "$WORK/configure.log"; fail "configure"; }
cmake --build "$WORK/src/build" -j 2 --target frontline >"$WORK/build.log" || { tail -50 "$WORK/build.log"; fail "build"; }
cmake --install "$WORK/src/build" --prefix "$WORK/prefix" --strip >"$WORK/install.log" ||
    { cat "$WORK/install.log"; fail "install"; }
# The Debian package of the same build: its dependencies are the runtime packages dpkg-shlibdeps finds plus the
# fonts, and it holds the same tree under /usr.
(cd "$WORK/src/build" && cpack -G DEB) >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; fail "cpack -G DEB"; }
deb="$(ls "$WORK"/src/build/frontline_*.deb)"
mv "$deb" "$WORK/"
deb="$WORK/$(basename "$deb")"
rm -rf "$WORK/src"

dpkg-deb -I "$deb" >"$WORK/deb-info"
depends="$(sed -n 's/^ Depends: //p' "$WORK/deb-info")"
for dep in libsfml-graphics2.5 libsfml-audio2.5 libicu72 libssl3 libfontconfig1 libstdc++6 libgvc6 fonts-wqy-microhei; do
    [[ "$depends" == *"$dep"* ]] || { cat "$WORK/deb-info"; fail "the .deb does not depend on $dep"; }
done
[[ "$depends" != *"-dev"* && "$depends" != *graphviz* ]] ||
    { cat "$WORK/deb-info"; fail "the .deb depends on a development or unused package"; }
dpkg-deb -c "$deb" >"$WORK/deb-contents"
for f in ./usr/bin/frontline ./usr/share/frontline/scenarios/tutorial.json ./usr/share/frontline/scenarios/rubric.json \
    ./usr/share/applications/frontline.desktop ./usr/share/icons/hicolor/scalable/apps/frontline.svg; do
    grep -q " $f\$" "$WORK/deb-contents" || fail "not in the .deb: $f"
done
# Unpacked anywhere (as dpkg would under /), the packaged binary finds its data beside it.
dpkg-deb -x "$deb" "$WORK/unpacked"
env -u FRONTLINE_DATA_DIR -u XDG_DATA_DIRS HOME="$WORK/home" "$WORK/unpacked/usr/bin/frontline" validate \
    "$WORK/unpacked/usr/share/frontline/scenarios/tutorial.json" >"$WORK/deb-validate.out" 2>&1 ||
    { cat "$WORK/deb-validate.out"; fail "validate from the unpacked .deb"; }

P="$WORK/prefix"
BIN="$P/bin/frontline"
DATA="$P/share/frontline"
for f in "$BIN" "$DATA/scenarios/tutorial.json" "$DATA/scenarios/rubric.json" "$DATA/assets" "$DATA/docs/scoring.md" \
    "$P/share/applications/frontline.desktop" "$P/share/icons/hicolor/scalable/apps/frontline.svg"; do
    [[ -e "$f" ]] || fail "not installed: ${f#"$P"/}"
done
if grep -q "Exec=frontline" "$P/share/applications/frontline.desktop" && grep -q "Icon=frontline" "$P/share/applications/frontline.desktop"; then :; else
    fail "the desktop entry does not start frontline with its icon"
fi
# No path of the build machine is compiled in.
if grep -c -a -F -e "$SOURCE" -e "$WORK/src" "$BIN" >"$WORK/paths"; then fail "$(cat "$WORK/paths") source paths in the binary"; fi

cd "$WORK/elsewhere"
home=(HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config" LANG=C.UTF-8)
run() { env -u FRONTLINE_DATA_DIR -u XDG_DATA_DIRS "${home[@]}" "$BIN" "$@"; }

run validate "$DATA"/scenarios/*.json >"$WORK/validate.out" 2>&1 || { cat "$WORK/validate.out"; fail "validate"; }
grep -q " 0 errors" "$WORK/validate.out" || { cat "$WORK/validate.out"; fail "validate reported errors"; }
# A scenario file outside the data folder still finds the shipped rubric and assets.
cp "$DATA/scenarios/tutorial.json" "$WORK/elsewhere/copy.json"
run validate copy.json >"$WORK/copy.out" 2>&1 || { cat "$WORK/copy.out"; fail "validate of a copied scenario"; }
if grep -q "no-rubric\|unknown-scene\|unknown-look" "$WORK/copy.out"; then cat "$WORK/copy.out"; fail "rubric or assets not found"; fi

# An instructor's tools from the installed files: a starter scenario, and its graph drawn by Graphviz.
run new my-case >"$WORK/new.out" 2>&1 || { cat "$WORK/new.out"; fail "new"; }
run validate my-case.json >"$WORK/new-validate.out" 2>&1 || { cat "$WORK/new-validate.out"; fail "validate new"; }
grep -q "0 errors, 0 warnings" "$WORK/new-validate.out" || { cat "$WORK/new-validate.out"; fail "new: not clean"; }
run graph my-case.json -o my-case.svg >"$WORK/graph.out" 2>&1 || { cat "$WORK/graph.out"; fail "graph"; }
grep -q "<svg" my-case.svg || fail "graph wrote no SVG"

# The tutorial is easy to game on purpose, so explore warns about it and exits 1; its best path is still printed.
best="$({ run explore --json "$DATA/scenarios/tutorial.json" || [[ $? == 1 ]]; } |
    python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)["best"]["choices"]))')"
[[ -n "$best" ]] || fail "explore found no best path"
run play --text "$DATA/scenarios/tutorial.json" --locale en --seed 1 --choices "$best" --record "$WORK/session.json" \
    </dev/null >"$WORK/play.out" 2>&1 || { cat "$WORK/play.out"; fail "play"; }
grep -q "== Ending: .* (won) ==" "$WORK/play.out" || { cat "$WORK/play.out"; fail "the best path did not end won"; }
run replay --text "$WORK/session.json" >"$WORK/replay.out" 2>&1 || { cat "$WORK/replay.out"; fail "replay"; }
run score "$WORK/session.json" >"$WORK/score.out" 2>&1 || { cat "$WORK/score.out"; fail "score"; }
grep -q "Customer-Centricity Index: 100 / 100" "$WORK/score.out" || { cat "$WORK/score.out"; fail "score"; }
# A session whose scenario file is gone is scored against the installed scenario of the same id.
sed "s|$DATA/scenarios/tutorial.json|/gone/tutorial.json|" "$WORK/session.json" >"$WORK/moved.json"
run score "$WORK/moved.json" >"$WORK/moved.out" 2>&1 || { cat "$WORK/moved.out"; fail "score of a moved session"; }
# It is scored against the copy of the played scenario kept when it started; without that copy, against the
# installed scenario of the same id.
grep -q "using the copy of the played scenario" "$WORK/moved.out" || { cat "$WORK/moved.out"; fail "moved session"; }
grep -q "Customer-Centricity Index: 100 / 100" "$WORK/moved.out" || { cat "$WORK/moved.out"; fail "moved session score"; }
kept="$(sed -n "s/.*kept at '\(.*\)'.*/\1/p" "$WORK/moved.out")"
[[ -f "$kept" ]] || fail "the kept copy named in the message is not there: $kept"
rm -f "$kept"
run score "$WORK/moved.json" >"$WORK/moved2.out" 2>&1 || { cat "$WORK/moved2.out"; fail "score of a moved session without its copy"; }
grep -q "using $DATA/scenarios/tutorial.json" "$WORK/moved2.out" || { cat "$WORK/moved2.out"; fail "moved session without its copy"; }
# The override wins, and a wrong one is reported rather than ignored.
env "${home[@]}" FRONTLINE_DATA_DIR=/nonexistent "$BIN" validate copy.json >"$WORK/override.out" 2>&1 || true
grep -q "no-rubric" "$WORK/override.out" || { cat "$WORK/override.out"; fail "FRONTLINE_DATA_DIR was not used"; }
rm -rf "$WORK"
echo "installed, ran from $P without the sources: validate, play, replay, score; $(basename "$deb") depends on: $depends"
