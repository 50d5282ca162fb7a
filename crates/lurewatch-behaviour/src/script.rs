//! Script fingerprints: 64-bit SimHash over word shingles, and a banded (pigeonhole) index of
//! near-duplicate clusters per sender.
//!
//! # Fingerprint
//!
//! The normalised text is split into words (runs of ASCII letters, digits, `_` and non-ASCII
//! bytes, the same token definition as `lurewatch-text`). Before hashing, **slot** words are
//! masked so that templated copies with a different name, city or number collapse onto the
//! same features:
//!
//! * a word containing a digit becomes `#` (ages, prices, phone numbers, handles like `anna99`);
//! * the word after a greeting or salutation (`hi`, `hey`, `hola`, `oi`, `salut`, `hallo`,
//!   `hoi`, `dear`, `querida` …) becomes `<name>`;
//! * the word after a place preposition (`in`, `to`, `from`, `en`, `em`, `nach`, `naar`, `aus`,
//!   `uit`) becomes `<place>`.
//!
//! The features are the word unigrams and bigrams of the first [`MAX_TOKENS`] words, each with
//! weight 1; bit *i* of the fingerprint is set when more than half the features have bit *i*
//! set. Why masking: on a 17-word message, replacing one content word changes 3 of 33
//! features, which moves a 64-bit SimHash by ~9 bits on average, far beyond any useful
//! near-duplicate distance. Masking fixes the common template slots; other edits are covered by
//! the Hamming tolerance. A name in an unusual position ("you look amazing sofia") is not
//! masked and can break the match on short messages: a known limit.
//!
//! # Index
//!
//! With tolerance *d*, the 64 bits are cut into *d + 1* bands; two fingerprints within Hamming
//! distance *d* agree exactly on at least one band (pigeonhole). Each cluster is stored under
//! *d + 1* keys `hash(seed, sender, band index, band bits)`, so a lookup costs *d + 1* hash
//! probes and only sees that sender's clusters: no scan over history. A key holds one cluster
//! (newest wins); a prolific sender whose distinct scripts share a band value can therefore
//! miss an older cluster on that band (the other bands usually still find it).

use std::collections::HashMap;

use lurewatch_text::normalize::is_word_byte;

use crate::hash::{FastBuild, hash_bytes, mix, table_bytes};

/// Words beyond this many are ignored by the fingerprint (bounds the cost of 1 MB messages).
pub const MAX_TOKENS: usize = 512;

/// Largest accepted Hamming tolerance (17 bands of ~4 bits).
pub const MAX_DISTANCE: u32 = 16;

/// Greetings and salutations whose next word is treated as a name slot.
fn is_greeting(w: &[u8]) -> bool {
    matches!(
        w,
        b"hi"
            | b"hii"
            | b"hey"
            | b"heyy"
            | b"hello"
            | b"hiya"
            | b"yo"
            | b"dear"
            | b"hola"
            | b"oi"
            | b"ola"
            | b"salut"
            | b"bonjour"
            | b"coucou"
            | b"hallo"
            | b"hoi"
            | b"moin"
            | b"ciao"
            | b"querida"
            | b"querido"
            | b"cara"
            | b"caro"
            | b"chere"
            | b"cher"
            | b"liebe"
            | b"lieber"
            | b"lieve"
            | b"beste"
    )
}

/// Place prepositions whose next word is treated as a place slot.
fn is_place_prep(w: &[u8]) -> bool {
    matches!(
        w,
        b"in" | b"to" | b"from" | b"en" | b"em" | b"nach" | b"naar" | b"aus" | b"uit"
    )
}

/// Computes the script fingerprint of `text` (already normalised), or `None` when the text
/// has fewer than `min_chars` characters or fewer than 3 words. `scratch` is reused.
pub fn fingerprint(text: &str, min_chars: usize, seed: u64, scratch: &mut Vec<u64>) -> Option<u64> {
    if text.len() < min_chars {
        return None;
    }
    scratch.clear();
    let name_h = hash_bytes(seed, b"<name>");
    let place_h = hash_bytes(seed, b"<place>");
    let num_h = hash_bytes(seed, b"#");
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut mask_next: u64 = 0;
    let mut words = 0usize;
    // Characters = bytes that are not UTF-8 continuation bytes.
    let mut chars = 0usize;
    while i < bytes.len() && words < MAX_TOKENS {
        if !is_word_byte(bytes[i]) {
            chars += usize::from(bytes[i] & 0xC0 != 0x80);
            i += 1;
            continue;
        }
        let start = i;
        let mut digit = false;
        while i < bytes.len() && is_word_byte(bytes[i]) {
            digit |= bytes[i].is_ascii_digit();
            chars += usize::from(bytes[i] & 0xC0 != 0x80);
            i += 1;
        }
        let w = &bytes[start..i];
        let h = if digit {
            num_h
        } else if mask_next != 0 {
            mask_next
        } else {
            hash_bytes(seed, w)
        };
        mask_next = if w.len() > 7 {
            0
        } else if is_greeting(w) {
            name_h
        } else if is_place_prep(w) {
            place_h
        } else {
            0
        };
        scratch.push(h);
        words += 1;
    }
    if words < 3 || (words < MAX_TOKENS && chars < min_chars) {
        return None;
    }
    for k in 1..words {
        let bigram = mix(scratch[k - 1].rotate_left(17) ^ scratch[k]);
        scratch.push(bigram);
    }
    Some(majority_bits(scratch))
}

