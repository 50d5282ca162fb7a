//! lurewatch-core
