#!/usr/bin/env bash
# Matching benchmark, lurewatch vs FAISS (IndexBinaryFlat, IndexBinaryMultiHash),
# side by side on the SAME data in one run, one thread each; results compared
# for equality. Prints a markdown table with ratios.
#
#   bash bench/match_bench.sh [N=1000000] [IMAGES=100] [--clustered]
#
# Data: N random 256-bit hashes (or clustered near-duplicates), IMAGES query
# images x 8 dihedral hashes, a quarter of them planted near a haystack entry.
# "single image" = one call per image (8 hashes), as a server answers uploads;
# "batched" = all images in one call (FAISS: all 8*IMAGES hashes in one
# range_search). Radius: distance <= 31 (FAISS range_search radius 32).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000000}"
m="${2:-100}"
extra="${3:-}"
bash "$here/setup.sh" >/dev/null
py="$here/.venv/bin/python"
dir="${BENCH_WORK:-/tmp/lurewatch-match-bench}/n$n-m$m${extra//-/}"
mkdir -p "$dir"
(cd "$root" && cargo build --release -q -p lurewatch-match --example match_bench)
lw="$root/target/release/examples/match_bench"

run_lw() { OMP_NUM_THREADS=1 taskset -c 0 "$lw" --n "$n" --images "$m" --threads 1 $extra "$@" | tail -1; }
lw_flat=$(run_lw --index flat --dump-dir "$dir")
lw_mih=$(run_lw --index mih)
f_flat=$(OMP_NUM_THREADS=1 taskset -c 0 "$py" "$here/faiss_match.py" --dump-dir "$dir" --index flat --threads 1 --batching image,all --out "$dir/faiss-flat.csv" | tail -1)
f_mih=$(OMP_NUM_THREADS=1 taskset -c 0 "$py" "$here/faiss_match.py" --dump-dir "$dir" --index mih --threads 1 --batching image,all --out "$dir/faiss-mih.csv" | tail -1)

"$py" - "$dir" "$lw_flat" "$lw_mih" "$f_flat" "$f_mih" <<'PY'
import csv, json, sys
from pathlib import Path
d = Path(sys.argv[1])
lw_flat, lw_mih, f_flat, f_mih = (json.loads(x) for x in sys.argv[2:6])
# lurewatch hits are per query hash (image*8 + transform): reduce to the
# minimum distance per (image, entry), as the FAISS script writes them.
best = {}
with open(d / f"hits-{lw_flat['kernel']}.csv") as f:
    for q, e, dist in csv.reader(f):
        key = (int(q) // 8, int(e))
        best[key] = min(best.get(key, 999), int(dist))
ours = sorted((i, e, v) for (i, e), v in best.items())
def faiss_hits(p):
    with open(p) as f:
        rows = list(csv.reader(f))[1:]
    return sorted((int(a), int(b), int(c)) for a, b, c in rows)
same_flat = ours == faiss_hits(d / "faiss-flat.csv")
same_mih = ours == faiss_hits(d / "faiss-mih.csv")
n, m = lw_flat["n"], lw_flat["images"]
ff, fm = f_flat["runs"], f_mih["runs"]
print(f"N = {n:,} hashes{' (clustered)' if lw_flat['clustered'] else ''}, {m} images x 8 dihedral hashes, distance <= 31, 1 thread; "
      f"lurewatch kernel {lw_flat['kernel']}; {len(ours)} (image, entry) hits; "
      f"identical to FAISS flat: {same_flat}, to FAISS MIH: {same_mih}\n")
print("| engine | build s | memory | single image img/s | batched img/s | vs FAISS flat (single / batched) |")
print("|---|---|---|---|---|---|")
base_s, base_b = ff["image"]["images_per_second"], ff["all"]["images_per_second"]
def row(name, build, mem, s, b):
    print(f"| {name} | {build:.2f} | {mem} | {s:.1f} | {b:.1f} | **{s / base_s:.1f}x / {b / base_b:.1f}x** |")
row("FAISS IndexBinaryFlat", f_flat["build_seconds"], "32 B/hash", ff["image"]["images_per_second"], ff["all"]["images_per_second"])
row("FAISS IndexBinaryMultiHash 16x16 nflip=1", f_mih["build_seconds"], "n/a", fm["image"]["images_per_second"], fm["all"]["images_per_second"])
for name, r in (("lurewatch flat scan", lw_flat), ("lurewatch MIH 16x16", lw_mih)):
    row(name, r["build_s"], f"{r['memory_bytes'] / n:.1f} B/hash", r["single_image_per_s"], r["images_per_s"])
if not (same_flat and same_mih):
    sys.exit("RESULTS DIFFER")
PY
