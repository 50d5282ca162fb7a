//! Error types.

use std::path::PathBuf;

/// Errors from training, scoring set-up, saving and loading models.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A configuration value is out of range.
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
    /// Training data is unusable (empty, one class only, ...).
    #[error("invalid training data: {0}")]
    InvalidData(String),
    /// An extra feature index is not below the number of declared extra features.
    #[error("extra feature index {index} is out of range ({len} extra features declared)")]
    ExtraOutOfRange {
        /// The offending index.
        index: u32,
        /// Number of declared extra features.
        len: usize,
    },
    /// Reading or writing a model file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A model file is corrupt or does not match its metadata.
    #[error("{path}: corrupt or mismatched model file: {reason}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The model format version is not supported by this build.
    #[error("unsupported model format version {found} (this build reads {supported})")]
    UnsupportedVersion {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
}
