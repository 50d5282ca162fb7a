//! A PDQ index and an exact index sharing one catalog.

use std::sync::Arc;

use lurewatch_pdq::Hash256;

use crate::bank::Bank;
use crate::catalog::{Catalog, EntryRef};
use crate::error::MatchError;
use crate::exact::ExactIndex;
use crate::index::{DihedralHit, Hit, IndexKind, PdqIndex};
use crate::signal::SignalValue;

/// Everything needed to match against a set of banks: one [`Catalog`]
/// (entry ids, enable flags, per-bank distances) shared by a [`PdqIndex`]
/// and an [`ExactIndex`]. Toggling through [`Matcher::catalog`] affects both.
#[derive(Debug)]
pub struct Matcher {
    catalog: Arc<Catalog>,
    pdq: PdqIndex,
    exact: ExactIndex,
}

impl Matcher {
    /// Builds both indexes from `banks`.
    pub fn build(banks: &[Bank], kind: IndexKind) -> Result<Matcher, MatchError> {
        let catalog = Arc::new(Catalog::new(banks)?);
        Ok(Matcher {
            pdq: PdqIndex::with_catalog(catalog.clone(), banks, kind)?,
            exact: ExactIndex::with_catalog(catalog.clone(), banks),
            catalog,
        })
    }

    /// The shared catalog (enable/disable, per-bank distance, id → entry).
    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// The PDQ index.
    pub fn pdq(&self) -> &PdqIndex {
        &self.pdq
    }

    /// The PDQ index, mutably (to force a kernel).
    pub fn pdq_mut(&mut self) -> &mut PdqIndex {
        &mut self.pdq
    }

    /// The MD5/SHA-256 index.
    pub fn exact(&self) -> &ExactIndex {
        &self.exact
    }

    /// See [`PdqIndex::search`].
    pub fn search_pdq(&self, queries: &[Hash256], max_distance: u32) -> Vec<Hit> {
        self.pdq.search(queries, max_distance)
    }

    /// See [`PdqIndex::search_dihedral`].
    pub fn search_dihedral(&self, images: &[[Hash256; 8]], max_distance: u32) -> Vec<DihedralHit> {
        self.pdq.search_dihedral(images, max_distance)
    }

    /// See [`ExactIndex::lookup`].
    pub fn lookup_exact(&self, value: &SignalValue) -> Vec<u32> {
        self.exact.lookup(value)
    }

    /// Bank and index of an entry id.
    pub fn locate(&self, entry: u32) -> EntryRef {
        self.catalog.locate(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Entry;

    #[test]
    fn shared_toggles() {
        let h = Hash256 {
            words: [1, 2, 3, 4],
        };
        let mut bank = Bank::new("mix").unwrap();
        bank.add(Entry::new(SignalValue::Md5([9; 16])));
        bank.add(Entry::new(SignalValue::Pdq(h)));
        let m = Matcher::build(&[bank], IndexKind::Flat).unwrap();
        assert_eq!(m.search_pdq(&[h], 31).len(), 1);
        assert_eq!(m.lookup_exact(&SignalValue::Md5([9; 16])), vec![0]);
        m.catalog().set_bank_enabled("MIX", false).unwrap();
        assert!(m.search_pdq(&[h], 31).is_empty());
        assert!(m.lookup_exact(&SignalValue::Md5([9; 16])).is_empty());
        m.catalog().set_bank_enabled("MIX", true).unwrap();
        m.catalog().set_entry_enabled("MIX", 1, false).unwrap();
        assert!(m.search_pdq(&[h], 31).is_empty());
        assert_eq!(m.locate(1), EntryRef { bank: 0, index: 1 });
    }
}
