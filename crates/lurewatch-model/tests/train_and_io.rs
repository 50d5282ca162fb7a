//! End-to-end: train on generated conversations with a clear signal,
//! calibration bounds, save/load bit-identity, corrupt files, snapshot.

use lurewatch_model::corpus::{Conversation, Message};
use lurewatch_model::pipeline::{FitConfig, evaluate, fit};
use lurewatch_model::{FeatureConfig, LinearModel, ModelError, ModelKind, TrainConfig};

const RISKY: &[&str] = &[
    "can you send me a pic",
    "don't tell your parents about us",
    "job in dubai, ticket paid",
    "add me on the other app",
    "is this your phone or your moms",
    "i can pay for your bus ticket",
];
const BENIGN: &[&str] = &[
    "see you at practice",
    "did you finish the homework",
    "mom says dinner at six",
    "the match was great",
    "can you bring the ball",
    "lol that video was funny",
];
const SMALL: &[&str] = &["hey", "how was your day", "ok", "haha", "cool"];

/// Deterministic generated corpus: positives mix small talk with risky
/// lines (coded), negatives only benign and small talk.
fn corpus(n: usize, seed: u64) -> Vec<Conversation> {
    let mut x = seed;
    let mut next = move |k: usize| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((x >> 33) as usize) % k
    };
    (0..n)
        .map(|i| {
            let label = i % 3 == 0;
            let (a, b) = (format!("s{seed}_{i}a"), format!("s{seed}_{i}b"));
            let len = 3 + next(6);
            let messages = (0..len)
                .map(|j| {
                    let risky = label && j >= 1 && next(2) == 0;
                    let text = if risky {
                        RISKY[next(RISKY.len())]
                    } else if next(2) == 0 {
                        BENIGN[next(BENIGN.len())]
                    } else {
                        SMALL[next(SMALL.len())]
                    };
                    let (s, r) = if j % 2 == 0 { (&a, &b) } else { (&b, &a) };
                    Message {
                        sender: s.clone(),
                        recipient: Some(r.clone()),
                        ts: Some(1_700_000_000 + j as i64 * 60),
                        text: text.to_string(),
                        codes: if risky { vec!["x".into()] } else { vec![] },
                    }
                })
                .collect::<Vec<_>>();
            let mut c = Conversation {
                id: format!("c{seed}_{i}"),
                label: Some(label),
                codes: vec![],
                lang: Some("en".into()),
                messages,
            };
            // Guarantee every positive has a risky message.
            if label && !c.has_message_codes() {
                let m = c.messages.last_mut().unwrap();
                m.text = RISKY[0].into();
                m.codes = vec!["x".into()];
            }
            c
        })
        .collect()
}

fn small_cfg(kind: ModelKind) -> FitConfig {
    FitConfig {
        kind,
        features: FeatureConfig {
            bucket_bits: 14,
            ..FeatureConfig::default()
        },
        vocab_buckets: 500,
        ..FitConfig::default()
    }
}

#[test]
fn learns_the_signal_and_is_calibrated() {
    let train = corpus(600, 1);
    let test = corpus(300, 2);
    for kind in [
        ModelKind::Message,
        ModelKind::Window { messages: 0 },
        ModelKind::Window { messages: 4 },
    ] {
        let model = fit(&train, &small_cfg(kind), None).unwrap();
        let ev = evaluate(&model, &test, None, 10.0).unwrap();
        let m = &ev.metrics;
        assert!(m.pr_auc > 0.95, "{kind:?}: {m:?}");
        assert!(m.binary.f05 > 0.9, "{kind:?}: {m:?}");
        assert!(m.ece < 0.2, "{kind:?}: {m:?}");
        let mut s = model.scorer();
        let p_risky = s.score("don't tell your parents about us", &[]).unwrap();
        let p_benign = s.score("see you at practice", &[]).unwrap();
        assert!(p_risky > 0.5 && p_risky < 1.0, "{kind:?} {p_risky}");
        assert!(p_benign < 0.5 && p_benign > 0.0, "{kind:?} {p_benign}");
    }
}

#[test]
fn explanations_name_the_ngrams() {
    let model = fit(&corpus(600, 1), &small_cfg(ModelKind::Message), None).unwrap();
    let ex = model
        .explain(&["job in dubai, ticket paid"], &[], 5)
        .unwrap();
    assert_eq!(ex.len(), 5);
    assert!(ex[0].contribution > 0.0);
    assert!(
        ex.windows(2)
            .all(|w| w[0].contribution >= w[1].contribution)
    );
    assert!(
        ex.iter()
            .any(|c| c.feature.contains("dubai") || c.feature.contains("ticket")),
        "{ex:?}"
    );
    for c in &ex {
        assert!((c.weight * c.value - c.contribution).abs() < 1e-6);
    }
    let top = model.top_weights(10);
    assert!(!top.is_empty());
    assert!(
        top.iter().all(|(n, _)| !n.starts_with("bucket:")),
        "{top:?}"
    );
}

