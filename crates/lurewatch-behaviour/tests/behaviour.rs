//! Integration tests: the real text analyser feeding the behaviour tracker.
//! All messages are synthetic and non-explicit.

use lurewatch_behaviour::{BehaviourConfig, BehaviourTracker, N_FEATURES, Observation, Signals};
use lurewatch_text::{Analyzer, Code};

struct Harness {
    analyzer: Analyzer,
    tracker: BehaviourTracker,
}

impl Harness {
    fn new(cfg: BehaviourConfig) -> Self {
        Harness {
            analyzer: Analyzer::with_default_lexicons().unwrap(),
            tracker: BehaviourTracker::new(cfg),
        }
    }

    fn send(&mut self, from: &str, to: &str, ts: Option<i64>, text: &str) -> Signals {
        let a = self.analyzer.analyze(text);
        let o = Observation::from_analysis(from, Some(to), ts, &a);
        let s = self.tracker.observe(&o);
        let f = s.feature_array();
        assert_eq!(f.len(), N_FEATURES);
        assert!(f.iter().all(|v| v.is_finite()));
        s
    }
}

#[test]
fn fan_out_to_stated_minors() {
    let mut h = Harness::new(BehaviourConfig::default());
    let replies = [
        "im 14",
        "15f",
        "im 14 why",
        "15 f lol",
        "i'm 14",
        "15f hbu",
        "im 14 u?",
        "15f",
    ];
    let mut t = 1_700_000_000;
    for (i, reply) in replies.iter().enumerate() {
        let kid = format!("kid{i}");
        h.send("adult", &kid, Some(t), "hey cutie how old are you");
        t += 60;
        let s = h.send(&kid, "adult", Some(t), reply);
        assert!(
            s.pair.unwrap().sender_age.is_some_and(|a| a <= 17),
            "age not read from {reply:?}"
        );
        t += 3600;
    }
    let s = h.send("adult", "kid0", Some(t), "so whats up");
    assert_eq!(s.account.recipients_in_window, 8);
    assert_eq!(s.account.minors_in_window, 8);
    let sum = h.tracker.account("adult").unwrap();
    assert_eq!(sum.minors_contacted, 8);
    assert!(
        sum.reasons
            .iter()
            .any(|r| r == "contacted 8 accounts known or stated to be minors within 7 days"),
        "{:?}",
        sum.reasons
    );
    // Each kid talked to one account, which is not a minor.
    assert_eq!(h.tracker.account("kid3").unwrap().minors_contacted, 0);
}

#[test]
fn script_reuse_with_names_and_cities_changed() {
    let mut h = Harness::new(BehaviourConfig::default());
    let people = [
        ("Anna", "Milan", 500),
        ("Sofia", "Paris", 800),
        ("Maria", "Madrid", 650),
        ("Julia", "Berlin", 700),
        ("Laura", "Lisbon", 900),
        ("Emma", "Vienna", 1000),
        ("Lea", "Prague", 750),
        ("Chloe", "Rome", 600),
        ("Mia", "Dubai", 1200),
        ("Sara", "London", 950),
    ];
    let mut last = None;
    for (i, (name, city, pay)) in people.iter().enumerate() {
        let msg = format!(
            "Hey {name}! I can get you a modelling job in {city}, {pay} a week, \
             ticket paid, add me on telegram"
        );
        last = Some(h.send("recruiter", &format!("r{i}"), Some(1000 + i as i64), &msg));
    }
    let s = last.unwrap();
    assert!(s.account.script_reuse >= 9, "{}", s.account.script_reuse);
    assert_eq!(s.account.off_platform_conversations, 10);
    let sum = h.tracker.account("recruiter").unwrap();
    assert!(
        sum.reasons
            .iter()
            .any(|r| r.starts_with("sent the same message to"))
    );
    assert!(
        sum.reasons
            .iter()
            .any(|r| r == "pushed 10 conversations off-platform")
    );
    // Sending it again to the same people does not inflate the count.
    for i in 0..10 {
        h.send(
            "recruiter",
            &format!("r{i}"),
            Some(5000 + i),
            "Hey Anna! I can get you a modelling job in Milan, 500 a week, ticket paid, add me on telegram",
        );
    }
    assert_eq!(
        h.tracker.account("recruiter").unwrap().script_reuse,
        sum.script_reuse
    );
}

