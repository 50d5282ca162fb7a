#!/usr/bin/env python3
"""Validate every corpus line against the schema and print count tables (markdown).

    python3 data/corpus/stats.py [FILE ...]     # default: train.jsonl dev.jsonl adversarial.jsonl
Exits non-zero on the first schema error (with file and line number).
"""
import collections
import json
import os
import re
import sys

CODES = ["job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform", "travel_meet",
         "money_gifts_debt", "control", "commercial_sex", "sextortion", "age_probe", "compliments_trust",
         "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting"]
LANGS = ["en", "es", "pt", "fr", "de", "nl"]
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def check(c, where):
    def bad(msg):
        sys.exit(f"{where}: {msg}")
    for k, t in (("id", str), ("label", int), ("lang", str), ("codes", list), ("source", str), ("messages", list)):
        if not isinstance(c.get(k), t):
            bad(f"field {k} missing or not {t.__name__}")
    if c["label"] not in (0, 1):
        bad("label must be 0 or 1")
    if c["lang"] not in LANGS:
        bad(f"unknown lang {c['lang']}")
    if not 1 <= len(c["messages"]) <= 40:
        bad("messages must have 1..40 entries")
    union = set()
    for i, m in enumerate(c["messages"]):
        for k in ("sender", "recipient", "ts", "text"):
            if not isinstance(m.get(k), str) or not m[k]:
                bad(f"message {i}: {k} missing")
        if not TS.match(m["ts"]):
            bad(f"message {i}: bad ts")
        if not isinstance(m.get("codes"), list) or any(x not in CODES for x in m["codes"]):
            bad(f"message {i}: bad codes {m.get('codes')}")
        union.update(m["codes"])
    if any(x not in CODES for x in c["codes"]):
        bad("unknown conversation code")
    if not union <= set(c["codes"]):
        bad("message codes not in conversation codes")
    if c["label"] == 0 and c["codes"]:
        bad("negative with codes")
    if c["label"] == 1 and not c["codes"]:
        bad("positive without codes")


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: invalid JSON: {e}")
            check(c, f"{path}:{n}")
            out.append(c)
    ids = [c["id"] for c in out]
    if len(ids) != len(set(ids)):
        sys.exit(f"{path}: duplicate ids")
    return out


def main(files=None):
    here = os.path.dirname(os.path.abspath(__file__))
    files = files or [os.path.join(here, f) for f in ("train.jsonl", "dev.jsonl", "adversarial.jsonl")]
    data = {os.path.basename(f): load(f) for f in files if os.path.exists(f)}
    names = list(data)
    print("### Conversations per file, label and language\n")
    print("| file | total | label 1 | label 0 | " + " | ".join(LANGS) + " | msgs | mean msgs |")
    print("|---|---|---|---|" + "---|" * len(LANGS) + "---|---|")
    for fn in names:
        L = data[fn]
        lc = collections.Counter(c["lang"] for c in L)
        nm = sum(len(c["messages"]) for c in L)
        print(f"| {fn} | {len(L)} | {sum(c['label'] for c in L)} | {sum(1 - c['label'] for c in L)} | "
              + " | ".join(f"{lc[x]} ({100 * lc[x] / len(L):.0f}%)" for x in LANGS) + f" | {nm} | {nm / len(L):.1f} |")
    print("\n### Per code: conversations (messages) carrying it\n")
    print("| code | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for code in CODES:
        row = []
        for fn in names:
            conv = sum(code in c["codes"] for c in data[fn])
            msg = sum(code in m["codes"] for c in data[fn] for m in c["messages"])
            row.append(f"{conv} ({msg})")
        print(f"| {code} | " + " | ".join(row) + " |")
    print("\n### Positive conversations per language and code (train+dev)\n")
    allc = [c for fn in names if fn != "adversarial.jsonl" for c in data[fn]]
    print("| code | " + " | ".join(LANGS) + " |")
    print("|---|" + "---|" * len(LANGS))
    for code in CODES:
        print(f"| {code} | " + " | ".join(str(sum(code in c["codes"] and c["lang"] == x for c in allc)) for x in LANGS) + " |")
    pos = [c for c in allc if c["label"] == 1]
    if pos:
        first = [next(i for i, m in enumerate(c["messages"]) if m["codes"]) for c in pos]
        lens = [len(c["messages"]) for c in allc]
        print(f"\nFirst risky message index (positives, 0-based): min {min(first)}, median {sorted(first)[len(first) // 2]}, "
              f"max {max(first)}. Conversation length: min {min(lens)}, median {sorted(lens)[len(lens) // 2]}, max {max(lens)}.")
    print("\nAll lines valid.")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
