//! Parsing never panics on any input; evaluation never panics on any event.

mod common;

use common::*;
use lurewatch_core::{Envelope, Signal};
use proptest::prelude::*;

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}"
}

fn text() -> impl Strategy<Value = String> {
    any::<String>()
}

fn envelope() -> impl Strategy<Value = Envelope> {
    let msg = (id(), id(), prop::collection::vec(id(), 0..4), text()).prop_map(|(c, s, r, t)| {
        serde_json::json!({"type": "message", "conversation": c, "sender": s, "recipients": r, "text": t})
    });
    let report = (id(), id(), prop::option::of(id()), prop::sample::select(vec![
        "child_sexual_abuse_material", "grooming", "trafficking", "sextortion", "sexual", "scam", "other",
    ]))
    .prop_map(|(a, b, c, r)| {
        serde_json::json!({"type": "report", "reporter": a, "subject": b, "conversation": c, "reason": r})
    });
    let profile = (id(), prop::option::of(any::<u8>()), prop::option::of(any::<u16>()), prop::option::of(text()))
        .prop_map(|(a, age, y, bio)| {
            serde_json::json!({"type": "profile", "account": a, "declared_age": age, "birth_year": y, "bio": bio})
        });
    let rel = (
        id(),
        id(),
        prop::sample::select(vec!["follow", "friend_request", "friend_accept", "block"]),
    )
        .prop_map(
            |(a, b, k)| serde_json::json!({"type": "relationship", "from": a, "to": b, "kind": k}),
        );
    let media = id().prop_map(|a| {
        serde_json::json!({"type": "media", "account": a, "media": {"media_id": "m", "md5": "00000000000000000000000000000000"}})
    });
    let post = (id(), text()).prop_map(
        |(a, t)| serde_json::json!({"type": "post", "post": "p", "author": a, "text": t}),
    );
    (
        prop_oneof![msg, report, profile, rel, media, post],
        prop::option::of(any::<i64>()),
    )
        .prop_map(|(mut v, ts)| {
            v["ts"] = serde_json::json!(ts);
            serde_json::from_value(v).expect("generated envelope")
        })
}

fn signal() -> impl Strategy<Value = Signal> {
    prop_oneof![
        (text(), prop::option::of(text()), any::<u32>()).prop_map(|(bank, label, d)| {
            Signal::MediaMatch {
                media_id: "m".into(),
                bank,
                entry: u64::MAX,
                signal_type: "pdq".into(),
                distance: d,
                transform: "orig".into(),
                label,
            }
        }),
        (
            any::<f32>(),
            any::<bool>(),
            prop::collection::vec(text(), 0..4),
            prop::option::of(text())
        )
            .prop_map(|(score, flagged, codes, ss)| Signal::ConversationRisk {
                conversation: "c".into(),
                score,
                flagged,
                codes,
                evidence: vec![(usize::MAX, 0, "x".into())],
                suspected_sender: ss,
            }),
        (any::<u32>(), any::<u32>()).prop_map(|(m, s)| Signal::AccountBehaviour {
            account: "a".into(),
            minors_contacted: m,
            script_reuse: s,
            off_platform_conversations: m,
            adult_minor_conversations: s,
            reasons: vec![],
        }),
        (id(), any::<u8>(), text()).prop_map(|(a, age, source)| Signal::Age {
            account: a,
            age,
            source
        }),
        text().prop_map(|reason| Signal::MediaError {
            media_id: "m".into(),
            reason
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parse_never_panics(src in any::<String>()) {
        let _ = lurewatch_rules::check(&src);
    }

    #[test]
    fn parse_never_panics_on_mutated_default_rules(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<char>(), any::<bool>()), 1..6)
    ) {
        let mut src: Vec<char> = include_str!("../../../rules/default.toml").chars().collect();
        for (at, c, insert) in edits {
            let i = at.index(src.len());
            if insert { src.insert(i, c) } else { src[i] = c }
        }
        let src: String = src.into_iter().collect();
        let diags = lurewatch_rules::check(&src);
        let lines = src.lines().count().max(1);
        for d in diags {
            prop_assert!(d.line >= 1 && d.line <= lines + 1 && d.column >= 1, "{d}");
        }
    }

    #[test]
    fn evaluation_never_panics(
        e in envelope(),
        signals in prop::collection::vec(signal(), 0..5),
        labels in prop::collection::vec(text(), 0..3),
        counter in any::<i64>(),
        now in any::<i64>(),
    ) {
        let rules = default_rules();
        let w = world(signals, labels, counter);
        let mut input = w.input(&e);
        input.now = now;
        // The default rules are written not to error on any event.
        let (_, errors) = rules.decide(&input);
        prop_assert!(errors.is_empty(), "{errors:?}");
        let (_, errors) = rules.counters_to_increment(&input);
        prop_assert!(errors.is_empty(), "{errors:?}");
    }

    /// Skipping conditions by their guard (event type, required signal
    /// kinds and flags) changes nothing: the same rules fire and the same errors are
    /// reported, for the default rules and for conditions written to error
    /// behind a guard.
    #[test]
    fn guards_change_no_result(
        e in envelope(),
        signals in prop::collection::vec(signal(), 0..5),
        labels in prop::collection::vec(text(), 0..3),
        counter in any::<i64>(),
    ) {
        let w = world(signals, labels, counter);
        let input = w.input(&e);
        for rules in [default_rules(), guarded_rules()] {
            prop_assert_eq!(rules.evaluate(&input), rules.evaluate_unguarded(&input));
        }
    }
}

/// The generated signals, the labels on both actor and recipient, and the
/// report counter.
fn world(signals: Vec<Signal>, labels: Vec<String>, counter: i64) -> World {
    let mut w = World::default()
        .signals(signals)
        .counter("child_safety_reports_7d", counter);
    w.labels.recipient = labels.clone();
    w.labels.actor = labels;
    w
}

/// Conditions whose guard hides an error or a subtle case.
fn guarded_rules() -> lurewatch_rules::RuleSet {
    let conditions = [
        "event.type == 'report' && 1 / 0 == 1",
        "1 / 0 == 1 && event.type == 'report'",
        "signals.exists(s, s.kind == 'age' && s.age / 0 > 1) && event.type == 'message'",
        "'message' == event.type && signals.exists(s, s.kind == 'conversation_risk' && s.flagged)",
        "signals.exists(s, s.kind == 'media_match') || event.type == 'profile'",
        "!(event.type == 'message') && signals.exists(s, s.kind == 'account_behaviour')",
        "event.type == 'message' && event.type == 'report'",
        "event.type == 'relationship' && event.nope == 1",
        "signals.exists(s, s.kind == 'media_error') && signals.exists(s, s.kind == 'age' && s.age < 18)",
        "signals.exists(s, s.flagged && s.kind == 'conversation_risk' && s.codes[7] == 'x')",
        "signals.exists(s, s.kind == 'conversation_risk' && (s.flagged || s.codes[7] == 'x'))",
        "signals.exists(s, s.kind == 'age' && s.flagged)",
        "signals.exists(s, s.kind == 'conversation_risk' && !s.flagged && s.score >= 0.0)",
    ];
    let src: String = conditions
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(
                "[[rule]]\nid = \"r{i}\"\ndescription = \"guard case {i}\"\ncondition = \"{c}\"\nverdict = \"review\"\n\n"
            )
        })
        .collect();
    lurewatch_rules::RuleSet::parse(&format!("version = \"guards\"\n\n{src}"))
        .unwrap_or_else(|e| panic!("{e:?}"))
}
