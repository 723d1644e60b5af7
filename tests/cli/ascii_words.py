#!/usr/bin/env python3
"""usage: ascii_words.py SCENARIO.json ALLOWED.txt OUTPUT...
       ascii_words.py --strings STRINGS.cpp ALLOWED.txt

Fails (exit 1) when a zh output contains an ASCII word that the trainee should not read: one that is neither
in the scenario's own Chinese texts or case ids (names and ids the content gives, e.g. "TMNET"), nor in
ALLOWED.txt (one word a line: the app's commands, key names, units). File paths are skipped. Prints each
offending line. With --strings, checks the Chinese side of the window's string table instead."""
import json
import re
import sys

WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'-]*")


def zh_texts(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "zh" and isinstance(item, str):
                yield item
            else:
                yield from zh_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from zh_texts(item)


# printf placeholders (%d, %s) and environment variables the user types ($DISPLAY) are not words to translate.
NOT_WORDS = re.compile(r"%[-0-9.]*[a-zA-Z]|\$[A-Z_]+")


def unknown_words(line, allowed):
    return [w for token in line.split() if "/" not in token for w in WORD.findall(NOT_WORDS.sub("", token))
            if w.lower() not in allowed]


def read_allowed(name):
    with open(name, encoding="utf-8") as f:
        return {line.strip().lower() for line in f if line.strip() and not line.startswith("#")}


def check_strings(source, allowed):
    """The window's table: {"key", {"中文", "English"}}; the Chinese side must pass."""
    with open(source, encoding="utf-8") as f:
        text = f.read()
    bad = 0
    for key, zh in re.findall(r'\{"([a-z0-9_.-]+)",\s*\{"((?:[^"\\]|\\.)*)"', text):
        unknown = unknown_words(re.sub(r"\\[nt]", " ", zh), allowed)  # C escapes are not words
        if unknown:
            bad += 1
            print(f"{source}: {key}: {', '.join(unknown)}: {zh}")
    return 1 if bad else 0


def main():
    if sys.argv[1] == "--strings":
        return check_strings(sys.argv[2], read_allowed(sys.argv[3]))
    scenario, allowed_file, outputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(scenario, encoding="utf-8") as f:
        doc = json.load(f)
    allowed = {w.lower() for text in zh_texts(doc) for w in WORD.findall(text)}
    cases = doc.get("source", {}).get("case", [])
    for case in [cases] if isinstance(cases, str) else cases:
        allowed |= {w.lower() for w in WORD.findall(case)}
    allowed |= read_allowed(allowed_file)
    bad = 0
    for name in outputs:
        with open(name, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                unknown = unknown_words(line, allowed)
                if unknown:
                    bad += 1
                    print(f"{name}:{number}: {', '.join(unknown)}: {line.rstrip()}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
