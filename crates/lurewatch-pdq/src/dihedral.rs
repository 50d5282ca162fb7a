//! The eight rotations and flips of the square, applied to the DCT block.

use crate::DCT_SIZE;

/// A dihedral transform, in the column order of Meta's `--dihedral` output.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Dihedral {
    /// The image as it is.
    Original = 0,
    /// Rotated 90° counter-clockwise.
    Rot90 = 1,
    /// Rotated 180°.
    Rot180 = 2,
    /// Rotated 270° counter-clockwise (90° clockwise).
    Rot270 = 3,
    /// Mirrored top to bottom.
    FlipX = 4,
    /// Mirrored left to right.
    FlipY = 5,
    /// Transposed (mirrored about the main diagonal).
    FlipPlus1 = 6,
    /// Anti-transposed (mirrored about the other diagonal).
    FlipMinus1 = 7,
}

impl Dihedral {
    /// All eight, in output order.
    pub const ALL: [Dihedral; 8] = [
        Dihedral::Original,
        Dihedral::Rot90,
        Dihedral::Rot180,
        Dihedral::Rot270,
        Dihedral::FlipX,
        Dihedral::FlipY,
        Dihedral::FlipPlus1,
        Dihedral::FlipMinus1,
    ];

    /// The column name used in CSV headers and match output.
    pub fn name(self) -> &'static str {
        match self {
            Dihedral::Original => "orig",
            Dihedral::Rot90 => "rot90",
            Dihedral::Rot180 => "rot180",
            Dihedral::Rot270 => "rot270",
            Dihedral::FlipX => "flipx",
            Dihedral::FlipY => "flipy",
            Dihedral::FlipPlus1 => "flipplus1",
            Dihedral::FlipMinus1 => "flipminus1",
        }
    }

    /// Index into [`Dihedral::ALL`].
    pub fn from_index(i: usize) -> Option<Dihedral> {
        Self::ALL.get(i).copied()
    }

    /// Applies the transform to a 16x16 DCT block. A transpose swaps the
    /// frequency axes; a mirror negates the odd-order basis functions along
    /// its axis (in 0-based coefficient index, the even ones, since the block
    /// starts at frequency 1).
    pub fn transform_dct(self, a: &[f32; DCT_SIZE * DCT_SIZE]) -> [f32; DCT_SIZE * DCT_SIZE] {
        let mut b = [0f32; DCT_SIZE * DCT_SIZE];
        for i in 0..DCT_SIZE {
            for j in 0..DCT_SIZE {
                let v = a[i * DCT_SIZE + j];
                let (even_i, even_j) = (i % 2 == 0, j % 2 == 0);
                let (negate, transpose) = match self {
                    Dihedral::Original => (false, false),
                    Dihedral::Rot90 => (even_j, true),
                    Dihedral::Rot180 => ((i + j) % 2 == 1, false),
                    Dihedral::Rot270 => (even_i, true),
                    Dihedral::FlipX => (even_i, false),
                    Dihedral::FlipY => (even_j, false),
                    Dihedral::FlipPlus1 => (false, true),
                    Dihedral::FlipMinus1 => ((i + j) % 2 == 1, true),
                };
                let v = if negate { -v } else { v };
                if transpose {
                    b[j * DCT_SIZE + i] = v;
                } else {
                    b[i * DCT_SIZE + j] = v;
                }
            }
        }
        b
    }

    /// Applies the transform to pixels (for tests and tools; the hasher never
    /// re-hashes transformed pixels). Returns the new buffer, width, height.
    pub fn transform_pixels<const C: usize>(
        self,
        px: &[u8],
        w: usize,
        h: usize,
    ) -> (Vec<u8>, usize, usize) {
        let (nw, nh) = match self {
            Dihedral::Original | Dihedral::Rot180 | Dihedral::FlipX | Dihedral::FlipY => (w, h),
            _ => (h, w),
        };
        let mut out = vec![0u8; px.len()];
        for y in 0..h {
            for x in 0..w {
                // (x, y) in the source goes to (nx, ny) in the output.
                let (nx, ny) = match self {
                    Dihedral::Original => (x, y),
                    // Counter-clockwise, as the reference's test images are.
                    Dihedral::Rot90 => (y, w - 1 - x),
                    Dihedral::Rot180 => (w - 1 - x, h - 1 - y),
                    Dihedral::Rot270 => (h - 1 - y, x),
                    Dihedral::FlipX => (x, h - 1 - y),
                    Dihedral::FlipY => (w - 1 - x, y),
                    Dihedral::FlipPlus1 => (y, x),
                    Dihedral::FlipMinus1 => (h - 1 - y, w - 1 - x),
                };
                let src = (y * w + x) * C;
                let dst = (ny * nw + nx) * C;
                out[dst..dst + C].copy_from_slice(&px[src..src + C]);
            }
        }
        (out, nw, nh)
    }
}

impl std::fmt::Display for Dihedral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.name())
    }
}
