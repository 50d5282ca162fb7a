#!/usr/bin/env bash
# False positives of the detector on benign chat it never trained on: the
# conversations of the chatterbot-corpus package (PyPI, 1.3.3; small talk,
# emotions, money, sports, computers ... in ten languages, none of it
# written by this project), scanned as short conversations and as
# 100-message chains (real logs are long). Measurement only: nothing of it
# is stored in the repository or used for training.
#
#   bash bench/outside_benign.sh [MODEL_DIR ...]     (default: models/default)
#
# Prints, per model: conversations flagged / scanned, mean score, and the
# flagged count per language.
source "$(dirname "${BASH_SOURCE[0]}")/chatterbot_setup.sh"
python3 - "$work" <<'PY'
import glob, json, os, random, sys, yaml
work = sys.argv[1]
langs = ["english", "spanish", "portuguese", "french", "german", "dutch",
         "italian", "swedish", "indonesian", "turkish"]
def turn(i, text):
    return {"sender": "ab"[i % 2], "recipient": "ba"[i % 2], "text": text}
rng = random.Random(1)
with open(f"{work}/convs.jsonl", "w") as convs, open(f"{work}/chains.jsonl", "w") as chains:
    for lang in langs:
        pool = []
        for path in sorted(glob.glob(f"{work}/x/chatterbot_corpus/data/{lang}/*.yml")):
            try:
                doc = yaml.safe_load(open(path, encoding="utf-8"))
            except yaml.YAMLError:
                continue
            for k, conv in enumerate(doc.get("conversations") or []):
                lines = [str(x) for x in conv if x is not None and str(x).strip()]
                if not lines:
                    continue
                cid = f"{lang}/{os.path.basename(path)[:-4]}/{k}"
                msgs = [turn(i, t) for i, t in enumerate(lines)]
                convs.write(json.dumps({"id": cid, "label": 0, "messages": msgs}, ensure_ascii=False) + "\n")
                pool.append(lines)
        rng.shuffle(pool)
        chain, n = [], 0
        for lines in pool:
            chain += lines
            if len(chain) >= 100:
                msgs = [turn(i, t) for i, t in enumerate(chain)]
                chains.write(json.dumps({"id": f"{lang}/chain{n}", "label": 0, "messages": msgs}, ensure_ascii=False) + "\n")
                chain, n = [], n + 1
PY
summary() {
  python3 -c '
import collections, json, sys
flagged, total, score = collections.Counter(), collections.Counter(), 0.0
for line in sys.stdin:
    d = json.loads(line)
    if "messages" not in d or "score" not in d:
        continue
    lang = d["id"].split("/")[0]
    total[lang] += 1; flagged[lang] += d["flagged"]; score += d["score"]
n = sum(total.values()); f = sum(flagged.values())
print(f"{f}/{n} flagged ({100 * f / n:.2f} %), mean score {score / n:.3f};",
      " ".join(f"{k[:3]} {flagged[k]}/{total[k]}" for k in sorted(total)))'
}
models=("$@"); [ ${#models[@]} -gt 0 ] || models=(models/default)
for m in "${models[@]}"; do
  echo "model $m"
  echo "  conversations ($(wc -l < "$work/convs.jsonl")): $("$bin" scan --model "$m" "$work/convs.jsonl" | summary)"
  echo "  100-message chains ($(wc -l < "$work/chains.jsonl")): $("$bin" scan --model "$m" "$work/chains.jsonl" | summary)"
done
