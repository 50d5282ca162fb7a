//! The shipped policy, `rules/default.toml`: each rule fires on the case it
//! is for and not on benign look-alikes.

mod common;

use common::*;
use lurewatch_core::{Action, EntityKind, EntityRef, RuleMode, Verdict};

fn account(id: &str) -> EntityRef {
    EntityRef {
        kind: EntityKind::Account,
        id: id.into(),
    }
}

#[test]
fn default_rules_parse_and_are_documented() {
    let rules = default_rules();
    assert_eq!(rules.version(), "2026-11-29.1");
    assert!(rules.rules().len() >= 10);
    let readme = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../rules/README.md"
    ))
    .unwrap();
    for r in rules.rules() {
        assert!(!r.description.is_empty());
        assert!(
            readme.contains(&format!("`{}`", r.id)),
            "{} not in README",
            r.id
        );
    }
    for c in rules.counters() {
        assert!(
            readme.contains(&format!("`{}`", c.name)),
            "{} not in README",
            c.name
        );
    }
    assert!(rules.rules().iter().any(|r| r.mode == RuleMode::Shadow));
}

#[test]
fn benign_events_are_allowed_without_errors() {
    let rules = default_rules();
    let benign = World::default().signals([risk(0.05, false, &[]), behaviour("adult", 0, 1)]);
    for e in [
        message("adult", &["friend"]),
        report("a", "b", "scam"),
        profile("adult", Some(34), Some(1991)),
        relationship("a", "b", "follow"),
        media("a"),
        post("a"),
    ] {
        let (d, errors) = benign.decide(&rules, &e);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(d.verdict, Verdict::Allow, "{:?}", fired(&d));
        assert!(d.rules.is_empty() && d.shadow.is_empty(), "{d:?}");
        assert_eq!(d.rules_version, "2026-11-29.1");
    }
}

#[test]
fn known_csam_hash_blocks_and_reports() {
    let rules = default_rules();
    let e = media("uploader");
    for sig in [
        bank_match("CSAM-NCMEC", None),
        bank_match("partner", Some("csam")),
    ] {
        let (d, errors) = World::default().signals([sig]).decide(&rules, &e);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(d.verdict, Verdict::Block);
        assert_eq!(fired(&d), ["known_csam_hash"]);
        let actions = &d.rules[0].actions;
        assert!(actions.contains(&Action::NcmecReport));
        assert!(actions.contains(&Action::Case {
            queue: "child_safety_urgent".into(),
            priority: 100
        }));
        assert!(actions.contains(&Action::Label {
            entity: account("uploader"),
            label: "csam_match".into(),
            ttl_secs: Some(365 * 86_400),
        }));
        assert!(actions.contains(&Action::Webhook {
            name: "platform".into()
        }));
    }
}

#[test]
fn other_bank_match_is_reviewed() {
    let rules = default_rules();
    let (d, _) = World::default()
        .signals([bank_match("recruitment-ads", Some("escort_ad"))])
        .decide(&rules, &message("a", &["b"]));
    assert_eq!(d.verdict, Verdict::Review);
    assert_eq!(fired(&d), ["other_bank_match"]);
    assert!(!d.rules[0].actions.contains(&Action::NcmecReport));
    // A bank that merely contains "csam" later in its name is not a CSAM bank.
    let (d, _) = World::default()
        .signals([bank_match("not-CSAM", None)])
        .decide(&rules, &media("a"));
    assert_eq!(fired(&d), ["other_bank_match"]);
}

#[test]
fn flagged_conversation_toward_a_minor_is_restricted_and_urgent() {
    let rules = default_rules();
    let e = message("adult", &["kid"]);
    // Through a stated age of the recipient...
    let w = World::default().signals([
        risk(0.93, true, &["romance", "secrecy"]),
        age("kid", 14, "stated"),
    ]);
    let (d, errors) = w.decide(&rules, &e);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(d.verdict, Verdict::Restrict);
    assert_eq!(fired(&d), ["grooming_risk_toward_minor"]);
    assert!(d.rules[0].actions.contains(&Action::Case {
        queue: "child_safety_urgent".into(),
        priority: 90
    }));
    assert!(d.rules[0].actions.contains(&Action::Label {
        entity: EntityRef {
            kind: EntityKind::Conversation,
            id: "c1".into()
        },
        label: "risk_toward_minor".into(),
        ttl_secs: Some(30 * 86_400),
    }));
    // ...or through the minor label on a recipient.
    let w = World::default()
        .signals([risk(0.93, true, &["romance"])])
        .recipient_label("minor");
    assert_eq!(
        fired(&w.decide(&rules, &e).0),
        ["grooming_risk_toward_minor"]
    );
    // The minor must be a recipient: the sender's own stated age doesn't count.
    let w = World::default().signals([risk(0.93, true, &["romance"]), age("adult", 15, "stated")]);
    assert_eq!(fired(&w.decide(&rules, &e).0), ["recruitment_risk_flagged"]);
    // An adult recipient's age doesn't make it a minor.
    let w =
        World::default().signals([risk(0.93, true, &["job_offer"]), age("kid", 19, "declared")]);
    assert_eq!(fired(&w.decide(&rules, &e).0), ["recruitment_risk_flagged"]);
}

