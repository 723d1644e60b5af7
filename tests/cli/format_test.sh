#!/usr/bin/env bash
# Every C++ source is laid out by the project's .clang-format, so a diff shows what changed and nothing else.
# Skipped (77) when clang-format is not installed; the README's test command installs it.
set -u
SRC="$1"
cd "$SRC" || exit 2
FORMAT=$(command -v clang-format || command -v clang-format-14 || true)
[[ -n "$FORMAT" ]] || { echo "format: clang-format not found" >&2; exit 77; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find engine game tests bench -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
    "$FORMAT" --style=file "$f" | cmp -s - "$f" || bad+=("$f")
done
if ((${#bad[@]})); then
    echo "format: ${#bad[@]} file(s) are not laid out by .clang-format; run: clang-format -i ${bad[*]}" >&2
    exit 1
fi
echo "format: ${#files[@]} files match .clang-format"
