//! lurewatch-media
