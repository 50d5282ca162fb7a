#!/usr/bin/env python3
"""Long-conversation stress sets built from dev.jsonl (deterministic).

Real chat logs are much longer than the corpus's conversations (median 16
messages): a detector whose conversation features only grow with length
flags long benign chats. This writes, to the directory given:

* long_benign.jsonl  - 200 chains of 6-12 benign dev conversations between
  the same two people (60-200 messages each), label 0;
* long_positive.jsonl - 200 chains of 3-8 benign conversations followed by
  one positive dev conversation (the risky part comes late), label 1;
* long_mixed.jsonl - the two together;
* single.jsonl - the opposite regime (a recruitment message or ad seen on its
  own): every coded message of a positive dev conversation (label 1) and a
  quarter of the messages of benign ones (label 0), each as a conversation
  of one message.

Usage: python3 data/corpus/make_long.py OUTDIR [--source data/corpus/dev.jsonl]
"""
import json, os, random, sys

def pools(seed):
    """(OUTDIR, all conversations, the benign and the positive ones of two
    messages or more, rng) from the command line `OUTDIR [--source FILE]`;
    OUTDIR is created."""
    out = sys.argv[1]
    src = "data/corpus/dev.jsonl"
    if "--source" in sys.argv:
        src = sys.argv[sys.argv.index("--source") + 1]
    convs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    neg = [c for c in convs if c.get("label") == 0 and len(c["messages"]) >= 2]
    pos = [c for c in convs if c.get("label") == 1 and len(c["messages"]) >= 2]
    os.makedirs(out, exist_ok=True)
    return out, convs, neg, pos, random.Random(seed)


def main():
    out, convs, neg, pos, rng = pools(20261205)

    def relabel(conv, a, b, swap):
        """Messages of `conv` between `a` and `b` (first sender -> a, unless swap)."""
        first = conv["messages"][0]["sender"]
        msgs = []
        for m in conv["messages"]:
            s_is_first = m["sender"] == first
            s = a if (s_is_first != swap) else b
            r = b if s == a else a
            msgs.append({"sender": s, "recipient": r, "ts": m.get("ts"), "text": m["text"],
                         "codes": m.get("codes", [])})
        return msgs

    def chain(parts, a, b, tail=None):
        msgs = []
        for c in parts:
            msgs += relabel(c, a, b, rng.random() < 0.5)
        if tail is not None:
            msgs += relabel(tail, a, b, False)
        for m in msgs:
            m.pop("ts", None)  # the pieces' clocks do not line up
        return msgs

    with open(os.path.join(out, "long_benign.jsonl"), "w", encoding="utf-8") as f:
        for i in range(200):
            parts = rng.sample(neg, rng.randint(6, 12))
            a, b = f"la{i}", f"lb{i}"
            f.write(json.dumps({"id": f"long-neg-{i}", "label": 0, "codes": [],
                                "messages": chain(parts, a, b)}, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "long_positive.jsonl"), "w", encoding="utf-8") as f:
        for i in range(200):
            parts = rng.sample(neg, rng.randint(3, 8))
            tail = rng.choice(pos)
            a, b = f"pa{i}", f"pb{i}"
            f.write(json.dumps({"id": f"long-pos-{i}", "label": 1, "codes": tail.get("codes", []),
                                "messages": chain(parts, a, b, tail)}, ensure_ascii=False) + "\n")

    with open(os.path.join(out, "long_mixed.jsonl"), "w", encoding="utf-8") as f:
        for name in ("long_benign.jsonl", "long_positive.jsonl"):
            f.write(open(os.path.join(out, name), encoding="utf-8").read())
    rng = random.Random(5)
    with open(os.path.join(out, "single.jsonl"), "w", encoding="utf-8") as f:
        for c in convs:
            for i, m in enumerate(c["messages"]):
                if c.get("label") == 1 and m.get("codes"):
                    label = 1
                elif c.get("label") == 0 and rng.random() <= 0.25:
                    label = 0
                else:
                    continue
                f.write(json.dumps({"id": f"{c['id']}-{i}", "label": label, "messages": [
                    {"sender": m["sender"], "recipient": m.get("recipient"), "text": m["text"]}]},
                    ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
