#!/usr/bin/env python3
"""scikit-learn baseline for `chorus bench classify`: TF-IDF + logistic regression.

Reads train/test files written by Chorus (one `label<TAB>text` line per post, identical split
for every system), writes one predicted label per test line, and prints one JSON line of
timings on stdout. Exits 77 (skipped) with a message on stderr when scikit-learn is missing.

usage: sklearn_tfidf_lr.py TRAIN.tsv TEST.tsv PREDICTIONS.txt [--max-train N] [--seed S]
"""
import argparse
import json
import random
import sys
import time

try:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:
    print("scikit-learn is not installed (Debian: apt-get install python3-sklearn); "
          "skipping the sklearn baseline", file=sys.stderr)
    sys.exit(77)


def read(path):
    labels, texts = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            label, _, text = line.rstrip("\n").partition("\t")
            labels.append(label)
            texts.append(text)
    return labels, texts


def main():
    p = argparse.ArgumentParser()
    p.add_argument("train")
    p.add_argument("test")
    p.add_argument("predictions")
    p.add_argument("--max-train", type=int, default=0,
                   help="sample at most this many training rows (0 = all)")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()

    y, x = read(a.train)
    full = len(y)
    if a.max_train and full > a.max_train:
        rows = sorted(random.Random(a.seed).sample(range(full), a.max_train))
        y = [y[i] for i in rows]
        x = [x[i] for i in rows]
    test_y, test_x = read(a.test)

    start = time.perf_counter()
    # The usual strong linear baseline: word uni+bigrams, sublinear TF, L2 logistic regression.
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    model = LogisticRegression(max_iter=1000)
    model.fit(vectorizer.fit_transform(x), y)
    train_seconds = time.perf_counter() - start

    start = time.perf_counter()
    predicted = model.predict(vectorizer.transform(test_x))
    predict_seconds = time.perf_counter() - start
    with open(a.predictions, "w", encoding="utf-8") as f:
        for label in predicted:
            f.write(label + "\n")
    print(json.dumps({"train_rows": len(y), "train_rows_available": full,
                      "train_seconds": train_seconds, "predict_seconds": predict_seconds,
                      "test_rows": len(test_y)}))


if __name__ == "__main__":
    main()
