//! `lurewatch hash`: PDQ (and MD5, SHA-256) of image files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, ValueEnum};
use lurewatch_media::{Limits, MediaError};
use lurewatch_pdq::Dihedral;

use super::walk::{FileError, expand, hash_files};

/// Output formats.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    /// `hash,quality,path` lines, as Meta's `pdq-photo-hasher` prints them.
    Csv,
    /// One JSON object per line with every digest.
    Json,
}

#[derive(Args)]
pub struct HashArgs {
    /// Also print the hashes of the 8 rotations and flips (from the DCT).
    #[arg(long)]
    dihedral: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: OutputFormat,
    /// Largest file to read, in bytes.
    #[arg(long, default_value_t = Limits::default().max_bytes)]
    max_bytes: usize,
    /// Largest image to decode, in pixels (decompression-bomb guard).
    #[arg(long, default_value_t = Limits::default().max_pixels)]
    max_pixels: u64,
    /// Image files or directories (walked recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: HashArgs) -> Result<ExitCode> {
    let limits = Limits {
        max_bytes: args.max_bytes,
        max_pixels: args.max_pixels,
        ..Limits::default()
    };
    let mut failed = 0usize;
    let mut files = Vec::new();
    for entry in expand(&args.paths) {
        match entry {
            Ok(p) => files.push(p),
            Err((p, e)) => {
                eprintln!("error: {}: {e}", p.display());
                failed += 1;
            }
        }
    }
    let results = hash_files(&files, &limits, args.dihedral);
    let mut skipped = 0usize;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (input, result) in files.iter().zip(results) {
        let path = &input.path;
        let h = match result {
            Ok(h) => h,
            Err(FileError::Media(MediaError::UnknownFormat)) if input.walked => {
                skipped += 1;
                continue;
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                failed += 1;
                continue;
            }
        };
        let path_str = path.display().to_string();
        match args.format {
            OutputFormat::Csv => {
                if let Some(all) = h.dihedral {
                    for d in Dihedral::ALL {
                        write!(out, "{},", all.get(d))?;
                    }
                    writeln!(out, "{},{}", all.quality, csv_field(&path_str))?;
                } else {
                    writeln!(
                        out,
                        "{},{},{}",
                        h.pdq.hash,
                        h.pdq.quality,
                        csv_field(&path_str)
                    )?;
                }
            }
            OutputFormat::Json => {
                let mut v = serde_json::json!({
                    "path": path_str,
                    "pdq": h.pdq.hash,
                    "quality": h.pdq.quality,
                    "md5": hex(&h.digests.md5),
                    "sha256": hex(&h.digests.sha256),
                    "width": h.width,
                    "height": h.height,
                    "format": h.format,
                });
                if let Some(all) = h.dihedral {
                    v["dihedral"] = Dihedral::ALL
                        .iter()
                        .map(|d| (d.name().to_string(), serde_json::json!(all.get(*d))))
                        .collect();
                }
                serde_json::to_writer(&mut out, &v)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    if skipped > 0 {
        eprintln!("skipped {skipped} file(s) that are not images");
    }
    if failed > 0 {
        eprintln!("{failed} file(s) could not be hashed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Quotes a CSV field only when it needs it (a comma, quote or newline).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
