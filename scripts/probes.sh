#!/usr/bin/env bash
# Hostile-input probes against the built command line, on a 300,000-post generated corpus.
# Each probe records the exit code and the first line of standard error, and is right when the
# exit code is the one the README's contract gives, the message names the path or option at
# fault, no stack trace is shown, and any extra check on the output holds. Prints a markdown
# table (docs/reliability.md).
#
#   scripts/probes.sh [WORK_DIR] [INDEX]     # defaults: /tmp/chorus-probes /tmp/big-ix
#
# INDEX is reused when it holds `chorus generate --posts 300000 --seed 7`; otherwise one is
# built in WORK_DIR.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/chorus-probes}"
ix="${2:-/tmp/big-ix}"
chorus="$here/chorus"
mkdir -p "$work"
cd "$work" || exit 1

"$chorus" --version >/dev/null || exit 1   # builds the jar first if the sources changed
[ -s corpus/posts.jsonl ] || "$chorus" generate --posts 300000 --seed 7 --out corpus --quiet \
    >/dev/null || exit 1
seed7='{"type":"stats","posts":300000,"accounts":7585,"first":"2019-06-01T00:00:57Z","last":"2019-09-30T23:59:52Z"}'
if [ "$("$chorus" stats --index "$ix" --json 2>/dev/null | head -1)" != "$seed7" ]; then
  ix="$work/ix"
  rm -rf "$ix"
  "$chorus" index --input corpus/posts.jsonl --index "$ix" --quiet >/dev/null || exit 1
fi
head -2000 corpus/posts.jsonl > small.jsonl
[ -s model.bin ] || "$chorus" train --input small.jsonl --model model.bin --folds 0 --quiet \
    >/dev/null || exit 1

n=0 right=0
echo "| # | probe | exit | expected | first line of stderr | right |"
echo "|---|---|---|---|---|---|"

# probe NAME EXPECTED_EXIT(regex) MUST_NAME CHECK -- COMMAND...
# MUST_NAME: text the message must contain ('' for none); CHECK: a shell test run afterwards
# ('' for none), e.g. an output's line count.
probe() {
  local name="$1" expect="$2" must="$3" check="$4"
  shift 5
  local rc ok=yes first
  timeout 600 "$@" >probe.out 2>probe.err
  rc=$?
  first=$(grep -m1 -v '^\s*$' probe.err | cut -c1-110 | sed 's/|/\\|/g')
  [[ "$rc" =~ ^($expect)$ ]] || ok=NO
  [ -z "$must" ] || grep -qF -- "$must" probe.err || ok=NO
  grep -qE $'\tat |Exception in thread' probe.err && ok="NO (stack trace)"
  [ -z "$check" ] || eval "$check" || ok="NO (check: $check)"
  n=$((n + 1))
  [ "$ok" = yes ] && right=$((right + 1))
  echo "| $n | $name | $rc | ${expect//|/ or } | ${first:--} | $ok |"
}
lines() { wc -l < "$1"; }
posts() { "$chorus" stats --index "$1" --json | head -1 | sed -n 's/.*"posts":\([0-9]*\).*/\1/p'; }

# --- the issue's reproductions ---
cp small.jsonl same.jsonl
probe "convert: same file in and out" 0 '' '[ "$(lines same.jsonl)" = 2000 ]' -- \
  "$chorus" convert --input same.jsonl --output same.jsonl --quiet
cp small.jsonl same2.jsonl
probe "label: same file in and out" 0 '' \
  '[ "$(lines same2.jsonl)" = 2000 ] && grep -q "\"scores\"" same2.jsonl' -- \
  "$chorus" label --model model.bin --input same2.jsonl --output same2.jsonl --quiet

# A second index run, refused by the first one's lock, must leave the first's rejects alone.
{ echo '{"id":"broken"'; cat corpus/posts.jsonl; } > with-bad.jsonl
rm -rf lock-ix lock-ix.rejects.jsonl
"$chorus" index --input with-bad.jsonl --index lock-ix --quiet >/dev/null 2>&1 &
first_run=$!
for _ in $(seq 100); do [ -e lock-ix/write.lock ] && break; sleep 0.1; done
probe "index: second run while the first holds the lock" 1 'lock-ix' \
  'wait "$first_run"; [ -s lock-ix.rejects.jsonl ]' -- \
  "$chorus" index --input with-bad.jsonl --index lock-ix --quiet

