#!/usr/bin/env bash
# Kill -9 trials: kills index, convert, label and network at moments spread over their runs and
# checks what a hard kill leaves behind. Prints markdown tables (docs/reliability.md).
#
#   scripts/kill-trials.sh [WORK_DIR] [INDEX_TRIALS]    # defaults: /tmp/chorus-kill-trials 10
#
# index: each trial starts on an empty index, is killed, then the same command is run again to
# completion; the index must then hold every distinct post of the input exactly once, and say
# so in the same figures (posts, accounts, languages, labels) as an uninterrupted run.
# convert, label, network: each trial writes over an existing output and is killed; the output
# must be byte for byte what it was. The kill leaves the temporary file it was writing; the same
# command run again must write the whole output (the same bytes as an uninterrupted run) and
# leave no temporary file beside it.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/chorus-kill-trials}"
trials="${2:-10}"
chorus="$here/chorus"
mkdir -p "$work"
cd "$work" || exit 1

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
posts_in() { "$chorus" stats --index "$1" --json 2>/dev/null | head -1 \
    | sed -n 's/.*"posts":\([0-9]*\).*/\1/p'; }

"$chorus" --version >/dev/null || exit 1   # builds the jar first if the sources changed
if [ ! -s corpus/posts.jsonl ]; then
  "$chorus" generate --posts 300000 --seed 7 --out corpus --quiet >/dev/null || exit 1
fi
input=corpus/posts.jsonl
expected=$(grep -o '^{"id":"[^"]*"' "$input" | sort -u | wc -l)

# One uninterrupted run: its duration spreads the kill moments, its stats are the reference.
rm -rf ix-ref ix-ref.rejects.jsonl
t0=$(now)
"$chorus" index --input "$input" --index ix-ref --quiet >/dev/null || exit 1
full=$(since "$t0")
"$chorus" stats --index ix-ref --json > stats-ref.jsonl

echo "## index ($expected distinct posts; uninterrupted run ${full%.*} s)"
echo
echo "| trial | killed after (s) | killed (exit 137) | committed at kill | posts expected | posts found | lost | duplicates | same stats as uninterrupted run |"
echo "|---|---|---|---|---|---|---|---|---|"
for i in $(seq "$trials"); do
  moment=$(echo "scale=1; $full * $i / ($trials + 1)" | bc)
  rm -rf ix ix.rejects.jsonl
  "$chorus" index --input "$input" --index ix --quiet >/dev/null 2>&1 &
  pid=$!
  sleep "$moment"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  killed=$([ $? = 137 ] && echo yes || echo "no, finished")
  at_kill=$(posts_in ix); at_kill=${at_kill:-0}
  "$chorus" index --input "$input" --index ix --quiet >/dev/null 2>resume.err \
    || echo "trial $i: resume failed: $(head -1 resume.err)" >&2
  found=$(posts_in ix); found=${found:-0}
  lost=$(( expected > found ? expected - found : 0 ))
  dupes=$(( found > expected ? found - expected : 0 ))
  "$chorus" stats --index ix --json > stats.jsonl
  same=$(cmp -s stats.jsonl stats-ref.jsonl && echo yes || echo NO)
  echo "| $i | $moment | $killed | $at_kill | $expected | $found | $lost | $dupes | $same |"
done
echo

# Outputs written whole or not at all. A model for label, trained on a slice of the corpus.
head -20000 "$input" > train.jsonl
[ -s model.bin ] || "$chorus" train --input train.jsonl --model model.bin --folds 0 --quiet \
    >/dev/null || exit 1

declare -A cmds=(
  [convert]="convert --input $input --output out/convert.jsonl --quiet"
  [label]="label --model model.bin --input $input --output out/label.jsonl --quiet"
  [network]="network --index ix-ref --format graphml --out out/network.graphml --quiet"
)
declare -A outs=([convert]=out/convert.jsonl [label]=out/label.jsonl [network]=out/network.graphml)
scraps() { ls -A out | grep -v "^$(basename "$1")\$" | wc -l; }  # files beside output $1

echo "## outputs (each trial writes over an existing output, is killed, then run again)"
echo
echo "| trial | killed after (s) | of a full run (s) | killed (exit 137) | writing at kill | output unchanged (sha256) | scraps left by the kill | rerun: output whole | scraps left after the rerun |"
echo "|---|---|---|---|---|---|---|---|---|"
for cmd in convert label network; do
  out=${outs[$cmd]}
  rm -rf out && mkdir out
  t0=$(now)
  "$chorus" ${cmds[$cmd]} >/dev/null || exit 1
  run=$(since "$t0")
  whole=$(sha "$out")
  for share in 0.4 0.7 0.9; do
    rm -rf out && mkdir out
    echo "output of an earlier run" > "$out"
    before=$(sha "$out")
    moment=$(echo "scale=1; $run * $share / 1" | bc)
    "$chorus" ${cmds[$cmd]} >/dev/null 2>&1 &
    pid=$!
    sleep "$moment"
    writing=$(ls -A out | grep -c '\.partial$')
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    killed=$([ $? = 137 ] && echo yes || echo "no, finished")
    unchanged=$([ "$(sha "$out")" = "$before" ] && echo yes || echo NO)
    left=$(scraps "$out")
    "$chorus" ${cmds[$cmd]} >/dev/null 2>&1
    rerun=$([ "$(sha "$out")" = "$whole" ] && echo yes || echo NO)
    echo "| $cmd | $moment | ${run%.*} | $killed | $([ "$writing" -gt 0 ] && echo yes || echo no) | $unchanged | $left | $rerun | $(scraps "$out") |"
  done
done
