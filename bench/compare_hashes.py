#!/usr/bin/env python3
"""Compare two `hash,quality,path` CSVs (pdq_reference.py --out vs `lurewatch hash --format csv`).

    python3 bench/compare_hashes.py A.csv B.csv [--key path|name] [--show 20] [--fail-over BITS]

Rows are joined by path (normalised with os.path.normpath; `--key name` joins by file name only, for
CSVs made from different working directories).  Lines that are blank, start with '#', or whose first
field is not 64 hex characters (a header) are skipped.  Paths may contain commas (split at most twice).

Reports counts of: identical hash, 1..4 bits apart, > 4 bits apart, quality differs, only in A, only
in B; lists the worst rows.  Exit status 1 if any pair differs by more than --fail-over bits (default 4)
or a path is missing on one side; 0 otherwise.  Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


def load(path: str, key: str) -> dict[str, tuple[int, int, str]]:
    rows: dict[str, tuple[int, int, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split(",", 2)
            if len(parts) != 3 or not HEX64.match(parts[0]):
                continue  # header or malformed
            hx, q, p = parts
            k = os.path.basename(p) if key == "name" else os.path.normpath(p)
            if k in rows:
                print(f"warning: duplicate key {k!r} in {path}", file=sys.stderr)
            rows[k] = (int(hx, 16), int(q), p)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description="compare two PDQ hash CSVs")
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--key", choices=["path", "name"], default="path")
    ap.add_argument("--show", type=int, default=20, help="list up to this many differing rows")
    ap.add_argument("--fail-over", type=int, default=4, help="exit 1 if any distance exceeds this")
    args = ap.parse_args()

    a, b = load(args.a, args.key), load(args.b, args.key)
    common = sorted(set(a) & set(b))
    counts = {"compared": len(common), "identical": 0, "le4_bits": 0, "worse": 0,
              "quality_differs": 0, "only_in_a": len(set(a) - set(b)), "only_in_b": len(set(b) - set(a))}
    diffs = []
    for k in common:
        (ha, qa, _), (hb, qb, _) = a[k], b[k]
        d = (ha ^ hb).bit_count()
        if d == 0:
            counts["identical"] += 1
        elif d <= 4:
            counts["le4_bits"] += 1
        else:
            counts["worse"] += 1
        if qa != qb:
            counts["quality_differs"] += 1
        if d or qa != qb:
            diffs.append((d, abs(qa - qb), k, qa, qb))
    counts["max_bits"] = max((x[0] for x in diffs), default=0)
    print(json.dumps(counts))
    for d, _, k, qa, qb in sorted(diffs, reverse=True)[: args.show]:
        print(f"  {d:3d} bits  quality {qa}/{qb}  {k}")
    for side, only in (("A", set(a) - set(b)), ("B", set(b) - set(a))):
        for k in sorted(only)[: args.show]:
            print(f"  only in {side}: {k}")
    bad = counts["max_bits"] > args.fail_over or counts["only_in_a"] or counts["only_in_b"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