rm -f fsz.csv fsz.nodes.csv
probe "network csv under ulimit -f 100 (100 KB)" 1 'fsz' \
  '[ ! -e fsz.csv ] && [ -z "$(ls -A | grep partial)" ]' -- \
  bash -c "ulimit -f 100; exec $chorus network --index $ix --format csv --out fsz.csv --quiet"

long=$(printf 'x%.0s' $(seq 1200))
for s in a b c d; do
  echo "{\"id\":\"$long$s\",\"account\":\"u$s\",\"time\":\"2019-08-01T00:00:00Z\",\"text\":\"hello $s\"}"
done > long-ids.jsonl
rm -rf long-ix
probe "ids of 1,201 chars sharing their first 1,200" 0 '' '[ "$(posts long-ix)" = 4 ]' -- \
  "$chorus" index --input long-ids.jsonl --index long-ix --quiet

gzip -c corpus/posts.jsonl | head -c 5000 > truncated.jsonl.gz
rm -rf gz-ix
probe "truncated gzip (5,000 bytes of 300k posts)" 3 'truncated.jsonl.gz' '' -- \
  "$chorus" index --input truncated.jsonl.gz --index gz-ix --quiet

truncate -s 3G huge.model
probe "3 GB model file (truncate -s 3G)" 3 'huge.model' '' -- \
  "$chorus" label --model huge.model --input small.jsonl --output huge-out.jsonl --quiet
rm -f huge.model

probe "3,000 nested parentheses" 2 'parenthes' '' -- \
  "$chorus" search --index "$ix" "$(printf '(%.0s' $(seq 3000))hk$(printf ')%.0s' $(seq 3000))"
probe "12,000-term phrase" 2 'phrase' '' -- \
  "$chorus" search --index "$ix" "\"$(printf 'w%d ' $(seq 12000))\""
probe "slop ~100" 2 'slop' '' -- "$chorus" search --index "$ix" '"hong kong"~100'
probe "1,014 fuzzy terms" 2 'fuzzy' '' -- \
  "$chorus" search --index "$ix" "$(printf 'w%d~ ' $(seq 1014))"
probe "--threads 100000" 2 '--threads' '' -- \
  "$chorus" index --input small.jsonl --index t-ix --threads 100000 --quiet
probe "--threads -1" 2 '--threads' '' -- \
  "$chorus" index --input small.jsonl --index t-ix --threads -1 --quiet
probe "search --page 999999999" 2 'page 999999999' '' -- \
  "$chorus" search --index "$ix" hk --page 999999999
cp small.jsonl unreadable.jsonl && chmod 000 unreadable.jsonl
probe "unreadable input (chmod 000; root reads it anyway)" "0|3" '' '' -- \
  "$chorus" convert --input unreadable.jsonl --output unreadable-out.jsonl --quiet
mkdir -p a-folder
probe "label --model DIR" 3 'a-folder' '' -- \
  "$chorus" label --model a-folder --input small.jsonl --output o.jsonl --quiet
probe "label --output DIR" 2 '--output' '' -- \
  "$chorus" label --model model.bin --input small.jsonl --output a-folder --quiet
rm -rf missing
probe "convert to a missing folder" 0 '' '[ "$(lines missing/a/c.jsonl)" = 2000 ]' -- \
  "$chorus" convert --input small.jsonl --output missing/a/c.jsonl --quiet
probe "network to a missing folder" 0 '' '[ -s missing/b/n.csv ] && [ -s missing/b/n.nodes.csv ]' -- \
  "$chorus" network --index "$ix" --format csv --out missing/b/n.csv --quiet
probe "train --model DIR" 2 '--model' '' -- \
  "$chorus" train --input small.jsonl --model a-folder --folds 0 --quiet
mkdir -p net.nodes.csv
probe "network csv, OUT.nodes.csv a folder" 2 'net.nodes.csv' '[ ! -e net.csv ]' -- \
  "$chorus" network --index "$ix" --format csv --out net.csv --quiet

