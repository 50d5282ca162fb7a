//! `lurewatch report ncmec` on a real data directory: the dry run prints a
//! schema-valid report (checked with xmllint), queueing stores it once,
//! and bad input gets a clear error.

mod common;

use common::run;
use lurewatch_core::{Decision, EventKind, Signal};
use lurewatch_store::{CaseUpdate, NewEvent, SqliteStore, Store};
use serde_json::json;

const T0: i64 = 1_767_225_600_000;

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn message(sender: &str, recipient: &str, text: &str, ts: i64) -> NewEvent {
    NewEvent {
        dedupe_key: None,
        kind: EventKind::Message,
        actor: sender.into(),
        conversation: Some("conv-1".into()),
        ts,
        received: ts,
        envelope: json!({"type": "message", "conversation": "conv-1", "sender": sender,
                         "recipients": [recipient], "text": text}),
    }
}

/// A case (id 1) of `adult1` approaching `teen1` with recruitment evidence.
fn seed(dir: &std::path::Path, targets: &[&str]) {
    rt().block_on(async {
        let store = SqliteStore::open(dir).await.unwrap();
        store.migrate().await.unwrap();
        let seqs = store
            .append_events(&[
                message("adult1", "teen1", "modelling job, travel paid", T0),
                message("teen1", "adult1", "ok", T0 + 1_000),
            ])
            .await
            .unwrap();
        store
            .record_decision(
                seqs[0].seq(),
                &Decision {
                    signals: vec![Signal::ConversationRisk {
                        conversation: "conv-1".into(),
                        score: 0.9,
                        flagged: true,
                        codes: vec!["job_offer".into(), "travel_meet".into()],
                        evidence: vec![],
                        suspected_sender: Some("adult1".into()),
                    }],
                    ..Decision::default()
                },
            )
            .await
            .unwrap();
        store
            .upsert_case(&CaseUpdate {
                subject: "adult1".into(),
                queue: "child_safety".into(),
                priority: 10,
                event_seq: seqs[0].seq(),
                targets: targets.iter().map(|t| t.to_string()).collect(),
                child_safety: true,
                now: T0,
            })
            .await
            .unwrap();
        store.close().await;
    });
}

fn config(dir: &std::path::Path, with_reporter: bool) -> std::path::PathBuf {
    let path = dir.join(if with_reporter {
        "with.toml"
    } else {
        "without.toml"
    });
    let reporter = if with_reporter {
        "[ncmec.reporter]\nfirst_name = \"Trust\"\nlast_name = \"Safety\"\nemail = \"reports@chat.example\"\n"
    } else {
        ""
    };
    std::fs::write(
        &path,
        format!("[ncmec]\nplatform = \"ExampleChat\"\nusername = \"esp\"\n{reporter}"),
    )
    .unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn dry_run_prints_a_schema_valid_text_only_report() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    seed(&data, &["teen1"]);
    let cfg = config(dir.path(), true);
    let out = run(&[
        "report",
        "ncmec",
        "--case",
        "1",
        "--dry-run",
        "--data-dir",
        data.to_str().unwrap(),
        "--config",
        cfg.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let xml = text(&out.stdout);
    assert!(
        xml.contains("<incidentType>Child Sex Trafficking</incidentType>"),
        "{xml}"
    );
    assert!(xml.contains("<chatImIncident>"));
    assert!(xml.contains("<espIdentifier>teen1</espIdentifier>"));
    lurewatch_ncmec::standin::xmllint_validate(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert!(text(&out.stderr).contains("chat-log-1-conv-1.csv"));

    // The dry run stored nothing: queueing now creates the report, once.
    let args = [
        "report",
        "ncmec",
        "--case",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--config",
        cfg.to_str().unwrap(),
    ];
    let out = run(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("queued"),
        "{}",
        text(&out.stdout)
    );
    let again = run(&args);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already has an NCMEC report"),
        "{}",
        text(&again.stderr)
    );

    let list = run(&["report", "list", "--data-dir", data.to_str().unwrap()]);
    assert!(list.status.success());
    assert!(
        text(&list.stdout).contains("queued"),
        "{}",
        text(&list.stdout)
    );
    let retract = run(&[
        "report",
        "retract",
        "--id",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(retract.status.success(), "{}", text(&retract.stderr));
    assert!(text(&retract.stdout).contains("retracted"));
}

#[test]
fn bad_input_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    seed(&data, &[]);
    let with = config(dir.path(), true);
    let d = data.to_str().unwrap();
    // No victims.
    let out = run(&[
        "report",
        "ncmec",
        "--case",
        "1",
        "--dry-run",
        "--data-dir",
        d,
        "--config",
        with.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no victims"),
        "{}",
        text(&out.stderr)
    );
    // ... unless asked for explicitly.
    let out = run(&[
        "report",
        "ncmec",
        "--case",
        "1",
        "--dry-run",
        "--allow-no-victims",
        "--data-dir",
        d,
        "--config",
        with.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // No reporter configured.
    let without = config(dir.path(), false);
    let out = run(&[
        "report",
        "ncmec",
        "--case",
        "1",
        "--dry-run",
        "--allow-no-victims",
        "--data-dir",
        d,
        "--config",
        without.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("[ncmec.reporter] first_name"),
        "{}",
        text(&out.stderr)
    );
    // Unknown case, unknown incident type.
    let out = run(&[
        "report",
        "ncmec",
        "--case",
        "77",
        "--dry-run",
        "--data-dir",
        d,
        "--config",
        with.to_str().unwrap(),
    ]);
    assert!(
        text(&out.stderr).contains("case 77 does not exist"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&[
        "report",
        "ncmec",
        "--case",
        "1",
        "--dry-run",
        "--incident-type",
        "nope",
        "--data-dir",
        d,
        "--config",
        with.to_str().unwrap(),
    ]);
    assert!(
        text(&out.stderr).contains("unknown incident type"),
        "{}",
        text(&out.stderr)
    );
}
