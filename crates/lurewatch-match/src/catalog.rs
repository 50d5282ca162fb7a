//! Entry ids and the live enable/disable state shared by the indexes.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::bank::{Bank, normalize_bank_name};
use crate::error::MatchError;

/// Where an entry lives: bank position (in the slice the index was built
/// from) and entry index inside that bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntryRef {
    /// Position of the bank in the list given to the builder.
    pub bank: usize,
    /// Index of the entry inside [`Bank::entries`].
    pub index: usize,
}

#[derive(Debug)]
struct BankSlot {
    name: String,
    offset: u32,
    len: u32,
    enabled: AtomicBool,
    max_distance: AtomicU32,
}

/// Global entry ids plus the enabled/threshold state of every bank and entry.
///
/// Entry ids are dense `u32`s: bank `b`'s entry `i` has id
/// `offset(b) + i`, over all signal types, so one bitset serves the PDQ and
/// the exact indexes. Toggles are atomic stores through `&self` (O(1), no
/// rebuild) and are seen by every query that starts after the setter
/// returns; indexes consult them only for candidate hits.
#[derive(Debug)]
pub struct Catalog {
    banks: Vec<BankSlot>,
    by_name: HashMap<String, usize>,
    enabled: Vec<AtomicU64>,
    total: u32,
}

impl Catalog {
    /// Assigns ids to the entries of `banks` and copies their enabled flags
    /// and PDQ distances.
    pub fn new(banks: &[Bank]) -> Result<Catalog, MatchError> {
        let total: usize = banks.iter().map(Bank::len).sum();
        if total >= u32::MAX as usize {
            return Err(MatchError::TooManyEntries(total));
        }
        let enabled: Vec<AtomicU64> = (0..total.div_ceil(64)).map(|_| AtomicU64::new(0)).collect();
        let mut slots = Vec::with_capacity(banks.len());
        let mut by_name = HashMap::with_capacity(banks.len());
        let mut offset = 0u32;
        for (i, bank) in banks.iter().enumerate() {
            if by_name.insert(bank.name().to_string(), i).is_some() {
                return Err(MatchError::DuplicateBank(bank.name().to_string()));
            }
            for (j, e) in bank.entries().iter().enumerate() {
                if e.meta.enabled {
                    let id = offset as usize + j;
                    enabled[id / 64].fetch_or(1 << (id % 64), Ordering::Relaxed);
                }
            }
            let len = bank.len() as u32;
            slots.push(BankSlot {
                name: bank.name().to_string(),
                offset,
                len,
                enabled: AtomicBool::new(bank.enabled()),
                max_distance: AtomicU32::new(bank.max_distance()),
            });
            offset += len;
        }
        Ok(Catalog {
            banks: slots,
            by_name,
            enabled,
            total: offset,
        })
    }

    /// A catalog of one anonymous bank `HASHES` with `len` enabled entries
    /// and distance limit 256 (for raw hash lists).
    pub fn anonymous(len: usize) -> Result<Catalog, MatchError> {
        if len >= u32::MAX as usize {
            return Err(MatchError::TooManyEntries(len));
        }
        let mut enabled: Vec<AtomicU64> = (0..len.div_ceil(64))
            .map(|_| AtomicU64::new(u64::MAX))
            .collect();
        if let Some(last) = enabled.last_mut().filter(|_| !len.is_multiple_of(64)) {
            *last = AtomicU64::new((1u64 << (len % 64)) - 1);
        }
        Ok(Catalog {
            banks: vec![BankSlot {
                name: "HASHES".into(),
                offset: 0,
                len: len as u32,
                enabled: AtomicBool::new(true),
                max_distance: AtomicU32::new(256),
            }],
            by_name: HashMap::from([("HASHES".to_string(), 0)]),
            enabled,
            total: len as u32,
        })
    }

