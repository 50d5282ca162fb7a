//! Property tests: arbitrary observation sequences never panic, features stay finite and
//! fixed-length, and lifetime counts are monotone.

use std::collections::HashMap;

use lurewatch_behaviour::{
    BehaviourConfig, BehaviourTracker, FEATURE_NAMES, N_CODES, N_FEATURES, Observation,
};
use lurewatch_text::CodeSet;
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Op {
    sender: u8,
    recipient: Option<u8>,
    ts: Option<i64>,
    text: u8,
    codes: u32,
    weight: f32,
    age: Option<u8>,
    off: bool,
    risk: Option<f32>,
    known_age: Option<(u8, u8)>,
}

const TEXTS: &[&str] = &[
    "",
    "hi",
    "hey anna i can get you a modelling job in milan ticket paid add me on telegram",
    "hey sofia i can get you a modelling job in paris ticket paid add me on telegram",
    "did you finish the maths homework for tomorrow or not yet",
    "\u{fffd}\u{fffd} ünïcödé wörds everywhere in this message ok ok ok",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
];

fn op() -> impl Strategy<Value = Op> {
    (
        (
            0u8..12,
            proptest::option::of(0u8..12),
            proptest::option::of(-1_000_000i64..1_000_000),
        ),
        (
            0..TEXTS.len() as u8,
            any::<u32>(),
            prop_oneof![Just(f32::NAN), Just(f32::INFINITY), -5f32..20.0],
        ),
        (proptest::option::of(any::<u8>()), any::<bool>()),
        (
            proptest::option::of(prop_oneof![Just(f32::NAN), -1f32..2.0]),
            proptest::option::of((0u8..12, any::<u8>())),
        ),
    )
        .prop_map(
            |((sender, recipient, ts), (text, codes, weight), (age, off), (risk, known_age))| Op {
                sender,
                recipient,
                ts,
                text,
                codes: codes & ((1 << 18) - 1),
                weight,
                age,
                off,
                risk,
                known_age,
            },
        )
}

fn run(ops: &[Op], cfg: BehaviourConfig, check_monotone: bool) {
    let mut t = BehaviourTracker::new(cfg);
    let names: Vec<String> = (0..12).map(|i| format!("user{i}")).collect();
    let mut prev_acc: HashMap<u8, (u32, u32, u32, u32, u32)> = HashMap::new();
    let mut prev_pair: HashMap<(u8, u8), u32> = HashMap::new();
    let mut buf = Vec::new();
    for o in ops {
        if let Some((u, a)) = o.known_age {
            t.set_known_age(&names[u as usize], a);
        }
        let mut w = [0f32; N_CODES];
        for (i, x) in w.iter_mut().enumerate() {
            if o.codes >> i & 1 == 1 {
                *x = o.weight;
            }
        }
        let obs = Observation {
            sender: &names[o.sender as usize],
            recipient: o.recipient.map(|r| names[r as usize].as_str()),
            ts: o.ts,
            normalized_text: TEXTS[o.text as usize],
            codes: CodeSet(o.codes),
            code_weights: w,
            sender_age: o.age,
            off_platform: o.off,
        };
        let s = t.observe(&obs);
        // The per-message shortcut agrees with the full summary.
        let full = t.account(obs.sender).filter(|a| !a.reasons.is_empty());
        assert_eq!(t.notable_account(obs.sender), full);
        buf.clear();
        s.write_features(&mut buf);
        assert_eq!(buf.len(), N_FEATURES);
        assert_eq!(FEATURE_NAMES.len(), N_FEATURES);
        assert!(buf.iter().all(|v| v.is_finite()), "{buf:?}");
        let a = &s.account;
        assert!(a.minors_in_window <= a.recipients_in_window);
        assert!(a.cold_cue_contacts_in_window <= a.new_contacts_in_window);
        if let Some(p) = &s.pair {
            assert_eq!(
                p.messages_total,
                p.messages_from_sender + p.messages_from_other
            );
            assert!(p.secs_since_first_contact >= 0);
            assert!(p.sender_weights.iter().all(|w| w.is_finite() && *w >= 0.0));
            assert!(p.new_codes.0 & !p.sender_codes.0 == 0);
        }
        if check_monotone {
            let cur = (
                a.messages_sent,
                a.script_reuse,
                a.off_platform_conversations,
                a.adult_minor_conversations,
                a.risky_conversations,
            );
            if let Some(p) = prev_acc.get(&o.sender) {
                assert_eq!(cur.0, p.0 + 1);
                assert!(cur.1 >= p.1 && cur.2 >= p.2 && cur.3 >= p.3 && cur.4 >= p.4);
            }
            prev_acc.insert(o.sender, cur);
            if let (Some(p), Some(r)) = (&s.pair, o.recipient) {
                let key = (o.sender.min(r), o.sender.max(r));
                if let Some(&n) = prev_pair.get(&key) {
                    assert_eq!(p.messages_total, n + 1);
                }
                prev_pair.insert(key, p.messages_total);
            }
        }
        if let (Some(risk), Some(r)) = (o.risk, o.recipient) {
            t.note_conversation_risk(&names[o.sender as usize], &names[r as usize], risk);
            if let Some(e) = prev_acc.get_mut(&o.sender) {
                e.4 = t
                    .account(&names[o.sender as usize])
                    .unwrap()
                    .risky_conversations;
            }
        }
    }
    for sum in t.accounts() {
        assert!(sum.max_risk.is_finite());
        for r in &sum.reasons {
            assert!(!r.contains("modelling") && !r.contains("homework"));
        }
    }
    assert!(t.approx_memory_bytes() > 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_sequences_large_tables(ops in proptest::collection::vec(op(), 0..200)) {
        run(&ops, BehaviourConfig::default(), true);
    }

    #[test]
    fn arbitrary_sequences_tiny_tables(
        ops in proptest::collection::vec(op(), 0..200),
        window in 1i64..1000,
        dist in 0u32..20,
    ) {
        let cfg = BehaviourConfig {
            fanout_window_secs: window,
            script_max_distance: dist,
            max_pairs: 3,
            max_accounts: 4,
            max_scripts: 2,
            script_min_chars: 0,
            ..Default::default()
        };
        run(&ops, cfg, false);
    }
}
