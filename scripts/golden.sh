#!/usr/bin/env bash
# Records what the commands print on the bundled corpus, so a refactoring can be checked to
# leave every output byte-identical:
#   scripts/golden.sh OUT_DIR [JAR]      record
#   diff -r BEFORE_DIR AFTER_DIR         compare
# Times and durations that vary from run to run are not part of these outputs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/golden.sh OUT_DIR [JAR]}"
jar="${2:-$here/cli/target/chorus.jar}"
corpus="$here/corpus/hk2019/posts.jsonl"
model="$here/models/hk2019-narratives.model"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
chorus() { java -jar "$jar" "$@"; }

# One indexing thread: the doc order (and with it tie order) is then the input order.
chorus index --input "$corpus" --index "$work/ix" --threads 1 --quiet >/dev/null
chorus dupes --index "$work/ix" --json --quiet >"$out/dupes.jsonl"
chorus dupes --index "$work/ix" --json --quiet --window 1h --min-accounts 3 >"$out/dupes-window.jsonl"
chorus network --index "$work/ix" --out "$out/network.csv" --format csv --quiet >/dev/null
chorus network --index "$work/ix" --out "$out/network.graphml" --format graphml --quiet >/dev/null
chorus label --model "$model" --input "$corpus" --output "$out/label.jsonl" --quiet >/dev/null
chorus search --index "$work/ix" --json 'police' >"$out/search-police.jsonl"
chorus search --index "$work/ix" --json '"foreign forces"' --lang en --sort time --size 25 >"$out/search-phrase.jsonl"
chorus search --index "$work/ix" --json '暴徒' --from 2019-08-01 --to 2019-08-31 --page 2 >"$out/search-zh.jsonl"
chorus similar --index "$work/ix" --json --post "$(head -1 "$corpus" | sed 's/.*"id":"\([^"]*\)".*/\1/')" >"$out/similar.jsonl"
chorus stats --index "$work/ix" --json >"$out/stats.jsonl"
chorus cv --input "$corpus" --json --quiet --resamples 200 >"$out/cv.jsonl"
chorus eval --model "$model" --input "$corpus" --json --quiet --resamples 200 >"$out/eval.jsonl"
chorus label --model "$model" --index "$work/ix" --quiet >/dev/null
chorus search --index "$work/ix" --json --narrative protesters_violent --size 5 >"$out/search-narrative.jsonl"
# themes is left out: Smile's clustering is not repeatable run to run even with one seed.
# Wall-clock fields differ between runs; drop them so outputs compare byte for byte.
for f in "$out"/*.jsonl; do
  sed -i -E 's/"(took_ms|seconds|elapsed_ms|ms|millis)":[0-9.]+,?//g' "$f"
done
echo "recorded $(ls "$out" | wc -l) outputs in $out"