#[test]
fn flagged_without_known_minor_goes_to_trafficking_review() {
    let rules = default_rules();
    let (d, _) = World::default()
        .signals([risk(0.81, true, &["job_offer", "travel_meet"])])
        .decide(&rules, &message("recruiter", &["target"]));
    assert_eq!(d.verdict, Verdict::Review);
    assert_eq!(fired(&d), ["recruitment_risk_flagged"]);
    assert_eq!(
        d.rules[0].actions,
        [Action::Case {
            queue: "trafficking".into(),
            priority: 50
        }]
    );
    // Not flagged: nothing, whatever the score.
    let (d, _) = World::default()
        .signals([risk(0.6, false, &["job_offer"])])
        .decide(&rules, &message("recruiter", &["target"]));
    assert!(d.rules.is_empty());
}

#[test]
fn sextortion_in_a_flagged_conversation_blocks() {
    let rules = default_rules();
    let e = message("adult", &["kid"]);
    let (d, _) = World::default()
        .signals([
            risk(0.97, true, &["sextortion", "photo_request"]),
            age("kid", 15, "stated"),
        ])
        .decide(&rules, &e);
    assert_eq!(d.verdict, Verdict::Block);
    assert_eq!(
        fired(&d),
        [
            "sextortion_in_flagged_conversation",
            "grooming_risk_toward_minor"
        ]
    );
    // The code without a flag is not enough.
    let (d, _) = World::default()
        .signals([risk(0.3, false, &["sextortion"])])
        .decide(&rules, &e);
    assert!(d.rules.is_empty());
}

#[test]
fn adult_contacting_many_minors_is_reviewed_and_labelled() {
    let rules = default_rules();
    let e = message("adult", &["kid3"]);
    let (d, errors) = World::default()
        .signals([behaviour("adult", 3, 0)])
        .decide(&rules, &e);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(d.verdict, Verdict::Review);
    assert_eq!(fired(&d), ["adult_contacting_many_minors"]);
    assert!(d.rules[0].actions.contains(&Action::Label {
        entity: account("adult"),
        label: "suspected_groomer".into(),
        ttl_secs: Some(30 * 86_400),
    }));
    // Two minors: not yet.
    let (d, _) = World::default()
        .signals([behaviour("adult", 2, 0)])
        .decide(&rules, &e);
    assert!(d.rules.is_empty());
    // A minor talking to other minors is not this case.
    let (d, _) = World::default()
        .signals([behaviour("teen", 5, 0)])
        .actor_label("minor")
        .decide(&rules, &message("teen", &["kid"]));
    assert!(d.rules.is_empty());
    let (d, _) = World::default()
        .signals([behaviour("teen", 5, 0), age("teen", 15, "declared")])
        .decide(&rules, &message("teen", &["kid"]));
    assert!(d.rules.is_empty());
    // Through the friend-request counter.
    let w = World::default().counter("friend_requests_to_minors_7d", 5);
    let (d, _) = w.decide(&rules, &relationship("adult", "kid9", "friend_request"));
    assert_eq!(fired(&d), ["adult_contacting_many_minors"]);
    let w = World::default().counter("friend_requests_to_minors_7d", 4);
    assert!(
        w.decide(&rules, &relationship("adult", "kid9", "friend_request"))
            .0
            .rules
            .is_empty()
    );
}

#[test]
fn script_reuse_goes_to_trafficking_review() {
    let rules = default_rules();
    let (d, _) = World::default()
        .signals([behaviour("spammer", 0, 10)])
        .decide(&rules, &message("spammer", &["x"]));
    assert_eq!(fired(&d), ["script_reuse"]);
    assert_eq!(d.verdict, Verdict::Review);
    let (d, _) = World::default()
        .signals([behaviour("spammer", 0, 9)])
        .decide(&rules, &message("spammer", &["x"]));
    assert!(d.rules.is_empty());
}

#[test]
fn user_reports_are_routed_by_reason() {
    let rules = default_rules();
    for (reason, rule, queue) in [
        (
            "child_sexual_abuse_material",
            "child_safety_report",
            "child_safety",
        ),
        ("grooming", "child_safety_report", "child_safety"),
        ("sextortion", "child_safety_report", "child_safety"),
        ("trafficking", "trafficking_report", "trafficking"),
    ] {
        let (d, errors) = World::default().decide(&rules, &report("r", "s", reason));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(fired(&d), [rule], "{reason}");
        assert_eq!(d.verdict, Verdict::Review);
        assert!(matches!(&d.rules[0].actions[0], Action::Case { queue: q, .. } if q == queue));
    }
    // The reported account is labelled, not the reporter.
    let (d, _) = World::default().decide(&rules, &report("r", "s", "grooming"));
    assert!(d.rules[0].actions.contains(&Action::Label {
        entity: account("s"),
        label: "reported_child_safety".into(),
        ttl_secs: Some(90 * 86_400),
    }));
    for reason in ["sexual", "scam", "other"] {
        assert!(
            World::default()
                .decide(&rules, &report("r", "s", reason))
                .0
                .rules
                .is_empty()
        );
    }
    // Repeated child-safety reports against one account escalate.
    let (d, _) = World::default()
        .counter("child_safety_reports_7d", 3)
        .decide(&rules, &report("r", "s", "grooming"));
    assert_eq!(
        fired(&d),
        ["repeated_child_safety_reports", "child_safety_report"]
    );
    assert_eq!(d.verdict, Verdict::Restrict);
}

