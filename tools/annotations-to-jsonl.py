#!/usr/bin/env python3
"""Turns annotation batches (BATCH.jsonl passages plus BATCH.ann annotations, written per
docs/annotation-guidelines.md) into one gold file in re3d's JSON Lines format, which
`trawl train relations` and `trawl evaluate` read. Checks every line and stops with the file, line
number and reason on the first error.

    tools/annotations-to-jsonl.py models/training/relations/batch-*.ann -o models/training/relations/gmb-relations.jsonl
    tools/annotations-to-jsonl.py --check models/training/relations/batch-2.ann
"""
import argparse, json, re, sys

TYPES = {"PERSON", "GROUP", "PLACE"}
RELATIONS = {"LEADS", "CONTROLS", "MEMBER_OF", "ALLIED_WITH", "FIGHTS", "ATTACKED", "LOCATED_IN",
             "TRAVELED_TO", "COMMUNICATED_WITH", "SAME_AS"}


class Bad(Exception):
    pass


def find(text, sent, needle):
    """char span of the k-th occurrence (needle#k) of needle in sentence sent of text"""
    k = 1
    m = re.fullmatch(r"(.*)#(\d+)", needle)
    if m:
        needle, k = m.group(1), int(m.group(2))
    s, e = sent
    at = s - 1
    for _ in range(k):
        at = text.find(needle, at + 1, e)
        if at < 0:
            raise Bad("%r does not occur %s in the sentence" % (needle, "%d times" % k if k > 1 else ""))
    # whole words only
    if at > s and text[at - 1].isalnum() and needle[0].isalnum() or \
            at + len(needle) < e and text[at + len(needle)].isalnum() and needle[-1].isalnum():
        raise Bad("%r is part of a longer word in the sentence" % needle)
    return at, at + len(needle)


def convert(ann_path):
    jsonl = ann_path[:-4] + ".jsonl"
    docs = {}
    order = []
    for line in open(jsonl, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
        order.append(d["id"])
    doc = None
    seen_docs = set()
    for n, raw in enumerate(open(ann_path, encoding="utf-8"), 1):
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        try:
            if line.startswith("# doc "):
                did = line[6:].strip()
                if did not in docs:
                    raise Bad("no passage %s in %s" % (did, jsonl))
                doc = docs[did]
                seen_docs.add(did)
                continue
            if doc is None:
                raise Bad("a line before the first '# doc'")
            m = re.fullmatch(r"(E\+|E-|R)\s*\[(\d+)\]\s*(.*)", line)
            if not m:
                raise Bad("not an E+, E- or R line")
            kind, si, rest = m.group(1), int(m.group(2)), m.group(3).strip()
            if not 1 <= si <= len(doc["sentences"]):
                raise Bad("no sentence [%d]" % si)
            sent = doc["sentences"][si - 1]
            text = doc["text"]
            if kind == "E+":
                typ, _, name = rest.partition(" ")
                if typ not in TYPES:
                    raise Bad("type %r is not PERSON, GROUP or PLACE" % typ)
                s, e = find(text, sent, name.strip())
                if any(x["start"] < e and s < x["end"] for x in doc["entities"]):
                    raise Bad("%r overlaps a name already marked (remove it first with E-)" % name)
                doc["entities"].append({"start": s, "end": e, "type": typ, "text": text[s:e]})
            elif kind == "E-":
                s, e = find(text, sent, rest)
                hit = [x for x in doc["entities"] if x["start"] == s and x["end"] == e]
                if not hit:
                    raise Bad("%r is not a marked name in that sentence" % rest)
                doc["entities"].remove(hit[0])
            else:
                parts = [p.strip() for p in rest.split("|")]
                if len(parts) != 3 or parts[0] not in RELATIONS:
                    raise Bad("expected 'TYPE | source | target' with TYPE one of " + ", ".join(sorted(RELATIONS)))
                args = []
                for p in parts[1:]:
                    word, eq, ref = p.partition("=")
                    s, e = find(text, sent, word.strip())
                    arg = {"start": s, "end": e, "text": text[s:e]}
                    if eq:
                        r = ref.strip()
                        if r not in text[:sent[1]]:
                            raise Bad("the referent %r is not named in the passage up to this sentence" % r)
                        arg["refers_to"] = r
                    args.append(arg)
                if args[0]["start"] == args[1]["start"]:
                    raise Bad("a relation between one span and itself")
                doc["relations"].append({"type": parts[0], "source": args[0], "target": args[1]})
        except Bad as b:
            sys.exit("%s:%d: %s" % (ann_path, n, b))
    missing = [d for d in order if d not in seen_docs]
    if missing:
        sys.exit("%s: no '# doc' line for %d passages (first %s)" % (ann_path, len(missing), missing[0]))
    for d in docs.values():
        d["entities"].sort(key=lambda x: x["start"])
    return [docs[d] for d in order]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ann", nargs="+")
    ap.add_argument("-o", "--out")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = []
    for p in a.ann:
        docs = convert(p)
        rels = sum(len(d["relations"]) for d in docs)
        print("%s: %d passages, %d sentences, %d names, %d relations" % (
            p, len(docs), sum(len(d["sentences"]) for d in docs), sum(len(d["entities"]) for d in docs), rels),
            file=sys.stderr)
        out.extend(docs)
    if a.out and not a.check:
        with open(a.out, "w", encoding="utf-8") as f:
            for d in out:
                d = {k: v for k, v in d.items()}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
