//! Pixel conversions to 8-bit RGB, each matching Pillow's `convert('RGB')`
//! for the mode Pillow would have opened the file in.

/// Pillow's `MULDIV255`: `a * b / 255` rounded, in integer arithmetic.
#[inline]
fn muldiv255(a: u32, b: u32) -> u32 {
    let t = a * b + 128;
    ((t >> 8) + t) >> 8
}

/// CMYK (Pillow's ink values, 0 = no ink) to RGB, as Pillow's `cmyk2rgb`.
pub(crate) fn cmyk_to_rgb(cmyk: &[u8], out: &mut Vec<u8>) {
    out.reserve(cmyk.len() / 4 * 3);
    for p in cmyk.chunks_exact(4) {
        let nk = 255 - u32::from(p[3]);
        for &c in &p[..3] {
            out.push(nk.saturating_sub(muldiv255(u32::from(c), nk)) as u8);
        }
    }
}

/// Grey to RGB: the value in all three channels.
pub(crate) fn gray_to_rgb(gray: impl Iterator<Item = u8>, out: &mut Vec<u8>) {
    for g in gray {
        out.extend_from_slice(&[g, g, g]);
    }
}

/// Pillow opens 16-bit grey PNG/TIFF as mode `I;16`; its conversion to 8-bit
/// clips at 255 instead of scaling.
#[inline]
pub(crate) fn i16_to_u8(v: u16) -> u8 {
    if v > 255 { 255 } else { v as u8 }
}

/// Pillow keeps the most significant byte of 16-bit RGB(A) and LA samples.
#[inline]
pub(crate) fn msb(v: u16) -> u8 {
    (v >> 8) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn muldiv255_is_rounded_division() {
        for a in [0u32, 1, 127, 128, 200, 255] {
            for b in [0u32, 1, 100, 254, 255] {
                let exact = (a * b) as f64 / 255.0;
                assert_eq!(muldiv255(a, b), exact.round() as u32, "{a}*{b}");
            }
        }
    }

    #[test]
    fn cmyk_extremes() {
        let mut out = Vec::new();
        cmyk_to_rgb(
            &[0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 0],
            &mut out,
        );
        assert_eq!(out, vec![255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 255, 255]);
    }
}
