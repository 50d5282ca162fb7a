//! Suite tests of the `reports` tables (see `tests.rs` for the harnesses).
