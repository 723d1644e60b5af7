#!/usr/bin/env bash
# frontline new: the starter scenario is written with its id, validates without a warning, plays to each kind of
# ending, and is never written over an existing file (without --force) or under a name that is not an id.
set -u
BIN="$1"; OUT="$2"
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT" || exit 2
export XDG_DATA_HOME="$OUT/xdg"
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }

"$BIN" new bank-outage > new.out 2>&1; rc=$?
check "new exits 0 (got $rc)" "[[ $rc == 0 ]]"
check "the file is written" "[[ -f bank-outage.json ]]"
check "its id is set" "grep -q '\"id\": \"bank-outage\"' bank-outage.json"
check "next steps are printed" "grep -q 'frontline validate bank-outage.json' new.out"
"$BIN" validate bank-outage.json > validate.out 2>&1
check "it validates cleanly: $(tail -1 validate.out)" "grep -q '1 file checked: 0 errors, 0 warnings' validate.out"
for path in "ask-impact,tell-cause:The branch is back" "t,blame-network:complains to head office" \
            "promise-fix,tell-cause:Restored, but trust is dented"; do
    choices="${path%%:*}"; want="${path#*:}"
    "$BIN" play --text bank-outage.json --locale en --seed 1 --choices "$choices" </dev/null > play.out 2>&1
    check "play --choices $choices reaches '$want'" "grep -q '$want' play.out"
done

# explore --clock: the clock at every node of the best path, and a time in the text that disagrees is marked.
"$BIN" explore bank-outage.json --clock > clock.out 2>&1
check "the clock along the best path is printed" "grep -Eq '^ +1\. call +2025-06-25 09:10\$' clock.out"
check "and its ending's time" "grep -Eq '^ +3\. restored +2025-06-25 10:(05|10|15|25)' clock.out"
sed 's/"en": "It'"'"'s payday, there/"en": "It'"'"'s 17:30 on payday, there/' bank-outage.json > late.json
"$BIN" explore late.json --clock > late.out 2>&1
check "a time in the text that differs from the clock is marked" "grep -q 'call .*09:10  ← the text says 17:30' late.out"
check "only where it differs" "[[ \$(grep -c 'the text says' late.out) == 2 ]]"

# play --from/--set: a rehearsal from a node with chosen values, in practice mode, recorded nowhere.
before=$(find "$XDG_DATA_HOME" -name '*.json' -path '*sessions*' | wc -l)
"$BIN" play --text bank-outage.json --locale en --seed 1 --from plan --set trust.manager=80,heard_impact=true \
    --choices tell-cause </dev/null > rehearse.out 2>&1; rc=$?
check "a rehearsal plays (exit $rc)" "[[ $rc == 0 ]] && grep -q 'Rehearsal from node plan' rehearse.out"
check "from the node, with the values" "grep -Eq 'Ms Chen +trust \\[#+\\.*\\] 80' rehearse.out"
check "to the ending the values lead to" "grep -q 'The branch is back' rehearse.out"
after=$(find "$XDG_DATA_HOME" -name '*.json' -path '*sessions*' | wc -l)
check "and it is not recorded ($before sessions before, $after after)" "[[ $before == $after ]]"
"$BIN" play --text bank-outage.json --from plan --set trust.manger=3 </dev/null > badset.out 2>&1; rc=$?
check "a wrong --set is refused with exit 2 and a suggestion" \
    "[[ $rc == 2 ]] && grep -q \"no character 'manger' (did you mean 'trust.manager'?)\" badset.out"
"$BIN" play --text bank-outage.json --from plan --record x.json </dev/null > badrec.out 2>&1; rc=$?
check "a rehearsal cannot be recorded (exit $rc)" "[[ $rc == 2 ]] && [[ ! -e x.json ]]"

echo '{"kept": true}' > taken.json
"$BIN" new taken --out taken.json > exists.out 2>&1; rc=$?
check "an existing file is refused with exit 2 (got $rc)" "[[ $rc == 2 ]] && grep -q 'already exists' exists.out"
check "and left as it was" "grep -q kept taken.json"
"$BIN" new taken --out taken.json --force > /dev/null 2>&1
check "--force replaces it" "grep -q '\"id\": \"taken\"' taken.json"
"$BIN" new "Bad Id" > bad.out 2>&1; rc=$?
check "a bad id is refused with exit 2 (got $rc)" "[[ $rc == 2 ]] && grep -q 'is not a scenario id' bad.out"
[[ $fail == 0 ]] && echo "new: starter written, valid and playable"
exit $fail