# --- more hostile input ---
: > empty.jsonl
probe "empty input file" "0|3" '' '' -- \
  "$chorus" convert --input empty.jsonl --output empty-out.jsonl --quiet
head -c 200000 /dev/urandom > garbage.csv
probe "binary garbage as CSV" 3 'garbage.csv' '' -- \
  "$chorus" index --input garbage.csv --format csv --map id=id,text=text --index garbage-ix --quiet
printf '\xef\xbb\xbfid,author,content,date\n1,a,hello world,2019-08-01\n2,b,second post,2019-08-02\n' > bom.csv
rm -rf bom-ix
probe "BOM-prefixed CSV" 0 '' '[ "$(posts bom-ix)" = 2 ]' -- \
  "$chorus" index --input bom.csv --map id=id,account=author,text=content,time=date \
  --index bom-ix --quiet
{ head -3 small.jsonl
  printf '{"id":"big","account":"u","time":"2019-08-01T00:00:00Z","text":"'
  head -c 50000000 /dev/zero | tr '\0' 'a'
  printf '"}\n'
  sed -n 4,6p small.jsonl; } > huge-line.jsonl
probe "a JSON Lines line of 50 MB" "0" '' '[ "$(lines huge-out.jsonl)" -ge 6 ]' -- \
  "$chorus" convert --input huge-line.jsonl --output huge-out.jsonl --quiet
printf '{"id":"nul1","account":"u","time":"2019-08-01T00:00:00Z","text":"a\\u0000b"}\n{"id":"nul2","account":"u","time":"2019-08-01T00:00:00Z","text":"raw \0 nul"}\n' > nul.jsonl
rm -rf nul-ix
probe "NUL bytes in text (escaped and raw)" "0" '' '[ "$(posts nul-ix)" -ge 1 ]' -- \
  "$chorus" index --input nul.jsonl --index nul-ix --quiet
probe "dupes --window 0s" 2 'window' '' -- "$chorus" dupes --index "$ix" --window 0s
probe "dupes --window -5m" 2 'window' '' -- "$chorus" dupes --index "$ix" --window -5m
probe "dupes --threshold 2" 2 'threshold' '' -- "$chorus" dupes --index "$ix" --threshold 2
probe "network --format pdf" 2 '--format' '' -- \
  "$chorus" network --index "$ix" --format pdf --out n.pdf
probe "index --format pdf" 2 'format' '' -- \
  "$chorus" index --input small.jsonl --format pdf --index f-ix
probe "search '*:*'" "0|2" '' '' -- "$chorus" search --index "$ix" '*:*'
probe "search --from after --to" 2 'from' '' -- \
  "$chorus" search --index "$ix" hk --from 2019-09-01 --to 2019-08-01
probe "search --page 0" 2 '--page' '' -- "$chorus" search --index "$ix" hk --page 0
probe "search ''" "0|2" '' '' -- "$chorus" search --index "$ix" ''
probe "dupes --min-accounts 0" 2 '--min-accounts' '' -- \
  "$chorus" dupes --index "$ix" --min-accounts 0
probe "generate --posts -5" 2 'posts' '' -- "$chorus" generate --posts -5 --out gen-neg
probe "similar --post no-such-id" 2 'no-such-id' '' -- \
  "$chorus" similar --index "$ix" --post no-such-id
probe "stats on a folder with no index" 2 'a-folder' '' -- "$chorus" stats --index a-folder
probe "index --input DIR" 3 'a-folder' '' -- \
  "$chorus" index --input a-folder --index dir-ix --quiet
probe "label --model with a posts file" 3 'small.jsonl' '' -- \
  "$chorus" label --model small.jsonl --input small.jsonl --output o2.jsonl --quiet
probe "--map to a missing column" "2|3" 'nosuch' '' -- \
  "$chorus" index --input bom.csv --map id=nosuch,account=author,text=content --index map-ix --quiet
probe "--on-error bogus" 2 '--on-error' '' -- \
  "$chorus" index --input small.jsonl --on-error bogus --index oe-ix --quiet
probe "--from not a date" 2 'not-a-date' '' -- \
  "$chorus" search --index "$ix" hk --from not-a-date

echo
echo "$n probes, $right right."
