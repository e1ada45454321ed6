#!/usr/bin/env bash
# Runs NarrativeBench (classifier test sources) with a fixed heap; see its class comment.
# Example: bench/narratives/bench.sh cv /tmp/chorus-bench/trolls.jsonl 5
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
mvn -o -q -pl classifier -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$here/target/narratives-bench.cp" >&2
exec java -Xmx${BENCH_HEAP:-4g} -cp "classifier/target/classes:classifier/target/test-classes:$(cat "$here/target/narratives-bench.cp")" \
  org.chorus.narratives.NarrativeBench "$@"
