//! Rule files: `check` must never panic, and a file that parses must
//! evaluate on an event without panicking.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use lurewatch_core::{Envelope, Signal};
use lurewatch_rules::{EvalInput, RoleLabels, RuleSet};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let diags = lurewatch_rules::check(src);
    for d in &diags {
        assert!(d.line >= 1 && d.column >= 1);
    }
    if let Ok(rules) = RuleSet::parse(src) {
        let envelope: Envelope = serde_json::from_str(
            r#"{"type":"message","conversation":"c","sender":"a","recipients":["b"],"text":"hi"}"#,
        )
        .expect("event");
        let signals = [Signal::Age {
            account: "b".into(),
            age: 14,
            source: "stated".into(),
        }];
        let input = EvalInput {
            envelope: &envelope,
            signals: &signals,
            labels: &RoleLabels::default(),
            counters: &BTreeMap::new(),
            now: 0,
        };
        let _ = rules.counters_to_increment(&input);
        let _ = rules.decide(&input);
    }
});