#[test]
fn extras_are_used_and_checked() {
    let train = corpus(600, 1);
    let cfg = FitConfig {
        features: FeatureConfig {
            bucket_bits: 12,
            word_ngram_max: 1,
            char_ngram_min: 0,
            char_ngram_max: 0,
            extra_names: vec!["risky_len".into()],
            ..FeatureConfig::default()
        },
        kind: ModelKind::Message,
        ..FitConfig::default()
    };
    let extras = |c: &Conversation, i: usize, out: &mut Vec<(u32, f32)>| {
        if !c.messages[i].codes.is_empty() {
            out.push((0, 1.0));
        }
    };
    let model = fit(&train, &cfg, Some(&extras)).unwrap();
    let w = model.weights()[model.meta().features.buckets()];
    assert!(w > 0.5, "extra weight {w}");
    let mut s = model.scorer();
    assert!(s.score("hey", &[(0, 1.0)]).unwrap() > s.score("hey", &[]).unwrap());
    assert!(matches!(
        s.score("hey", &[(1, 1.0)]),
        Err(ModelError::ExtraOutOfRange { .. })
    ));
}

#[test]
fn save_load_is_bit_identical_and_corruption_is_caught() {
    let mut model = fit(&corpus(300, 1), &small_cfg(ModelKind::Message), None).unwrap();
    model.meta_mut().training_data_sha256 = Some("00".repeat(32));
    let dir = tempfile::tempdir().unwrap();
    model.save(dir.path()).unwrap();
    let loaded = LinearModel::load(dir.path()).unwrap();
    assert_eq!(loaded, model);
    let (mut a, mut b) = (model.scorer(), loaded.scorer());
    for t in RISKY.iter().chain(BENIGN).chain(SMALL) {
        assert_eq!(
            a.score(t, &[]).unwrap().to_bits(),
            b.score(t, &[]).unwrap().to_bits()
        );
    }

    // Flip one weight byte.
    let wpath = dir.path().join("weights.bin");
    let orig = std::fs::read(&wpath).unwrap();
    let mut bad = orig.clone();
    bad[100] ^= 1;
    std::fs::write(&wpath, &bad).unwrap();
    let e = LinearModel::load(dir.path()).unwrap_err();
    assert!(matches!(e, ModelError::Corrupt { .. }), "{e}");
    // Truncate.
    std::fs::write(&wpath, &orig[..orig.len() - 4]).unwrap();
    assert!(matches!(
        LinearModel::load(dir.path()),
        Err(ModelError::Corrupt { .. })
    ));
    std::fs::write(&wpath, &orig).unwrap();
    assert!(LinearModel::load(dir.path()).is_ok());

    // Metadata that no longer matches the weights (other bucket count).
    let mpath = dir.path().join("model.json");
    let meta = std::fs::read_to_string(&mpath).unwrap();
    std::fs::write(
        &mpath,
        meta.replace("\"bucket_bits\": 14", "\"bucket_bits\": 15"),
    )
    .unwrap();
    assert!(matches!(
        LinearModel::load(dir.path()),
        Err(ModelError::Corrupt { .. })
    ));
    std::fs::write(
        &mpath,
        meta.replace("\"format_version\": 1", "\"format_version\": 99"),
    )
    .unwrap();
    assert!(matches!(
        LinearModel::load(dir.path()),
        Err(ModelError::UnsupportedVersion { found: 99, .. })
    ));
    std::fs::write(&mpath, "{not json").unwrap();
    assert!(matches!(
        LinearModel::load(dir.path()),
        Err(ModelError::Corrupt { .. })
    ));
    std::fs::remove_file(&mpath).unwrap();
    assert!(matches!(
        LinearModel::load(dir.path()),
        Err(ModelError::Io { .. })
    ));
}

#[test]
fn training_is_deterministic() {
    let train = corpus(300, 5);
    let a = fit(&train, &small_cfg(ModelKind::Window { messages: 0 }), None).unwrap();
    let b = fit(&train, &small_cfg(ModelKind::Window { messages: 0 }), None).unwrap();
    assert_eq!(a, b);
}

#[test]
fn model_json_snapshot() {
    // A fixed tiny training set.
    let train = corpus(90, 3);
    let cfg = FitConfig {
        kind: ModelKind::Message,
        features: FeatureConfig {
            bucket_bits: 10,
            ..FeatureConfig::default()
        },
        train: TrainConfig {
            epochs: 2,
            ..TrainConfig::default()
        },
        vocab_buckets: 10,
        ..FitConfig::default()
    };
    let mut model = fit(&train, &cfg, None).unwrap();
    model.meta_mut().training_data_sha256 = Some("tiny-fixed-set".into());
    let dir = tempfile::tempdir().unwrap();
    model.save(dir.path()).unwrap();
    let mut meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("model.json")).unwrap()).unwrap();
    // Floats are rounded and hashes masked so the snapshot is robust to libm
    // last-bit differences; exact bytes are covered by the round-trip test.
    round_floats(&mut meta);
    meta["weights"]["sha256"] = "[sha256]".into();
    meta["vocab"]["sha256"] = "[sha256]".into();
    meta["vocab"]["bytes"] = "[bytes]".into();
    insta::assert_json_snapshot!(meta);
}

fn round_floats(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Number(n) if n.is_f64() => {
            let x = n.as_f64().unwrap();
            *v = serde_json::json!((x * 1000.0).round() / 1000.0);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(round_floats),
        serde_json::Value::Object(o) => o.values_mut().for_each(round_floats),
        _ => {}
    }
}
