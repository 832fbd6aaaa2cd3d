#!/usr/bin/env python3
"""Diff the PER/LOC/ORG spans of two `indonews analyze --format jsonl` outputs, article by article.

usage: diff_entities.py OLD.jsonl NEW.jsonl [--from N] [--to M] [--show] [--sample K --seed S]
Articles are numbered from 1 in file order. Prints +added/-removed counts per label and, with --show,
each changed span with the sentence around it (or a random sample of K changes with --sample).
"""
import argparse, json, random, sys

LABELS = ("PER", "LOC", "ORG")

def spans(doc):
    return {(e["start"], e["end"], e["label"]) for e in doc["entities"] if e["label"] in LABELS}

def context(doc, start, end, width=70):
    t = doc["text"]
    a, b = max(0, start - width), min(len(t), end + width)
    return (t[a:start] + "[[" + t[start:end] + "]]" + t[end:b]).replace("\n", " / ")

def main():
    p = argparse.ArgumentParser()
    p.add_argument("old"); p.add_argument("new")
    p.add_argument("--from", dest="lo", type=int, default=1)
    p.add_argument("--to", dest="hi", type=int, default=10**9)
    p.add_argument("--show", action="store_true")
    p.add_argument("--sample", type=int, default=0)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    changes = []
    added = {l: 0 for l in LABELS}; removed = {l: 0 for l in LABELS}; docs = 0
    with open(a.old, encoding="utf-8") as fo, open(a.new, encoding="utf-8") as fn:
        for n, (lo, ln) in enumerate(zip(fo, fn), 1):
            if n < a.lo or n > a.hi:
                continue
            do, dn = json.loads(lo), json.loads(ln)
            if do["text"] != dn["text"]:
                sys.exit(f"article {n}: texts differ")
            so, sn = spans(do), spans(dn)
            if so != sn:
                docs += 1
            for s in sorted(sn - so):
                added[s[2]] += 1; changes.append((n, "+", s, dn))
            for s in sorted(so - sn):
                removed[s[2]] += 1; changes.append((n, "-", s, do))
    ta, tr = sum(added.values()), sum(removed.values())
    print(f"articles {a.lo}-{min(a.hi, n)}: {docs} changed, +{ta} added / -{tr} removed  "
          + "  ".join(f"{l} +{added[l]}/-{removed[l]}" for l in LABELS))
    show = changes
    if a.sample:
        random.seed(a.seed)
        show = random.sample(changes, min(a.sample, len(changes)))
        show.sort(key=lambda c: (c[0], c[2][0]))
    if a.show or a.sample:
        for n, sign, (s, e, l), d in show:
            print(f"{n:5d} {sign}{l} {d['text'][s:e]!r}  | {context(d, s, e)}")

if __name__ == "__main__":
    main()