/// Bit *i* of the result is set when more than half of `hashes` have bit *i* set. Counts are
/// kept bit-sliced (plane *k* holds bit *k* of all 64 per-position counters), so adding a hash
/// is a ripple-carry over a few words instead of 64 separate increments.
fn majority_bits(hashes: &[u64]) -> u64 {
    const PLANES: usize = 12; // counts up to 4095 ≥ 2 × MAX_TOKENS
    let mut planes = [0u64; PLANES];
    for &h in hashes.iter().take((1 << PLANES) - 1) {
        let mut carry = h;
        for p in planes.iter_mut() {
            if carry == 0 {
                break;
            }
            let t = *p & carry;
            *p ^= carry;
            carry = t;
        }
    }
    // count > floor(n / 2)  <=>  2 * count > n
    let thr = (hashes.len().min((1 << PLANES) - 1) / 2) as u64;
    let (mut gt, mut eq) = (0u64, u64::MAX);
    for k in (0..PLANES).rev() {
        let t = if (thr >> k) & 1 == 1 { u64::MAX } else { 0 };
        gt |= eq & planes[k] & !t;
        eq &= !(planes[k] ^ t);
    }
    gt
}

#[derive(Debug, Clone)]
struct Cluster {
    /// Owner account id.
    sender: u64,
    /// Slot in use.
    used: bool,
    /// Fingerprint of the first message of the cluster (the representative).
    fp: u64,
    /// Serial number, never reused (pair-side blooms refer to it).
    serial: u32,
    /// Distinct recipients that received a copy.
    recipients: u32,
    /// Last-use tick for LRU eviction.
    tick: u32,
}

/// Per-sender near-duplicate clusters with a banded lookup.
#[derive(Debug, Clone)]
pub(crate) struct ScriptIndex {
    clusters: Vec<Cluster>,
    free: Vec<u32>,
    live: usize,
    bands: HashMap<u64, u32, FastBuild>,
    max_dist: u32,
    max_clusters: usize,
    seed: u64,
    next_serial: u32,
}

/// A resolved cluster: its slot, serial and current recipient count.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClusterRef {
    pub slot: u32,
    pub serial: u32,
}

impl ScriptIndex {
    pub fn new(max_dist: u32, max_clusters: usize, seed: u64) -> Self {
        ScriptIndex {
            clusters: Vec::new(),
            free: Vec::new(),
            live: 0,
            bands: HashMap::default(),
            max_dist: max_dist.min(MAX_DISTANCE),
            max_clusters: max_clusters.max(1),
            seed,
            next_serial: 0,
        }
    }

    fn band_key(&self, sender: u64, band: u32, fp: u64) -> u64 {
        let nb = self.max_dist + 1;
        let lo = band * 64 / nb;
        let hi = (band + 1) * 64 / nb;
        let width = hi - lo;
        let mask = if width >= 64 {
            u64::MAX
        } else {
            (1u64 << width) - 1
        };
        let bits = (fp >> lo) & mask;
        mix(self.seed ^ mix(sender ^ u64::from(band)) ^ bits.rotate_left(40))
    }

