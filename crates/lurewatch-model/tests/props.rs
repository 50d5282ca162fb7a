//! Property tests: the reader never panics, metrics stay in [0, 1], splits
//! are disjoint and complete, hashing is stable.

use lurewatch_model::corpus::{Conversation, Message, ReadLimits, read_jsonl};
use lurewatch_model::eval::{
    average_precision, binary_metrics, expected_calibration_error, kfold_assign,
    participant_components, roc_auc, train_dev_split,
};
use lurewatch_model::{FeatureConfig, Featurizer, SparseVector, hash_bytes};
use proptest::prelude::*;

proptest! {
    #[test]
    fn reader_never_panics(data in proptest::collection::vec(any::<u8>(), 0..2048), max in 1usize..512) {
        let lim = ReadLimits { max_line_bytes: max, ..ReadLimits::default() };
        let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
        for r in read_jsonl(&data[..], lim) {
            if let Err(e) = r {
                prop_assert!(e.line >= 1 && e.line <= lines);
            }
        }
    }

    #[test]
    fn reader_survives_mutated_json(cut in 0usize..200, byte in any::<u8>()) {
        let mut s = br#"{"id":"c1","label":1,"codes":["job_offer"],"messages":[{"sender":"u1","recipient":"u2","ts":"2026-05-01T10:00:00Z","text":"job in dubai ticket paid","codes":["job_offer"]}]}"#.to_vec();
        let i = cut % s.len();
        s[i] = byte;
        let _ = read_jsonl(&s[..], ReadLimits::default()).count();
    }

    #[test]
    fn metrics_in_unit_interval(pairs in proptest::collection::vec((0f32..=1.0, any::<bool>()), 0..200), t in 0f32..=1.0) {
        let s: Vec<f32> = pairs.iter().map(|p| p.0).collect();
        let y: Vec<bool> = pairs.iter().map(|p| p.1).collect();
        for v in [average_precision(&s, &y), roc_auc(&s, &y), expected_calibration_error(&s, &y, 10)] {
            prop_assert!((0.0..=1.0).contains(&v), "{v}");
        }
        let m = binary_metrics(&s, &y, t);
        for v in [m.precision, m.recall, m.f1, m.f05] {
            prop_assert!((0.0..=1.0).contains(&v));
        }
        prop_assert_eq!((m.tp + m.fp + m.tn + m.fn_) as usize, s.len());
    }

    #[test]
    fn splits_are_disjoint_and_cover(edges in proptest::collection::vec((0u8..30, 0u8..30, any::<bool>()), 1..80), k in 2usize..6, seed in any::<u64>()) {
        let convs: Vec<Conversation> = edges.iter().enumerate().map(|(i, &(a, b, l))| Conversation {
            id: format!("c{i}"), label: Some(l), codes: vec![], lang: None,
            messages: vec![Message { sender: format!("u{a}"), recipient: Some(format!("u{b}")), ts: None, text: "hi".into(), codes: vec![] }],
        }).collect();
        let folds = kfold_assign(&convs, k, seed);
        prop_assert_eq!(folds.len(), convs.len());
        prop_assert!(folds.iter().all(|&f| f < k));
        // No participant in two folds.
        let mut fold_of_user = std::collections::HashMap::new();
        for (c, &f) in convs.iter().zip(&folds) {
            for u in [&c.messages[0].sender, c.messages[0].recipient.as_ref().unwrap()] {
                let prev = *fold_of_user.entry(u.clone()).or_insert(f);
                prop_assert_eq!(prev, f);
            }
        }
        let comps = participant_components(&convs);
        prop_assert_eq!(comps.len(), convs.len());
        let (tr, dv) = train_dev_split(&convs, 0.2, seed);
        let mut all: Vec<usize> = tr.iter().chain(&dv).copied().collect();
        all.sort();
        prop_assert_eq!(all, (0..convs.len()).collect::<Vec<_>>());
        prop_assert_eq!(kfold_assign(&convs, k, seed), folds);
    }

    #[test]
    fn featurizing_is_stable(text in "\\PC{0,80}") {
        let cfg = FeatureConfig { bucket_bits: 12, ..FeatureConfig::default() };
        let mut a = Featurizer::new(&cfg).unwrap();
        let mut b = Featurizer::new(&cfg).unwrap();
        let (mut va, mut vb) = (SparseVector::default(), SparseVector::default());
        a.featurize("warm up the table first", &[], &mut va).unwrap();
        a.featurize(&text, &[], &mut va).unwrap();
        b.featurize(&text, &[], &mut vb).unwrap();
        prop_assert_eq!(&va, &vb);
        prop_assert!(va.indices.iter().all(|&i| i < 4096));
        prop_assert!(va.values.iter().all(|v| v.is_finite()));
    }
}

#[test]
fn hash_values_are_pinned() {
    // Saved models depend on these exact values on every platform.
    assert_eq!(hash_bytes(0, b""), PINNED_EMPTY);
    assert_eq!(hash_bytes(42, b"see you at practice"), PINNED_A);
    assert_eq!(hash_bytes(7, b"12345678abc"), PINNED_B);
}

const PINNED_EMPTY: u64 = 0;
const PINNED_A: u64 = 5585825761329395755;
const PINNED_B: u64 = 13262493762526420541;
