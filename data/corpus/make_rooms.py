#!/usr/bin/env python3
"""Group-chat stress sets built from dev.jsonl (deterministic).

Chat rooms, game lobbies and group chats interleave several exchanges at
once; logs of them (IRC, Discord, group exports) name no recipient. A
detector that pools a whole room into one conversation adds up cues of
people who never spoke to each other. This writes, to the directory given:

* rooms_benign.jsonl   - 200 rooms of 3-6 benign dev conversations
  interleaved at random (each keeps its own order and its two speakers),
  no recipients, label 0;
* rooms_positive.jsonl - 200 rooms of one positive dev conversation
  interleaved with 2-5 benign ones, label 1;
* rooms_mixed.jsonl    - the two together.

Usage: python3 data/corpus/make_rooms.py OUTDIR [--source data/corpus/dev.jsonl]
"""
import json, os

from make_long import pools


def main():
    out, _, neg, pos, rng = pools(20261206)

    def room(parts, tag):
        # Each part's speakers get names of their own in the room.
        queues = []
        for k, c in enumerate(parts):
            names = {}
            msgs = []
            for m in c["messages"]:
                s = names.setdefault(m["sender"], f"{tag}-{k}{'ab'[min(len(names), 1)]}{len(names)}")
                msgs.append({"sender": s, "text": m["text"]})
            queues.append(msgs)
        merged = []
        while any(queues):
            q = rng.choice([q for q in queues if q])
            merged.append(q.pop(0))
        return merged

    rows = {"benign": [], "positive": []}
    for i in range(200):
        parts = rng.sample(neg, rng.randint(3, 6))
        rows["benign"].append({"id": f"room-neg-{i}", "label": 0, "codes": [],
                               "messages": room(parts, f"rn{i}")})
    for i in range(200):
        parts = rng.sample(neg, rng.randint(2, 5)) + [rng.choice(pos)]
        rows["positive"].append({"id": f"room-pos-{i}", "label": 1, "codes": [],
                                 "messages": room(parts, f"rp{i}")})
    for name, data in [("rooms_benign", rows["benign"]), ("rooms_positive", rows["positive"]),
                       ("rooms_mixed", rows["benign"] + rows["positive"])]:
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
