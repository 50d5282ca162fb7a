//! Hash banks (PDQ, MD5, SHA-256), bank list formats, and an exact
//! Hamming-distance index for PDQ with runtime CPU dispatch.
//!
//! * [`Bank`]: a named, deduplicated list of [`Entry`]s (value + metadata)
//!   with a per-bank PDQ distance limit and an enabled flag.
//! * [`import`]: parsers for plain hex lists, `hash,quality,path` CSV,
//!   HMA / python-threatexchange signal lines, ThreatExchange descriptor JSON
//!   lines and NCMEC hash-sharing XML. Bad lines are reported with 1-based
//!   line numbers and never drop good ones.
//! * [`Catalog`]: dense entry ids over many banks plus live enable/disable
//!   flags and per-bank distances, shared by the indexes; toggles are O(1)
//!   and apply to the next query without rebuilding anything.
//! * [`PdqIndex`]: exact radius search (flat SIMD scan or multi-index
//!   hashing), batched and dihedral-aware; [`ExactIndex`] for MD5/SHA-256;
//!   [`Matcher`] bundles both over one catalog.
//!
//! ```
//! use lurewatch_match::{Bank, Entry, IndexKind, Matcher, SignalValue};
//! use lurewatch_match::import::{parse_hex_lines, HexKind, ImportOptions};
//!
//! let list = "# demo\nf8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22\nnot-a-hash\n";
//! let report = parse_hex_lines(list.as_bytes(), HexKind::Auto, &ImportOptions::default()).unwrap();
//! assert_eq!(report.bad_lines[0].line, 3);
//! let mut bank = Bank::new("demo_bank").unwrap();
//! bank.extend(report.entries);
//! let matcher = Matcher::build(&[bank], IndexKind::Flat).unwrap();
//! let query = lurewatch_pdq::Hash256::from_hex(
//!     "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b23").unwrap();
//! let hits = matcher.search_pdq(&[query], lurewatch_match::MATCH_THRESHOLD);
//! assert_eq!(hits[0].distance, 1);
//! matcher.catalog().set_bank_enabled("DEMO_BANK", false).unwrap();
//! assert!(matcher.search_pdq(&[query], 31).is_empty());
//! ```

mod bank;
mod catalog;
mod error;
mod exact;
pub mod import;
mod index;
mod kernels;
mod matcher;
mod mih;
mod signal;

pub use bank::{Bank, Entry, EntryMeta, MAX_BANK_NAME_LEN, dedupe, normalize_bank_name};
pub use catalog::{Catalog, EntryRef};
pub use error::{ImportError, MatchError};
pub use exact::ExactIndex;
pub use import::{BadLine, HexKind, ImportOptions, ImportReport};
pub use index::{DihedralHit, Hit, IndexKind, PdqIndex};
pub use kernels::Kernel;
pub use matcher::Matcher;
pub use signal::{HexError, SignalType, SignalValue};

/// Default PDQ match distance (Meta: distance <= 31 of 256 bits).
pub use lurewatch_pdq::MATCH_THRESHOLD;
/// Default minimum PDQ quality worth querying (Meta: discard quality <= 49).
pub use lurewatch_pdq::QUALITY_THRESHOLD;

/// Whether a hash of this PDQ quality is worth matching: `quality >=`
/// [`QUALITY_THRESHOLD`] (50). Low-quality hashes (flat or tiny images)
/// match unrelated content; the caller applies this gate before querying
/// (indexes never see quality).
pub fn should_query(quality: u8) -> bool {
    should_query_with(quality, QUALITY_THRESHOLD)
}

/// [`should_query`] with a custom minimum quality.
pub fn should_query_with(quality: u8, min_quality: u8) -> bool {
    quality >= min_quality
}

#[cfg(test)]
mod tests {
    #[test]
    fn quality_gate() {
        assert!(!super::should_query(49));
        assert!(super::should_query(50));
        assert!(super::should_query_with(10, 10));
    }
}
