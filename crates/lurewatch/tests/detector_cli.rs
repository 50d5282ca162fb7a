//! `lurewatch train`, `eval` and `scan` end to end, including hostile input.

mod common;

use std::process::Output;

use common::run;

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `lurewatch scan` (shipped model) of the given JSONL lines: its output lines.
fn scan_lines(jsonl: &[&str]) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.jsonl");
    std::fs::write(
        &file,
        jsonl.iter().map(|l| format!("{l}\n")).collect::<String>(),
    )
    .unwrap();
    let o = run(&["scan", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    lines(&o)
}

#[test]
fn scan_with_the_shipped_model_reports_conversations_then_accounts() {
    let out = scan_lines(&[
        r#"{"id":"r1","messages":[{"sender":"x","recipient":"k","text":"hey gorgeous u could be a model"},{"sender":"k","recipient":"x","text":"lol thanks im 15"},{"sender":"x","recipient":"k","text":"i can get u a modelling job in miami, ticket paid, easy money"},{"sender":"x","recipient":"k","text":"add me on snap, dont tell ur parents ok"}]}"#,
        r#"{"id":"b1","messages":[{"sender":"coach","recipient":"k2","text":"practice moved to 5pm tomorrow, bring your cleats"},{"sender":"k2","recipient":"coach","text":"ok coach see u there"}]}"#,
    ]);
    assert_eq!(out[0]["id"], "r1");
    assert_eq!(out[0]["flagged"], true);
    assert!(out[0]["first_flagged_message"].as_u64().unwrap() <= 3);
    let codes: Vec<&str> = out[0]["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    for want in ["job_offer", "off_platform", "secrecy"] {
        assert!(codes.contains(&want), "{codes:?}");
    }
    // Evidence offsets point into the original message text.
    let texts = [
        "hey gorgeous u could be a model",
        "lol thanks im 15",
        "i can get u a modelling job in miami, ticket paid, easy money",
        "add me on snap, dont tell ur parents ok",
    ];
    for e in out[0]["evidence"].as_array().unwrap() {
        let t = texts[e["message"].as_u64().unwrap() as usize];
        let (s, en) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert!(s < en && en <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(en));
    }
    assert_eq!(out[1]["id"], "b1");
    assert_eq!(out[1]["flagged"], false);
    assert!(out[1]["score"].as_f64().unwrap() < 0.5);
    assert_eq!(out[2]["account"], "x");
    assert_eq!(out[2]["flagged"], true);
}

/// Chat-room openings ("asl", a/s/l answers) between adults are no evidence;
/// the same opening between a stated child and a stated adult who then asks
/// who is home and for secrecy is, and the adult is the suspect although the
/// child's reply carries cues too. (The shipped model of the morning of
/// 2026-12-06 flagged the adults at their first message.)
#[test]
fn chat_room_openings_are_no_evidence_but_an_age_gap_is() {
    let out = scan_lines(&[
        r#"{"id":"adults","messages":[{"sender":"p","text":"asl"},{"sender":"q","text":"24 f"},{"sender":"p","text":"27 m chicago"},{"sender":"q","text":"what do u do"},{"sender":"p","text":"teacher, u?"},{"sender":"q","text":"nurse"},{"sender":"p","text":"got snap?"},{"sender":"q","text":"ya same name"}]}"#,
        r#"{"id":"gap","messages":[{"sender":"g","text":"asl"},{"sender":"k","text":"13/f/ohio"},{"sender":"g","text":"31 m"},{"sender":"g","text":"r ur parents home?"},{"sender":"k","text":"no at work, r ur parents home too lol, i never tell them anything"},{"sender":"g","text":"dont tell them about me ok"},{"sender":"k","text":"ok"},{"sender":"g","text":"add me on snap"}]}"#,
    ]);
    assert_eq!(out[0]["id"], "adults");
    assert_eq!(out[0]["flagged"], false, "{}", out[0]);
    assert_eq!(out[1]["id"], "gap");
    assert_eq!(out[1]["flagged"], true, "{}", out[1]);
    assert_eq!(out[1]["suspected_sender"], "g");
    let features: Vec<&str> = out[1]["top_features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap())
        .collect();
    // The stated ages are among the reasons.
    assert!(
        features.iter().any(|f| matches!(
            *f,
            "conv:age_gap" | "conv:age_gap_contact" | "conv:adult_and_minor"
        )),
        "{features:?}"
    );
}

#[test]
fn a_group_chat_is_read_per_participant_not_pooled() {
    // A game lobby: a groomer and a child between two other exchanges.
    // A class group chat whose recipients are named: a 13-year-old talks
    // homework with a friend, two adults swap Snapchat names, a friend
    // asks whether the other's parents are home for a charger. Pooled into
    // one conversation, the child's age, the adult's and the handle made
    // an "age gap with a contact" no one had (flagged at 0.94).
    let out = scan_lines(&[
        r#"{"id":"lobby","messages":[{"sender":"g","text":"hey how old r u"},{"sender":"x","text":"did u finish the maths homework"},{"sender":"k","text":"13"},{"sender":"y","text":"ya question 4 was hard"},{"sender":"g","text":"im 26. ur really mature for ur age"},{"sender":"m","text":"did u see the match last night"},{"sender":"k","text":"thx"},{"sender":"n","text":"ya what a goal"},{"sender":"g","text":"r ur parents home rn?"},{"sender":"x","text":"i got 12 for question 4"},{"sender":"k","text":"no they work late"},{"sender":"y","text":"same"},{"sender":"g","text":"dont tell them about me ok, add me on snap"},{"sender":"m","text":"ref was blind lol"},{"sender":"k","text":"ok"},{"sender":"n","text":"haha true"}]}"#,
        r#"{"id":"class","messages":[{"sender":"t","recipient":"k","text":"did u finish the maths homework"},{"sender":"k","recipient":"t","text":"ya im 13 and its still too hard lol"},{"sender":"a","recipient":"b","text":"im 35, just moved here"},{"sender":"b","recipient":"a","text":"welcome! add me on snap, same name"},{"sender":"c","recipient":"d","text":"are your parents home? i left my charger at yours"},{"sender":"d","recipient":"c","text":"ya mom is home, come get it"},{"sender":"a","recipient":"b","text":"thanks, see u at the gym"},{"sender":"t","recipient":"k","text":"question 4 was the worst"}]}"#,
    ]);
    assert_eq!(out[0]["id"], "lobby");
    assert_eq!(out[0]["flagged"], true, "{}", out[0]);
    assert_eq!(out[0]["suspected_sender"], "g");
    // Evidence indices are the lobby's own message numbers.
    let evidence = out[0]["evidence"].as_array().unwrap();
    assert!(evidence.iter().any(|e| e["message"] == 12), "{evidence:?}");
    assert!(
        evidence
            .iter()
            .all(|e| [0, 2, 4, 6, 8, 10, 12, 14].contains(&e["message"].as_u64().unwrap())),
        "{evidence:?}"
    );
    assert_eq!(out[1]["id"], "class");
    assert_eq!(out[1]["flagged"], false, "{}", out[1]);
}

#[test]
fn logs_without_recipients_still_count_whom_an_account_contacts() {
    // Chat-room logs and many exports name no recipient: the person a
    // message answers stands in, so one adult sending the same opener to
    // three children who state their ages is seen working three minors.
    let out = scan_lines(&[
        r#"{"id":"dm0","messages":[{"sender":"g","text":"hey how old r u"},{"sender":"k1","text":"im 13"},{"sender":"g","text":"im 29, ur really cute for ur age"},{"sender":"k1","text":"lol thx"},{"sender":"g","text":"add me on snap, its more private"},{"sender":"k1","text":"ok"}]}"#,
        r#"{"id":"dm1","messages":[{"sender":"g","text":"hey how old r u"},{"sender":"k2","text":"im 14"},{"sender":"g","text":"im 29, ur really cute for ur age"},{"sender":"k2","text":"lol thx"},{"sender":"g","text":"add me on snap, its more private"},{"sender":"k2","text":"ok"}]}"#,
        r#"{"id":"dm2","messages":[{"sender":"g","text":"hey how old r u"},{"sender":"k3","text":"im 12"},{"sender":"g","text":"im 29, ur really cute for ur age"},{"sender":"k3","text":"lol thx"},{"sender":"g","text":"add me on snap, its more private"},{"sender":"k3","text":"ok"}]}"#,
    ]);
    let g = out
        .iter()
        .find(|l| l["account"] == "g")
        .expect("account line");
    assert!(g["minors_contacted"].as_u64().unwrap() >= 3, "{g}");
    assert!(g["script_reuse"].as_u64().unwrap() >= 3, "{g}");
    assert!(
        g["off_platform_conversations"].as_u64().unwrap() >= 3,
        "{g}"
    );
    assert!(g["adult_minor_conversations"].as_u64().unwrap() >= 3, "{g}");
}

#[test]
fn hostile_lines_are_reported_and_the_rest_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.jsonl");
    let big = "a".repeat(1 << 20);
    let mut data = Vec::new();
    data.extend_from_slice(br#"{"id":"ok1","messages":[{"sender":"a","text":"hi there"}]}"#);
    data.push(b'\n');
    data.extend_from_slice(
        b"{\"id\":\"bad-utf8\",\"messages\":[{\"sender\":\"a\",\"text\":\"\xff\xfe\"}]}\n",
    );
    data.extend_from_slice(b"this is not json\n");
    data.extend_from_slice(br#"{"id":"no-messages"}"#);
    data.push(b'\n');
    data.extend_from_slice(br#"{"id":"wrong-type","messages":[{"sender":7,"text":"x"}]}"#);
    data.push(b'\n');
    data.extend_from_slice(
        format!(r#"{{"id":"huge","messages":[{{"sender":"a","text":"{big}"}}]}}"#).as_bytes(),
    );
    data.push(b'\n');
    data.extend_from_slice(br#"{"id":"empty","messages":[]}"#);
    data.push(b'\n');
    // Bidi override, zero-width joiner inside a word, control characters.
    data.extend_from_slice(
        "{\"id\":\"hostile\",\"messages\":[{\"sender\":\"a\",\"text\":\"add me on sn\\u200dap \\u202e pls \\u0007\"}]}\n".as_bytes(),
    );
    std::fs::write(&file, data).unwrap();
    let o = run(&["scan", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "bad lines make the exit code 1");
    let err = String::from_utf8_lossy(&o.stderr);
    for line in [":2:", ":3:", ":4:", ":5:"] {
        assert!(err.contains(line), "{line} missing in {err}");
    }
    let ids: Vec<String> = lines(&o)
        .iter()
        .filter_map(|v| v["id"].as_str().map(String::from))
        .collect();
    assert!(ids.contains(&"ok1".to_string()));
    assert!(
        ids.contains(&"huge".to_string()),
        "a 1 MB message is scanned: {ids:?}"
    );
    assert!(ids.contains(&"empty".to_string()));
    let hostile = lines(&o)
        .into_iter()
        .find(|v| v["id"] == "hostile")
        .unwrap();
    assert!(
        hostile["codes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "off_platform"),
        "{hostile}"
    );
}

#[test]
fn train_then_eval_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    let o = run(&[
        "train",
        "--data",
        "data/corpus/adversarial.jsonl",
        "--data",
        "data/corpus/dev.jsonl",
        "--out",
        model.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(model.join("detector.json").is_file());
    let o = run(&[
        "eval",
        "--json",
        "--data",
        "data/corpus/dev.jsonl",
        "--model",
        model.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for key in ["precision", "recall", "f1", "f05"] {
        let x = v["metrics"]["binary"][key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x), "{key} {x}");
    }
    assert!(v["metrics"]["pr_auc"].as_f64().unwrap() > 0.5);
    assert!(v["messages_per_second"].as_f64().unwrap() > 0.0);
    // A corrupt model directory is a clear error, not a panic.
    std::fs::write(model.join("message/weights.bin"), b"garbage").unwrap();
    let o = run(&[
        "scan",
        "--model",
        model.to_str().unwrap(),
        "data/corpus/dev.jsonl",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot load model"));
}

#[test]
fn cross_validation_runs() {
    let o = run(&[
        "eval",
        "--json",
        "--folds",
        "3",
        "--data",
        "data/corpus/adversarial.jsonl",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["folds"], 3);
    assert_eq!(v["conversations"], 99);
}

#[test]
fn account_report_carries_behaviour_across_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fan.jsonl");
    let mut text = String::new();
    for (i, (name, city)) in [
        ("ana", "lisbon"),
        ("bea", "porto"),
        ("cat", "madrid"),
        ("dia", "paris"),
        ("eva", "rome"),
    ]
    .iter()
    .enumerate()
    {
        let conv = serde_json::json!({"id": format!("f{i}"), "messages": [
            {"sender": "scout", "recipient": format!("teen{i}"), "text": format!("hi {name}! i run a modelling agency in {city}, we pay 900 a week, travel paid")},
            {"sender": format!("teen{i}"), "recipient": "scout", "text": format!("really? im {}", 13 + i % 3)},
            {"sender": "scout", "recipient": format!("teen{i}"), "text": "add me on telegram so we can talk privately"},
        ]});
        text.push_str(&conv.to_string());
        text.push('\n');
    }
    std::fs::write(&file, text).unwrap();
    let o = run(&["scan", file.to_str().unwrap()]);
    assert!(o.status.success());
    let scout = lines(&o)
        .into_iter()
        .find(|v| v["account"] == "scout")
        .unwrap();
    assert_eq!(scout["flagged"], true);
    assert_eq!(scout["minors_contacted"], 5);
    assert!(scout["script_reuse"].as_u64().unwrap() >= 4, "{scout}");
    assert_eq!(scout["off_platform_conversations"], 5);
    assert_eq!(scout["targets"].as_array().unwrap().len(), 5);
    let reasons = scout["reasons"].to_string();
    assert!(reasons.contains("minors"), "{reasons}");
    // Reasons never quote message text.
    assert!(!reasons.contains("telegram so we can talk"), "{reasons}");
}

#[test]
fn calibrate_moves_scores_and_threshold_but_no_decision() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("recal");
    let o = run(&[
        "calibrate",
        "--data",
        "data/corpus/adversarial.jsonl",
        "--smoothing",
        "0.05",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let r = &v["recalibration"];
    assert_eq!(r["conversations"], 99);
    assert_ne!(r["threshold"], r["old_threshold"]);
    let flags = |model: Option<&str>| -> Vec<(bool, serde_json::Value)> {
        let mut args = vec!["scan"];
        if let Some(m) = model {
            args.extend(["--model", m]);
        }
        args.push("data/corpus/probe.jsonl");
        let o = run(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        lines(&o)
            .into_iter()
            .filter(|l| l.get("first_flagged_message").is_some())
            .map(|l| {
                (
                    l["flagged"].as_bool().unwrap(),
                    l["first_flagged_message"].clone(),
                )
            })
            .collect()
    };
    let before = flags(None);
    assert_eq!(before.len(), 28);
    assert_eq!(before, flags(Some(out.to_str().unwrap())));
    // Unlabelled input has nothing to fit on: a clear error.
    let unlabelled = dir.path().join("u.jsonl");
    std::fs::write(
        &unlabelled,
        r#"{"id":"x","messages":[{"sender":"a","text":"hi"}]}"#,
    )
    .unwrap();
    let o = run(&[
        "calibrate",
        "--data",
        unlabelled.to_str().unwrap(),
        "--out",
        dir.path().join("bad").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("both classes"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_closed_output_pipe_ends_eval_quietly() {
    // `lurewatch eval … | head -1`: the reader is gone before the report is
    // written; the command ends without a panic and without an error.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lurewatch"))
        .args([
            "eval",
            "--data",
            "data/corpus/probe.jsonl",
            "--model",
            "models/default",
        ])
        .current_dir(common::root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(o.status.code(), Some(0), "{stderr}");
}

/// `lurewatch train ARGS --out DIR/NAME`, which must succeed; the model's directory.
fn train_into(dir: &std::path::Path, args: &[&str], name: &str) -> std::path::PathBuf {
    let out = dir.join(name);
    let mut a = vec!["train"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--out", out.to_str().unwrap()]);
    let o = run(&a);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

/// Several files after one `--data`, or the flag repeated, in any order:
/// the same model (files are read in path order, so a shell's glob order
/// cannot change it).
#[test]
fn train_reads_its_files_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let train = |args: &[&str], name: &str| {
        let out = train_into(dir.path(), args, name);
        std::fs::read(out.join("conversation/weights.bin")).unwrap()
    };
    let one_flag = train(
        &[
            "--data",
            "data/corpus/probe.jsonl",
            "data/corpus/probe2.jsonl",
        ],
        "a",
    );
    let reversed = train(
        &[
            "--data",
            "data/corpus/probe2.jsonl",
            "--data",
            "data/corpus/probe.jsonl",
        ],
        "b",
    );
    assert_eq!(one_flag, reversed);
}

/// `--tune-data` files are trained on and alone choose the threshold; a
/// file given to both flags counts once, as tune data.
#[test]
fn tune_data_chooses_the_threshold_and_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let train = |args: &[&str], name: &str| {
        let out = train_into(dir.path(), args, name);
        let meta: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("detector.json")).unwrap()).unwrap();
        (
            meta["threshold"].as_f64().unwrap(),
            meta["conversations"].as_u64().unwrap(),
            std::fs::read(out.join("conversation/weights.bin")).unwrap(),
        )
    };
    let (a, b) = ("data/corpus/adversarial.jsonl", "data/corpus/probe.jsonl");
    let plain = train(&["--data", a, b], "plain");
    let tuned = train(&["--data", a, "--tune-data", b], "tuned");
    let both = train(&["--data", a, b, "--tune-data", b], "both");
    assert_eq!(tuned, both);
    assert_eq!(tuned.1, plain.1);
    assert_ne!(tuned.0, plain.0);
}
