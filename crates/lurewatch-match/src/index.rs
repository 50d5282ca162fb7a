//! The exact PDQ index.

use std::sync::Arc;

use lurewatch_pdq::{Dihedral, Hash256};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::bank::Bank;
use crate::catalog::{Catalog, EntryRef};
use crate::error::MatchError;
use crate::kernels::{self, Block, Kernel, LANES, RawHit};
use crate::mih::Mih;
use crate::signal::SignalValue;

/// Which structure a [`PdqIndex`] searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKind {
    /// Exhaustive SIMD scan: 32 bytes per hash, no build cost, many queries
    /// share each pass. The default.
    Flat,
    /// Multi-index hashing (16 x 16-bit substrings), exact for every radius
    /// (probing up to 47, linear above). About 100 bytes per hash.
    Mih,
}

/// One PDQ match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Hit {
    /// Index of the query in the slice searched.
    pub query: usize,
    /// Entry id (see [`Catalog::locate`]).
    pub entry: u32,
    /// Hamming distance.
    pub distance: u32,
}

/// One PDQ match of an image searched with its 8 dihedral hashes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DihedralHit {
    /// Index of the image in the slice searched.
    pub image: usize,
    /// Entry id (see [`Catalog::locate`]).
    pub entry: u32,
    /// Smallest distance over the 8 transforms.
    pub distance: u32,
    /// The transform that reached it (the first in [`Dihedral::ALL`] order
    /// on ties).
    pub transform: Dihedral,
}

enum Store {
    Flat(Vec<Block>),
    Mih(Mih),
}

/// Exact Hamming-radius index over the PDQ entries of many banks.
///
/// Every entry within the radius is returned: no approximation. A candidate
/// counts only if its entry and bank are enabled and its distance is within
/// `min(query radius, bank max_distance)`; those checks read the shared
/// [`Catalog`] on every query, so toggles and threshold changes apply to the
/// next query without a rebuild. Disabled entries stay in the index.
///
/// Memory (flat): 32 bytes per hash (block-transposed) + 4 bytes of entry
/// id + 1 bit per catalog entry; see [`PdqIndex::memory_bytes`].
pub struct PdqIndex {
    catalog: Arc<Catalog>,
    ids: Vec<u32>,
    store: Store,
    kernel: Kernel,
}

impl std::fmt::Debug for PdqIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdqIndex")
            .field("len", &self.len())
            .field("kind", &self.kind())
            .field("kernel", &self.kernel.name())
            .finish()
    }
}

impl PdqIndex {
    /// Indexes the PDQ entries of `banks` (disabled ones too) with a new
    /// [`Catalog`].
    pub fn build(banks: &[Bank], kind: IndexKind) -> Result<PdqIndex, MatchError> {
        PdqIndex::with_catalog(Arc::new(Catalog::new(banks)?), banks, kind)
    }

    /// Like [`PdqIndex::build`], sharing an existing catalog built from the
    /// same `banks` (as [`crate::Matcher`] does).
    pub fn with_catalog(
        catalog: Arc<Catalog>,
        banks: &[Bank],
        kind: IndexKind,
    ) -> Result<PdqIndex, MatchError> {
        let mut hashes = Vec::new();
        let mut ids = Vec::new();
        for (b, bank) in banks.iter().enumerate() {
            if catalog.bank_name(b) != Some(bank.name())
                || (!bank.is_empty()
                    && catalog
                        .id(EntryRef {
                            bank: b,
                            index: bank.len() - 1,
                        })
                        .is_none())
            {
                return Err(MatchError::UnknownBank(bank.name().to_string()));
            }
            for (i, e) in bank.entries().iter().enumerate() {
                if let SignalValue::Pdq(h) = &e.value {
                    hashes.push(h.words);
                    ids.push(
                        catalog
                            .id(EntryRef { bank: b, index: i })
                            .unwrap_or(u32::MAX),
                    );
                }
            }
        }
        Ok(PdqIndex::from_parts(catalog, hashes, ids, kind))
    }

    /// Indexes a raw hash list as one anonymous bank (`HASHES`, distance
    /// limit 256): entry id = position in `hashes`. No deduplication.
    pub fn from_hashes(hashes: &[Hash256], kind: IndexKind) -> Result<PdqIndex, MatchError> {
        let catalog = Arc::new(Catalog::anonymous(hashes.len())?);
        let words = hashes.iter().map(|h| h.words).collect();
        Ok(PdqIndex::from_parts(
            catalog,
            words,
            (0..hashes.len() as u32).collect(),
            kind,
        ))
    }