#[test]
fn declared_minors_are_labelled() {
    let rules = default_rules();
    for e in [
        profile("kid", Some(13), None),
        profile("kid", None, Some(2012)),
        profile("kid", Some(17), Some(2008)),
    ] {
        let (d, errors) = World::default().decide(&rules, &e);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(fired(&d), ["declared_minor"]);
        assert_eq!(d.verdict, Verdict::Allow);
        assert_eq!(
            d.rules[0].actions,
            [Action::Label {
                entity: account("kid"),
                label: "minor".into(),
                ttl_secs: Some(365 * 86_400)
            }]
        );
    }
    for e in [
        profile("adult", Some(18), None),
        profile("adult", None, Some(2007)),
        profile("adult", None, None),
    ] {
        assert!(World::default().decide(&rules, &e).0.rules.is_empty());
    }
}

#[test]
fn shadow_rule_is_recorded_not_enforced() {
    let rules = default_rules();
    let e = message("stranger", &["kid"]);
    let w = World::default()
        .signals([
            risk(0.4, false, &["off_platform"]),
            age("kid", 13, "stated"),
        ])
        .counter("conversation_messages_24h", 2);
    let (d, errors) = w.decide(&rules, &e);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(d.verdict, Verdict::Allow, "shadow rules don't act");
    assert!(d.rules.is_empty());
    assert_eq!(shadow(&d), ["off_platform_push_to_minor_early"]);
    assert_eq!(d.shadow[0].verdict, Verdict::Restrict);
    assert_eq!(d.shadow[0].mode, RuleMode::Shadow);
    // Later in the conversation it doesn't fire.
    let w = w.counter("conversation_messages_24h", 40);
    assert!(w.decide(&rules, &e).0.shadow.is_empty());
}

#[test]
fn counters_are_incremented_per_entity() {
    let rules = default_rules();
    let w = World::default().recipient_label("minor");
    let (hits, errors) =
        rules.counters_to_increment(&w.input(&relationship("adult", "kid", "follow")));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].name, "friend_requests_to_minors_7d");
    assert_eq!(hits[0].entity, account("adult"));
    assert_eq!(hits[0].window_ms, 7 * 86_400_000);

    let (hits, _) =
        rules.counters_to_increment(&World::default().input(&report("r", "s", "grooming")));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].name, "child_safety_reports_7d");
    assert_eq!(
        hits[0].entity,
        account("s"),
        "counted for the reported account"
    );

    let (hits, _) = rules.counters_to_increment(&World::default().input(&message("a", &["b"])));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].name, "conversation_messages_24h");
    assert_eq!(
        hits[0].entity,
        EntityRef {
            kind: EntityKind::Conversation,
            id: "c1".into()
        }
    );

    // Not a minor: no friend-request count; a block is no contact.
    let (hits, _) =
        rules.counters_to_increment(&World::default().input(&relationship("a", "b", "follow")));
    assert!(hits.is_empty());
    let (hits, _) = rules.counters_to_increment(&w.input(&relationship("a", "kid", "block")));
    assert!(hits.is_empty());
}

#[test]
fn no_rule_errors_on_any_event_type_and_signal_mix() {
    let rules = default_rules();
    let signals = vec![
        risk(0.99, true, &["sextortion", "off_platform"]),
        age("kid", 12, "stated"),
        bank_match("CSAM-x", None),
        bank_match("other", Some("x")),
        behaviour("adult", 9, 40),
        lurewatch_core::Signal::MediaError {
            media_id: "m".into(),
            reason: "corrupt".into(),
        },
    ];
    let w = World::default()
        .signals(signals)
        .recipient_label("minor")
        .counter("child_safety_reports_7d", 9)
        .counter("friend_requests_to_minors_7d", 9);
    for e in [
        message("adult", &["kid"]),
        message("adult", &[]),
        report("r", "s", "grooming"),
        profile("kid", Some(12), Some(2013)),
        relationship("adult", "kid", "friend_request"),
        media("adult"),
        post("adult"),
    ] {
        let (d, errors) = w.decide(&rules, &e);
        assert!(errors.is_empty(), "{:?}: {errors:?}", e.event.kind());
        assert_eq!(d.verdict, Verdict::Block);
        let (_, errors) = rules.counters_to_increment(&w.input(&e));
        assert!(errors.is_empty(), "{errors:?}");
    }
}
