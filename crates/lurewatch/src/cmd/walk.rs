//! Turning path arguments into a list of files, and hashing them in parallel.

use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use lurewatch_media::{Limits, MediaError, MediaHashes, hash_media};
use lurewatch_pdq::Hasher;
use rayon::prelude::*;

/// A file to hash, and whether it was found by walking a directory (files
/// met on a walk that are not images at all are skipped, not errors).
pub struct Input {
    pub path: PathBuf,
    pub walked: bool,
}

/// Expands directories (recursively, sorted, symlinks not followed) into files.
/// A path that does not exist is reported as an error for that path.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<Input, (PathBuf, String)>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
                match entry {
                    Ok(e) if e.file_type().is_file() => out.push(Ok(Input {
                        path: e.into_path(),
                        walked: true,
                    })),
                    Ok(_) => {}
                    Err(e) => out.push(Err((
                        e.path().map(Path::to_path_buf).unwrap_or_else(|| p.clone()),
                        e.to_string(),
                    ))),
                }
            }
        } else if p.exists() {
            out.push(Ok(Input {
                path: p.clone(),
                walked: false,
            }));
        } else {
            out.push(Err((p.clone(), "no such file or directory".into())));
        }
    }
    out
}

/// Why one file failed.
#[derive(Debug)]
pub enum FileError {
    /// Could not be read.
    Io(String),
    /// Read, but not hashable.
    Media(MediaError),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Io(e) => write!(f, "cannot read: {e}"),
            FileError::Media(e) => e.fmt(f),
        }
    }
}

/// Hashes every file on all cores, keeping input order. Shows a progress bar
/// on stderr when it is a terminal and the batch is long.
pub fn hash_files(
    files: &[Input],
    limits: &Limits,
    dihedral: bool,
) -> Vec<Result<MediaHashes, FileError>> {
    let bar = if files.len() >= 64 {
        ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} hashing {pos}/{len} [{elapsed_precise}] {per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let out = files
        .par_iter()
        .map_init(Hasher::new, |hasher, input| {
            let path = &input.path;
            let r = match std::fs::metadata(path) {
                Ok(m) if m.len() > limits.max_bytes as u64 => {
                    Err(FileError::Media(MediaError::TooManyBytes {
                        size: m.len() as usize,
                        limit: limits.max_bytes,
                    }))
                }
                _ => match std::fs::read(path) {
                    Ok(bytes) => {
                        hash_media(&bytes, limits, dihedral, hasher).map_err(FileError::Media)
                    }
                    Err(e) => Err(FileError::Io(e.to_string())),
                },
            };
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    out
}
