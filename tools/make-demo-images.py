#!/usr/bin/env python3
"""Writes the demo's benign sample images and its sample bank.

    bench/.venv/bin/python tools/make-demo-images.py demo

Creates demo/images/*.jpg|png: six generated "known" pictures (gradients,
shapes, deterministic noise -- nothing else), edited copies of three of them
(rotated, mirrored, resized, recompressed, cropped a little), and unrelated
pictures. The bank (demo/bank/demo-known.csv) lists the PDQ hashes of the
*originals*, which are NOT in demo/images, so the demo shows near-duplicate
and rotation matching, not file identity. Deterministic.
"""
import hashlib
import random
import sys
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image, ImageDraw


def picture(seed: int, w: int = 640, h: int = 480) -> Image.Image:
    rng = random.Random(seed)
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack(
        [
            (x * rng.uniform(0.2, 0.5) + y * rng.uniform(0, 0.3)) % 256,
            (y * rng.uniform(0.2, 0.5) + rng.randint(0, 255)) % 256,
            ((x + y) * rng.uniform(0.1, 0.3) + rng.randint(0, 255)) % 256,
        ],
        axis=-1,
    ).astype(np.uint8)
    img = Image.fromarray(base, "RGB")
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x0, y0 = rng.randint(0, w - 60), rng.randint(0, h - 60)
        x1, y1 = x0 + rng.randint(30, 220), y0 + rng.randint(30, 160)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        if rng.random() < 0.5:
            d.ellipse([x0, y0, x1, y1], fill=colour)
        else:
            d.rectangle([x0, y0, x1, y1], fill=colour)
    noise = np.random.default_rng(seed).integers(0, 24, (h, w, 3), dtype=np.uint8)
    arr = np.clip(np.asarray(img, dtype=np.int16) + noise - 12, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "RGB")


def pdq_hex(img: Image.Image) -> tuple[str, int]:
    bits, quality = pdqhash.compute(np.asarray(img.convert("RGB")))
    return np.packbits(bits).tobytes().hex(), quality


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "demo")
    images = out / "images"
    bank = out / "bank"
    images.mkdir(parents=True, exist_ok=True)
    bank.mkdir(parents=True, exist_ok=True)
    originals = {f"known-{i}": picture(1000 + i) for i in range(6)}
    rows = []
    for name, img in originals.items():
        h, q = pdq_hex(img)
        rows.append(f"{h},{q},{name}")
    (bank / "demo-known.csv").write_text(
        "# Demo bank: PDQ hashes of six generated benign test patterns (tools/make-demo-images.py).\n"
        "# hash,quality,label\n" + "\n".join(rows) + "\n"
    )
    k = originals
    k["known-0"].rotate(90, expand=True).save(images / "upload-01-rotated.jpg", quality=85)
    k["known-1"].transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(images / "upload-02-mirrored.jpg", quality=90)
    k["known-2"].resize((400, 300), Image.Resampling.LANCZOS).save(images / "upload-03-resized.png")
    k["known-3"].save(images / "upload-04-recompressed.jpg", quality=35)
    k["known-4"].crop((8, 6, 632, 474)).save(images / "upload-05-cropped.jpg", quality=90)
    for i in range(5):
        picture(2000 + i).save(images / f"upload-{6 + i:02d}-unrelated.jpg", quality=88)
    # Not images / broken, to show per-file errors.
    (images / "upload-11-truncated.jpg").write_bytes((images / "upload-06-unrelated.jpg").read_bytes()[:3000])
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(images.iterdir()))).hexdigest()
    print(f"wrote {len(list(images.iterdir()))} images, bank of {len(rows)}; content sha256 {digest[:16]}")


if __name__ == "__main__":
    main()
