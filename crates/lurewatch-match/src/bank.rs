//! Banks: named, deduplicated lists of signals with per-entry metadata.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::MatchError;
use crate::signal::{SignalType, SignalValue};

/// Longest accepted bank name.
pub const MAX_BANK_NAME_LEN: usize = 64;

/// Metadata kept for one bank entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryMeta {
    /// Where the entry came from (exchange, file name, ...).
    pub source: String,
    /// Free-form label (partner id, category, file path, ...).
    pub label: Option<String>,
    /// When the entry was added, in Unix seconds.
    pub added: i64,
    /// Whether the entry takes part in matching.
    pub enabled: bool,
    /// PDQ quality (0..=100) when the source gave one.
    pub quality: Option<u8>,
    /// How many later copies of the same value were merged into this entry.
    #[serde(default)]
    pub duplicates: u32,
    /// 1-based line of the entry's first occurrence in the file it was
    /// imported from, when it came from a file.
    #[serde(default)]
    pub line: Option<u64>,
}

impl Default for EntryMeta {
    fn default() -> Self {
        EntryMeta {
            source: String::new(),
            label: None,
            added: 0,
            enabled: true,
            quality: None,
            duplicates: 0,
            line: None,
        }
    }
}

/// One signal with its metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The signal.
    pub value: SignalValue,
    /// Its metadata.
    pub meta: EntryMeta,
}

impl Entry {
    /// An enabled entry with default metadata.
    pub fn new(value: SignalValue) -> Entry {
        Entry {
            value,
            meta: EntryMeta::default(),
        }
    }

    /// The entry's signal type.
    pub fn signal_type(&self) -> SignalType {
        self.value.signal_type()
    }
}

/// Validates and normalises a bank name.
///
/// Accepted: 1..=64 characters of `A-Z`, `a-z`, `0-9` and `_`. Lowercase
/// letters are upper-cased, so `csam_list` and `CSAM_LIST` name the same
/// bank (HMA's CAPS_AND_UNDERSCORE convention, forgiving on case). Anything
/// else (spaces, `-`, non-ASCII) is rejected.
pub fn normalize_bank_name(name: &str) -> Result<String, MatchError> {
    let ok = !name.is_empty()
        && name.len() <= MAX_BANK_NAME_LEN
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(name.to_ascii_uppercase())
    } else {
        Err(MatchError::InvalidBankName(name.chars().take(80).collect()))
    }
}

/// A named list of signals.
///
/// Entries are deduplicated by value (signal type + value): adding a value
/// that is already present keeps the first entry's metadata and increments
/// its [`EntryMeta::duplicates`]. Entry indices are stable (entries are only
/// appended), so `(bank, index)` identifies an entry for enabling/disabling.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "BankRepr", into = "BankRepr")]
pub struct Bank {
    name: String,
    max_distance: u32,
    enabled: bool,
    entries: Vec<Entry>,
    duplicates: usize,
    lookup: HashMap<SignalValue, u32>,
}

/// Serialised form of a [`Bank`] (the lookup table is rebuilt on load).
#[derive(Serialize, Deserialize)]
struct BankRepr {
    name: String,
    max_distance: u32,
    enabled: bool,
    entries: Vec<Entry>,
    #[serde(default)]
    duplicates: usize,
}

impl TryFrom<BankRepr> for Bank {
    type Error = MatchError;
    fn try_from(r: BankRepr) -> Result<Self, Self::Error> {
        let mut bank = Bank::new(&r.name)?;
        bank.set_max_distance(r.max_distance)?;
        bank.enabled = r.enabled;
        bank.extend(r.entries);
        bank.duplicates += r.duplicates;
        Ok(bank)
    }
}

impl From<Bank> for BankRepr {
    fn from(b: Bank) -> Self {
        BankRepr {
            name: b.name,
            max_distance: b.max_distance,
            enabled: b.enabled,
            entries: b.entries,
            duplicates: b.duplicates,
        }
    }
}

impl Bank {
    /// An empty, enabled bank with the default PDQ distance
    /// ([`lurewatch_pdq::MATCH_THRESHOLD`], 31). See [`normalize_bank_name`].
    pub fn new(name: &str) -> Result<Bank, MatchError> {
        Ok(Bank {
            name: normalize_bank_name(name)?,
            max_distance: lurewatch_pdq::MATCH_THRESHOLD,
            enabled: true,
            entries: Vec::new(),
            duplicates: 0,
            lookup: HashMap::new(),
        })
    }

    /// The (upper-case) bank name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Largest PDQ distance that counts as a match in this bank.
    pub fn max_distance(&self) -> u32 {
        self.max_distance
    }

    /// Sets the bank's PDQ distance (0..=256).
    pub fn set_max_distance(&mut self, d: u32) -> Result<(), MatchError> {
        if d > 256 {
            return Err(MatchError::InvalidDistance(d));
        }
        self.max_distance = d;
        Ok(())
    }

