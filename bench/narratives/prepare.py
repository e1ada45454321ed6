#!/usr/bin/env python3
"""Converts the shared research datasets into Chorus JSON Lines for the narrative benchmarks,
and writes the IRA grouped split (by author, 1 in 5 authors held out, chosen by a hash of the
name) in both Chorus and fastText formats, so every system sees the identical split.

Usage: bench/narratives/prepare.py ../shared/data /tmp/chorus-bench
Nothing is written into the repository."""
import csv, gzip, hashlib, json, os, sys
from datetime import datetime, timezone

csv.field_size_limit(1 << 30)
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

def post(pid, account, time, text, labels, lang=None):
    d = {"id": str(pid), "account": account, "time": time, "text": text, "labels": labels}
    if lang:
        d["lang"] = lang
    return json.dumps(d, ensure_ascii=False)

def held_out(author):
    return int(hashlib.md5(author.encode()).hexdigest(), 16) % 5 == 0

def ft_text(s):
    return " ".join(s.replace("\n", " ").split())

# IRA dev: account categories, grouped holdout by author.
with gzip.open(os.path.join(src, "ira/ira-tweets.dev.csv.gz"), "rt", encoding="utf-8") as f, \
        open(os.path.join(out, "ira.train.jsonl"), "w") as tr, \
        open(os.path.join(out, "ira.test.jsonl"), "w") as te, \
        open(os.path.join(out, "ira.all.jsonl"), "w") as al, \
        open(os.path.join(out, "ira.ft.train"), "w") as ftr, \
        open(os.path.join(out, "ira.ft.test"), "w") as fte, \
        open(os.path.join(out, "ira.all.txt"), "w") as alltxt:
    for i, r in enumerate(csv.DictReader(f)):
        t = datetime.strptime(r["publish_date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        line = post(i, r["author"], t.strftime("%Y-%m-%dT%H:%M:%SZ"), r["content"],
                    [r["account_category"]])
        ft = "__label__%s %s\n" % (r["account_category"], ft_text(r["content"]))
        al.write(line + "\n")
        alltxt.write(ft_text(r["content"]) + "\n")
        if held_out(r["author"]):
            te.write(line + "\n"); fte.write(ft)
        else:
            tr.write(line + "\n"); ftr.write(ft)

# State-backed vs verified (10,000 tweets); account = display name.
with open(os.path.join(src, "state-trolls/china-russia-vs-verified.csv"), encoding="utf-8") as f, \
        open(os.path.join(out, "trolls.jsonl"), "w") as o:
    for r in csv.DictReader(f):
        label = "state" if r["troll_or_not"] == "1" else "verified"
        o.write(post(r["tweetid"], r["user_display_name"], "2020-01-01T00:00:00Z",
                     r["tweet_text"], [label], "en") + "\n")

# Propaganda diary: 14 narratives x 5 languages; account = item, so grouping by account
# groups by claim.
with open(os.path.join(src, "narratives/propaganda-diary.jsonl"), encoding="utf-8") as f, \
        open(os.path.join(out, "diary.jsonl"), "w") as o:
    for line in f:
        r = json.loads(line)
        o.write(post(r["id"], "item-%d" % r["item"], "2021-01-01T00:00:00Z", r["text"],
                     [r["narrative"]], r["lang"]) + "\n")

# NLPCC-2016 Chinese stance (task A); each row its own group.
with open(os.path.join(src, "stance-zh/nlpcc2016-train.tsv"), encoding="utf-8-sig") as f, \
        open(os.path.join(out, "stance.jsonl"), "w") as o:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        if not r.get("STANCE") or not r.get("TEXT"):
            continue
        o.write(post("s" + r["ID"], "row-" + r["ID"], "2016-01-01T00:00:00Z",
                     r["TARGET"] + " " + r["TEXT"], [r["STANCE"].strip()], "zh") + "\n")