    /// Total number of entries (all signal types).
    pub fn len(&self) -> usize {
        self.total as usize
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Number of banks.
    pub fn bank_count(&self) -> usize {
        self.banks.len()
    }

    /// Name of bank `bank`.
    pub fn bank_name(&self, bank: usize) -> Option<&str> {
        self.banks.get(bank).map(|b| b.name.as_str())
    }

    /// Position of the bank called `name` (case-insensitive).
    pub fn bank_index(&self, name: &str) -> Option<usize> {
        let n = normalize_bank_name(name).ok()?;
        self.by_name.get(&n).copied()
    }

    fn slot(&self, name: &str) -> Result<&BankSlot, MatchError> {
        self.bank_index(name)
            .map(|i| &self.banks[i])
            .ok_or_else(|| MatchError::UnknownBank(name.chars().take(80).collect()))
    }

    /// Id of an entry, if it exists.
    pub fn id(&self, r: EntryRef) -> Option<u32> {
        let b = self.banks.get(r.bank)?;
        (r.index < b.len as usize).then(|| b.offset + r.index as u32)
    }

    /// Bank and index of entry `id` (O(log banks)). Panics if `id` is out of
    /// range.
    pub fn locate(&self, id: u32) -> EntryRef {
        assert!(id < self.total, "entry id {id} out of range");
        let bank = self.banks.partition_point(|b| b.offset + b.len <= id);
        EntryRef {
            bank,
            index: (id - self.banks[bank].offset) as usize,
        }
    }

    /// Enables or disables a whole bank; O(1), effective for the next query.
    pub fn set_bank_enabled(&self, name: &str, enabled: bool) -> Result<(), MatchError> {
        self.slot(name)?.enabled.store(enabled, Ordering::Release);
        Ok(())
    }

    /// Whether a bank is enabled.
    pub fn bank_enabled(&self, name: &str) -> Result<bool, MatchError> {
        Ok(self.slot(name)?.enabled.load(Ordering::Acquire))
    }

    /// Changes a bank's PDQ distance limit (0..=256); effective for the next
    /// query.
    pub fn set_bank_max_distance(&self, name: &str, d: u32) -> Result<(), MatchError> {
        if d > 256 {
            return Err(MatchError::InvalidDistance(d));
        }
        self.slot(name)?.max_distance.store(d, Ordering::Release);
        Ok(())
    }

    /// Enables or disables entry `index` of bank `name`; O(1), effective for
    /// the next query.
    pub fn set_entry_enabled(
        &self,
        name: &str,
        index: usize,
        enabled: bool,
    ) -> Result<(), MatchError> {
        let slot = self.slot(name)?;
        if index >= slot.len as usize {
            return Err(MatchError::UnknownEntry {
                bank: slot.name.clone(),
                index,
            });
        }
        self.set_id_enabled(slot.offset + index as u32, enabled);
        Ok(())
    }

    /// Enables or disables an entry by id. Panics if `id` is out of range.
    pub fn set_id_enabled(&self, id: u32, enabled: bool) {
        let word = &self.enabled[id as usize / 64];
        let bit = 1u64 << (id % 64);
        if enabled {
            word.fetch_or(bit, Ordering::AcqRel);
        } else {
            word.fetch_and(!bit, Ordering::AcqRel);
        }
    }

    /// Whether the entry's own flag is set (ignores its bank's flag).
    pub fn entry_enabled(&self, id: u32) -> bool {
        self.enabled
            .get(id as usize / 64)
            .is_some_and(|w| w.load(Ordering::Acquire) >> (id % 64) & 1 == 1)
    }

    /// Whether entry `id` takes part in matching (entry and bank enabled).
    pub fn is_live(&self, id: u32) -> bool {
        id < self.total
            && self.entry_enabled(id)
            && self.banks[self.locate(id).bank]
                .enabled
                .load(Ordering::Acquire)
    }

    /// Whether a PDQ candidate at `distance` counts: entry and bank enabled,
    /// and `distance` within the bank's limit.
    pub(crate) fn accepts(&self, id: u32, distance: u32) -> bool {
        if !self.entry_enabled(id) {
            return false;
        }
        let bank = &self.banks[self.locate(id).bank];
        bank.enabled.load(Ordering::Acquire)
            && distance <= bank.max_distance.load(Ordering::Acquire)
    }

    /// Approximate heap bytes used.
    pub fn memory_bytes(&self) -> usize {
        self.enabled.capacity() * 8
            + self.banks.capacity() * std::mem::size_of::<BankSlot>()
            + self
                .banks
                .iter()
                .map(|b| b.name.capacity() * 2 + 48)
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Entry;
    use crate::signal::SignalValue;

    fn bank(name: &str, n: u8) -> Bank {
        let mut b = Bank::new(name).unwrap();
        for i in 0..n {
            b.add(Entry::new(SignalValue::Md5([i; 16])));
        }
        b
    }

    #[test]
    fn ids_and_toggles() {
        let mut b2 = bank("two", 70);
        b2.meta_mut(5).unwrap().enabled = false;
        let c = Catalog::new(&[bank("one", 3), b2, bank("empty", 0), bank("three", 1)]).unwrap();
        assert_eq!(c.len(), 74);
        assert_eq!(c.id(EntryRef { bank: 1, index: 0 }), Some(3));
        assert_eq!(c.id(EntryRef { bank: 1, index: 70 }), None);
        assert_eq!(c.locate(3), EntryRef { bank: 1, index: 0 });
        assert_eq!(c.locate(73), EntryRef { bank: 3, index: 0 });
        assert!(!c.is_live(8));
        assert!(c.is_live(9));
        c.set_entry_enabled("TWO", 5, true).unwrap();
        assert!(c.is_live(8));
        c.set_bank_enabled("two", false).unwrap();
        assert!(!c.is_live(8) && c.entry_enabled(8));
        assert!(c.set_bank_enabled("nope", false).is_err());
        assert!(c.set_entry_enabled("one", 3, false).is_err());
        assert!(Catalog::new(&[bank("a", 1), bank("A", 1)]).is_err());
        let a = Catalog::anonymous(65).unwrap();
        assert!(a.is_live(64) && !a.is_live(65));
    }
}
