//! Error types.

/// Errors from bank management, index building and lookups.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MatchError {
    /// A bank name is empty, longer than 64 characters, or holds a character
    /// other than `A-Z`, `a-z`, `0-9` and `_`.
    #[error("invalid bank name {0:?}: use 1-64 characters of A-Z, 0-9 and _")]
    InvalidBankName(String),
    /// Two banks given to one index share a name.
    #[error("duplicate bank name {0:?}")]
    DuplicateBank(String),
    /// No bank of that name in the index.
    #[error("no bank named {0:?}")]
    UnknownBank(String),
    /// An entry index outside its bank.
    #[error("bank {bank:?} has no entry {index}")]
    UnknownEntry {
        /// Bank name.
        bank: String,
        /// Entry index inside the bank.
        index: usize,
    },
    /// A PDQ distance above 256.
    #[error("max distance {0} is above 256")]
    InvalidDistance(u32),
    /// More than `u32::MAX - 1` entries in one index.
    #[error("too many entries for one index ({0})")]
    TooManyEntries(usize),
    /// The requested kernel needs CPU features this machine lacks.
    #[error("kernel {0} is not supported by this CPU")]
    KernelUnavailable(&'static str),
}

/// Errors that refuse a whole import (per-line problems are reported as
/// [`crate::BadLine`]s instead).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The input is larger than [`crate::ImportOptions::max_bytes`].
    #[error("input is {len} bytes, above the limit of {max} bytes")]
    TooLarge {
        /// Input size in bytes.
        len: u64,
        /// Configured limit.
        max: u64,
    },
}
