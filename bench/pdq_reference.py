#!/usr/bin/env python3
"""Reference side of the PDQ hashing benchmark: Pillow + PyPI pdqhash (Meta's C++ core).

    bench/.venv/bin/python bench/pdq_reference.py DIR_OR_FILE... --mode e2e|pixels \
        [--threads 1] [--out hashes.csv] [--repeat 1]

Modes
  e2e     time Image.open + load + convert('RGB') + pdqhash.compute per file (decode included).
  pixels  decode + convert every image first (NOT timed), then time only pdqhash.compute on the arrays.

Prints one JSON object: images, total_seconds, images_per_second, images_per_second_per_core,
ms_per_image, mode, threads, versions.  With --out writes `hash,quality,path` lines (no header), the
same format as `lurewatch hash --format csv PATH...`, for bench/compare_hashes.py.

--threads N uses a thread pool (pdqhash and Pillow's decoders release the GIL); per-core figures divide
by N.  Keep N <= number of cores (2 here).  Hash hex = np.packbits(bits).hex() (pdqhash's bit array is
MSB-first; verified against shared/pdq-vectors/EXPECTED-pdq-fullres.csv).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pdqhash
import PIL
from PIL import Image

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


def bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def collect(paths: list[str]) -> list[Path]:
    """Expand directories (recursively) to image files, sorted for a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix.lower() in IMAGE_EXTS and f.is_file())
        else:
            out.append(p)
    return out


def decode(path: Path) -> np.ndarray:
    img = Image.open(path)
    img.load()
    return np.asarray(img.convert("RGB"))


def hash_pixels(rgb: np.ndarray) -> tuple[str, int]:
    bits, quality = pdqhash.compute(rgb)
    return bits_to_hex(bits), int(quality)


def run(items, fn, threads: int):
    """Apply fn to items (in order) with `threads` workers; return (results, elapsed seconds)."""
    t0 = time.perf_counter()
    if threads <= 1:
        res = [fn(x) for x in items]
    else:
        with ThreadPoolExecutor(threads) as ex:
            res = list(ex.map(fn, items))
    return res, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description="PDQ reference benchmark (Pillow + pdqhash)")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--mode", choices=["e2e", "pixels"], default="e2e")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1, help="timed passes; the best is reported")
    ap.add_argument("--out", type=Path, help="write hash,quality,path CSV here")
    args = ap.parse_args()

    files = collect(args.paths)
    if not files:
        print("no images found", file=sys.stderr)
        return 2

    best = None
    results = None
    if args.mode == "e2e":
        for _ in range(args.repeat):
            results, secs = run(files, lambda p: hash_pixels(decode(p)), args.threads)
            best = secs if best is None else min(best, secs)
    else:
        arrays, decode_secs = run(files, decode, args.threads)  # not part of the timing
        for _ in range(args.repeat):
            results, secs = run(arrays, hash_pixels, args.threads)
            best = secs if best is None else min(best, secs)

    n = len(files)
    report = {
        "mode": args.mode,
        "threads": args.threads,
        "images": n,
        "total_seconds": round(best, 4),
        "images_per_second": round(n / best, 2),
        "images_per_second_per_core": round(n / best / args.threads, 2),
        "ms_per_image": round(1000 * best / n, 3),
        "megapixels": round(sum(_mp(f) for f in files), 2),
        "versions": {"pillow": PIL.__version__, "numpy": np.__version__, "pdqhash": pdqhash.__version__},
    }
    if args.mode == "pixels":
        report["untimed_decode_seconds"] = round(decode_secs, 4)
    print(json.dumps(report))

    if args.out:
        with args.out.open("w") as f:
            for path, (hx, q) in zip(files, results):
                f.write(f"{hx},{q},{path}\n")
    return 0


def _mp(path: Path) -> float:
    with Image.open(path) as im:  # header only
        return im.width * im.height / 1e6


if __name__ == "__main__":
    sys.exit(main())
