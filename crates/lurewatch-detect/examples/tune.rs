//! Trains variants on one file and evaluates them on others (development aid).
//! `cargo run --release -p lurewatch-detect --example tune -- TRAIN TEST...`
use lurewatch_detect::scan::evaluate_model;
use lurewatch_detect::{DetectorModel, TrainOptions};
use lurewatch_model::corpus::{ReadLimits, read_jsonl};

fn load(p: &str) -> Vec<lurewatch_model::corpus::Conversation> {
    read_jsonl(
        std::io::BufReader::new(std::fs::File::open(p).unwrap()),
        ReadLimits::default(),
    )
    .filter_map(Result::ok)
    .collect()
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let train = load(&a[1]);
    let tests: Vec<_> = a[2..].iter().map(|p| (p.clone(), load(p))).collect();
    let base = TrainOptions::default();
    let mut variants: Vec<(String, TrainOptions)> = Vec::new();
    for stack in [true] {
        for pos in [0.5f32, 0.75, 1.0] {
            let mut o = base.clone();
            o.stack_message_model = stack;
            o.threshold_position = pos;
            variants.push((format!("stack {stack} pos {pos}"), o));
        }
    }
    for (name, o) in variants {
        let t = std::time::Instant::now();
        let m = DetectorModel::train(&train, &o).unwrap();
        let secs = t.elapsed().as_secs_f64();
        let mut line = format!("{name:<18} train {secs:.2}s thr {:.3}", m.threshold());
        for (p, test) in &tests {
            let r = evaluate_model(&m, test).unwrap();
            let b = &r.metrics.binary;
            line += &format!(
                " | {} P {:.3} R {:.3} F0.5 {:.3} AP {:.3}",
                p.rsplit('/').next().unwrap_or(p),
                b.precision,
                b.recall,
                b.f05,
                r.metrics.pr_auc
            );
        }
        println!("{line}");
    }
}
