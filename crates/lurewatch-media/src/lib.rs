//! Untrusted image bytes in, hashes out.
//!
//! * [`decode_rgb`] sniffs the format from the bytes (never the file name),
//!   enforces [`Limits`] on bytes, pixels, sides and allocation *before* the
//!   pixels are decoded, and converts every pixel format to 8-bit RGB exactly
//!   as Pillow's `Image.convert('RGB')` does — the convention the PDQ
//!   reference vectors and most shared hash lists were made with.
//! * [`hash_media`] adds the PDQ hash (and optionally its 8 dihedral
//!   variants) and the MD5 and SHA-256 of the file bytes.
//!
//! Every failure is a [`MediaError`]; decoder panics are caught and reported
//! as errors, so one bad file never takes down a batch or a server.

mod convert;
mod decode;

pub use decode::{Format, decode_rgb};

use lurewatch_pdq::{DihedralHashes, Hasher, PdqHash};
use md5::Digest as _;

/// Hard limits applied to every decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Limits {
    /// Largest accepted file, in bytes.
    pub max_bytes: usize,
    /// Largest accepted width × height.
    pub max_pixels: u64,
    /// Largest accepted width or height.
    pub max_side: u32,
    /// Largest allocation a decoder may make, in bytes.
    pub max_alloc: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 64 << 20,
            max_pixels: 50_000_000,
            max_side: 32_768,
            max_alloc: 1 << 30,
        }
    }
}

/// Why an image could not be hashed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// Zero bytes.
    #[error("empty file")]
    Empty,
    /// The file is larger than [`Limits::max_bytes`].
    #[error("file is {size} bytes, over the {limit}-byte limit")]
    TooManyBytes {
        /// File size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not a format lurewatch decodes.
    #[error("not a supported image (PNG, JPEG, WebP, GIF, BMP, TIFF)")]
    UnknownFormat,
    /// The header declares more pixels than allowed (a decompression bomb or
    /// simply too big).
    #[error("{width}x{height} image is over the limit ({reason})")]
    TooLarge {
        /// Declared width.
        width: u64,
        /// Declared height.
        height: u64,
        /// Which limit.
        reason: &'static str,
    },
    /// Too small to hash (the reference needs 5 px per side).
    #[error("{width}x{height} image is too small to hash (needs at least 5x5 pixels)")]
    TooSmall {
        /// Width.
        width: u32,
        /// Height.
        height: u32,
    },
    /// Truncated or corrupt data, as reported by the decoder.
    #[error("corrupt or truncated {format} data: {detail}")]
    Corrupt {
        /// Sniffed format.
        format: Format,
        /// Decoder message.
        detail: String,
    },
    /// A valid file in a variant lurewatch does not handle.
    #[error("unsupported {format} variant: {detail}")]
    Unsupported {
        /// Sniffed format.
        format: Format,
        /// What is unsupported.
        detail: String,
    },
}

/// A decoded image as 8-bit RGB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RgbImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 3` bytes, row-major.
    pub pixels: Vec<u8>,
    /// Container format.
    pub format: Format,
    /// The source pixel layout, in Pillow's mode names ("RGB", "P", "CMYK", "I;16"...).
    pub source_mode: &'static str,
}

/// Cryptographic digests of the file bytes (for exact-match lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Digests {
    /// MD5 of the bytes.
    #[serde(with = "hex_bytes")]
    pub md5: [u8; 16],
    /// SHA-256 of the bytes.
    #[serde(with = "hex_bytes")]
    pub sha256: [u8; 32],
}

impl Digests {
    /// Digests of `bytes`.
    pub fn of(bytes: &[u8]) -> Digests {
        Digests {
            md5: md5::Md5::digest(bytes).into(),
            sha256: sha2::Sha256::digest(bytes).into(),
        }
    }
}

/// Everything lurewatch derives from one media file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MediaHashes {
    /// PDQ hash and quality.
    pub pdq: PdqHash,
    /// All 8 dihedral PDQ hashes, when asked for.
    pub dihedral: Option<DihedralHashes>,
    /// File digests.
    pub digests: Digests,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Container format.
    pub format: Format,
}

/// Decodes `bytes` and hashes them. `hasher` carries reusable scratch memory
/// (keep one per thread).
pub fn hash_media(
    bytes: &[u8],
    limits: &Limits,
    dihedral: bool,
    hasher: &mut Hasher,
) -> Result<MediaHashes, MediaError> {
    let digests = Digests::of(bytes);
    let img = decode_rgb(bytes, limits)?;
    if img.width < lurewatch_pdq::MIN_HASHABLE_DIM as u32
        || img.height < lurewatch_pdq::MIN_HASHABLE_DIM as u32
    {
        return Err(MediaError::TooSmall {
            width: img.width,
            height: img.height,
        });
    }
    let (w, h) = (img.width as usize, img.height as usize);
    let (pdq, dihedral) = if dihedral {
        let all = hasher.dihedral_rgb(&img.pixels, w, h).map_err(internal)?;
        (
            PdqHash {
                hash: all.hashes[0],
                quality: all.quality,
            },
            Some(all),
        )
    } else {
        (hasher.hash_rgb(&img.pixels, w, h).map_err(internal)?, None)
    };
    Ok(MediaHashes {
        pdq,
        dihedral,
        digests,
        width: img.width,
        height: img.height,
        format: img.format,
    })
}

fn internal(e: lurewatch_pdq::PdqError) -> MediaError {
    // Unreachable in practice: the decoder always returns w*h*3 bytes.
    MediaError::Unsupported {
        format: Format::Unknown,
        detail: e.to_string(),
    }
}

mod hex_bytes {
    pub fn serialize<S: serde::Serializer, const N: usize>(
        v: &[u8; N],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(v))
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>, const N: usize>(
        d: D,
    ) -> Result<[u8; N], D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        let mut out = [0u8; N];
        hex::decode_to_slice(&s, &mut out).map_err(serde::de::Error::custom)?;
        Ok(out)
    }
}
