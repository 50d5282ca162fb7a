#!/usr/bin/env bash
# Side-by-side text-model benchmark, one run (issue 3):
#   scikit-learn  TF-IDF char_wb 2-5-grams + LinearSVC
#   scikit-learn  TF-IDF word 1-2-grams + LogisticRegression
#   lurewatch     crate defaults (hashed word 1-2 + char 3-5, 2^18 buckets)
#   lurewatch     word 1-2-grams only (2^18 buckets)
# on the same train/test split(s), conversation level, single thread each
# (pinned with taskset -c $CPU). Runs alternate (sklearn, lurewatch, ...) and
# the best of $REPEAT runs is reported per model; metrics are deterministic.
# Both sides read the JSONL outside the timed region; timings include
# featurisation (TF-IDF fit/transform, feature hashing) on both sides.
#
# Usage: bash bench/text_model_bench.sh [--train FILE] [--test FILE]... [--repeat N]
#   default: --train data/corpus/train.jsonl --test data/corpus/dev.jsonl
#            --test data/corpus/adversarial.jsonl, --repeat 3, CPU=0
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
train=data/corpus/train.jsonl
tests=()
repeat=3
cpu="${CPU:-0}"
while [ $# -gt 0 ]; do
    case "$1" in
        --train) train="$2"; shift 2 ;;
        --test) tests+=("$2"); shift 2 ;;
        --repeat) repeat="$2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
[ ${#tests[@]} -gt 0 ] || tests=(data/corpus/dev.jsonl data/corpus/adversarial.jsonl)

bash bench/setup.sh >&2
py=bench/.venv/bin/python
"$py" -c 'import sklearn' 2>/dev/null || { echo "scikit-learn missing in bench/.venv (bench/requirements.txt)" >&2; exit 1; }
cargo build --release --quiet -p lurewatch-model --example model_bench >&2
target_dir="$(cargo metadata --format-version 1 --no-deps | "$py" -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
rust="$target_dir/release/examples/model_bench"
pin=(taskset -c "$cpu")
command -v taskset >/dev/null || pin=()

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for t in "${tests[@]}"; do
    tag="$(basename "$t" .jsonl)"
    for i in $(seq 1 "$repeat"); do
        "${pin[@]}" "$py" bench/sklearn_baseline.py --train "$train" --test "$t" \
            --no-message-level --out "$out/sk-$tag-$i.json" >/dev/null
        "${pin[@]}" "$rust" --train "$train" --test "$t" --repeat 1 \
            --name "lurewatch (defaults: word 1-2 + char 3-5, 2^18)" >"$out/lw-$tag-$i.json"
        "${pin[@]}" "$rust" --train "$train" --test "$t" --repeat 1 --char 0 \
            --name "lurewatch (word 1-2 only, 2^18)" >"$out/lww-$tag-$i.json"
    done
done

"$py" - "$out" "$train" "${tests[@]}" <<'PY'
import glob, json, os, platform, sys
out, train, tests = sys.argv[1], sys.argv[2], sys.argv[3:]
import sklearn
print(f"# Text model benchmark: scikit-learn {sklearn.__version__} vs lurewatch-model\n")
print(f"train: `{train}`; single thread each (taskset), best of "
      f"{len(glob.glob(os.path.join(out, 'sk-' + os.path.basename(tests[0])[:-6] + '-*.json')))} alternating runs; "
      f"{platform.processor() or platform.machine()}, Python {platform.python_version()}\n")
for t in tests:
    tag = os.path.basename(t)[:-6]
    rows = {}
    def add(name, r):
        best = rows.setdefault(name, dict(r))
        best["train_seconds"] = min(best["train_seconds"], r["train_seconds"])
        best["score_seconds"] = min(best["score_seconds"], r["score_seconds"])
    meta = None
    for f in sorted(glob.glob(os.path.join(out, f"sk-{tag}-*.json"))):
        d = json.load(open(f))
        meta = d
        for r in d["results"]:
            add("sklearn " + r["name"], r)
    for pre in ("lw", "lww"):
        for f in sorted(glob.glob(os.path.join(out, f"{pre}-{tag}-*.json"))):
            r = json.load(open(f))["result"]
            add(r["name"], r)
    sk = [n for n in rows if n.startswith("sklearn ")]
    print(f"## test: `{t}` ({meta['test_conversations']} conversations, {meta['test_messages']} messages)\n")
    hdr = ["model", "F0.5", "precision", "recall", "PR-AUC", "train s", "score s"] + [f"(train+score) speed-up vs {n[8:]}" for n in sk]
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for n, r in rows.items():
        tot = r["train_seconds"] + r["score_seconds"]
        ratios = [f"{(rows[s]['train_seconds'] + rows[s]['score_seconds']) / tot:.1f}x" for s in sk]
        print(f"| {n} | {r['f05']:.4f} | {r['precision']:.4f} | {r['recall']:.4f} | {r['pr_auc']:.4f} | "
              f"{r['train_seconds']:.4f} | {r['score_seconds']:.4f} | " + " | ".join(ratios) + " |")
    print()
PY
