#!/usr/bin/env python3
"""Generate benign colour-mode / file-format fixtures for lurewatch-media's decoder tests.

What it does
------------
1. Writes small, *generated* (gradients + geometric shapes + seeded noise; no photos, no text)
   images into OUTDIR in every pixel format a platform commonly receives: PNG (palette 1/2/4/8-bit
   with and without tRNS, grey 1/2/4/8/16-bit, grey+alpha 8/16-bit, RGB, RGBA, 16-bit RGB/RGBA,
   Adam7-interlaced, colour-key tRNS), JPEG (4:2:0 / 4:2:2 / 4:4:4, grey, Adobe CMYK, progressive,
   restart markers, EXIF orientation, embedded ICC), WebP (lossy/lossless, RGB/RGBA), GIF (still with
   transparency, animated), BMP (1/8/24/32-bit), TIFF (raw, LZW, deflate, grey, CMYK, 16-bit grey,
   16-bit RGB).  Main size 200x150 plus odd sizes (7x5, 64x64, 300x37, 4x4) for the formats where the
   size matters (row padding, chroma subsampling edges, bit packing, PDQ's 64x64 / <5px paths).
2. Computes the reference values exactly as shared/pdq-vectors were made:
       img = Image.open(path); img.load(); rgb = np.asarray(img.convert('RGB'))
       hashes, quality = pdqhash.compute_dihedral(rgb)
   and writes OUTDIR/expected.csv with columns
       file,mode,width,height,pdq,quality,rot90,rot180,rot270,flipx,flipy,flipplus1,flipminus1,
       md5,sha256,rgb_sha256
   `mode` is Pillow's mode after open (before convert); `rgb_sha256` is the SHA-256 of the exact
   HxWx3 uint8 pixels Pillow's convert('RGB') produced - the byte-for-byte target for the Rust decoder.
3. With --shared DIR (default /work/shared/pdq-vectors if it exists) also writes
   OUTDIR/expected-shared.csv with the same columns for every image under DIR (paths relative to DIR)
   and asserts pdq/quality equal DIR/EXPECTED-pdq-fullres.csv.
4. Writes OUTDIR/notes.md: the 64x64 special case (pdqhash.compute vs compute_dihedral[0]) and a
   per-file summary of Pillow's modes.

Hex convention: pdqhash returns a length-256 0/1 array whose element i is bit (255 - i) of the
256-bit number, i.e. the array is the hash MSB-first; hex = np.packbits(bits).hex(). This was checked
against EXPECTED-pdq-fullres.csv (bridge-mods/aaa-orig.jpg -> f8f8f0ce...9b22).  Note that
`sum(bits[k] << k)` would be WRONG for this array (it gives the bit-reversed number).

Determinism: all content comes from numpy.random.default_rng with fixed seeds and Pillow ImageDraw;
encoders are called with explicit parameters.  Byte-identical output needs the same Pillow / libjpeg-
turbo / libwebp / zlib / pypng versions (recorded in README.md); expected values are always computed
from the files actually written, so the CSV is consistent with the fixture bytes either way.
--expected-only recomputes the CSVs for the files already in OUTDIR without rewriting any image.

Usage (from the repo root, after `bash bench/setup.sh`):
    bench/.venv/bin/python tools/make-mode-fixtures.py crates/lurewatch-media/tests/fixtures/modes
Needs: pillow, numpy, pdqhash==0.2.8, pypng (all pinned in bench/requirements.txt).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import struct
import sys
from pathlib import Path

import numpy as np
import pdqhash
import png  # pypng: used for the 16-bit and interlaced PNGs Pillow cannot write
from PIL import Image, ImageCms, ImageDraw, features

DIHEDRAL_NAMES = ["pdq", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus1", "flipminus1"]
CSV_HEADER = ["file", "mode", "width", "height", *DIHEDRAL_NAMES[:1], "quality",
              *DIHEDRAL_NAMES[1:], "md5", "sha256", "rgb_sha256"]
IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


# --------------------------------------------------------------------------------------------
# PDQ reference helpers
# --------------------------------------------------------------------------------------------
def bits_to_hex(bits: np.ndarray) -> str:
    """pdqhash bit array (MSB first) -> 64-char lowercase hex (big-endian 256-bit number)."""
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def pillow_rgb(path: Path) -> tuple[Image.Image, np.ndarray]:
    """Open exactly as the reference vectors were made; return (opened image, HxWx3 uint8 RGB)."""
    img = Image.open(path)
    img.load()
    rgb = np.asarray(img.convert("RGB"))
    assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3
    return img, np.ascontiguousarray(rgb)


def expected_row(path: Path, name: str) -> dict:
    data = path.read_bytes()
    img, rgb = pillow_rgb(path)
    hashes, quality = pdqhash.compute_dihedral(rgb)
    row = {"file": name, "mode": img.mode, "width": img.size[0], "height": img.size[1]}
    for col, bits in zip(DIHEDRAL_NAMES, hashes):
        row[col] = bits_to_hex(bits)
    row["quality"] = int(quality)
    row["md5"] = hashlib.md5(data).hexdigest()
    row["sha256"] = hashlib.sha256(data).hexdigest()
    row["rgb_sha256"] = hashlib.sha256(rgb.tobytes()).hexdigest()
    return row


def write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CSV_HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# --------------------------------------------------------------------------------------------
# Benign deterministic content
# --------------------------------------------------------------------------------------------
def content_rgb(w: int, h: int, seed: int) -> np.ndarray:
    """Gradients + random shapes + mild noise, HxWx3 uint8. High PDQ quality, nothing but geometry."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    xs, ys = x / max(w - 1, 1), y / max(h - 1, 1)
    base = np.stack([
        255 * xs,
        255 * ys,
        127.5 + 127.5 * np.sin(2 * np.pi * (1.5 * xs + 0.8 * ys) + seed),
    ], axis=-1)
    img = Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x0, x1 = sorted(rng.integers(-w // 4, w + w // 4, 2))
        y0, y1 = sorted(rng.integers(-h // 4, h + h // 4, 2))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        kind = rng.integers(0, 3)
        if kind == 0:
            d.ellipse([x0, y0, x1 + 1, y1 + 1], fill=colour)
        elif kind == 1:
            d.rectangle([x0, y0, x1, y1], fill=colour)
        else:
            pts = [(int(rng.integers(0, w)), int(rng.integers(0, h))) for _ in range(3)]
            d.polygon(pts, fill=colour)
    arr = np.asarray(img).astype(np.int16)
    arr += rng.integers(-5, 6, arr.shape, dtype=np.int16)
    return arr.clip(0, 255).astype(np.uint8)


def content_alpha(w: int, h: int, seed: int) -> np.ndarray:
    """Alpha plane: radial ramp with a fully transparent (0) disc and an opaque (255) band."""
    rng = np.random.default_rng(seed + 1000)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    r = np.hypot((x - w * 0.6) / max(w, 1), (y - h * 0.4) / max(h, 1))
    a = (255 * (1 - 1.6 * r)).clip(0, 255)
    a[r < 0.12] = 0
    a[: max(h // 6, 1), :] = 255
    a += rng.integers(-3, 4, a.shape)
    return a.clip(0, 255).astype(np.uint8)


def rgb_img(w, h, seed) -> Image.Image:
    return Image.fromarray(content_rgb(w, h, seed), "RGB")


def rgba_img(w, h, seed) -> Image.Image:
    return Image.fromarray(np.dstack([content_rgb(w, h, seed), content_alpha(w, h, seed)]), "RGBA")


def content16(w: int, h: int, seed: int, channels: int) -> np.ndarray:
    """16-bit samples whose low byte is independent noise (so v>>8 vs rounding vs clipping differ)."""
    rng = np.random.default_rng(seed + 2000)
    hi = content_rgb(w, h, seed).astype(np.uint16)
    if channels in (1, 2):
        hi = hi[..., :1]
    if channels in (2, 4):
        hi = np.concatenate([hi, content_alpha(w, h, seed)[..., None].astype(np.uint16)], axis=-1)
    lo = rng.integers(0, 256, hi.shape, dtype=np.uint16)
    return (hi << 8) | lo


# --------------------------------------------------------------------------------------------
# Writers for what Pillow cannot produce
# --------------------------------------------------------------------------------------------
def write_pypng(path: Path, arr: np.ndarray, bitdepth: int, interlace: bool = False) -> None:
    h, w = arr.shape[:2]
    ch = 1 if arr.ndim == 2 else arr.shape[2]
    writer = png.Writer(w, h, greyscale=ch in (1, 2), alpha=ch in (2, 4), bitdepth=bitdepth,
                        interlace=interlace)
    with path.open("wb") as f:
        writer.write(f, arr.reshape(h, w * ch).tolist())


def write_tiff_rgb16(path: Path, arr: np.ndarray) -> None:
    """Minimal baseline little-endian uncompressed 48-bit RGB TIFF (one strip)."""
    h, w, _ = arr.shape
    pixels = arr.astype("<u2").tobytes()
    entries = []  # (tag, type, count, value-or-offset-bytes)
    n_entries = 10
    ifd_off = 8
    extra_off = ifd_off + 2 + 12 * n_entries + 4
    bps_off = extra_off            # 3 x SHORT BitsPerSample
    data_off = bps_off + 6
    entries = [
        (256, 3, 1, w), (257, 3, 1, h), (258, 3, 3, bps_off), (259, 3, 1, 1),
        (262, 3, 1, 2), (273, 4, 1, data_off), (277, 3, 1, 3), (278, 3, 1, h),
        (279, 4, 1, len(pixels)), (284, 3, 1, 1),
    ]
    assert len(entries) == n_entries
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd_off))
    out += struct.pack("<H", n_entries)
    for tag, typ, count, val in entries:
        if typ == 3 and count == 1:
            out += struct.pack("<HHIHH", tag, typ, count, val, 0)
        else:
            out += struct.pack("<HHII", tag, typ, count, val)
    out += struct.pack("<I", 0)
    out += struct.pack("<HHH", 16, 16, 16)
    assert len(out) == data_off
    out += pixels
    path.write_bytes(bytes(out))


# --------------------------------------------------------------------------------------------
# Fixture catalogue: (file name, function(path) that writes it)
# --------------------------------------------------------------------------------------------
W, H = 200, 150
W16, H16 = 128, 96  # 16-bit fixtures: smaller, their random low bytes do not compress
ODD_SIZES = [(7, 5), (64, 64), (300, 37)]


def srgb_icc() -> bytes:
    """LittleCMS sRGB profile with the creation timestamp and profile ID zeroed (deterministic)."""
    icc = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    icc[24:36] = struct.pack(">6H", 2020, 1, 1, 0, 0, 0)  # dateTimeNumber
    icc[84:100] = bytes(16)  # profile ID 0 = "not computed" (ICC.1 7.2.18)
    return bytes(icc)


def exif_orientation(value: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = value  # Orientation
    return exif.tobytes()


def quantized(w, h, seed, colors) -> Image.Image:
    # Median cut, no dithering: deterministic and keeps large flat regions.
    return rgb_img(w, h, seed).quantize(colors=colors, method=Image.Quantize.MEDIANCUT,
                                        dither=Image.Dither.NONE)


def palette_with_transparency(w, h, seed, colors) -> Image.Image:
    """P image whose last palette entry (a non-black magenta) is made transparent in a disc."""
    p = quantized(w, h, seed, colors - 1)
    arr = np.asarray(p).copy()
    alpha = content_alpha(w, h, seed)
    arr[alpha < 40] = colors - 1
    pal = p.getpalette()[: 3 * (colors - 1)] + [200, 40, 160]
    out = Image.fromarray(arr, "P")
    out.putpalette(pal)
    return out


def grey(w, h, seed) -> Image.Image:
    return rgb_img(w, h, seed).convert("L")


def build_catalogue() -> list[tuple[str, callable]]:
    cat: list[tuple[str, callable]] = []

    def add(name, fn):
        cat.append((name, fn))

    # ---------------- PNG ----------------
    for bits in (1, 2, 4, 8):
        add(f"png-p{bits}.png", lambda p, b=bits: quantized(W, H, 11 + b, 1 << b).save(p, bits=b))
    add("png-p8-trns.png", lambda p: palette_with_transparency(W, H, 20, 256).save(p, transparency=255))
    add("png-p4-trns.png", lambda p: palette_with_transparency(W, H, 21, 16).save(p, bits=4, transparency=15))

    def p8_multi_alpha(p):
        im = quantized(W, H, 22, 64)
        alphas = bytes(int(a) for a in np.linspace(0, 255, 64))  # one alpha per palette entry
        im.save(p, transparency=alphas)
    add("png-p8-trns-multi.png", p8_multi_alpha)
    add("png-1bit.png", lambda p: grey(W, H, 30).convert("1").save(p))  # Floyd-Steinberg dither
    add("png-l2.png", lambda p: grey(W, H, 31).save(p, bits=2))
    add("png-l4.png", lambda p: grey(W, H, 32).save(p, bits=4))
    add("png-l8.png", lambda p: grey(W, H, 33).save(p))
    add("png-l8-trns.png", lambda p: grey(W, H, 34).save(p, transparency=128))
    add("png-l16.png", lambda p: write_pypng(p, content16(W16, H16, 35, 1)[..., 0], 16))
    # 16-bit grey in 0..511: about half the samples sit below Pillow's I;16->L clip at 255
    add("png-l16-mixed.png", lambda p: write_pypng(p, (content16(W16, H16, 36, 1)[..., 0] >> 7), 16))
    add("png-la8.png", lambda p: Image.merge("LA", [grey(W, H, 37), Image.fromarray(content_alpha(W, H, 37))]).save(p))
    add("png-la16.png", lambda p: write_pypng(p, content16(W16, H16, 38, 2), 16))
    add("png-rgb.png", lambda p: rgb_img(W, H, 40).save(p))
    add("png-rgb-trns.png", lambda p: rgb_img(W, H, 41).save(p, transparency=(0, 0, 0)))
    add("png-rgba.png", lambda p: rgba_img(W, H, 42).save(p))
    add("png-rgb16.png", lambda p: write_pypng(p, content16(W16, H16, 43, 3), 16))
    add("png-rgba16.png", lambda p: write_pypng(p, content16(W16, H16, 44, 4), 16))
    add("png-rgb-interlaced.png", lambda p: write_pypng(p, content_rgb(W, H, 45), 8, interlace=True))
    add("png-l8-interlaced.png", lambda p: write_pypng(p, np.asarray(grey(W, H, 46)), 8, interlace=True))

    def p8_interlaced(p):
        q = quantized(W, H, 48, 200)
        pal = q.getpalette()[: 3 * 200]
        writer = png.Writer(W, H, palette=[tuple(pal[i:i + 3]) for i in range(0, len(pal), 3)],
                            bitdepth=8, interlace=True)
        with p.open("wb") as f:
            writer.write(f, np.asarray(q).tolist())
    add("png-p8-interlaced.png", p8_interlaced)
    add("png-tiny-4x4.png", lambda p: rgb_img(4, 4, 47).save(p))  # < 5 px: PDQ all-zero, quality 0

    # ---------------- JPEG ----------------
    for ss, tag in ((2, "420"), (1, "422"), (0, "444")):
        add(f"jpeg-{tag}.jpg", lambda p, s=ss: rgb_img(W, H, 50).save(p, quality=90, subsampling=s))
    add("jpeg-grey.jpg", lambda p: grey(W, H, 51).save(p, quality=90))
    add("jpeg-cmyk.jpg", lambda p: rgb_img(W, H, 52).convert("CMYK").save(p, quality=92))
    add("jpeg-progressive.jpg", lambda p: rgb_img(W, H, 53).save(p, quality=88, progressive=True))
    add("jpeg-restart.jpg", lambda p: rgb_img(W, H, 54).save(p, quality=85, restart_marker_rows=1))
    add("jpeg-q30.jpg", lambda p: rgb_img(W, H, 55).save(p, quality=30))
    add("jpeg-exif-orient6.jpg", lambda p: rgb_img(W, H, 56).save(p, quality=90, exif=exif_orientation(6)))
    add("jpeg-icc-srgb.jpg", lambda p: rgb_img(W, H, 57).save(p, quality=90, icc_profile=srgb_icc()))

    # ---------------- WebP ----------------
    add("webp-lossy-rgb.webp", lambda p: rgb_img(W, H, 60).save(p, quality=80, method=4))
    add("webp-lossy-rgba.webp", lambda p: rgba_img(W, H, 61).save(p, quality=80, method=4))
    add("webp-lossless-rgb.webp", lambda p: rgb_img(W, H, 62).save(p, lossless=True, method=4))
    add("webp-lossless-rgba.webp", lambda p: rgba_img(W, H, 63).save(p, lossless=True, method=4))
    add("webp-lossless-rgba-exact.webp", lambda p: rgba_img(W, H, 64).save(p, lossless=True, exact=True, method=4))

    # ---------------- GIF ----------------
    add("gif-p.gif", lambda p: quantized(W, H, 70, 256).save(p))
    add("gif-p-trns.gif", lambda p: palette_with_transparency(W, H, 71, 128).save(p, transparency=127, optimize=False))

    def gif_anim(p):
        frames = [quantized(W, H, 72 + i, 64) for i in range(3)]
        frames[0].save(p, save_all=True, append_images=frames[1:], duration=100, loop=0, optimize=False)
    add("gif-animated.gif", gif_anim)

    # ---------------- BMP ----------------
    add("bmp-24.bmp", lambda p: rgb_img(W, H, 80).save(p))
    add("bmp-8-palette.bmp", lambda p: quantized(W, H, 81, 256).save(p))
    add("bmp-32.bmp", lambda p: rgba_img(W, H, 82).save(p))
    add("bmp-1bit.bmp", lambda p: grey(W, H, 83).convert("1").save(p))

    # ---------------- TIFF ----------------
    add("tiff-rgb-raw.tif", lambda p: rgb_img(W, H, 90).save(p, compression="raw"))
    add("tiff-rgb-lzw.tif", lambda p: rgb_img(W, H, 91).save(p, compression="tiff_lzw"))
    add("tiff-rgb-deflate.tif", lambda p: rgb_img(W, H, 92).save(p, compression="tiff_adobe_deflate"))
    add("tiff-rgba-lzw.tif", lambda p: rgba_img(W, H, 93).save(p, compression="tiff_lzw"))
    add("tiff-grey.tif", lambda p: grey(W, H, 94).save(p, compression="tiff_lzw"))
    add("tiff-cmyk.tif", lambda p: rgb_img(W, H, 95).convert("CMYK").save(p, compression="tiff_lzw"))
    add("tiff-grey16.tif", lambda p: Image.frombytes(
        "I;16", (W16, H16), content16(W16, H16, 96, 1)[..., 0].astype("<u2").tobytes()).save(p, compression="raw"))
    add("tiff-rgb16.tif", lambda p: write_tiff_rgb16(p, content16(W16, H16, 97, 3)))

    # ---------------- odd sizes (row padding, chroma edges, bit packing, PDQ 64x64 path) -----
    for (w, h) in ODD_SIZES:
        s = f"{w}x{h}"
        add(f"odd-{s}-rgb.png", lambda p, w=w, h=h: rgb_img(w, h, 100 + w).save(p))
        add(f"odd-{s}-rgba.png", lambda p, w=w, h=h: rgba_img(w, h, 101 + w).save(p))
        add(f"odd-{s}-p4.png", lambda p, w=w, h=h: quantized(w, h, 102 + w, 16).save(p, bits=4))
        add(f"odd-{s}-1bit.png", lambda p, w=w, h=h: grey(w, h, 103 + w).convert("1").save(p))
        add(f"odd-{s}-420.jpg", lambda p, w=w, h=h: rgb_img(w, h, 104 + w).save(p, quality=90, subsampling=2))
        add(f"odd-{s}-422.jpg", lambda p, w=w, h=h: rgb_img(w, h, 105 + w).save(p, quality=90, subsampling=1))
        add(f"odd-{s}-lossy.webp", lambda p, w=w, h=h: rgb_img(w, h, 106 + w).save(p, quality=80, method=4))
        add(f"odd-{s}-24.bmp", lambda p, w=w, h=h: rgb_img(w, h, 107 + w).save(p))
        add(f"odd-{s}-rgb16.png", lambda p, w=w, h=h: write_pypng(p, content16(w, h, 108 + w, 3), 16))
    return cat


# --------------------------------------------------------------------------------------------
# Shared vectors and notes
# --------------------------------------------------------------------------------------------
def shared_rows(shared: Path) -> list[dict]:
    expected = {}
    with (shared / "EXPECTED-pdq-fullres.csv").open() as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            hx, q, _w, _h, rel = line.strip().split(",", 4)
            expected[rel] = (hx, int(q))
    rows = []
    for path in sorted(p for p in shared.rglob("*") if p.suffix.lower() in IMAGE_EXTS):
        rel = path.relative_to(shared).as_posix()
        row = expected_row(path, rel)
        if rel in expected:
            want = expected[rel]
            got = (row["pdq"], row["quality"])
            assert got == want, f"{rel}: got {got}, EXPECTED-pdq-fullres.csv says {want}"
        rows.append(row)
    missing = set(expected) - {r["file"] for r in rows}
    assert not missing, f"images listed in EXPECTED-pdq-fullres.csv not found: {sorted(missing)}"
    return rows


def notes_64x64(outdir: Path, rows: list[dict]) -> str:
    lines = ["# Notes (generated by tools/make-mode-fixtures.py - do not edit)", "",
             "## 64x64 input: pdqhash.compute vs compute_dihedral[0]", "",
             "The C++ core skips the Jarosz blur+decimation for exactly 64x64 input in `pdqHash256FromFloatLuma`;",
             "this table records whether `compute` and `compute_dihedral(...)[0][0]` agree on 64x64 fixtures.",
             "They must: for any side <= 128 px the Jarosz box window is `(n + 127) / 128 = 1`, i.e. the blur",
             "is the identity, and decimating 64 -> 64 picks every pixel, so skipping both steps changes nothing",
             "(the float luma buffer is the same either way). A Rust port may therefore share one code path.", "",
             "| file | compute | compute_dihedral[0] | quality c/d | equal |", "|---|---|---|---|---|"]
    for r in rows:
        if (r["width"], r["height"]) != (64, 64):
            continue
        _, rgb = pillow_rgb(outdir / r["file"])
        h1, q1 = pdqhash.compute(rgb)
        hd, qd = pdqhash.compute_dihedral(rgb)
        a, b = bits_to_hex(h1), bits_to_hex(hd[0])
        lines.append(f"| {r['file']} | `{a}` | `{b}` | {q1}/{qd} | {'yes' if a == b else 'NO'} |")
    lines += ["", "## Pillow mode after open, per fixture", "", "| file | Pillow mode | size | quality |",
              "|---|---|---|---|"]
    lines += [f"| {r['file']} | {r['mode']} | {r['width']}x{r['height']} | {r['quality']} |" for r in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    default_shared = Path("/work/shared/pdq-vectors")
    ap.add_argument("--shared", type=Path, default=default_shared if default_shared.is_dir() else None,
                    help="shared pdq-vectors dir for expected-shared.csv (default: %(default)s)")
    ap.add_argument("--no-shared", action="store_true", help="skip expected-shared.csv")
    ap.add_argument("--expected-only", action="store_true",
                    help="do not (re)write images; recompute CSVs/notes from the files in OUTDIR")
    args = ap.parse_args()

    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    catalogue = build_catalogue()
    names = [n for n, _ in catalogue]
    assert len(names) == len(set(names)), "duplicate fixture names"
    if not args.expected_only:
        for name, fn in catalogue:
            fn(out / name)

    rows = [expected_row(out / n, n) for n in sorted(names)]
    write_csv(out / "expected.csv", rows)
    (out / "notes.md").write_text(notes_64x64(out, rows))
    print(f"{len(rows)} fixtures, {sum((out / n).stat().st_size for n in names)} bytes -> {out}")

    if args.shared and not args.no_shared:
        srows = shared_rows(args.shared)
        write_csv(out / "expected-shared.csv", srows)
        print(f"{len(srows)} shared images checked against EXPECTED-pdq-fullres.csv")
    print("pillow", Image.__version__, "numpy", np.__version__, "pdqhash", pdqhash.__version__,
          "libjpeg-turbo", features.version("libjpeg_turbo"), "libwebp", features.version("webp"),
          "zlib", features.version("zlib"), "libtiff", features.version("libtiff"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
