#!/usr/bin/env bash
# Labelling throughput over the whole IRA dev file (2,026,003 tweets), Chorus against fastText's
# predict, one after the other in the same run. Chorus reads the gzip CSV itself (parsing,
# CoreNLP tokenisation, features, model, JSON Lines out); fastText reads prepare.py's
# pre-tokenised text file (no CSV parsing, no output file), so the ratio favours fastText.
# Usage: bench/narratives/throughput.sh MODEL [DATA_DIR] [PREP_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
model=$1; data=${2:-../shared/data}; prep=${3:-/tmp/chorus-bench}
/usr/bin/time -f "chorus-label wall=%e user=%U sys=%S maxrss-KB=%M" \
  java -Xmx2g -jar cli/target/chorus.jar label --model "$model" \
  --input "$data/ira/ira-tweets.dev.csv.gz" --output "$prep/ira.labels.jsonl" --threads 2 --quiet --json
/usr/bin/time -f "fasttext-predict wall=%e user=%U sys=%S maxrss-KB=%M" \
  fasttext predict "$prep/ira.ft.bin" "$prep/ira.all.txt" > /dev/null
