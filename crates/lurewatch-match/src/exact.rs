//! Exact-match lookups for MD5 and SHA-256.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use crate::bank::Bank;
use crate::catalog::{Catalog, EntryRef};
use crate::error::MatchError;
use crate::signal::SignalValue;

/// Value → entry ids, with the rare value present in several banks kept in
/// a side table.
#[derive(Debug, Default)]
struct Table<K> {
    first: HashMap<K, u32>,
    more: HashMap<K, Vec<u32>>,
}

impl<K: Hash + Eq + Copy> Table<K> {
    fn insert(&mut self, k: K, id: u32) {
        if self.first.try_insert_compat(k, id) {
            return;
        }
        self.more.entry(k).or_default().push(id);
    }

    fn get(&self, k: &K) -> impl Iterator<Item = u32> + '_ {
        self.first
            .get(k)
            .copied()
            .into_iter()
            .chain(self.more.get(k).into_iter().flatten().copied())
    }
}

trait TryInsertCompat<K, V> {
    fn try_insert_compat(&mut self, k: K, v: V) -> bool;
}

impl<K: Hash + Eq, V> TryInsertCompat<K, V> for HashMap<K, V> {
    /// Inserts if absent; returns whether it inserted.
    fn try_insert_compat(&mut self, k: K, v: V) -> bool {
        match self.entry(k) {
            std::collections::hash_map::Entry::Occupied(_) => false,
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(v);
                true
            }
        }
    }
}

/// Hash-table lookup of MD5 and SHA-256 entries.
///
/// All entries are indexed, enabled or not; lookups filter through the
/// shared [`Catalog`], so enabling/disabling needs no rebuild.
#[derive(Debug)]
pub struct ExactIndex {
    catalog: Arc<Catalog>,
    md5: Table<[u8; 16]>,
    sha256: Table<[u8; 32]>,
}

impl ExactIndex {
    /// Indexes the MD5 and SHA-256 entries of `banks` with a new catalog.
    pub fn build(banks: &[Bank]) -> Result<ExactIndex, MatchError> {
        Ok(ExactIndex::with_catalog(
            Arc::new(Catalog::new(banks)?),
            banks,
        ))
    }

    /// Like [`ExactIndex::build`], sharing a catalog built from the same banks.
    pub fn with_catalog(catalog: Arc<Catalog>, banks: &[Bank]) -> ExactIndex {
        let mut md5 = Table::default();
        let mut sha256 = Table::default();
        for (b, bank) in banks.iter().enumerate() {
            for (i, e) in bank.entries().iter().enumerate() {
                let Some(id) = catalog.id(EntryRef { bank: b, index: i }) else {
                    continue;
                };
                match e.value {
                    SignalValue::Md5(v) => md5.insert(v, id),
                    SignalValue::Sha256(v) => sha256.insert(v, id),
                    SignalValue::Pdq(_) => {}
                }
            }
        }
        ExactIndex {
            catalog,
            md5,
            sha256,
        }
    }

    /// The catalog holding entry ids and enable state.
    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// Number of values indexed.
    pub fn len(&self) -> usize {
        self.md5.first.len()
            + self.sha256.first.len()
            + self.md5.more.values().map(Vec::len).sum::<usize>()
            + self.sha256.more.values().map(Vec::len).sum::<usize>()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Enabled entries (entry and bank) holding exactly this MD5.
    pub fn lookup_md5(&self, md5: &[u8; 16]) -> Vec<u32> {
        self.md5
            .get(md5)
            .filter(|&id| self.catalog.is_live(id))
            .collect()
    }

    /// Enabled entries holding exactly this SHA-256.
    pub fn lookup_sha256(&self, sha256: &[u8; 32]) -> Vec<u32> {
        self.sha256
            .get(sha256)
            .filter(|&id| self.catalog.is_live(id))
            .collect()
    }

    /// Enabled entries holding exactly `value`; always empty for PDQ (use
    /// [`crate::PdqIndex`]).
    pub fn lookup(&self, value: &SignalValue) -> Vec<u32> {
        match value {
            SignalValue::Md5(v) => self.lookup_md5(v),
            SignalValue::Sha256(v) => self.lookup_sha256(v),
            SignalValue::Pdq(_) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Entry;

    #[test]
    fn lookup_and_toggle() {
        let mut a = Bank::new("a").unwrap();
        a.add(Entry::new(SignalValue::Md5([1; 16])));
        a.add(Entry::new(SignalValue::Sha256([2; 32])));
        let mut b = Bank::new("b").unwrap();
        b.add(Entry::new(SignalValue::Md5([1; 16])));
        let idx = ExactIndex::build(&[a, b]).unwrap();
        assert_eq!(idx.len(), 3);
        assert_eq!(idx.lookup_md5(&[1; 16]), vec![0, 2]);
        assert_eq!(idx.lookup(&SignalValue::Sha256([2; 32])), vec![1]);
        assert!(idx.lookup_md5(&[3; 16]).is_empty());
        idx.catalog().set_entry_enabled("A", 0, false).unwrap();
        assert_eq!(idx.lookup_md5(&[1; 16]), vec![2]);
        idx.catalog().set_bank_enabled("B", false).unwrap();
        assert!(idx.lookup_md5(&[1; 16]).is_empty());
        idx.catalog().set_entry_enabled("A", 0, true).unwrap();
        assert_eq!(idx.lookup_md5(&[1; 16]), vec![0]);
    }
}
