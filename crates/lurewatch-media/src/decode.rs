//! Format sniffing and decoding with limits.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::convert::{cmyk_to_rgb, gray_to_rgb, i16_to_u8, msb};
use crate::{Limits, MediaError, RgbImage};

/// Container formats lurewatch decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// PNG.
    Png,
    /// JPEG (baseline, progressive; YCbCr, grey, CMYK, YCCK).
    Jpeg,
    /// WebP, lossy or lossless.
    Webp,
    /// GIF (first frame).
    Gif,
    /// BMP.
    Bmp,
    /// TIFF.
    Tiff,
    /// Not recognised.
    Unknown,
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Webp => "WebP",
            Format::Gif => "GIF",
            Format::Bmp => "BMP",
            Format::Tiff => "TIFF",
            Format::Unknown => "unknown",
        })
    }
}

impl Format {
    /// Sniffs the format from the first bytes.
    pub fn sniff(bytes: &[u8]) -> Format {
        match bytes {
            [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, ..] => Format::Png,
            [0xff, 0xd8, 0xff, ..] => Format::Jpeg,
            [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', ..] => Format::Gif,
            [
                b'R',
                b'I',
                b'F',
                b'F',
                _,
                _,
                _,
                _,
                b'W',
                b'E',
                b'B',
                b'P',
                ..,
            ] => Format::Webp,
            [b'B', b'M', ..] => Format::Bmp,
            [b'I', b'I', 0x2a, 0x00, ..] | [b'M', b'M', 0x00, 0x2a, ..] => Format::Tiff,
            _ => Format::Unknown,
        }
    }
}

/// Decodes untrusted bytes to 8-bit RGB, Pillow-style, within `limits`.
pub fn decode_rgb(bytes: &[u8], limits: &Limits) -> Result<RgbImage, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(MediaError::TooManyBytes {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let format = Format::sniff(bytes);
    let result = catch_unwind(AssertUnwindSafe(|| match format {
        Format::Jpeg => decode_jpeg(bytes, limits),
        Format::Gif => decode_gif(bytes, limits),
        Format::Png | Format::Webp | Format::Bmp | Format::Tiff => {
            decode_with_image(bytes, format, limits)
        }
        Format::Unknown => Err(MediaError::UnknownFormat),
    }));
    match result {
        Ok(r) => r,
        Err(_) => Err(MediaError::Corrupt {
            format,
            detail: "the decoder failed on malformed data".into(),
        }),
    }
}

fn check_dims(width: u64, height: u64, limits: &Limits) -> Result<(), MediaError> {
    if width > u64::from(limits.max_side) || height > u64::from(limits.max_side) {
        return Err(MediaError::TooLarge {
            width,
            height,
            reason: "side longer than max_side",
        });
    }
    if width * height > limits.max_pixels {
        return Err(MediaError::TooLarge {
            width,
            height,
            reason: "more pixels than max_pixels",
        });
    }
    // Decoded RGB plus the hasher's two float planes: 11 bytes per pixel.
    if width * height * 11 > limits.max_alloc {
        return Err(MediaError::TooLarge {
            width,
            height,
            reason: "would allocate more than max_alloc",
        });
    }
    Ok(())
}

fn corrupt(format: Format, e: impl std::fmt::Display) -> MediaError {
    MediaError::Corrupt {
        format,
        detail: e.to_string(),
    }
}

fn decode_jpeg(bytes: &[u8], limits: &Limits) -> Result<RgbImage, MediaError> {
    let f = Format::Jpeg;
    // libjpeg reports fatal errors by unwinding with a message (see
    // `jpeg_fatal`); catch that here so the message reaches the caller.
    let result = catch_unwind(AssertUnwindSafe(|| -> Result<RgbImage, MediaError> {
        use mozjpeg_sys::J_COLOR_SPACE as Cs;
        let d = mozjpeg::Decompress::with_err(jpeg_error_mgr())
            .from_mem(bytes)
            .map_err(|e| corrupt(f, e))?;
        let (w, h) = (d.width() as u64, d.height() as u64);
        check_dims(w, h, limits)?;
        let n = (w * h) as usize;
        let (pixels, mode) = match d.color_space() {
            Cs::JCS_GRAYSCALE => {
                let mut s = d.grayscale().map_err(|e| corrupt(f, e))?;
                let gray: Vec<u8> = s.read_scanlines().map_err(|e| corrupt(f, e))?;
                let mut out = Vec::with_capacity(n * 3);
                gray_to_rgb(gray.into_iter(), &mut out);
                (out, "L")
            }
            Cs::JCS_CMYK | Cs::JCS_YCCK => {
                // Pillow reads 4-channel JPEGs as Adobe-inverted CMYK ("CMYK;I")
                // and converts with its own integer formula.
                let mut s = d.to_colorspace(Cs::JCS_CMYK).map_err(|e| corrupt(f, e))?;
                let raw: Vec<u8> = s.read_scanlines().map_err(|e| corrupt(f, e))?;
                let inverted: Vec<u8> = raw.iter().map(|v| 255 - v).collect();
                let mut out = Vec::with_capacity(n * 3);
                cmyk_to_rgb(&inverted, &mut out);
                (out, "CMYK")
            }
            _ => {
                let mut s = d.rgb().map_err(|e| corrupt(f, e))?;
                let rgb: Vec<u8> = s.read_scanlines().map_err(|e| corrupt(f, e))?;
                (rgb, "RGB")
            }
        };
        finish(w, h, pixels, f, mode)
    }));
    match result {
        Ok(r) => r,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<String>()
                .map(|m| m.trim_start_matches("libjpeg fatal error: ").to_string())
                .unwrap_or_else(|| "the decoder failed on malformed data".into());
            Err(corrupt(f, detail))
        }
    }
}

/// libjpeg's standard error manager with two changes: fatal errors unwind
/// (instead of `exit()`), and the end-of-data warning is fatal too, since a
/// truncated file would otherwise be padded with grey and hashed.
fn jpeg_error_mgr() -> mozjpeg_sys::jpeg_error_mgr {
    // SAFETY: jpeg_std_error fully initialises the plain-C struct it is given.
    let mut err: mozjpeg_sys::jpeg_error_mgr = unsafe { std::mem::zeroed() };
    unsafe { mozjpeg_sys::jpeg_std_error(&mut err) };
    err.error_exit = Some(jpeg_fatal);
    err.emit_message = Some(jpeg_message);
    err
}

fn jpeg_message_text(cinfo: &mut mozjpeg_sys::jpeg_common_struct) -> String {
    // SAFETY: `err` points at the error manager installed above; format_message
    // writes at most JMSG_LENGTH_MAX (200) bytes including the NUL.
    unsafe {
        let Some(err) = cinfo.err.as_ref() else {
            return "libjpeg error".into();
        };
        let Some(format) = err.format_message else {
            return format!("libjpeg message {}", err.msg_code);
        };
        // The binding declares an 80-byte buffer, but libjpeg writes up to
        // JMSG_LENGTH_MAX (200) bytes: hand it a pointer into 200 bytes.
        let mut buf = [0u8; 200];
        let format: unsafe extern "C-unwind" fn(&mut mozjpeg_sys::jpeg_common_struct, *mut u8) =
            std::mem::transmute(format);
        format(cinfo, buf.as_mut_ptr());
        let end = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
        buf[end..].fill(0);
        String::from_utf8_lossy(&buf[..end]).into_owned()
    }
}

extern "C-unwind" fn jpeg_fatal(cinfo: &mut mozjpeg_sys::jpeg_common_struct) {
    let msg = jpeg_message_text(cinfo);
    std::panic::resume_unwind(Box::new(msg));
}

extern "C-unwind" fn jpeg_message(
    cinfo: &mut mozjpeg_sys::jpeg_common_struct,
    level: std::os::raw::c_int,
) {
    // SAFETY: as above.
    let code = unsafe { cinfo.err.as_ref().map(|e| e.msg_code) };
    if level == -1 && code == Some(mozjpeg_sys::JWRN_JPEG_EOF) {
        std::panic::resume_unwind(Box::new(
            "truncated file: the data ends before the image does".to_string(),
        ));
    }
}

fn decode_gif(bytes: &[u8], limits: &Limits) -> Result<RgbImage, MediaError> {
    let f = Format::Gif;
    // The logical screen size sits at bytes 6..10: refuse bombs before the
    // decoder reads anything else.
    if let [_, _, _, _, _, _, w0, w1, h0, h1, ..] = *bytes {
        check_dims(
            u64::from(u16::from_le_bytes([w0, w1])),
            u64::from(u16::from_le_bytes([h0, h1])),
            limits,
        )?;
    }
    let mut opts = gif::DecodeOptions::new();
    opts.set_color_output(gif::ColorOutput::Indexed);
    if let Some(n) = std::num::NonZeroU64::new(limits.max_alloc) {
        opts.set_memory_limit(gif::MemoryLimit::Bytes(n));
    }
    let mut dec = opts
        .read_info(Cursor::new(bytes))
        .map_err(|e| corrupt(f, e))?;
    let (w, h) = (u64::from(dec.width()), u64::from(dec.height()));
    check_dims(w, h, limits)?;
    let global = dec.global_palette().map(<[u8]>::to_vec);
    let frame = dec
        .read_next_frame()
        .map_err(|e| corrupt(f, e))?
        .ok_or_else(|| corrupt(f, "no frames"))?;
    let palette = frame.palette.clone().or(global);
    // Pillow's first frame: a screen-sized canvas filled with the transparent
    // index (or 0), the frame's indices pasted at its offset, then the palette.
    let (sw, sh) = (w as usize, h as usize);
    let mut canvas = vec![frame.transparent.unwrap_or(0); sw * sh];
    let (fl, ft, fw, fh) = (
        frame.left as usize,
        frame.top as usize,
        frame.width as usize,
        frame.height as usize,
    );
    for y in 0..fh {
        let cy = ft + y;
        if cy >= sh {
            break;
        }
        for x in 0..fw {
            let cx = fl + x;
            if cx >= sw {
                break;
            }
            if let Some(&idx) = frame.buffer.get(y * fw + x) {
                canvas[cy * sw + cx] = idx;
            }
        }
    }
    let mut pixels = Vec::with_capacity(sw * sh * 3);
    match palette {
        Some(pal) => {
            for &i in &canvas {
                let o = usize::from(i) * 3;
                pixels.extend_from_slice(pal.get(o..o + 3).unwrap_or(&[0, 0, 0]));
            }
        }
        None => gray_to_rgb(canvas.into_iter(), &mut pixels),
    }
    finish(w, h, pixels, f, "P")
}

fn decode_with_image(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
) -> Result<RgbImage, MediaError> {
    use image::{DynamicImage, ImageFormat, ImageReader};
    let fmt = match format {
        Format::Png => ImageFormat::Png,
        Format::Webp => ImageFormat::WebP,
        Format::Bmp => ImageFormat::Bmp,
        _ => ImageFormat::Tiff,
    };
    let mut il = image::Limits::default();
    il.max_image_width = Some(limits.max_side);
    il.max_image_height = Some(limits.max_side);
    il.max_alloc = Some(limits.max_alloc);
    // Header first: a bomb is refused before any pixel buffer exists.
    let (w, h) = ImageReader::with_format(Cursor::new(bytes), fmt)
        .into_dimensions()
        .map_err(|e| image_error(format, e, 0, 0))?;
    let (w, h) = (u64::from(w), u64::from(h));
    check_dims(w, h, limits)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), fmt);
    reader.limits(il);
    let img = reader.decode().map_err(|e| image_error(format, e, w, h))?;
    let n = (w * h) as usize;
    let mut out = Vec::with_capacity(n * 3);
    let mode = match &img {
        DynamicImage::ImageLuma8(b) => {
            gray_to_rgb(b.as_raw().iter().copied(), &mut out);
            "L"
        }
        DynamicImage::ImageLumaA8(b) => {
            gray_to_rgb(b.as_raw().chunks_exact(2).map(|p| p[0]), &mut out);
            "LA"
        }
        DynamicImage::ImageRgb8(b) => {
            out.extend_from_slice(b.as_raw());
            "RGB"
        }
        DynamicImage::ImageRgba8(b) => {
            for p in b.as_raw().chunks_exact(4) {
                out.extend_from_slice(&p[..3]);
            }
            "RGBA"
        }
        DynamicImage::ImageLuma16(b) => {
            gray_to_rgb(b.as_raw().iter().map(|&v| i16_to_u8(v)), &mut out);
            "I;16"
        }
        DynamicImage::ImageLumaA16(b) => {
            gray_to_rgb(b.as_raw().chunks_exact(2).map(|p| msb(p[0])), &mut out);
            "LA;16"
        }
        DynamicImage::ImageRgb16(b) => {
            out.extend(b.as_raw().iter().map(|&v| msb(v)));
            "RGB;16"
        }
        DynamicImage::ImageRgba16(b) => {
            for p in b.as_raw().chunks_exact(4) {
                out.extend(p[..3].iter().map(|&v| msb(v)));
            }
            "RGBA;16"
        }
        other => {
            out = other.to_rgb8().into_raw();
            "F"
        }
    };
    finish(w, h, out, format, mode)
}