#[test]
fn unrelated_messages_are_not_a_script() {
    let mut h = Harness::new(BehaviourConfig::default());
    let msgs = [
        "did you finish the maths homework for tomorrow",
        "the bus was late again so i missed the first lesson",
        "are you coming to football practice on saturday morning",
        "my mum says dinner is ready so i have to go now",
        "that new game update broke my save file completely",
        "can you send me the notes from the history class please",
        "i think the concert tickets go on sale next friday",
        "we should get pizza after the match this weekend",
        "my phone screen cracked when it fell off the table",
        "the teacher moved the science test to next wednesday",
    ];
    let mut s = None;
    for (i, m) in msgs.iter().enumerate() {
        s = Some(h.send("teen", &format!("friend{i}"), Some(i as i64), m));
    }
    assert_eq!(s.unwrap().account.script_reuse, 1);
    assert!(h.tracker.account("teen").unwrap().reasons.is_empty());
}

#[test]
fn adult_to_minor_from_stated_ages() {
    let mut h = Harness::new(BehaviourConfig::default());
    h.send("man", "girl", Some(10), "hi, im 32 and i work in music");
    let s = h.send("girl", "man", Some(20), "oh cool im 14");
    let p = s.pair.unwrap();
    assert_eq!(p.sender_age, Some(14));
    assert_eq!(p.other_age, Some(32));
    assert!(!p.adult_to_minor, "the minor is not the adult side");
    let s = h.send("man", "girl", Some(30), "age is just a number");
    let p = s.pair.unwrap();
    assert!(p.adult_to_minor);
    assert!(p.other_is_minor && p.sender_is_adult);
    let sum = h.tracker.account("man").unwrap();
    assert_eq!(sum.adult_minor_conversations, 1);
    assert!(
        sum.reasons.iter().any(|r| r.contains("age 32")),
        "{:?}",
        sum.reasons
    );

    // Two 15-year-olds.
    h.send("a15", "b15", Some(40), "im 15 btw");
    let s = h.send("b15", "a15", Some(50), "same im 15 too");
    assert!(!s.pair.unwrap().adult_to_minor);
    let s = h.send("a15", "b15", Some(60), "nice");
    assert!(!s.pair.unwrap().adult_to_minor);
    // An age gap of 5 with the other party a minor counts even below 18.
    h.tracker.set_known_age("older", 17);
    h.tracker.set_known_age("younger", 12);
    let s = h.send("older", "younger", Some(70), "hey");
    assert!(s.pair.unwrap().adult_to_minor);
}

#[test]
fn window_expiry() {
    let cfg = BehaviourConfig {
        fanout_window_secs: 100,
        ..Default::default()
    };
    let mut h = Harness::new(cfg);
    h.tracker.set_known_age("m1", 13);
    h.send("s", "m1", Some(0), "hey");
    h.send("s", "x2", Some(10), "hey");
    let s = h.send("s", "x3", Some(90), "hey");
    assert_eq!(s.account.recipients_in_window, 3);
    assert_eq!(s.account.minors_in_window, 1);
    assert_eq!(s.account.new_contacts_in_window, 3);
    // t=105: m1 (t=0) expired, x2 (t=10) still in.
    let s = h.send("s", "x2", Some(105), "still there?");
    assert_eq!(s.account.recipients_in_window, 2);
    assert_eq!(s.account.minors_in_window, 0);
    assert_eq!(s.account.new_contacts_in_window, 2);
    // t=195: x3 (t=90) expired; x2 was re-contacted at 105 so it stays.
    let s = h.send("s", "x4", Some(195), "hey");
    assert_eq!(s.account.recipients_in_window, 2);
    assert_eq!(s.account.new_contacts_in_window, 1);
    // Peaks survive expiry in the summary.
    let sum = h.tracker.account("s").unwrap();
    assert_eq!(sum.distinct_recipients, 3);
    assert_eq!(sum.minors_contacted, 1);
    // A much older timestamp does not move the account clock back.
    let s = h.send("s", "x5", Some(-1000), "hey");
    assert_eq!(s.account.recipients_in_window, 2);
}

