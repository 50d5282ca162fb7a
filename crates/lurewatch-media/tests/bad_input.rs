//! Hostile and broken inputs: every one gives a clear error, none panics.

use std::path::{Path, PathBuf};

use lurewatch_media::{Limits, MediaError, decode_rgb, hash_media};
use lurewatch_pdq::Hasher;
use proptest::prelude::*;

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/pdq-vectors")
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(vectors().join(rel)).unwrap()
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG whose header claims `w` x `h` pixels, with a few bytes of data.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(b"IEND", &[]);
    out
}

/// A real JPEG with its frame header patched to claim `w` x `h`.
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut bytes = read("misc-images/wee.jpg");
    // Walk the marker segments to the frame header (SOFn).
    let mut i = 2;
    let sof = loop {
        let marker = bytes[i + 1];
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        if (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker) {
            break i;
        }
        i += 2 + len;
    };
    bytes[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    bytes
}

#[test]
fn decompression_bombs_are_refused_from_the_header() {
    let limits = Limits::default();
    let t = std::time::Instant::now();
    for bytes in [
        png_claiming(100_000, 100_000),
        png_claiming(9_000, 9_000),
        jpeg_claiming(60_000, 60_000),
    ] {
        let err = decode_rgb(&bytes, &limits).unwrap_err();
        assert!(matches!(err, MediaError::TooLarge { .. }), "{err:?}");
    }
    let mut gif = b"GIF89a".to_vec();
    gif.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x3b]);
    assert!(matches!(
        decode_rgb(&gif, &limits),
        Err(MediaError::TooLarge { .. })
    ));
    assert!(
        t.elapsed().as_secs() < 2,
        "bomb checks must not decode pixels"
    );
}

#[test]
fn tighter_limits_apply() {
    let bytes = read("bridge-mods/aaa-orig.jpg");
    let limits = Limits {
        max_pixels: 1_000_000,
        ..Limits::default()
    };
    assert!(matches!(
        decode_rgb(&bytes, &limits),
        Err(MediaError::TooLarge {
            width: 1600,
            height: 1004,
            ..
        })
    ));
    let limits = Limits {
        max_side: 1000,
        ..Limits::default()
    };
    assert!(matches!(
        decode_rgb(&bytes, &limits),
        Err(MediaError::TooLarge { .. })
    ));
    let limits = Limits {
        max_alloc: 1 << 20,
        ..Limits::default()
    };
    assert!(matches!(
        decode_rgb(&bytes, &limits),
        Err(MediaError::TooLarge { .. })
    ));
}

#[test]
fn truncated_files_are_errors() {
    for rel in [
        "bridge-mods/aaa-orig.jpg",
        "reg-test-input/pen-and-coaster.png",
        "misc-images/modes/F.webp",
    ] {
        let bytes = read(rel);
        for frac in [2, 3, 10] {
            let cut = &bytes[..bytes.len() / frac];
            let r = decode_rgb(cut, &Limits::default());
            assert!(
                matches!(r, Err(MediaError::Corrupt { .. })),
                "{rel} cut to 1/{frac}: {r:?}"
            );
        }
    }
}

#[test]
fn corrupt_data_is_an_error() {
    let mut bytes = read("reg-test-input/pen-and-coaster.png");
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 64] {
        *b ^= 0x5a;
    }
    let r = decode_rgb(&bytes, &Limits::default());
    assert!(matches!(r, Err(MediaError::Corrupt { .. })), "{r:?}");
    // A JPEG whose huffman data is noise.
    let mut jpeg = read("misc-images/wee.jpg");
    let n = jpeg.len();
    for (i, b) in jpeg[n - 200..n - 2].iter_mut().enumerate() {
        *b = (i * 37 % 251) as u8;
    }
    let _ = decode_rgb(&jpeg, &Limits::default()); // error or garbage pixels, never a panic
}

#[test]
fn non_images_and_tiny_images() {
    let mut hasher = Hasher::new();
    assert_eq!(
        hash_media(b"", &Limits::default(), false, &mut hasher),
        Err(MediaError::Empty)
    );
    assert_eq!(
        hash_media(b"%PDF-1.4 hello", &Limits::default(), false, &mut hasher),
        Err(MediaError::UnknownFormat)
    );
    assert_eq!(
        hash_media(&[0u8; 4096], &Limits::default(), false, &mut hasher),
        Err(MediaError::UnknownFormat)
    );
    // A valid 4x4 image: decodable but too small to hash.
    let mut png = Vec::new();
    let img = image::RgbImage::from_pixel(4, 4, image::Rgb([10, 20, 30]));
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    assert_eq!(
        hash_media(&png, &Limits::default(), false, &mut hasher),
        Err(MediaError::TooSmall {
            width: 4,
            height: 4
        })
    );
}

#[test]
fn errors_read_clearly() {
    let e = MediaError::TooLarge {
        width: 100_000,
        height: 100_000,
        reason: "more pixels than max_pixels",
    };
    assert_eq!(
        e.to_string(),
        "100000x100000 image is over the limit (more pixels than max_pixels)"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Random bytes behind each format's magic number never panic.
    #[test]
    fn arbitrary_bytes_never_panic(magic in 0usize..7, body in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let prefixes: [&[u8]; 7] = [
            b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"RIFF\0\0\0\0WEBPVP8 ", b"BM", b"II*\0", b"",
        ];
        let mut bytes = prefixes[magic].to_vec();
        bytes.extend_from_slice(&body);
        let _ = hash_media(&bytes, &Limits::default(), true, &mut Hasher::new());
    }

    /// Every prefix of a real file is handled without a panic.
    #[test]
    fn prefixes_never_panic(cut in 0usize..7528) {
        let bytes = read("bridge-mods/square-128x128.jpg");
        let _ = decode_rgb(&bytes[..cut.min(bytes.len())], &Limits::default());
    }
}
