//! Evaluations per second of the default rule set on a typical message
//! event with a conversation_risk signal.
//!
//! ```sh
//! cargo run --release -p lurewatch-rules --example rules_bench
//! ```

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use lurewatch_core::{Envelope, Signal};
use lurewatch_rules::{EvalInput, RoleLabels, RuleSet};

fn main() {
    let src = include_str!("../../../rules/default.toml");
    let rules = RuleSet::parse(src).expect("default rules parse");
    let envelope: Envelope = serde_json::from_str(
        r#"{"id":"e1","ts":1764400000000,"type":"message","conversation":"c1","sender":"u1",
            "recipients":["u2"],"text":"hey, you seem really mature for your age. got snap?"}"#,
    )
    .expect("event");
    let signals = vec![
        Signal::ConversationRisk {
            conversation: "c1".into(),
            score: 0.42,
            flagged: false,
            codes: vec!["compliments_trust".into(), "off_platform".into()],
            evidence: vec![(0, 12, "compliments_trust".into())],
            suspected_sender: Some("u1".into()),
        },
        Signal::AccountBehaviour {
            account: "u1".into(),
            minors_contacted: 1,
            script_reuse: 2,
            off_platform_conversations: 1,
            adult_minor_conversations: 0,
            reasons: vec![],
        },
    ];
    let labels = RoleLabels::default();
    let counters = BTreeMap::from([
        ("conversation_messages_24h".to_owned(), 12),
        ("friend_requests_to_minors_7d".to_owned(), 0),
    ]);
    let input = EvalInput {
        envelope: &envelope,
        signals: &signals,
        labels: &labels,
        counters: &counters,
        now: 1_764_400_000_000,
    };
    let n_rules = rules.rules().len();
    println!(
        "default rule set {}: {n_rules} rules, {} counters",
        rules.version(),
        rules.counters().len()
    );

    let measure = |name: &str, f: &dyn Fn() -> usize| {
        // Warm up, then run for about two seconds.
        for _ in 0..2_000 {
            black_box(f());
        }
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < Duration::from_secs(2) {
            for _ in 0..1_000 {
                black_box(f());
            }
            n += 1_000;
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:<28} {:>10.0} /s  {:>6.2} µs each",
            n as f64 / secs,
            secs * 1e6 / n as f64
        );
    };
    measure("evaluate (all rules)", &|| {
        let (hits, errors) = rules.evaluate(&input);
        assert!(errors.is_empty(), "{errors:?}");
        hits.len()
    });
    // The same without guards: every condition interpreted, even those
    // about other event types or absent signal kinds.
    measure("evaluate, no guards", &|| {
        rules.evaluate_unguarded(&input).0.len()
    });
    // Twice the rules (ids renamed): what ~24 rules cost.
    let rules_part = &src[src.find("[[rule]]").expect("rules")..];
    let doubled = format!("{src}\n{}", rules_part.replace("id = \"", "id = \"copy_"));
    let doubled = RuleSet::parse(&doubled).expect("doubled rules parse");
    let label = format!("evaluate ({} rules)", doubled.rules().len());
    measure(&label, &|| doubled.evaluate(&input).0.len());
    let label = format!("evaluate ({} rules), no guards", doubled.rules().len());
    measure(&label, &|| doubled.evaluate_unguarded(&input).0.len());
    let empty = RuleSet::parse("version = \"empty\"").expect("empty rule set");
    measure("context only (no rules)", &|| {
        empty.evaluate(&input).0.len()
    });
    measure("counters_to_increment", &|| {
        rules.counters_to_increment(&input).0.len()
    });
    measure("decide (evaluate + Decision)", &|| {
        rules.decide(&input).0.rules.len()
    });
}
