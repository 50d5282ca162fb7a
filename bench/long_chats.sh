#!/usr/bin/env bash
# The detector on long chats whose cues lie far apart: every conversation of
# the blind probe sets (data/heldout/probe71-80, 600 conversations, half
# hard negatives) is scanned as written and again with benign small talk
# woven in after each of its messages — 1-3 lines ("light") and 3-10 lines
# ("heavy") of the chatterbot-corpus package (PyPI, 1.3.3; never trained
# on, the same outside text as bench/outside_benign.sh) in the
# conversation's language, spoken alternately by its two people. Labels are
# kept. Measurement only: nothing of it is stored or trained on.
#
#   bash bench/long_chats.sh [MODEL_DIR ...]     (default: models/default)
#
# Prints, per model and view: conversations, positives, true and false
# positives, precision, recall, F0.5 and average precision (PR-AUC).
source "$(dirname "${BASH_SOURCE[0]}")/chatterbot_setup.sh"
sets=(data/heldout/probe7[1-9].jsonl data/heldout/probe80.jsonl)
python3 - "$work" "${sets[@]}" <<'PY'
import glob, json, os, random, sys, yaml
work, sets = sys.argv[1], sys.argv[2:]
names = {"en": "english", "es": "spanish", "pt": "portuguese", "fr": "french",
         "de": "german", "nl": "dutch"}
pools = {}
def pool(lang):
    name = names.get(lang, "english")
    if name not in pools:
        convs = []
        for path in sorted(glob.glob(f"{work}/x/chatterbot_corpus/data/{name}/*.yml")):
            try:
                doc = yaml.safe_load(open(path, encoding="utf-8"))
            except yaml.YAMLError:
                continue
            for conv in doc.get("conversations") or []:
                lines = [str(x).strip() for x in conv if x is not None and str(x).strip()]
                if len(lines) >= 2:
                    convs.append(lines)
        pools[name] = convs
    return pools[name]
for view, lo, hi in (("light", 1, 3), ("heavy", 3, 10)):
    for path in sets:
        stem = os.path.basename(path)[:-6]
        rng = random.Random(int("".join(c for c in stem if c.isdigit()) or 0))
        with open(f"{work}/{view}-{stem}.jsonl", "w", encoding="utf-8") as out:
            for line in open(path, encoding="utf-8"):
                if not line.strip():
                    continue
                d = json.loads(line)
                msgs = d["messages"]
                lang = str(d.get("lang") or "en")[:2].lower()
                first = msgs[0]["sender"]
                other = msgs[0].get("recipient") or next(
                    (m["sender"] for m in msgs if m["sender"] != first), "peer")
                woven = []
                for m in msgs:
                    woven.append({k: v for k, v in m.items() if k != "ts"})
                    k = rng.randint(lo, hi)
                    lines = list(rng.choice(pool(lang)))
                    while len(lines) < k:
                        lines += rng.choice(pool(lang))
                    speaker = other if m["sender"] == first else first
                    for text in lines[:k]:
                        listener = first if speaker == other else other
                        woven.append({"sender": speaker, "recipient": listener, "text": text})
                        speaker = listener
                d["messages"] = woven
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
measure() {
  python3 - "$bin" "$1" "${@:2}" <<'PY'
import json, subprocess, sys
bin_, model, files = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = []
for f in files:
    labels = {}
    for line in open(f, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            labels[d["id"]] = int(d["label"])
    out = subprocess.run([bin_, "scan", "--model", model, f], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        d = json.loads(line)
        if "flagged" in d and d.get("id") in labels and "first_flagged_message" in d:
            rows.append((d["score"], d["flagged"], labels[d["id"]]))
tp = sum(1 for _, f, y in rows if f and y)
fp = sum(1 for _, f, y in rows if f and not y)
pos = sum(y for _, _, y in rows)
p = tp / (tp + fp) if tp + fp else 0.0
r = tp / pos if pos else 0.0
f05 = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
hit, ap = 0, 0.0
for i, (_, _, y) in enumerate(sorted(rows, key=lambda x: -x[0]), 1):
    if y:
        hit += 1
        ap += hit / i
ap /= max(pos, 1)
print(f"{len(rows)} conversations, {pos} positive: tp {tp} fp {fp}, "
      f"P {p:.3f} R {r:.3f} F0.5 {f05:.3f} PR-AUC {ap:.3f}")
PY
}
models=("$@"); [ ${#models[@]} -gt 0 ] || models=(models/default)
for m in "${models[@]}"; do
  echo "model $m"
  echo "  as written: $(measure "$m" "${sets[@]}")"
  for view in light heavy; do
    echo "  $view: $(measure "$m" "$work/$view"-*.jsonl)"
  done
done
