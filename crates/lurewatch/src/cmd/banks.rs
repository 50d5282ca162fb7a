//! Loading bank files given on the command line.

use std::path::Path;

use anyhow::{Context, Result};
use clap::ValueEnum;
use lurewatch_match::import::{
    HexKind, ImportOptions, ImportReport, parse_hex_lines, parse_ncmec_xml, parse_pdq_csv,
    parse_threatexchange_json, parse_threatexchange_lines,
};
use lurewatch_match::{Bank, SignalType};

/// Bank file formats.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum BankFormat {
    /// Sniff the format from the content.
    Auto,
    /// One hex hash per line (64 digits PDQ, 32 MD5).
    Hex,
    /// `hash,quality,path` CSV (Meta's pdq-photo-hasher output).
    Csv,
    /// HMA / python-threatexchange `signal_type,value` or `<hex> <metadata>` lines.
    Te,
    /// ThreatExchange descriptor JSON lines.
    TeJson,
    /// NCMEC hash-sharing XML.
    Ncmec,
}

/// Picks a format from the first meaningful line of the file.
pub fn sniff(bytes: &[u8]) -> BankFormat {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let fields: Vec<&str> = first.split(',').map(str::trim).collect();
    let is_hex = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit());
    if first.starts_with('<') {
        BankFormat::Ncmec
    } else if first.starts_with('{') {
        BankFormat::TeJson
    } else if fields.len() >= 2
        && ((is_hex(fields[0]) && fields[1].parse::<u8>().is_ok())
            || (matches!(
                fields[0].to_ascii_lowercase().as_str(),
                "hash" | "pdq" | "pdq_hash"
            ) && !is_hex(fields[1])))
    {
        // `hash,quality,...` rows, or a `hash,quality,path` header.
        BankFormat::Csv
    } else if first.contains([',', '\t', ' ']) {
        BankFormat::Te
    } else {
        BankFormat::Hex
    }
}

/// A bank loaded from a file, with its import report.
pub struct LoadedBank {
    pub bank: Bank,
    pub report_bad: usize,
    pub duplicates: usize,
    pub unsupported: usize,
}

/// A valid bank name from a file name: A-Z, 0-9 and `_`, at most 64 chars.
pub fn bank_name(path: &Path, index: usize) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("bank");
    let mut name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    name.truncate(56);
    if name.is_empty() {
        name = "BANK".into();
    }
    format!("{name}_{index}")
}

/// Reads and imports one bank file; bad lines are printed to stderr (at most
/// `show` of them) and never drop the good ones.
pub fn load(
    path: &Path,
    index: usize,
    format: BankFormat,
    max_distance: u32,
    show: usize,
) -> Result<LoadedBank> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read bank {}", path.display()))?;
    let opts = ImportOptions {
        source: path.display().to_string(),
        ..ImportOptions::default()
    };
    let format = if format == BankFormat::Auto {
        sniff(&bytes)
    } else {
        format
    };
    let report: ImportReport = match format {
        BankFormat::Auto | BankFormat::Hex => parse_hex_lines(&bytes, HexKind::Auto, &opts),
        BankFormat::Csv => parse_pdq_csv(&bytes, &opts),
        BankFormat::Te => parse_threatexchange_lines(&bytes, HexKind::Auto, &opts),
        BankFormat::TeJson => parse_threatexchange_json(&bytes, &opts),
        BankFormat::Ncmec => parse_ncmec_xml(&bytes, &opts),
    }
    .with_context(|| format!("cannot import bank {}", path.display()))?;
    for bad in report.bad_lines.iter().take(show) {
        eprintln!("warning: {}:{}: {}", path.display(), bad.line, bad.reason);
    }
    if report.bad_line_count > show {
        eprintln!(
            "warning: {}: {} more bad lines not shown",
            path.display(),
            report.bad_line_count - show
        );
    }
    let mut bank = Bank::new(&bank_name(path, index))?;
    bank.set_max_distance(max_distance)?;
    let (report_bad, duplicates, unsupported) =
        (report.bad_line_count, report.duplicates, report.unsupported);
    bank.extend(report.entries);
    if bank.count_of(SignalType::Pdq) == 0 && bank.is_empty() {
        eprintln!("warning: {}: no usable entries", path.display());
    }
    Ok(LoadedBank {
        bank,
        report_bad,
        duplicates,
        unsupported,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        let h = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        assert_eq!(sniff(format!("{h}\n").as_bytes()), BankFormat::Hex);
        assert_eq!(
            sniff(format!("# c\n{h},100,a.jpg\n").as_bytes()),
            BankFormat::Csv
        );
        assert_eq!(
            sniff(format!("hash,quality,path\n{h},100,a.jpg\n").as_bytes()),
            BankFormat::Csv
        );
        assert_eq!(sniff(format!("pdq,{h}\n").as_bytes()), BankFormat::Te);
        assert_eq!(sniff(format!("{h} label\n").as_bytes()), BankFormat::Te);
        assert_eq!(
            sniff(b"{\"indicator\":\"ab\",\"type\":\"HASH_PDQ\"}\n"),
            BankFormat::TeJson
        );
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><images/>"),
            BankFormat::Ncmec
        );
    }

    #[test]
    fn bank_names_are_valid() {
        assert_eq!(bank_name(Path::new("/x/demo-known.csv"), 0), "DEMO_KNOWN_0");
        assert!(Bank::new(&bank_name(Path::new("/x/ünïcode ☃.txt"), 3)).is_ok());
        assert!(Bank::new(&bank_name(Path::new(&"a".repeat(300)), 3)).is_ok());
    }
}
