//! lurewatch-match
