//! Throughput and memory of the behaviour tracker, single thread. Run with
//! `cargo run --release -p lurewatch-behaviour --example behaviour_bench`.
//!
//! Phase 1: 1M synthetic observations over 100k users (each user talks to a handful of
//! contacts; ~70% of messages are long enough for a script fingerprint; ~10% carry codes).
//! Phase 2: 1M observations that each open a new pair, to measure bytes per active pair
//! (the tracker's own estimate and the process RSS growth). Prints one JSON object.

use std::time::Instant;

use lurewatch_behaviour::{BehaviourConfig, BehaviourTracker, N_CODES, Observation};
use lurewatch_text::CodeSet;

const USERS: usize = 100_000;
const N: usize = 1_000_000;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Msg {
    s: u32,
    r: u32,
    ts: i64,
    text: u16,
    codes: u32,
    age: Option<u8>,
    off: bool,
}

fn rss_bytes() -> Option<usize> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn run(t: &mut BehaviourTracker, users: &[String], texts: &[String], msgs: &[Msg]) -> f64 {
    let start = Instant::now();
    let mut acc = 0u64;
    for m in msgs {
        let mut w = [0f32; N_CODES];
        if m.codes != 0 {
            w[m.codes.trailing_zeros() as usize] = 1.0;
        }
        let o = Observation {
            sender: &users[m.s as usize],
            recipient: Some(&users[m.r as usize]),
            ts: Some(m.ts),
            normalized_text: &texts[m.text as usize],
            codes: CodeSet(m.codes),
            code_weights: w,
            sender_age: m.age,
            off_platform: m.off,
        };
        let s = t.observe(&o);
        acc = acc.wrapping_add(u64::from(s.account.recipients_in_window));
    }
    std::hint::black_box(acc);
    start.elapsed().as_secs_f64()
}

fn main() {
    let users: Vec<String> = (0..USERS).map(|i| format!("user_{i:06}")).collect();
    let names = [
        "anna", "sofia", "maria", "lea", "emma", "julia", "mia", "sara",
    ];
    let cities = [
        "milan", "paris", "madrid", "berlin", "lisbon", "rome", "vienna",
    ];
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut texts: Vec<String> = Vec::new();
    for i in 0..10_000 {
        let n = names[rng.below(names.len())];
        let c = cities[rng.below(cities.len())];
        let t = match i % 10 {
            0 => format!(
                "hey {n} i can get you a modelling job in {c}, ticket paid, add me on telegram"
            ),
            1 => format!("hi {n} how was school today, did you get the results back {i}"),
            2 => "lol".to_string(),
            3 => format!("are we still meeting at the library at {} tomorrow", i % 12),
            4 => "ok".to_string(),
            5 => format!(
                "my brother took my charger again so my phone is on {} percent",
                i % 100
            ),
            6 => format!("the game update {i} broke my save, i lost all my progress"),
            7 => "see you later".to_string(),
            8 => format!("dont tell anyone about this ok, its our secret {n}"),
            _ => format!(
                "did you watch episode {} last night, the ending was wild",
                i % 40
            ),
        };
        texts.push(t);
    }
    // Phase 1: each user has up to 8 contacts; timestamps advance ~0.6 s per message.
    let mut msgs = Vec::with_capacity(N);
    for i in 0..N {
        let s = rng.below(USERS);
        let k = rng.below(8);
        let r = (s + 1 + (k * 7919 + s * 31) % (USERS - 1)) % USERS;
        let codes = if rng.below(10) == 0 {
            1u32 << rng.below(18)
        } else {
            0
        };
        msgs.push(Msg {
            s: s as u32,
            r: r as u32,
            ts: 1_700_000_000 + (i as i64) * 6 / 10,
            text: rng.below(texts.len()) as u16,
            codes,
            age: (rng.below(50) == 0).then(|| 10 + rng.below(40) as u8),
            off: rng.below(20) == 0,
        });
    }
    let mut t = BehaviourTracker::new(BehaviourConfig::default());
    let secs1 = run(&mut t, &users, &texts, &msgs);
    let pairs1 = t.pair_count();
    let mem1 = t.approx_memory_bytes();
    drop(t);

    // Phase 2: 1M distinct pairs.
    let mut msgs2 = Vec::with_capacity(N);
    for i in 0..N {
        let s = i % USERS;
        let r = (s + 1 + i / USERS) % USERS;
        msgs2.push(Msg {
            s: s as u32,
            r: r as u32,
            ts: 1_700_000_000 + i as i64,
            text: rng.below(texts.len()) as u16,
            codes: if rng.below(10) == 0 {
                1u32 << rng.below(18)
            } else {
                0
            },
            age: None,
            off: false,
        });
    }
    let rss0 = rss_bytes();
    let mut t = BehaviourTracker::new(BehaviourConfig {
        max_pairs: 1_100_000,
        ..Default::default()
    });
    let secs2 = run(&mut t, &users, &texts, &msgs2);
    let rss1 = rss_bytes();
    let pairs2 = t.pair_count();
    let mem2 = t.approx_memory_bytes();
    let rss_per_pair = match (rss0, rss1) {
        (Some(a), Some(b)) => format!("{:.1}", b.saturating_sub(a) as f64 / pairs2 as f64),
        _ => "null".to_string(),
    };
    println!(
        "{{\"observations\":{N},\"users\":{USERS},\
         \"phase1\":{{\"secs\":{secs1:.3},\"obs_per_sec\":{:.0},\"pairs\":{pairs1},\"approx_memory_bytes\":{mem1}}},\
         \"phase2\":{{\"secs\":{secs2:.3},\"obs_per_sec\":{:.0},\"pairs\":{pairs2},\"accounts\":{},\"scripts\":{},\
         \"approx_memory_bytes\":{mem2},\"approx_bytes_per_pair\":{:.1},\"rss_growth_bytes_per_pair\":{rss_per_pair}}}}}",
        N as f64 / secs1,
        N as f64 / secs2,
        t.account_count(),
        t.script_count(),
        mem2 as f64 / pairs2 as f64,
    );
}
