#!/usr/bin/env python3
"""Agreement between two annotations of the same passages (two gold files made by
tools/annotations-to-jsonl.py from two annotators' .ann files of one batch): F1 of one against the
other, for names (exact span and type) and for relations (type and the two arguments' spans; a
symmetric type in either order; an argument through a pronoun or description matches when both
annotators chose that word and the same name for it). F1 is symmetric, so neither annotator is taken as the truth.

    tools/annotation-agreement.py FIRST.jsonl SECOND.jsonl
"""
import json, sys
from collections import Counter

SYMMETRIC = {"ALLIED_WITH", "FIGHTS", "COMMUNICATED_WITH", "SAME_AS"}


def load(path):
    return {d["id"]: d for d in map(json.loads, open(path, encoding="utf-8"))}


def arg(d, a):
    """an argument as its span, with the name it refers to when it is a pronoun or description"""
    return "%06d-%06d=%s" % (a["start"], a["end"], a.get("refers_to", ""))


def names(d):
    return {(e["start"], e["end"], e["type"]) for e in d["entities"]}


def relations(d):
    out = set()
    for r in d["relations"]:
        s, t = arg(d, r["source"]), arg(d, r["target"])
        if r["type"] in SYMMETRIC and t < s:
            s, t = t, s
        out.add((r["type"], s, t))
    return out


def f1(a, b):
    both = len(a & b)
    return 2 * both / (len(a) + len(b)) if a or b else 1.0, both, len(a), len(b)


def main():
    first, second = load(sys.argv[1]), load(sys.argv[2])
    ids = sorted(set(first) & set(second))
    n1 = {(i,) + x for i in ids for x in names(first[i])}
    n2 = {(i,) + x for i in ids for x in names(second[i])}
    r1 = {(i,) + x for i in ids for x in relations(first[i])}
    r2 = {(i,) + x for i in ids for x in relations(second[i])}
    print("passages %d" % len(ids))
    print("names      F1 %.3f (agreed %d; first %d, second %d)" % f1(n1, n2))
    print("relations  F1 %.3f (agreed %d; first %d, second %d)" % f1(r1, r2))
    for t in sorted({x[1] for x in r1 | r2}):
        a = {x for x in r1 if x[1] == t}
        b = {x for x in r2 if x[1] == t}
        print("  %-18s F1 %.3f (agreed %d; first %d, second %d)" % ((t,) + f1(a, b)))


if __name__ == "__main__":
    main()
