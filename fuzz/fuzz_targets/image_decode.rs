//! Untrusted image bytes through the whole media path: sniff, limits, decode,
//! Pillow-style conversion, PDQ. Invariant: never panics, and a successful
//! decode always yields width*height*3 bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lurewatch_media::{Limits, decode_rgb, hash_media};
use lurewatch_pdq::Hasher;

fuzz_target!(|data: &[u8]| {
    // Small limits keep each run fast and exercise the limit checks.
    let limits = Limits { max_bytes: 1 << 20, max_pixels: 4_000_000, max_side: 8192, max_alloc: 64 << 20 };
    if let Ok(img) = decode_rgb(data, &limits) {
        assert_eq!(img.pixels.len(), img.width as usize * img.height as usize * 3);
    }
    let _ = hash_media(data, &limits, true, &mut Hasher::new());
});
