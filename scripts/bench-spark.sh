#!/usr/bin/env bash
# Spark jobs against one JVM on the same input, in one run, alternating (docs/benchmarks.md):
#   scripts/bench-spark.sh [DATA] [JAR] [ROUNDS]
# label: chorus label (one JVM, a thread per core) vs chorus spark label on local[1], local[2].
# dupes: from the file to clusters, the like-for-like comparison: one JVM must index first
#        (chorus index, then chorus dupes --no-fingerprints on that index; both timed), Spark
#        reads and fingerprints the file itself. chorus dupes on a ready index is timed too.
# Prints "job config wall_s cpu_s peak_rss_mb peak_heap_mb load1" lines; -Xmx6g for all;
# peak heap is the most used before any GC (-Xlog:gc). EQUALITY=1 first runs the 200k-post
# equality tests (IraSampleTest with -Dchorus.ira.sample=200000).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-/work/shared/data/ira/ira-tweets.dev.csv.gz}"
jar="${2:-$here/cli/target/chorus.jar}"
rounds="${3:-1}"
model="$here/models/hk2019-narratives.model"
out="$(mktemp -d /tmp/spark-bench.XXXX)"
if [ "${EQUALITY:-0}" = 1 ]; then
  (cd "$here" && mvn -q -B -o -pl spark -am test -Dtest=IraSampleTest \
    -Dchorus.ira.sample=200000 -Dsurefire.failIfNoSpecifiedTests=false)
  echo "equality 200k passed"
fi
export JAVA_OPTS="-Xmx6g -Xlog:gc:file=$out/gc.log"
run() { # job config command...
  local job=$1 config=$2; shift 2
  rm -f "$out/gc.log"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$@" >"$out/stdout" 2>"$out/stderr" || {
    echo "FAILED $job $config"; tail -5 "$out/stderr"; return 1; }
  read -r secs user sys kb <"$out/t"
  local heap; heap=$(grep -o '[0-9]*M->' "$out/gc.log" | tr -d 'M>-' | sort -n | tail -1)
  echo "$job $config $secs $(echo "$user + $sys" | bc) $((kb / 1024)) ${heap:-?} $load"
}
for r in $(seq "$rounds"); do
  rm -rf "$out"/l* "$out/index"
  run label one-jvm java $JAVA_OPTS -jar "$jar" label --model "$model" --input "$data" \
    --output "$out/one.jsonl" --json -q
  for m in 2 1; do
    run label "local[$m]" "$here/chorus" spark label --master "local[$m]" --input "$data" \
      --model "$model" --output "$out/l$m"
  done
  run index one-jvm java $JAVA_OPTS -jar "$jar" index --input "$data" --index "$out/index" -q
  run dupes one-jvm-on-index java $JAVA_OPTS -jar "$jar" dupes --index "$out/index" --json -q \
    --no-fingerprints
  for m in 2 1; do
    run dupes "local[$m]" "$here/chorus" spark dupes --master "local[$m]" --input "$data" \
      --output "$out/d$m.jsonl"
  done
done
rm -rf "$out"
