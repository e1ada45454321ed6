#!/usr/bin/env bash
# Spark jobs against one JVM on the same input, in one run, alternating (docs/benchmarks.md):
#   scripts/bench-spark.sh [DATA] [BASE_JAR] [ROUNDS]
# label: chorus label (one JVM, a thread per core) vs chorus spark label on local[1], local[2].
# dupes: chorus dupes on an index of DATA (INDEX, fingerprints made when it was built) vs
#        chorus spark dupes on local[1], local[2] from DATA itself (reading and fingerprinting
#        included). Prints "job config seconds peak_rss_mb" lines; same -Xmx for all.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-/work/shared/data/ira/ira-tweets.dev.csv.gz}"
base="${2:-/tmp/bench/chorus-base.jar}"
rounds="${3:-1}"
index="${INDEX:-/tmp/bench/ira-index}"
model="$here/models/hk2019-narratives.model"
out="$(mktemp -d /tmp/spark-bench.XXXX)"
export JAVA_OPTS="-Xmx6g"
run() { # job config command...
  local job=$1 config=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$out/t" "$@" >"$out/stdout" 2>"$out/stderr" || {
    echo "FAILED $job $config"; tail -5 "$out/stderr"; return 1; }
  read -r secs kb <"$out/t"
  echo "$job $config $secs $((kb / 1024))"
}
for r in $(seq "$rounds"); do
  rm -rf "$out"/l*
  run label one-jvm java $JAVA_OPTS -jar "$base" label --model "$model" --input "$data" \
    --output "$out/one.jsonl" --json -q
  for m in 1 2; do
    rm -rf "$out/l$m"
    run label "local[$m]" "$here/chorus" spark label --master "local[$m]" --input "$data" \
      --model "$model" --output "$out/l$m"
    grep -h summary "$out/stderr" >&2 || true
  done
  run dupes one-jvm java $JAVA_OPTS -jar "$base" dupes --index "$index" --json -q --limit 100000
  for m in 1 2; do
    run dupes "local[$m]" "$here/chorus" spark dupes --master "local[$m]" --input "$data" \
      --output "$out/d$m.jsonl"
    grep -h summary "$out/stderr" >&2 || true
  done
done
rm -rf "$out"
