#!/usr/bin/env bash
# Every accuracy measurement of the narrative classifier (issue 4), one after another (never two
# heavy jobs at once), each writing its report to $OUT/<name>.txt. Run from the repository root:
#   bench/classify-all.sh [DATA_DIR] [OUT_DIR]
# DATA_DIR defaults to ../shared/data. Needs fasttext and python3-sklearn (Debian) for the
# baselines; without them those rows are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
OUT="${2:-bench/out}"
mkdir -p "$OUT"
CHORUS="java ${JAVA_OPTS:--Xmx4g} -jar cli/target/chorus.jar"
./chorus --version >/dev/null   # builds the jar if stale

run() {
  local name="$1"; shift
  echo "== $name: chorus $*" | tee "$OUT/$name.txt"
  { /usr/bin/time -v $CHORUS "$@" ; } >>"$OUT/$name.txt" 2>"$OUT/$name.err" || echo "failed: see $OUT/$name.err"
}

# State-backed vs verified: 5-fold CV grouped by account (user_display_name); F1 of class 1.
run state-trolls-cv cv --input "$DATA/state-trolls/china-russia-vs-verified.csv" --folds 5 \
  --group-by account
run state-trolls-bench bench classify --input "$DATA/state-trolls/china-russia-vs-verified.csv" \
  --group-by account

# IRA: grouped 80/20 split by author; Chorus vs fastText vs sklearn on the identical split.
run ira-bench bench classify --input "$DATA/ira/ira-tweets.dev.csv.gz" --group-by account \
  --baselines fasttext,sklearn --sklearn-max-train 200000

# Propaganda diary: the reader takes JSON Lines in the Chorus schema only, so convert the diary
# to CSV with the claim's item as the account: grouping by account then groups by item.
python3 - "$DATA/narratives/propaganda-diary.jsonl" "$OUT/propaganda.csv" <<'PY'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", newline="", encoding="utf-8") as o:
    w = csv.writer(o)
    w.writerow(["id", "item", "lang", "narrative", "text"])
    for line in f:
        r = json.loads(line)
        w.writerow([r["id"], "item-%s" % r["item"], r["lang"], r["narrative"], r["text"]])
PY
run propaganda-cv cv --input "$OUT/propaganda.csv" --format csv \
  --map id=id,account=item,lang=lang,text=text,label=narrative --folds 5 --group-by account \
  --per-lang

# NLPCC-2016 stance (Chinese Weibo): no account column, so every post is its own group (the
# reader needs an account column: the post id stands in). 5 malformed rows are rejected.
run stance-zh-cv cv --input "$DATA/stance-zh/nlpcc2016-train.tsv" --format csv \
  --map id=ID,account=ID,text=TEXT,label=STANCE --folds 5 --group-by post --average-over FAVOR,AGAINST
