//! Train lurewatch's layer-3 model on a train/test split and print the same
//! metrics and timings as `bench/sklearn_baseline.py`, as JSON.
//!
//! ```text
//! cargo run --release -p lurewatch-model --example model_bench -- \
//!     --train data/corpus/train.jsonl --test data/corpus/dev.jsonl
//! ```
//!
//! Options (defaults = the crate defaults): `--bits N` (hash buckets 2^N),
//! `--word N` (0..=2), `--char A-B` (char n-gram range, `0` = none),
//! `--epochs N`, `--lr X`, `--l2 X`, `--optimizer sgd|adagrad`, `--idf P`
//! (idf scaling power, 0 = off), `--folds K` (cross-fitted calibration, 0 =
//! single held-out split), `--refit 0|1`, `--window N` (pair window for the
//! early-warning model, 0 = whole prefix), `--repeat N` (timing repetitions,
//! best is reported), `--name S` (result name), `--save DIR` (write the
//! trained model).
//!
//! Normalisation here is lowercasing only; the real normaliser lives in
//! another crate and is wired in by the CLI.

use std::io::BufReader;
use std::time::Instant;

use lurewatch_model::corpus::{Conversation, ReadLimits, read_jsonl, sha256_hex};
use lurewatch_model::eval::{average_precision, binary_metrics, roc_auc};
use lurewatch_model::pipeline::{FitConfig, WindowRows, build_dataset, evaluate, fit};
use lurewatch_model::{FeatureConfig, FeatureScaling, ModelKind, Optimizer, TrainConfig};
use serde_json::json;

fn load(path: &str) -> Result<Vec<Conversation>, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for r in read_jsonl(BufReader::new(f), ReadLimits::default()) {
        let mut c = r.map_err(|e| format!("{path}: {e}"))?;
        if c.label.is_none() || c.is_empty() {
            continue;
        }
        for m in &mut c.messages {
            m.text = m.text.to_lowercase();
        }
        out.push(c);
    }
    Ok(out)
}

