//! How often conversations state ages, per label: the number of senders who
//! state a minor's age, an adult's, and whether one states a minor's and
//! another an adult's (what the conversation model's `conv:age_gap` reads,
//! without its four-year margin or bare-number answers).
//!
//! `cargo run --release -p lurewatch-detect --example age_stats -- FILE.jsonl...`
//! (`--show` also prints every age found, with its message).
use lurewatch_detect::features::MINOR_MAX_AGE;
use lurewatch_text::Analyzer;
use std::collections::{BTreeMap, HashMap};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show");
    let mut analyzer = Analyzer::with_default_lexicons()?;
    let mut table: BTreeMap<(i64, String), u32> = BTreeMap::new();
    for path in args.iter().filter(|a| *a != "--show") {
        for line in std::fs::read_to_string(path)?.lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let label = v["label"].as_i64().unwrap_or(-1);
            // sender → (stated a minor's age, stated an adult's)
            let mut per: HashMap<&str, (bool, bool)> = HashMap::new();
            for m in v["messages"].as_array().into_iter().flatten() {
                let text = m["text"].as_str().unwrap_or_default();
                let sender = m["sender"].as_str().unwrap_or_default();
                for e in &analyzer.analyze(text).entities {
                    let Some(age) = &e.age else { continue };
                    if show {
                        println!(
                            "{text:?} -> {} self={} estimated={}",
                            age.years, age.self_disclosed, age.estimated
                        );
                    }
                    if age.self_disclosed && !age.estimated {
                        let s = per.entry(sender).or_default();
                        if age.years <= MINOR_MAX_AGE {
                            s.0 = true;
                        } else {
                            s.1 = true;
                        }
                    }
                }
            }
            let minor = per.values().filter(|s| s.0).count();
            let adult = per.values().filter(|s| s.1).count();
            let gap = per
                .iter()
                .any(|(k, s)| s.0 && per.iter().any(|(k2, s2)| k2 != k && s2.1));
            let key = format!("minor_senders={minor} adult_senders={adult} gap={gap}");
            *table.entry((label, key)).or_default() += 1;
        }
    }
    for ((label, key), n) in table {
        println!("label={label} {key} {n}");
    }
    Ok(())
}
