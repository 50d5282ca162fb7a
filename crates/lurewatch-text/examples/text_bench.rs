//! Throughput benchmark for layers 1 and 2, single-threaded.
//!
//! Generates (deterministically) short benign and risky-looking chat messages from templates
//! and prints messages/s for: normalise only; normalise + entities + lexicon (full analyze).
//!
//! ```text
//! cargo run --release -p lurewatch-text --example text_bench [N]
//! ```

use std::time::Instant;

use lurewatch_text::{Analysis, Analyzer, Normalized, Normalizer};

const BENIGN: &[&str] = &[
    "hey are you coming to practice tomorrow at {t}",
    "lol that game was so good last night",
    "can you send me the homework for {s} class",
    "mom said dinner is at {t} dont be late",
    "did you see the new episode yet?? no spoilers pls",
    "ok see you at the bus stop",
    "thanks for the help with the project!!",
    "we won {n} to {m} today 🎉",
    "my phone is almost dead brb",
    "the meeting moved to room {n} at {t}",
    "Happy birthday!!! 🎂🎁 have a great day",
    "I'll pick up milk on the way home",
    "what time does the store close",
    "Bonjour, tu viens ce soir ?",
    "Hola, ¿qué tal el examen de hoy?",
    "Kannst du mir die Notizen schicken?",
    "job interview at the office on monday, bring your cv",
    "your order #{n}{m}{n} has shipped",
];

const RISKY: &[&str] = &[
    "add me on sn4p its {h}",
    "whats your s n a p",
    "im {a}f btw",
    "are your parents home rn",
    "dont tell anyone about us ok",
    "i can get you a modelling job in dubai, ticket paid",
    "u r so mature for ur age",
    "send me a pic of you 📸",
    "t3l3gram me @{h}",
    "ill buy you a gift card if u send it",
    "you owe me ${n}{m}0 for the room",
    "snaaaap me",
    "wh4ts4pp +1 555 010 {n}{m}{n}{m}",
    "easy money, cash daily, no experience needed 💰",
    "is this your phone or your moms",
    "Estás sola? tus papás están en casa?",
    "je peux te payer le billet, viens",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

fn fill(t: &str, r: &mut Rng) -> String {
    let mut s = t.to_string();
    let handles = ["kid_2010", "sunny.day", "xo_lily", "gamer4life", "jay99"];
    let subjects = ["math", "history", "bio", "french"];
    let times = ["5", "6:30", "7pm", "noon"];
    s = s.replace("{h}", handles[(r.next() % 5) as usize]);
    s = s.replace("{s}", subjects[(r.next() % 4) as usize]);
    s = s.replace("{t}", times[(r.next() % 4) as usize]);
    s = s.replace("{a}", &(12 + r.next() % 6).to_string());
    s = s.replace("{n}", &(r.next() % 10).to_string());
    s = s.replace("{m}", &(r.next() % 10).to_string());
    const TAILS: &[&str] = &[
        " lmk",
        " anyway how was your day",
        " haha",
        " see u later",
        " text me when you get home ok",
        " 😂😂",
        " i have so much homework tonight ugh",
    ];
    if r.next() & 1 == 0 {
        s.push_str(TAILS[(r.next() % TAILS.len() as u64) as usize]);
    }
    if r.next() & 3 == 0 {
        s = s.to_uppercase();
    }
    s
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let msgs: Vec<String> = (0..n)
        .map(|i| {
            let t = if i % 5 == 0 {
                r.pick(RISKY)
            } else {
                r.pick(BENIGN)
            };
            fill(t, &mut r)
        })
        .collect();
    let bytes: usize = msgs.iter().map(|m| m.len()).sum();

    // Layer 1a: normalise only.
    let mut nz = Normalizer::new();
    let mut out = Normalized::default();
    let t0 = Instant::now();
    let mut sink = 0usize;
    for m in &msgs {
        nz.normalize_into(m, &mut out);
        sink += out.as_str().len();
    }
    let norm_s = t0.elapsed().as_secs_f64();

    // Layers 1+2: full analyze.
    let mut a = Analyzer::with_default_lexicons().expect("default lexicons");
    let mut an = Analysis::default();
    let t0 = Instant::now();
    let mut ev = 0usize;
    let mut flagged = 0usize;
    for m in &msgs {
        a.analyze_into(m, &mut an);
        ev += an.evidence.len() + an.entities.len();
        flagged += usize::from(!an.code_bits.is_empty());
    }
    let full_s = t0.elapsed().as_secs_f64();

    println!(
        "{{\"messages\":{n},\"avg_bytes\":{:.1},\"normalize_msgs_per_s\":{:.0},\"analyze_msgs_per_s\":{:.0},\"normalize_mb_per_s\":{:.1},\"analyze_mb_per_s\":{:.1},\"messages_with_codes\":{flagged},\"evidence_plus_entities\":{ev},\"checksum\":{sink}}}",
        bytes as f64 / n as f64,
        n as f64 / norm_s,
        n as f64 / full_s,
        bytes as f64 / norm_s / 1e6,
        bytes as f64 / full_s / 1e6,
    );
}