fn arg<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let train_path: String = arg(&args, "--train", String::new());
    let test_path: String = arg(&args, "--test", String::new());
    if train_path.is_empty() || test_path.is_empty() {
        return Err("usage: model_bench --train FILE --test FILE [options]".into());
    }
    let fdef = FeatureConfig::default();
    let chars: String = arg(
        &args,
        "--char",
        format!("{}-{}", fdef.char_ngram_min, fdef.char_ngram_max),
    );
    let (cmin, cmax) = match chars.split_once('-') {
        Some((a, b)) => (a.parse()?, b.parse()?),
        None => (0, 0),
    };
    let features = FeatureConfig {
        bucket_bits: arg(&args, "--bits", fdef.bucket_bits),
        word_ngram_max: arg(&args, "--word", fdef.word_ngram_max),
        char_ngram_min: cmin,
        char_ngram_max: cmax,
        ..FeatureConfig::default()
    };
    let defaults = TrainConfig::default();
    let train_cfg = TrainConfig {
        epochs: arg(&args, "--epochs", defaults.epochs),
        learning_rate: arg(&args, "--lr", defaults.learning_rate),
        l2: arg(&args, "--l2", defaults.l2),
        optimizer: match arg(&args, "--optimizer", String::new()).as_str() {
            "sgd" => Optimizer::Sgd,
            "adagrad" => Optimizer::AdaGrad,
            _ => defaults.optimizer,
        },
        scaling: match arg(&args, "--idf", -1.0f32) {
            0.0 => FeatureScaling::None,
            p if p > 0.0 => FeatureScaling::Idf { power: p },
            _ => defaults.scaling,
        },
        ..defaults
    };
    let fit_defaults = FitConfig::default();
    let repeat: usize = arg(&args, "--repeat", 5usize).max(1);
    let window: u32 = arg(&args, "--window", 0u32);

    let train = load(&train_path)?;
    let test = load(&test_path)?;
    let test_msgs: usize = test.iter().map(|c| c.messages.len()).sum();

    // Conversation-level model (same task as the sklearn baselines).
    let cfg = FitConfig {
        kind: ModelKind::Window { messages: 0 },
        window_rows: WindowRows::FinalOnly,
        features: features.clone(),
        train: train_cfg.clone(),
        vocab_buckets: 0,
        calibration_folds: arg(&args, "--folds", fit_defaults.calibration_folds),
        refit: arg(&args, "--refit", u8::from(fit_defaults.refit)) != 0,
        ..fit_defaults
    };
    let mut best_train = f64::INFINITY;
    let mut model = None;
    for _ in 0..repeat {
        let t = Instant::now();
        let m = fit(&train, &cfg, None)?;
        best_train = best_train.min(t.elapsed().as_secs_f64());
        model = Some(m);
    }
    let mut model = model.expect("repeat >= 1");

    let refs: Vec<&Conversation> = test.iter().collect();
    let mut best_score = f64::INFINITY;
    let mut probs = Vec::new();
    for _ in 0..repeat {
        let t = Instant::now();
        let mut fz = model.featurizer();
        let ds = build_dataset(
            &refs,
            ModelKind::Window { messages: 0 },
            WindowRows::FinalOnly,
            &mut fz,
            None,
        )?;
        probs = model
            .logits_dataset(&ds)
            .into_iter()
            .map(|l| model.probability(l))
            .collect::<Vec<f32>>();
        best_score = best_score.min(t.elapsed().as_secs_f64());
    }
    let labels: Vec<bool> = test.iter().map(|c| c.label == Some(true)).collect();
    let m = binary_metrics(&probs, &labels, model.threshold());

    // Early warning: the same model scored on every conversation prefix.
    let t = Instant::now();
    let ew = evaluate(&model, &test, None, 10.0)?;
    let ew_secs = t.elapsed().as_secs_f64();

    // Optional: a pair-window model trained on windows for early warning.
    let window_report = if window > 0 {
        let wcfg = FitConfig {
            kind: ModelKind::Window { messages: window },
            window_rows: WindowRows::Every { stride: 2 },
            vocab_buckets: 0,
            ..cfg.clone()
        };
        let t = Instant::now();
        let wm = fit(&train, &wcfg, None)?;
        let wt = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let we = evaluate(&wm, &test, None, 10.0)?;
        Some(json!({"window": window, "train_seconds": wt,
            "early_warning_seconds": t.elapsed().as_secs_f64(), "early_warning": we.metrics}))
    } else {
        None
    };

    // Per-message throughput of the scoring hot path (featurise + score).
    let mut scorer = model.scorer();
    let texts: Vec<&str> = test
        .iter()
        .flat_map(|c| c.messages.iter().map(|m| m.text.as_str()))
        .collect();
    let mut sink = 0f32;
    let mut best_msg = f64::INFINITY;
    for _ in 0..repeat {
        let t = Instant::now();
        for s in &texts {
            sink += scorer.logit(s, &[])?;
        }
        best_msg = best_msg.min(t.elapsed().as_secs_f64());
    }
    let mean_bytes = texts.iter().map(|s| s.len()).sum::<usize>() as f64 / texts.len() as f64;

    if let Some(i) = args.iter().position(|a| a == "--save") {
        let dir = args.get(i + 1).ok_or("--save needs a directory")?;
        let mut full = fit(
            &train,
            &FitConfig {
                vocab_buckets: 20_000,
                ..cfg.clone()
            },
            None,
        )?;
        full.meta_mut().training_data_sha256 = Some(sha256_hex(&std::fs::read(&train_path)?));
        full.save(std::path::Path::new(dir))?;
        model = full;
    }

    let out = json!({
        "tool": "lurewatch-model",
        "train_file": train_path,
        "test_file": test_path,
        "train_conversations": train.len(),
        "test_conversations": test.len(),
        "test_messages": test_msgs,
        "level": "conversation",
        "features": model.meta().features,
        "train_config": model.meta().train,
        "threshold": model.threshold(),
        "result": {
            "name": arg(&args, "--name", "lurewatch".to_string()),
            "precision": m.precision, "recall": m.recall, "f1": m.f1, "f05": m.f05,
            "pr_auc": average_precision(&probs, &labels),
            "roc_auc": roc_auc(&probs, &labels),
            "train_seconds": best_train,
            "score_seconds": best_score,
            "test_messages_per_second": test_msgs as f64 / best_score,
            "timing": format!("best of {repeat} runs, single thread; train = the whole fit() (featurise once, calibration models, Platt, threshold); score = featurise + logits + calibration"),
        },
        "early_warning": {
            "metrics": ew.metrics,
            "seconds": ew_secs,
            "messages_per_second": ew.messages as f64 / ew_secs,
        },
        "window_model": window_report,
        "message_hot_path": {
            "messages": texts.len(),
            "mean_bytes": mean_bytes,
            "ns_per_message": best_msg * 1e9 / texts.len() as f64,
            "messages_per_second": texts.len() as f64 / best_msg,
            "checksum": sink,
        },
    });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
