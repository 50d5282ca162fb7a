#!/usr/bin/env python3
"""Create a synthetic PDQ match-benchmark dump (random hashes; no images involved).

    bench/.venv/bin/python bench/make_dump.py --out DIR [--haystack 100000] [--images 50]
        [--planted 0.5] [--seed 0]

Writes
  DIR/haystack.bin  N records of 32 bytes: the big-endian 256-bit hash, i.e. bytes.fromhex(hex64)
  DIR/queries.bin   8*M records, same encoding; query image j = records 8j..8j+7 (its 8 dihedral hashes)
  DIR/meta.json     counts, seed, and the planted (image, slot, entry, bits flipped) list

Random 256-bit hashes are ~128 bits apart, so without planting there would be no hits at <= 31.
For a fraction --planted of the query images, a few of their 8 hashes are replaced by a haystack entry
with 0..40 random bits flipped (so some are within 31 and some just outside), and a couple of
near-duplicate haystack entries are added around planted entries, to exercise ties and the per-(image,
entry) minimum over the 8 hashes.  Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np


def flip_bits(rec: np.ndarray, nbits: int, rng: np.random.Generator) -> np.ndarray:
    bits = np.unpackbits(rec)
    idx = rng.choice(256, size=nbits, replace=False)
    bits[idx] ^= 1
    return np.packbits(bits)


def main() -> int:
    ap = argparse.ArgumentParser(description="make a random PDQ haystack/queries dump")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--haystack", type=int, default=100_000)
    ap.add_argument("--images", type=int, default=50)
    ap.add_argument("--planted", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    hay = rng.integers(0, 256, (args.haystack, 32), dtype=np.uint8)
    q = rng.integers(0, 256, (args.images * 8, 32), dtype=np.uint8)
    planted = []
    for img in range(args.images):
        if rng.random() >= args.planted:
            continue
        entry = int(rng.integers(0, args.haystack))
        for slot in rng.choice(8, size=int(rng.integers(1, 4)), replace=False):
            nbits = int(rng.integers(0, 41))
            q[img * 8 + slot] = flip_bits(hay[entry], nbits, rng)
            planted.append({"image": img, "slot": int(slot), "entry": entry, "bits": nbits})
        # A near-duplicate of the planted entry elsewhere in the haystack (distance <= 10 from it).
        other = int(rng.integers(0, args.haystack))
        if other != entry:
            hay[other] = flip_bits(hay[entry], int(rng.integers(1, 11)), rng)
            planted.append({"image": img, "slot": -1, "entry": other, "near_dup_of": entry})

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "haystack.bin").write_bytes(hay.tobytes())
    (args.out / "queries.bin").write_bytes(q.tobytes())
    meta = {"haystack": args.haystack, "images": args.images, "record_bytes": 32,
            "encoding": "big-endian 256-bit PDQ hash = bytes.fromhex(hex64)", "seed": args.seed,
            "planted": planted}
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"wrote {args.haystack} haystack + {args.images}x8 query hashes to {args.out} "
          f"({sum(1 for p in planted if p['slot'] >= 0)} planted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