    /// Finds the sender's cluster within the tolerance of `fp`, or creates one.
    pub fn lookup_or_insert(&mut self, sender: u64, fp: u64, tick: u32) -> ClusterRef {
        let nb = self.max_dist + 1;
        let mut best: Option<(u32, u32)> = None;
        for band in 0..nb {
            let key = self.band_key(sender, band, fp);
            if let Some(&slot) = self.bands.get(&key) {
                let c = &self.clusters[slot as usize];
                if c.used && c.sender == sender {
                    let d = (c.fp ^ fp).count_ones();
                    if d <= self.max_dist && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, slot));
                        if d == 0 {
                            // An exact copy (the common case: a pasted
                            // script) is the nearest there can be; the
                            // other bands' probes would only find it again.
                            break;
                        }
                    }
                }
            }
        }
        if let Some((_, slot)) = best {
            let c = &mut self.clusters[slot as usize];
            c.tick = tick;
            return ClusterRef {
                slot,
                serial: c.serial,
            };
        }
        if self.live >= self.max_clusters {
            self.evict();
        }
        let serial = self.next_serial;
        self.next_serial = self.next_serial.wrapping_add(1);
        let cluster = Cluster {
            sender,
            used: true,
            fp,
            serial,
            recipients: 0,
            tick,
        };
        let slot = if let Some(s) = self.free.pop() {
            self.clusters[s as usize] = cluster;
            s
        } else {
            self.clusters.push(cluster);
            (self.clusters.len() - 1) as u32
        };
        self.live += 1;
        for band in 0..nb {
            let key = self.band_key(sender, band, fp);
            self.bands.insert(key, slot);
        }
        ClusterRef { slot, serial }
    }

    /// Adds one distinct recipient to a cluster; returns the new count.
    pub fn add_recipient(&mut self, slot: u32) -> u32 {
        let c = &mut self.clusters[slot as usize];
        c.recipients = c.recipients.saturating_add(1);
        c.recipients
    }

    /// Evicts the least recently used ~10% of clusters.
    fn evict(&mut self) {
        let mut ticks: Vec<u32> = self
            .clusters
            .iter()
            .filter(|c| c.used)
            .map(|c| c.tick)
            .collect();
        if ticks.is_empty() {
            return;
        }
        let n_evict = (self.max_clusters / 10).max(1).min(ticks.len());
        let (_, &mut cut, _) = ticks.select_nth_unstable(n_evict - 1);
        let mut left = n_evict;
        for slot in 0..self.clusters.len() {
            if left == 0 {
                break;
            }
            let c = &self.clusters[slot];
            if !c.used || c.tick > cut {
                continue;
            }
            let (sender, fp) = (c.sender, c.fp);
            for band in 0..=self.max_dist {
                let key = self.band_key(sender, band, fp);
                if self.bands.get(&key) == Some(&(slot as u32)) {
                    self.bands.remove(&key);
                }
            }
            self.clusters[slot].used = false;
            self.free.push(slot as u32);
            self.live -= 1;
            left -= 1;
        }
    }

    /// Subtracts `by` from every tick (tick counter rebase).
    pub fn rebase_ticks(&mut self, by: u32) {
        for c in &mut self.clusters {
            c.tick = c.tick.saturating_sub(by);
        }
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn memory_bytes(&self) -> usize {
        self.clusters.capacity() * std::mem::size_of::<Cluster>()
            + self.free.capacity() * 4
            + table_bytes(self.bands.capacity(), 12)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(s: &str) -> Option<u64> {
        fingerprint(s, 25, 0, &mut Vec::new())
    }

    #[test]
    fn slots_are_masked() {
        let a =
            fp("hey anna i can get you a modelling job in milan ticket paid add me on telegram");
        let b =
            fp("hey sofia i can get you a modelling job in paris ticket paid add me on telegram");
        assert_eq!(a, b);
        let c = fp("hey anna i can get you a modelling job in milan, 500 a week, add me on tg");
        let d = fp("hey anna i can get you a modelling job in milan, 900 a week, add me on tg");
        assert_eq!(c, d);
        let e = fp("did you finish the maths homework for tomorrow or not yet");
        assert!((a.unwrap() ^ e.unwrap()).count_ones() > 16);
    }

    #[test]
    fn majority_matches_naive_count() {
        let mut x = 0x1234_5678u64;
        for n in [1usize, 2, 3, 7, 64, 65, 1000] {
            let hs: Vec<u64> = (0..n)
                .map(|_| {
                    x = mix(x);
                    x & mix(x ^ 1)
                })
                .collect();
            let mut want = 0u64;
            for b in 0..64 {
                let c = hs.iter().filter(|h| (*h >> b) & 1 == 1).count();
                if 2 * c > n {
                    want |= 1 << b;
                }
            }
            assert_eq!(majority_bits(&hs), want, "n = {n}");
        }
    }

    #[test]
    fn short_text_has_no_fingerprint() {
        assert_eq!(fp("hi there"), None);
        assert_eq!(fp("                                   "), None);
        assert_eq!(fingerprint("", 0, 0, &mut Vec::new()), None);
    }

    #[test]
    fn index_finds_near_duplicates_per_sender() {
        let mut ix = ScriptIndex::new(4, 100, 1);
        let a = ix.lookup_or_insert(1, 0xFFFF_0000_FFFF_0000, 1);
        let b = ix.lookup_or_insert(1, 0xFFFF_0000_FFFF_0007, 2);
        assert_eq!(a.slot, b.slot);
        let c = ix.lookup_or_insert(2, 0xFFFF_0000_FFFF_0000, 3);
        assert_ne!(a.slot, c.slot);
        let d = ix.lookup_or_insert(1, 0x0000_FFFF_0000_FFFF, 4);
        assert_ne!(a.slot, d.slot);
        assert_eq!(ix.len(), 3);
    }

    #[test]
    fn index_is_bounded() {
        let mut ix = ScriptIndex::new(3, 50, 1);
        for i in 0..1000u64 {
            ix.lookup_or_insert(7, mix(i), i as u32);
        }
        assert!(ix.len() <= 50);
        assert!(ix.bands.len() <= 50 * 4);
    }
}
