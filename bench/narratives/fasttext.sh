#!/usr/bin/env bash
# fastText baseline on the IRA grouped split made by prepare.py: default supervised settings
# plus -wordNgrams 2; prints training seconds, predict seconds and macro-F1 of the test side.
set -euo pipefail
d=${1:-/tmp/chorus-bench}
/usr/bin/time -f "fasttext-train seconds=%e maxrss-KB=%M" fasttext supervised -input "$d/ira.ft.train" -output "$d/ira.ft" -wordNgrams 2 -thread 2 -verbose 0
/usr/bin/time -f "fasttext-predict(test) seconds=%e" fasttext predict "$d/ira.ft.bin" "$d/ira.ft.test" > "$d/ira.ft.pred"
/usr/bin/time -f "fasttext-predict(all 2,026,003) seconds=%e" fasttext predict "$d/ira.ft.bin" "$d/ira.all.txt" > /dev/null
python3 - "$d" <<'PY'
import sys
from collections import Counter
d = sys.argv[1]
truth = [l.split(" ", 1)[0] for l in open(d + "/ira.ft.test")]
pred = [l.strip() for l in open(d + "/ira.ft.pred")]
labels = sorted(set(truth) | set(pred))
f1s = []
for c in labels:
    tp = sum(1 for t, p in zip(truth, pred) if t == c and p == c)
    fp = sum(1 for t, p in zip(truth, pred) if t != c and p == c)
    fn = sum(1 for t, p in zip(truth, pred) if t == c and p != c)
    f1 = 0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
    f1s.append(f1)
    print("  %-25s F1=%.4f n=%d" % (c, f1, tp + fn))
print("fasttext macroF1=%.4f accuracy=%.4f" % (sum(f1s) / len(f1s), sum(t == p for t, p in zip(truth, pred)) / len(truth)))
PY
