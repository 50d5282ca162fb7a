//! `lurewatch match`: images or PDQ hashes against hash banks.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;
use lurewatch_match::{Bank, EntryRef, IndexKind, Matcher, SignalValue, should_query_with};
use lurewatch_media::{Limits, MediaError};
use lurewatch_pdq::{Dihedral, Hash256};

use super::banks::{BankFormat, load};
use super::hash::csv_field;
use super::walk::{FileError, expand, hash_files};

#[derive(Args)]
pub struct MatchArgs {
    /// A bank file; repeat the flag for several banks.
    #[arg(long = "bank", required = true)]
    banks: Vec<PathBuf>,
    /// Format of the bank files.
    #[arg(long, value_enum, default_value = "auto")]
    bank_format: BankFormat,
    /// Largest Hamming distance (of 256 bits) that counts as a match.
    #[arg(long, default_value_t = lurewatch_match::MATCH_THRESHOLD, value_parser = clap::value_parser!(u32).range(0..=256))]
    max_distance: u32,
    /// Query hashes with a lower PDQ quality are not matched (too flat to trust).
    #[arg(long, default_value_t = lurewatch_match::QUALITY_THRESHOLD)]
    min_quality: u8,
    /// Index: flat SIMD scan, or multi-index hashing (faster on very large banks).
    #[arg(long, value_enum, default_value = "flat")]
    index: IndexChoice,
    /// A file of query hashes (one hex PDQ per line, optionally `,quality`);
    /// `query` in the output is its 0-based line number.
    #[arg(long, conflicts_with = "paths")]
    hashes: Option<PathBuf>,
    /// Query images or directories; all 8 rotations and flips are searched.
    #[arg(required_unless_present = "hashes")]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum IndexChoice {
    Flat,
    Mih,
}

struct Row {
    query: String,
    query_key: (usize, u64),
    entry: EntryRef,
    distance: u32,
    transform: Dihedral,
}

pub fn run(args: MatchArgs) -> Result<ExitCode> {
    let mut banks: Vec<Bank> = Vec::new();
    for (i, path) in args.banks.iter().enumerate() {
        let loaded = load(path, i, args.bank_format, args.max_distance, 20)?;
        if loaded.unsupported > 0 {
            eprintln!(
                "note: {}: {} entries of unsupported signal types skipped",
                path.display(),
                loaded.unsupported
            );
        }
        banks.push(loaded.bank);
    }
    let kind = match args.index {
        IndexChoice::Flat => IndexKind::Flat,
        IndexChoice::Mih => IndexKind::Mih,
    };
    let matcher = Matcher::build(&banks, kind)?;
    let mut failed = 0usize;
    let mut rows: Vec<Row> = Vec::new();

    if let Some(file) = &args.hashes {
        let text =
            std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let mut queries = Vec::new();
        let mut lines = Vec::new();
        for (n, raw) in text.split(|&b| b == b'\n').enumerate() {
            let line = String::from_utf8_lossy(raw);
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split([',', '\t', ' ']).filter(|f| !f.is_empty());
            let hex = fields.next().unwrap_or("");
            match Hash256::from_hex(hex) {
                Ok(h) => {
                    let quality = fields.next().and_then(|q| q.parse::<u8>().ok());
                    if quality.is_some_and(|q| !should_query_with(q, args.min_quality)) {
                        continue;
                    }
                    queries.push(h);
                    lines.push(n);
                }
                Err(e) => {
                    eprintln!("error: {}:{}: {e}", file.display(), n + 1);
                    failed += 1;
                }
            }
        }
        for hit in matcher.search_pdq(&queries, args.max_distance) {
            let line = lines[hit.query];
            rows.push(Row {
                query: line.to_string(),
                query_key: (line, 0),
                entry: matcher.locate(hit.entry),
                distance: hit.distance,
                transform: Dihedral::Original,
            });
        }
    } else {
        let mut files = Vec::new();
        for entry in expand(&args.paths) {
            match entry {
                Ok(input) => files.push(input),
                Err((p, e)) => {
                    eprintln!("error: {}: {e}", p.display());
                    failed += 1;
                }
            }
        }
        let hashed = hash_files(&files, &Limits::default(), true);
        let mut images = Vec::new();
        let mut names = Vec::new();
        for (input, result) in files.iter().zip(hashed) {
            match result {
                Ok(h) => {
                    let all = h.dihedral.expect("dihedral requested");
                    if !should_query_with(all.quality, args.min_quality) {
                        eprintln!(
                            "note: {}: quality {} is below {}, not matched",
                            input.path.display(),
                            all.quality,
                            args.min_quality
                        );
                        continue;
                    }
                    // Exact-match signals too: MD5 and SHA-256 of the bytes.
                    for value in [
                        SignalValue::Md5(h.digests.md5),
                        SignalValue::Sha256(h.digests.sha256),
                    ] {
                        for id in matcher.lookup_exact(&value) {
                            rows.push(Row {
                                query: input.path.display().to_string(),
                                query_key: (names.len(), 0),
                                entry: matcher.locate(id),
                                distance: 0,
                                transform: Dihedral::Original,
                            });
                        }
                    }
                    images.push(all.hashes);
                    names.push(input.path.display().to_string());
                }
                Err(FileError::Media(MediaError::UnknownFormat)) if input.walked => {}
                Err(e) => {
                    eprintln!("error: {}: {e}", input.path.display());
                    failed += 1;
                }
            }
        }
        for hit in matcher.search_dihedral(&images, args.max_distance) {
            rows.push(Row {
                query: names[hit.image].clone(),
                query_key: (hit.image, 1),
                entry: matcher.locate(hit.entry),
                distance: hit.distance,
                transform: hit.transform,
            });
        }
    }
    if banks.iter().all(Bank::is_empty) {
        bail!("the banks hold no usable entries");
    }

    rows.sort_by_key(|r| (r.query_key, r.entry.bank, r.entry.index));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    writeln!(out, "query,bank_entry,distance,transform,bank,label")?;
    for r in &rows {
        let bank = &banks[r.entry.bank];
        let entry = &bank.entries()[r.entry.index];
        // Entries from files report their 0-based line; others their index.
        let position = entry.meta.line.map_or(r.entry.index as u64, |l| l - 1);
        writeln!(
            out,
            "{},{},{},{},{},{}",
            csv_field(&r.query),
            position,
            r.distance,
            r.transform,
            bank.name(),
            csv_field(entry.meta.label.as_deref().unwrap_or(""))
        )?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
