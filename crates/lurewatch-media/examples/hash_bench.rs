//! Hashing benchmark, lurewatch's side (the reference side is
//! `bench/pdq_reference.py`). Single-threaded on purpose: results are per core.
//!
//! ```text
//! cargo run --release -p lurewatch-media --example hash_bench -- --mode e2e|pixels [--repeat N] [--out FILE] PATH...
//! ```
//! * `e2e`: read bytes (untimed) → decode → RGB → PDQ, timed per image.
//! * `pixels`: decode everything first (untimed), then time PDQ on the RGB buffers.
//!
//! Prints one JSON line and writes `hash,quality,path` CSV to `--out`.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use lurewatch_media::{Limits, decode_rgb, hash_media};
use lurewatch_pdq::Hasher;

fn main() {
    let mut mode = "e2e".to_string();
    let mut repeat = 1usize;
    let mut out: Option<PathBuf> = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mode" => mode = args.next().expect("--mode value"),
            "--repeat" => {
                repeat = args
                    .next()
                    .expect("--repeat value")
                    .parse()
                    .expect("number")
            }
            "--out" => out = Some(args.next().expect("--out value").into()),
            _ => paths.push(PathBuf::from(a)),
        }
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for p in &paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            files.extend(entries.into_iter().filter(|f| {
                matches!(
                    f.extension().and_then(|e| e.to_str()),
                    Some("jpg" | "jpeg" | "png" | "webp" | "gif" | "bmp" | "tif" | "tiff")
                )
            }));
        } else {
            files.push(p.clone());
        }
    }
    let blobs: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let limits = Limits {
        max_pixels: 200_000_000,
        max_alloc: 4 << 30,
        ..Limits::default()
    };
    let mut hasher = Hasher::new();
    let mut rows = Vec::new();
    let mut best = f64::INFINITY;
    let mut pixels_total = 0u64;
    match mode.as_str() {
        "e2e" => {
            for _ in 0..repeat {
                rows.clear();
                let t = Instant::now();
                for (f, b) in files.iter().zip(&blobs) {
                    let h = hash_media(b, &limits, false, &mut hasher).unwrap();
                    rows.push((h.pdq.hash, h.pdq.quality, f.clone()));
                    pixels_total += u64::from(h.width) * u64::from(h.height);
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
        }
        "pixels" => {
            let decoded: Vec<_> = blobs
                .iter()
                .map(|b| decode_rgb(b, &limits).unwrap())
                .collect();
            for _ in 0..repeat {
                rows.clear();
                let t = Instant::now();
                for (f, img) in files.iter().zip(&decoded) {
                    let h = hasher
                        .hash_rgb(&img.pixels, img.width as usize, img.height as usize)
                        .unwrap();
                    rows.push((h.hash, h.quality, f.clone()));
                    pixels_total += u64::from(img.width) * u64::from(img.height);
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
        }
        other => panic!("unknown mode {other}"),
    }
    if let Some(out) = out {
        let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
        for (h, q, p) in &rows {
            writeln!(w, "{h},{q},{}", p.display()).unwrap();
        }
    }
    let n = files.len() as f64;
    println!(
        "{{\"tool\":\"lurewatch\",\"mode\":\"{mode}\",\"images\":{},\"seconds\":{best:.4},\"images_per_s\":{:.2},\"mpixels_per_s\":{:.1}}}",
        files.len(),
        n / best,
        pixels_total as f64 / repeat as f64 / best / 1e6
    );
}
