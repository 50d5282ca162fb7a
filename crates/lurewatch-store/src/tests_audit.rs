//! Suite tests of the `audit` tables (see `tests.rs` for the harnesses).
