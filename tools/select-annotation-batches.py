#!/usr/bin/env python3
"""Selects passages of consecutive sentences about armed groups from the Groningen Meaning Bank
training file (../shared/data/ner/gmb.train, mostly Voice of America news, public-domain text) for
trawl's own relation and name annotation, and writes them as annotation batches.

Deterministic: the same input gives the same batches. Usage:
    tools/select-annotation-batches.py GMB_TRAIN OUT_DIR --passages 150 --batches 3
    tools/select-annotation-batches.py GMB_TRAIN OUT_DIR --offset 150 --passages 100 --batches 2 --first-batch 4
(the second call adds batches 4 and 5 from the next 100 passages, leaving batches 1-3 as they are)
Each batch is BATCH.txt (numbered sentences with the GMB names as a starting point) and BATCH.jsonl
(the same passages as documents with character offsets). Annotations are written per
docs/annotation-guidelines.md and turned into a gold file by tools/annotations-to-jsonl.py.
"""
import argparse, json, re, hashlib, os

GROUP_WORDS = re.compile(r"\b(taliban|qaida|qaeda|hamas|hezbollah|hizbollah|militants?|rebels?|insurgents?|"
                         r"shabab|jihad|islamist|guerrillas?|separatists?|extremists?|fighters|militia|"
                         r"farc|eln|tigers|maoists?|brigades?|army|faction)\b", re.I)
TAG = re.compile(r"<START:(person|organization|location)> (.*?) <END>")
TYPES = {"person": "PERSON", "organization": "GROUP", "location": "PLACE"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "'s", "'S", "n't", "%", ")", "]", "'", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "$"}


def parse(line):
    """tokens and entity token spans of one tagged line"""
    tokens, spans = [], []
    parts = line.split(" ")
    i, cur = 0, None
    while i < len(parts):
        p = parts[i]
        m = re.fullmatch(r"<START:(\w+)>", p)
        if m:
            cur = (m.group(1), len(tokens))
        elif p == "<END>" and cur:
            spans.append((TYPES[cur[0]], cur[1], len(tokens)))
            cur = None
        elif p:
            tokens.append(p)
        i += 1
    return tokens, spans


def detok(tokens):
    """text and the char span of each token"""
    out, offs, quote_open = "", [], False
    for k, t in enumerate(tokens):
        space = k > 0
        if t in NO_SPACE_BEFORE:
            space = False
        if k > 0 and tokens[k - 1] in NO_SPACE_AFTER:
            space = False
        if t == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif k > 0 and tokens[k - 1] == '"' and quote_open:
            space = False
        if space:
            out += " "
        offs.append((len(out), len(out) + len(t)))
        out += t
    return out, offs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gmb")
    ap.add_argument("out")
    ap.add_argument("--passages", type=int, default=120)
    ap.add_argument("--batches", type=int, default=3)
    ap.add_argument("--length", type=int, default=5)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--first-batch", type=int, default=1)
    a = ap.parse_args()
    lines = open(a.gmb, encoding="utf-8").read().splitlines()
    parsed = [parse(l) for l in lines]
    candidates = []
    for start in range(0, len(lines) - a.length, a.length):
        window = parsed[start:start + a.length]
        text = " ".join(" ".join(t) for t, _ in window)
        rich = sum(1 for _, s in window if len(s) >= 2)
        if rich >= 3 and len(GROUP_WORDS.findall(text)) >= 2:
            key = hashlib.sha256(("trawl-annotation:%d" % start).encode()).hexdigest()
            candidates.append((key, start))
    candidates.sort()
    chosen = sorted(s for _, s in candidates[a.offset:a.offset + a.passages])
    os.makedirs(a.out, exist_ok=True)
    for b in range(a.batches):
        mine = chosen[b::a.batches]
        num = b + a.first_batch
        with open(os.path.join(a.out, "batch-%d.txt" % num), "w", encoding="utf-8") as txt, \
                open(os.path.join(a.out, "batch-%d.jsonl" % num), "w", encoding="utf-8") as js:
            for start in mine:
                doc_id = "gmb-%05d" % (start + 1)
                text, entities, sentences = "", [], []
                txt.write("# doc %s\n" % doc_id)
                for n, (tokens, spans) in enumerate(parsed[start:start + a.length], 1):
                    s, offs = detok(tokens)
                    base = len(text) + (1 if text else 0)
                    text = (text + " " + s) if text else s
                    sentences.append([base, base + len(s)])
                    ents = []
                    for typ, i, j in spans:
                        cs, ce = offs[i][0] + base, offs[j - 1][1] + base
                        entities.append({"start": cs, "end": ce, "type": typ, "text": text[cs:ce]})
                        ents.append("%s=%s" % (text[cs:ce], typ))
                    txt.write("[%d] %s\n    names: %s\n" % (n, s, "; ".join(ents) if ents else "-"))
                txt.write("\n")
                js.write(json.dumps({"id": doc_id, "source": "Groningen Meaning Bank (Voice of America)",
                                     "title": "", "text": text, "sentences": sentences,
                                     "gmb_line": start + 1, "entities": entities, "relations": []},
                                    ensure_ascii=False) + "\n")
        print("batch %d: %d passages, %d sentences" % (num, len(mine), len(mine) * a.length))


if __name__ == "__main__":
    main()
