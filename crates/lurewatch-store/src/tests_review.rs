//! Suite tests of the `review` tables (see `tests.rs` for the harnesses).
