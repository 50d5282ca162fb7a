#!/usr/bin/env python3
"""Write N benign, deterministic, generated images for the hashing benchmarks.

    bench/.venv/bin/python bench/gen_images.py OUTDIR N [--seed 0]

Content is only gradients, random geometric shapes and noise (no photos, no text). Sizes cycle through a
realistic mix (640x480, 1280x720, 1600x1200, 1080x1920 portrait, and every 10th image 4000x3000);
~70 % are JPEG (quality 75-95, 4:2:0 and some 4:4:4), ~30 % PNG. Image i depends only on (seed, i), so
re-running with the same N produces byte-identical files (with the same Pillow build).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

SIZES = [(640, 480), (1280, 720), (1600, 1200), (1080, 1920), (1280, 720), (640, 480),
         (1600, 1200), (1280, 720), (1080, 1920)]
BIG = (4000, 3000)


def make_image(i: int, seed: int) -> tuple[Image.Image, str, dict]:
    rng = np.random.default_rng([seed, i])
    w, h = BIG if i % 10 == 9 else SIZES[i % len(SIZES)]
    # Smooth background: two-colour gradient + low-frequency sinusoid, computed at 1/4 resolution and
    # upscaled (fast for 12 MP and realistic smoothness).
    sw, sh = max(w // 4, 1), max(h // 4, 1)
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    c0, c1 = rng.uniform(0, 255, 3), rng.uniform(0, 255, 3)
    t = (x / sw * rng.uniform(0.3, 1.0) + y / sh * rng.uniform(0.3, 1.0))[..., None] / 2
    fx, fy, ph = rng.uniform(0.5, 4), rng.uniform(0.5, 4), rng.uniform(0, 6.3)
    wave = 40 * np.sin(2 * np.pi * (fx * x / sw + fy * y / sh) + ph)[..., None]
    small = (c0 * (1 - t) + c1 * t + wave).clip(0, 255).astype(np.uint8)
    img = Image.fromarray(small, "RGB").resize((w, h), Image.Resampling.BILINEAR)
    # Random shapes.
    d = ImageDraw.Draw(img)
    for _ in range(int(rng.integers(10, 40))):
        x0, x1 = sorted(rng.integers(0, w, 2))
        y0, y1 = sorted(rng.integers(0, h, 2))
        col = tuple(int(c) for c in rng.integers(0, 256, 3))
        k = rng.integers(0, 4)
        if k == 0:
            d.ellipse([x0, y0, x1, y1], fill=col)
        elif k == 1:
            d.rectangle([x0, y0, x1, y1], fill=col)
        elif k == 2:
            d.polygon([(int(rng.integers(0, w)), int(rng.integers(0, h))) for _ in range(3)], fill=col)
        else:
            d.line([x0, y0, x1, y1], fill=col, width=int(rng.integers(2, 30)))
    # Sensor-like noise.
    arr = np.asarray(img).astype(np.int16)
    arr += rng.integers(-6, 7, arr.shape, dtype=np.int16)
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    if rng.random() < 0.7:
        params = {"quality": int(rng.integers(75, 96)), "subsampling": 0 if rng.random() < 0.2 else 2}
        return img, "jpg", params
    return img, "png", {"compress_level": 6}


def main() -> int:
    ap = argparse.ArgumentParser(description="generate benign benchmark images")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    for i in range(args.n):
        img, ext, params = make_image(i, args.seed)
        img.save(args.outdir / f"gen-{i:06d}-{img.width}x{img.height}.{ext}", **params)
    print(f"wrote {args.n} images to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
