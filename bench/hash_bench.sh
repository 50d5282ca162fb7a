#!/usr/bin/env bash
# Hashing benchmark, lurewatch vs Meta's C++ PDQ (PyPI pdqhash + Pillow), side by
# side in one run, one core each. Prints a markdown table with ratios.
#
#   bash bench/hash_bench.sh [N_GENERATED_IMAGES=40] [REPEAT=3]
#
# Sets: the 49 shared PDQ test images, and N generated benign images
# (bench/gen_images.py: 640x480 .. 4000x3000). Modes: e2e (decode + convert +
# hash) and pixels (hash of already-decoded RGB). Hashes of both tools are
# compared for equality on every image.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-40}"
repeat="${2:-3}"
bash "$here/setup.sh" >/dev/null
py="$here/.venv/bin/python"
work="${BENCH_WORK:-/tmp/lurewatch-hash-bench}"
mkdir -p "$work"
[ -d "$work/gen-$n" ] || "$py" "$here/gen_images.py" "$work/gen-$n" "$n" >/dev/null
(cd "$root" && cargo build --release -q -p lurewatch-media --example hash_bench)
lw="$root/target/release/examples/hash_bench"

shared="$work/shared"
mkdir -p "$shared"
# Flatten the shared vectors' images into one folder (symlinks).
find "$root/../shared/pdq-vectors" -type f \( -name '*.jpg' -o -name '*.png' -o -name '*.webp' \) | while read -r f; do
    ln -sf "$f" "$shared/$(echo "${f#*pdq-vectors/}" | tr '/' '_')"
done

echo "| set | mode | Meta C++ (pdqhash) img/s | lurewatch img/s | ratio | hashes identical |"
echo "|---|---|---|---|---|---|"
for set in shared "gen-$n"; do
    dir="$work/$set"
    for mode in pixels e2e; do
        ref=$(taskset -c 0 "$py" "$here/pdq_reference.py" "$dir" --mode "$mode" --threads 1 --repeat "$repeat" --out "$work/ref-$set-$mode.csv" | tail -1)
        ours=$(RAYON_NUM_THREADS=1 taskset -c 0 "$lw" --mode "$mode" --repeat "$repeat" --out "$work/lw-$set-$mode.csv" "$dir" | tail -1)
        cmp=$("$py" "$here/compare_hashes.py" --key name --fail-over 256 "$work/ref-$set-$mode.csv" "$work/lw-$set-$mode.csv" | tail -1)
        "$py" - "$set" "$mode" "$ref" "$ours" "$cmp" <<'PY'
import json, sys
s, mode, ref, ours, cmp = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4]), json.loads(sys.argv[5])
r, o = ref["images_per_second"], ours["images_per_s"]
same = f"{cmp['identical']}/{ours['images']} identical, max {cmp['max_bits']} bits, quality differs {cmp['quality_differs']}"
print(f"| {s} ({ours['images']} images) | {mode} | {r:.1f} | {o:.1f} | **{o / r:.2f}x** | {same} |")
PY
    done
done
