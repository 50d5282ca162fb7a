//! Throughput of the detector's layers, one by one and stacked, on short
//! chat messages (the corpus's messages, cycled), single-threaded.
//!
//! `cargo run --release -p lurewatch-detect --example stack_bench -- [MODEL_DIR] [N] [LAYER] [PASSES]`
//!
//! `LAYER` (a prefix of a layer's label, e.g. `1-4 full stack +`; empty for
//! all) runs only the matching layers, for profiling one of them. `PASSES`
//! (default 1) times each layer that many times over the same N messages:
//! the first pass includes the lexicon automaton's warm-up, the later ones
//! are the steady state.
use std::time::Instant;

use lurewatch_detect::{ConversationScan, Detector, DetectorModel};
use lurewatch_model::corpus::{ReadLimits, read_jsonl};
use lurewatch_text::{Analysis, Analyzer, Normalized};

// The lurewatch binary's allocator, so the figures stand for the product.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let dir = a.get(1).cloned().unwrap_or_else(|| "models/default".into());
    let n: usize = a.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let model = DetectorModel::load(std::path::Path::new(&dir)).expect("model");
    let mut msgs: Vec<(String, String)> = Vec::new();
    for f in ["data/corpus/train.jsonl", "data/corpus/dev.jsonl"] {
        let r = std::io::BufReader::new(std::fs::File::open(f).expect("corpus"));
        for c in read_jsonl(r, ReadLimits::default()).filter_map(Result::ok) {
            for m in c.messages {
                msgs.push((m.sender, m.text));
            }
        }
    }
    let avg = msgs.iter().map(|m| m.1.len()).sum::<usize>() as f64 / msgs.len() as f64;
    let it = || msgs.iter().cycle().take(n);
    let only = a.get(3).cloned().unwrap_or_default();
    // Each layer runs `passes` times over the same N messages, each pass
    // timed: the first includes warm-up (the lexicon regex set's lazy DFA
    // builds its states as new text reaches them, a few hundred ms), later
    // ones are the steady state of a long-lived detector (the service's).
    let passes: u32 = a.get(4).and_then(|s| s.parse().ok()).unwrap_or(1);
    let time = |label: &str, f: &mut dyn FnMut()| {
        if !label.starts_with(only.as_str()) {
            return;
        }
        for pass in 1..=passes {
            let t = Instant::now();
            f();
            let rate = n as f64 / t.elapsed().as_secs_f64();
            println!(
                "{{\"layer\":\"{label}\",\"pass\":{pass},\"messages\":{n},\"avg_bytes\":{avg:.1},\"messages_per_s\":{rate:.0}}}"
            );
        }
    };
    let mut analyzer = Analyzer::with_default_lexicons().unwrap();
    let mut norm = Normalized::default();
    time("1 normalise", &mut || {
        for (_, t) in it() {
            analyzer.normalize_into(t, &mut norm);
        }
    });
    let mut an = Analysis::default();
    time("1+2 normalise, entities, lexicons", &mut || {
        for (_, t) in it() {
            analyzer.analyze_into(t, &mut an);
        }
    });
    let normalized: Vec<String> = msgs
        .iter()
        .map(|(_, t)| {
            analyzer.normalize_into(t, &mut norm);
            norm.as_str().to_string()
        })
        .collect();
    let mut fz = model.message.featurizer();
    let mut sink = 0f32;
    time(
        "3 message model (n-grams + score, text pre-normalised)",
        &mut || {
            for t in normalized.iter().cycle().take(n) {
                fz.clear();
                fz.add_text(t);
                sink += model.message.logit_current(&fz, &[]);
            }
        },
    );
    let mut det = Detector::new(&model).unwrap();
    time(
        "1-4 full stack (analysis + both models + conversation state)",
        &mut || {
            let mut st = ConversationScan::default();
            for (i, (s, t)) in it().enumerate() {
                if i % 16 == 0 {
                    st = ConversationScan::default();
                }
                sink += det.observe(&mut st, s, t).conversation_score;
            }
        },
    );
    let mut tracker =
        lurewatch_behaviour::BehaviourTracker::new(lurewatch_behaviour::BehaviourConfig::default());
    // Recipient ids exist before the stack sees a message: build them
    // outside the timed loop (a `format!` per message was ~1 % of it).
    let peers: Vec<String> = (0..n.div_ceil(16)).map(|p| format!("peer{p}")).collect();
    time(
        "1-4 full stack + pair/account behaviour tracker",
        &mut || {
            let mut st = ConversationScan::default();
            for (i, (s, t)) in it().enumerate() {
                if i % 16 == 0 {
                    st = ConversationScan::default();
                }
                sink += det.observe(&mut st, s, t).conversation_score;
                let obs = lurewatch_behaviour::Observation::from_analysis(
                    s,
                    Some(&peers[i / 16]),
                    None,
                    det.analysis(),
                );
                tracker.observe(&obs);
            }
        },
    );
    eprintln!("checksum {sink}");
}