    fn from_parts(
        catalog: Arc<Catalog>,
        hashes: Vec<[u64; 4]>,
        ids: Vec<u32>,
        kind: IndexKind,
    ) -> PdqIndex {
        let store = match kind {
            IndexKind::Flat => Store::Flat(kernels::to_blocks(hashes.into_iter())),
            IndexKind::Mih => Store::Mih(Mih::build(hashes)),
        };
        PdqIndex {
            catalog,
            ids,
            store,
            kernel: Kernel::best(),
        }
    }

    /// Number of PDQ hashes indexed.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when no hash is indexed.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The index structure.
    pub fn kind(&self) -> IndexKind {
        match self.store {
            Store::Flat(_) => IndexKind::Flat,
            Store::Mih(_) => IndexKind::Mih,
        }
    }

    /// The catalog holding entry ids and enable state.
    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// The kernel in use (the best available unless forced).
    pub fn kernel(&self) -> Kernel {
        self.kernel
    }

    /// Name of the kernel in use, e.g. `avx512-vpopcntdq`.
    pub fn kernel_name(&self) -> &'static str {
        self.kernel.name()
    }

    /// Forces a kernel (for tests and benchmarks). MIH uses POPCNT for
    /// verification unless the kernel is [`Kernel::Portable`].
    pub fn set_kernel(&mut self, kernel: Kernel) -> Result<(), MatchError> {
        if !kernel.is_available() {
            return Err(MatchError::KernelUnavailable(kernel.name()));
        }
        self.kernel = kernel;
        Ok(())
    }

    /// The PDQ hash of position `pos` in the index (positions are in bank
    /// order; not entry ids).
    fn hash_at(&self, pos: usize) -> [u64; 4] {
        match &self.store {
            Store::Flat(b) => kernels::hash_at(b, pos),
            Store::Mih(m) => m.hash(pos),
        }
    }

    /// Heap bytes used by the index, its ids and its catalog.
    pub fn memory_bytes(&self) -> usize {
        let store = match &self.store {
            Store::Flat(b) => b.capacity() * std::mem::size_of::<Block>(),
            Store::Mih(m) => m.memory_bytes(),
        };
        store + self.ids.capacity() * 4 + self.catalog.memory_bytes()
    }

    fn raw(&self, queries: &[[u64; 4]], thr: u32, parallel: bool) -> Vec<RawHit> {
        let n = self.len();
        if n == 0 || queries.is_empty() {
            return Vec::new();
        }
        match &self.store {
            Store::Flat(blocks) => {
                if !parallel {
                    let mut out = Vec::new();
                    kernels::scan(self.kernel, blocks, 0, n, queries, thr, &mut out);
                    return out;
                }
                let parts = rayon::current_num_threads() * 4;
                let chunk = blocks.len().div_ceil(parts).max(kernels::SUB_BLOCKS);
                blocks
                    .par_chunks(chunk)
                    .enumerate()
                    .map(|(ci, c)| {
                        let mut out = Vec::new();
                        kernels::scan(
                            self.kernel,
                            c,
                            ci * chunk * LANES,
                            n,
                            queries,
                            thr,
                            &mut out,
                        );
                        out
                    })
                    .flatten_iter()
                    .collect()
            }
            Store::Mih(mih) => {
                let popcnt = self.kernel != Kernel::Portable;
                let one = |(qi, q): (usize, &[u64; 4])| {
                    let mut out = Vec::new();
                    mih.query_with(popcnt, qi as u32, q, thr, &mut out);
                    out
                };
                if parallel {
                    queries
                        .par_iter()
                        .enumerate()
                        .map(one)
                        .flatten_iter()
                        .collect()
                } else {
                    queries.iter().enumerate().flat_map(one).collect()
                }
            }
        }
    }

    fn hits(&self, queries: &[Hash256], max_distance: u32, parallel: bool) -> Vec<Hit> {
        let q: Vec<[u64; 4]> = queries.iter().map(|h| h.words).collect();
        let mut hits: Vec<Hit> = self
            .raw(&q, max_distance.min(256), parallel)
            .into_iter()
            .filter_map(|r| {
                let entry = self.ids[r.pos as usize];
                self.catalog.accepts(entry, r.distance).then_some(Hit {
                    query: r.query as usize,
                    entry,
                    distance: r.distance,
                })
            })
            .collect();
        hits.sort_unstable();
        hits
    }

    /// Every enabled entry within `max_distance` of each query (and within
    /// its bank's limit), sorted by `(query, entry)`. Multithreaded (rayon).
    pub fn search(&self, queries: &[Hash256], max_distance: u32) -> Vec<Hit> {
        self.hits(queries, max_distance, true)
    }

    /// [`PdqIndex::search`] on the calling thread only.
    pub fn search_single_threaded(&self, queries: &[Hash256], max_distance: u32) -> Vec<Hit> {
        self.hits(queries, max_distance, false)
    }

    fn dihedral(
        &self,
        images: &[[Hash256; 8]],
        max_distance: u32,
        parallel: bool,
    ) -> Vec<DihedralHit> {
        let flat: Vec<Hash256> = images.iter().flatten().copied().collect();
        let mut hits: Vec<DihedralHit> = self
            .hits(&flat, max_distance, parallel)
            .into_iter()
            .map(|h| DihedralHit {
                image: h.query / 8,
                entry: h.entry,
                distance: h.distance,
                transform: Dihedral::ALL[h.query % 8],
            })
            .collect();
        hits.sort_unstable_by_key(|h| (h.image, h.entry, h.distance, h.transform as u8));
        hits.dedup_by_key(|h| (h.image, h.entry));
        hits
    }

    /// Searches images given as their 8 dihedral hashes (in
    /// [`Dihedral::ALL`] order) in one pass over the index, keeping per
    /// `(image, entry)` the smallest distance and its transform. Sorted by
    /// `(image, entry)`. Multithreaded.
    pub fn search_dihedral(&self, images: &[[Hash256; 8]], max_distance: u32) -> Vec<DihedralHit> {
        self.dihedral(images, max_distance, true)
    }

    /// [`PdqIndex::search_dihedral`] on the calling thread only.
    pub fn search_dihedral_single_threaded(
        &self,
        images: &[[Hash256; 8]],
        max_distance: u32,
    ) -> Vec<DihedralHit> {
        self.dihedral(images, max_distance, false)
    }

    /// Brute-force reference search (for tests): same semantics as
    /// [`PdqIndex::search`], one distance at a time.
    #[doc(hidden)]
    pub fn search_brute_force(&self, queries: &[Hash256], max_distance: u32) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (qi, q) in queries.iter().enumerate() {
            for pos in 0..self.len() {
                let h = Hash256 {
                    words: self.hash_at(pos),
                };
                let d = h.distance(q);
                let entry = self.ids[pos];
                if d <= max_distance && self.catalog.accepts(entry, d) {
                    hits.push(Hit {
                        query: qi,
                        entry,
                        distance: d,
                    });
                }
            }
        }
        hits.sort_unstable();
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Entry;
    use proptest::prelude::*;

    fn any_hash() -> impl Strategy<Value = Hash256> {
        any::<[u64; 4]>().prop_map(|words| Hash256 { words })
    }

    /// Flips `bits` distinct pseudo-random bits of `h`.
    fn perturb(h: Hash256, bits: usize, seed: u64) -> Hash256 {
        let mut out = h;
        let mut s = seed | 1;
        let mut flipped = std::collections::HashSet::new();
        while flipped.len() < bits {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let b = (s % 256) as usize;
            if flipped.insert(b) {
                out.words[b / 64] ^= 1 << (b % 64);
            }
        }
        out
    }

    fn pdq_bank(name: &str, hashes: &[Hash256]) -> Bank {
        let mut b = Bank::new(name).unwrap();
        for h in hashes {
            b.add(Entry::new(SignalValue::Pdq(*h)));
        }
        b
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn every_kernel_and_kind_equals_brute_force(
            base in proptest::collection::vec(any_hash(), 1..60),
            extra in proptest::collection::vec(any_hash(), 0..8),
            radius in prop_oneof![0u32..40, 40u32..257],
            seed in any::<u64>(),
        ) {
            // Haystack: random hashes plus near copies of some of them.
            let mut hay = base.clone();
            for (i, h) in base.iter().enumerate().take(20) {
                hay.push(perturb(*h, (i * 3) % 40, seed ^ i as u64));
            }
            let mut queries = extra;
            for (i, h) in base.iter().enumerate().take(10) {
                queries.push(perturb(*h, (i * 5) % 45, seed.rotate_left(i as u32)));
            }
            for kind in [IndexKind::Flat, IndexKind::Mih] {
                let mut idx = PdqIndex::from_hashes(&hay, kind).unwrap();
                let expect = idx.search_brute_force(&queries, radius);
                for k in Kernel::available() {
                    idx.set_kernel(k).unwrap();
                    prop_assert_eq!(&idx.search(&queries, radius), &expect, "{:?} {}", kind, k.name());
                    prop_assert_eq!(&idx.search_single_threaded(&queries, radius), &expect);
                }
            }
        }

        #[test]
        fn toggles_apply_to_next_query(
            hashes in proptest::collection::vec(any_hash(), 1..40),
            off in proptest::collection::vec(any::<bool>(), 40),
        ) {
            let idx = PdqIndex::build(&[pdq_bank("a", &hashes)], IndexKind::Flat).unwrap();
            let cat = idx.catalog().clone();
            let unique: Vec<Hash256> = {
                let mut seen = std::collections::HashSet::new();
                hashes.iter().copied().filter(|h| seen.insert(*h)).collect()
            };
            for (i, &o) in off.iter().enumerate().take(unique.len()) {
                cat.set_entry_enabled("A", i, !o).unwrap();
            }
            let hits = idx.search(&unique, 0);
            let expect: Vec<Hit> = (0..unique.len())
                .filter(|&i| !off[i])
                .map(|i| Hit { query: i, entry: i as u32, distance: 0 })
                .collect();
            prop_assert_eq!(hits, expect);
            cat.set_bank_enabled("a", false).unwrap();
            prop_assert!(idx.search(&unique, 256).is_empty());
            cat.set_bank_enabled("a", true).unwrap();
            for i in 0..unique.len() {
                cat.set_entry_enabled("A", i, true).unwrap();
            }
            prop_assert_eq!(idx.search(&unique, 0).len(), unique.len());
        }
    }

    #[test]
    fn per_bank_threshold_and_dihedral() {
        let mut rng = 99u64;
        let mut rnd = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let target = Hash256 {
            words: [rnd(), rnd(), rnd(), rnd()],
        };
        let near10 = perturb(target, 10, 5);
        let near25 = perturb(target, 25, 6);
        let mut strict = pdq_bank("strict", &[near10, near25]);
        strict.set_max_distance(12).unwrap();
        let loose = pdq_bank("loose", &[near25]);
        let mut mixed = Bank::new("mixed").unwrap();
        mixed.add(Entry::new(SignalValue::Md5([1; 16])));
        mixed.add(Entry::new(SignalValue::Pdq(near10)));
        let banks = [strict, loose, mixed];
        for kind in [IndexKind::Flat, IndexKind::Mih] {
            let idx = PdqIndex::build(&banks, kind).unwrap();
            assert_eq!(idx.len(), 4);
            let hits = idx.search(&[target], 31);
            let ids: Vec<(u32, u32)> = hits.iter().map(|h| (h.entry, h.distance)).collect();
            // strict#0 (10), loose#0 (25) and mixed#1 (10); strict#1 is over 12.
            assert_eq!(ids, vec![(0, 10), (2, 25), (4, 10)]);
            assert_eq!(idx.catalog().locate(4), EntryRef { bank: 2, index: 1 });
            // Query radius below the bank's: the query's wins.
            assert_eq!(idx.search(&[target], 9).len(), 0);
            idx.catalog().set_bank_max_distance("strict", 31).unwrap();
            assert_eq!(idx.search(&[target], 31).len(), 4);

            // Dihedral: the target appears as transform 3 (rot270) of image 1.
            let mut img0 = [Hash256::ZERO; 8];
            let mut img1 = [Hash256::ZERO; 8];
            for t in 0..8 {
                img0[t] = Hash256 {
                    words: [rnd(), rnd(), rnd(), rnd()],
                };
                img1[t] = Hash256 {
                    words: [rnd(), rnd(), rnd(), rnd()],
                };
            }
            img1[3] = target;
            img1[5] = near25; // exact copy of entry 1/2 but farther from the others
            let dh = idx.search_dihedral(&[img0, img1], 31);
            let got: Vec<(usize, u32, u32, &str)> = dh
                .iter()
                .map(|h| (h.image, h.entry, h.distance, h.transform.name()))
                .collect();
            assert_eq!(
                got,
                vec![
                    (1, 0, 10, "rot270"),
                    (1, 1, 0, "flipy"),
                    (1, 2, 0, "flipy"),
                    (1, 4, 10, "rot270"),
                ]
            );
            assert_eq!(idx.search_dihedral_single_threaded(&[img0, img1], 31), dh);
        }
    }

    #[test]
    fn memory_bound() {
        let n = 100_003;
        let mut s = 1u64;
        let hashes: Vec<Hash256> = (0..n)
            .map(|_| {
                let mut w = [0u64; 4];
                for x in &mut w {
                    s = s
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    *x = s;
                }
                Hash256 { words: w }
            })
            .collect();
        let bank = pdq_bank("big", &hashes);
        let idx = PdqIndex::build(&[bank], IndexKind::Flat).unwrap();
        let per = idx.memory_bytes() as f64 / n as f64;
        assert!(per <= 40.0, "{per} bytes per entry");
        assert!(per >= 36.0, "{per} bytes per entry (accounting too low?)");
    }

    #[test]
    fn empty_inputs() {
        let idx = PdqIndex::from_hashes(&[], IndexKind::Flat).unwrap();
        assert!(idx.search(&[Hash256::ZERO], 256).is_empty());
        let idx = PdqIndex::from_hashes(&[Hash256::ZERO], IndexKind::Mih).unwrap();
        assert!(idx.search(&[], 256).is_empty());
        assert!(idx.search_dihedral(&[], 31).is_empty());
    }
}