fn image_error(format: Format, e: image::ImageError, width: u64, height: u64) -> MediaError {
    match e {
        image::ImageError::Limits(_) => MediaError::TooLarge {
            width,
            height,
            reason: "decoder allocation limit",
        },
        image::ImageError::Unsupported(u) => MediaError::Unsupported {
            format,
            detail: u.to_string(),
        },
        other => corrupt(format, other),
    }
}

fn finish(
    w: u64,
    h: u64,
    pixels: Vec<u8>,
    format: Format,
    source_mode: &'static str,
) -> Result<RgbImage, MediaError> {
    if pixels.len() as u64 != w * h * 3 {
        return Err(corrupt(
            format,
            format!("decoder returned {} bytes for {w}x{h}", pixels.len()),
        ));
    }
    Ok(RgbImage {
        width: w as u32,
        height: h as u32,
        pixels,
        format,
        source_mode,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_magic_bytes() {
        assert_eq!(Format::sniff(b"\x89PNG\r\n\x1a\nrest"), Format::Png);
        assert_eq!(Format::sniff(b"\xff\xd8\xff\xe0"), Format::Jpeg);
        assert_eq!(Format::sniff(b"GIF89a...."), Format::Gif);
        assert_eq!(Format::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Format::Webp);
        assert_eq!(Format::sniff(b"BM...."), Format::Bmp);
        assert_eq!(Format::sniff(b"II*\0"), Format::Tiff);
        assert_eq!(Format::sniff(b"%PDF-1.7"), Format::Unknown);
        assert_eq!(Format::sniff(b""), Format::Unknown);
    }

    #[test]
    fn empty_and_oversize_are_refused_before_decoding() {
        let limits = Limits {
            max_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(decode_rgb(b"", &limits), Err(MediaError::Empty));
        assert!(matches!(
            decode_rgb(&[0xff; 11], &limits),
            Err(MediaError::TooManyBytes {
                size: 11,
                limit: 10
            })
        ));
        assert_eq!(
            decode_rgb(b"hello world", &Limits::default()),
            Err(MediaError::UnknownFormat)
        );
    }
}