    /// Whether the bank takes part in matching.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Enables or disables the whole bank (for indexes built later; built
    /// indexes are toggled through [`crate::Catalog`]).
    pub fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
    }

    /// The entries, in insertion order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Mutable metadata of entry `index` (the value itself cannot change).
    pub fn meta_mut(&mut self, index: usize) -> Option<&mut EntryMeta> {
        self.entries.get_mut(index).map(|e| &mut e.meta)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the bank holds no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of duplicate values merged so far.
    pub fn duplicates(&self) -> usize {
        self.duplicates
    }

    /// Index of the entry holding `value`, if any.
    pub fn find(&self, value: &SignalValue) -> Option<usize> {
        self.lookup.get(value).map(|&i| i as usize)
    }

    /// Adds an entry; returns its index and whether it was new. A duplicate
    /// value keeps the existing metadata and bumps its duplicate counter
    /// (plus that of the incoming entry).
    pub fn add(&mut self, entry: Entry) -> (usize, bool) {
        if let Some(&i) = self.lookup.get(&entry.value) {
            let m = &mut self.entries[i as usize].meta;
            m.duplicates = m
                .duplicates
                .saturating_add(1)
                .saturating_add(entry.meta.duplicates);
            self.duplicates += 1;
            return (i as usize, false);
        }
        let i = self.entries.len();
        self.lookup.insert(entry.value, i as u32);
        self.entries.push(entry);
        (i, true)
    }

    /// Adds many entries; returns how many were duplicates.
    pub fn extend<I: IntoIterator<Item = Entry>>(&mut self, entries: I) -> usize {
        let before = self.duplicates;
        for e in entries {
            self.add(e);
        }
        self.duplicates - before
    }

    /// Number of entries of one signal type.
    pub fn count_of(&self, t: SignalType) -> usize {
        self.entries.iter().filter(|e| e.signal_type() == t).count()
    }
}

/// Deduplicates a list of entries by value, keeping the first occurrence's
/// metadata; returns the unique entries and the number of duplicates.
pub fn dedupe(entries: Vec<Entry>) -> (Vec<Entry>, usize) {
    let mut seen: HashMap<SignalValue, usize> = HashMap::with_capacity(entries.len());
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    let mut dups = 0;
    for e in entries {
        if let Some(&i) = seen.get(&e.value) {
            let m = &mut out[i].meta;
            m.duplicates = m
                .duplicates
                .saturating_add(1)
                .saturating_add(e.meta.duplicates);
            dups += 1;
        } else {
            seen.insert(e.value, out.len());
            out.push(e);
        }
    }
    (out, dups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn md5(b: u8) -> SignalValue {
        SignalValue::Md5([b; 16])
    }

    #[test]
    fn names() {
        assert_eq!(normalize_bank_name("csam_list_2").unwrap(), "CSAM_LIST_2");
        assert!(normalize_bank_name("").is_err());
        assert!(normalize_bank_name("A-B").is_err());
        assert!(normalize_bank_name("ÄB").is_err());
        assert!(normalize_bank_name(&"A".repeat(64)).is_ok());
        assert!(normalize_bank_name(&"A".repeat(65)).is_err());
    }

    #[test]
    fn dedupe_keeps_first() {
        let mut b = Bank::new("b").unwrap();
        let mut first = Entry::new(md5(1));
        first.meta.label = Some("first".into());
        let mut second = Entry::new(md5(1));
        second.meta.label = Some("second".into());
        assert_eq!(b.add(first), (0, true));
        assert_eq!(b.add(second), (0, false));
        assert_eq!(b.add(Entry::new(SignalValue::Sha256([1; 32]))), (1, true));
        assert_eq!(b.len(), 2);
        assert_eq!(b.entries()[0].meta.label.as_deref(), Some("first"));
        assert_eq!(b.entries()[0].meta.duplicates, 1);
        assert_eq!(b.duplicates(), 1);
        assert_eq!(b.find(&md5(1)), Some(0));
    }

    #[test]
    fn serde_round_trip_rebuilds_lookup() {
        let mut b = Bank::new("x").unwrap();
        b.set_max_distance(20).unwrap();
        b.add(Entry::new(md5(3)));
        let json = serde_json::to_string(&b).unwrap();
        let back: Bank = serde_json::from_str(&json).unwrap();
        assert_eq!(back.name(), "X");
        assert_eq!(back.max_distance(), 20);
        assert_eq!(back.find(&md5(3)), Some(0));
        assert!(serde_json::from_str::<Bank>(&json.replace("\"X\"", "\"bad name\"")).is_err());
    }

    proptest! {
        #[test]
        fn dedupe_is_idempotent(values in proptest::collection::vec(0u8..20, 0..100)) {
            let entries: Vec<Entry> = values.iter().map(|&v| Entry::new(md5(v))).collect();
            let (once, d1) = dedupe(entries.clone());
            let (twice, d2) = dedupe(once.clone());
            prop_assert_eq!(&once, &twice);
            prop_assert_eq!(d2, 0);
            prop_assert_eq!(once.len() + d1, values.len());
            let mut bank = Bank::new("P").unwrap();
            bank.extend(entries.clone());
            bank.extend(entries);
            prop_assert_eq!(bank.len(), once.len());
            let vals: Vec<_> = bank.entries().iter().map(|e| e.value).collect();
            let expect: Vec<_> = once.iter().map(|e| e.value).collect();
            prop_assert_eq!(vals, expect);
        }
    }
}