#[test]
fn cold_contact_with_a_cue() {
    let mut h = Harness::new(BehaviourConfig::default());
    let s = h.send(
        "r",
        "v1",
        Some(1),
        "hey i can get you a modelling job in milan, ticket paid, add me on telegram",
    );
    assert!(!s.pair.as_ref().unwrap().sender_codes.is_empty());
    assert!(
        s.pair
            .as_ref()
            .unwrap()
            .sender_codes
            .contains(Code::OffPlatform)
    );
    assert_eq!(s.pair.unwrap().messages_until_first_cue, Some(1));
    assert_eq!(s.account.cold_cue_contacts_in_window, 1);
    // A benign opener followed by a cue is not a cold cue contact.
    h.send("r", "v2", Some(2), "hello how was your day");
    let s = h.send("r", "v2", Some(3), "add me on snapchat");
    assert_eq!(s.account.cold_cue_contacts_in_window, 1);
    assert_eq!(s.account.new_contacts_in_window, 2);
    assert_eq!(s.pair.unwrap().messages_until_first_cue, Some(2));
    // Replies do not make the other side a cold contact.
    let s = h.send("v3", "r", Some(4), "hi");
    assert_eq!(s.account.new_contacts_in_window, 1);
    let s = h.send("r", "v3", Some(5), "dont tell your parents, add me on kik");
    assert_eq!(s.account.cold_cue_contacts_in_window, 1);
    assert!(!s.pair.unwrap().sender_initiated);
}

#[test]
fn logical_clock_without_timestamps() {
    let cfg = BehaviourConfig {
        fanout_window_secs: 5,
        ..Default::default()
    };
    let mut h = Harness::new(cfg);
    h.send("s", "a", None, "hey");
    let s = h.send("s", "b", None, "hey");
    assert_eq!(s.account.recipients_in_window, 2);
    assert_eq!(s.pair.unwrap().secs_since_first_contact, 0);
    for i in 0..10 {
        h.send(&format!("o{i}"), "p", None, "unrelated chatter");
    }
    let s = h.send("s", "c", None, "hey");
    assert_eq!(s.account.recipients_in_window, 1);
    let s = h.send("s", "a", None, "back again");
    assert_eq!(s.account.recipients_in_window, 2);
    // 14 messages after a's first one (logical ticks).
    assert_eq!(s.pair.unwrap().secs_since_first_contact, 13);
}

#[test]
fn eviction_keeps_memory_bounded() {
    let cfg = BehaviourConfig {
        max_pairs: 2_000,
        max_accounts: 1_000,
        max_scripts: 500,
        ..Default::default()
    };
    let mut t = BehaviourTracker::new(cfg);
    let mut mem_at = Vec::new();
    let mut x: u64 = 12345;
    for i in 0..60_000u32 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let s = format!("u{}", x % 5_000);
        let r = format!("u{}", (x >> 20) % 5_000);
        let text = format!(
            "message number {} about thing {} and more words here",
            i % 97,
            x % 13
        );
        let mut o = Observation::text(&s, Some(&r), Some(i64::from(i)), &text);
        o.sender_age = (i % 7 == 0).then_some((x % 40) as u8 + 8);
        o.off_platform = i % 5 == 0;
        let sig = t.observe(&o);
        assert!(sig.account.minors_in_window <= sig.account.recipients_in_window);
        assert!(t.pair_count() <= 2_000);
        assert!(t.account_count() <= 1_000);
        assert!(t.script_count() <= 500);
        if i % 20_000 == 19_999 {
            mem_at.push(t.approx_memory_bytes());
        }
    }
    // Memory stops growing once the tables are full.
    assert!(mem_at[2] <= mem_at[1] * 11 / 10, "{mem_at:?}");
    assert!(mem_at[2] < 4_000_000, "{mem_at:?}");
}
