#!/usr/bin/env python3
"""FAISS side of the PDQ matching benchmark (what HMA / pytx use).

    bench/.venv/bin/python bench/faiss_match.py --dump-dir DIR --index flat|mih [--threads 1]
        [--max-distance 31] [--out hits.csv] [--batching hash,image,all] [--verify]

Input (DIR): haystack.bin and queries.bin, raw 32-byte records, each the big-endian 256-bit PDQ hash
(= bytes.fromhex(hex64)); query image j = queries records 8j..8j+7 (its 8 dihedral hashes).
bench/make_dump.py makes a synthetic one.

Index
  flat  faiss.IndexBinaryFlat(256)                                   exact
  mih   faiss.IndexBinaryMultiHash(256, nhash=16, b=16), nflip=1     exact for d <= 31 (HMA's setting):
        a pair at distance <= 31 has some 16-bit chunk differing in <= 1 bit (pigeonhole, 16 x 2 > 31).

Search: range_search(x, radius) returns pairs with distance < radius (strict), so radius =
max_distance + 1 = 32 for the PDQ match rule d <= 31.  Batchings timed (all give the same hits):
  hash   one range_search call per query hash (1 hash per call; HMA-style per-lookup latency)
  image  one call per query image (its 8 hashes)
  all    one call with all 8*M hashes (FAISS's best case)

Output: JSON per batching on stdout (seconds, images/s, hashes/s; one image = 8 hashes) plus build
time; --out writes `query_image,entry_index,min_distance` (minimum over the image's 8 hashes per
(image, entry)), sorted by (query_image, entry_index), with a header line, for diffing against the
Rust matcher.  --verify checks the hits against a numpy brute-force scan.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import faiss
import numpy as np

D_BITS = 256
REC = D_BITS // 8


def load_records(path: Path) -> np.ndarray:
    raw = np.fromfile(path, dtype=np.uint8)
    if raw.size % REC:
        raise SystemExit(f"{path}: size {raw.size} is not a multiple of {REC}")
    return raw.reshape(-1, REC)


def build(kind: str, hay: np.ndarray):
    if kind == "flat":
        index = faiss.IndexBinaryFlat(D_BITS)
    else:
        index = faiss.IndexBinaryMultiHash(D_BITS, 16, 16)
        index.nflip = 1
    index.add(hay)
    return index


def range_hits(index, q: np.ndarray, radius: int):
    """range_search -> (query row indices, entry indices, distances) as flat arrays."""
    lims, dist, ids = index.range_search(q, radius)
    rows = np.repeat(np.arange(len(q), dtype=np.int64), np.diff(lims.astype(np.int64)))
    return rows, ids.astype(np.int64), dist.astype(np.int64)


def search(index, queries: np.ndarray, radius: int, batching: str):
    """Run one batching; return (seconds, list of (query_hash_row, entry, distance) arrays)."""
    parts = []
    t0 = time.perf_counter()
    if batching == "all":
        parts.append(range_hits(index, queries, radius))
    else:
        step = 1 if batching == "hash" else 8
        for start in range(0, len(queries), step):
            r, i, d = range_hits(index, queries[start:start + step], radius)
            parts.append((r + start, i, d))
    secs = time.perf_counter() - t0
    return secs, parts


def min_per_image_entry(parts) -> np.ndarray:
    """Collapse (hash row, entry, dist) to unique (image, entry) with the min distance, sorted."""
    if not parts:
        return np.zeros((0, 3), dtype=np.int64)
    rows = np.concatenate([p[0] for p in parts])
    ids = np.concatenate([p[1] for p in parts])
    dist = np.concatenate([p[2] for p in parts])
    img = rows // 8
    order = np.lexsort((dist, ids, img))  # by image, entry, then distance ascending
    img, ids, dist = img[order], ids[order], dist[order]
    first = np.ones(len(img), dtype=bool)
    first[1:] = (img[1:] != img[:-1]) | (ids[1:] != ids[:-1])
    return np.stack([img[first], ids[first], dist[first]], axis=1)


def brute_force(hay: np.ndarray, queries: np.ndarray, max_d: int) -> np.ndarray:
    """Exact numpy scan (XOR + popcount on uint64 words)."""
    h64 = hay.view(np.uint64)
    parts = []
    for qi, qv in enumerate(queries.view(np.uint64)):
        d = np.bitwise_count(h64 ^ qv).sum(axis=1)
        hit = np.nonzero(d <= max_d)[0]
        parts.append((np.full(len(hit), qi), hit.astype(np.int64), d[hit].astype(np.int64)))
    return min_per_image_entry(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description="FAISS PDQ range-search benchmark")
    ap.add_argument("--dump-dir", type=Path, required=True)
    ap.add_argument("--index", choices=["flat", "mih"], default="flat")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--max-distance", type=int, default=31)
    ap.add_argument("--batching", default="hash,image,all")
    ap.add_argument("--out", type=Path, help="hits CSV (query_image,entry_index,min_distance)")
    ap.add_argument("--verify", action="store_true", help="check hits against numpy brute force")
    args = ap.parse_args()

    faiss.omp_set_num_threads(args.threads)
    hay = load_records(args.dump_dir / "haystack.bin")
    queries = load_records(args.dump_dir / "queries.bin")
    if len(queries) % 8:
        raise SystemExit("queries.bin must hold 8 records per query image")
    n_img = len(queries) // 8
    radius = args.max_distance + 1  # FAISS binary range_search keeps distance < radius

    t0 = time.perf_counter()
    index = build(args.index, hay)
    build_s = time.perf_counter() - t0

    report = {"index": args.index, "threads": args.threads, "haystack": len(hay), "images": n_img,
              "query_hashes": len(queries), "max_distance": args.max_distance, "radius": radius,
              "build_seconds": round(build_s, 4), "faiss": faiss.__version__, "runs": {}}
    hits = None
    for batching in [b.strip() for b in args.batching.split(",") if b.strip()]:
        if batching not in ("hash", "image", "all"):
            raise SystemExit(f"unknown batching {batching!r}")
        secs, parts = search(index, queries, radius, batching)
        h = min_per_image_entry(parts)
        if hits is None:
            hits = h
        elif not np.array_equal(hits, h):
            raise SystemExit(f"batching {batching} gave different hits")
        report["runs"][batching] = {
            "seconds": round(secs, 4),
            "images_per_second": round(n_img / secs, 2),
            "images_per_second_per_core": round(n_img / secs / args.threads, 2),
            "hashes_per_second": round(len(queries) / secs, 1),
            "hits": int(len(h)),
        }
    if args.verify:
        ok = np.array_equal(hits, brute_force(hay, queries, args.max_distance))
        report["verified_against_brute_force"] = ok
        if not ok:
            print(json.dumps(report))
            print("MISMATCH against brute force", file=sys.stderr)
            return 1
    print(json.dumps(report))
    if args.out:
        with args.out.open("w") as f:
            f.write("query_image,entry_index,min_distance\n")
            for img, entry, d in hits.tolist():
                f.write(f"{img},{entry},{d}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
