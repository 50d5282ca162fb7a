//! `lurewatch audit verify` and `lurewatch audit show` on a real data
//! directory, including one whose audit log was tampered with.

mod common;

use common::run;
use lurewatch_store::{AuditStore, NewAuditEntry, SqliteStore, Store};
use serde_json::json;

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Appends `n` entries to the store in `dir`.
fn seed(dir: &std::path::Path, n: i64) {
    rt().block_on(async {
        let store = SqliteStore::open(dir).await.unwrap();
        store.migrate().await.unwrap();
        for i in 1..=n {
            store
                .append_audit(&NewAuditEntry {
                    actor: if i % 2 == 0 { "alice" } else { "bob" }.into(),
                    action: if i == 3 { "case.decide" } else { "case.view" }.into(),
                    subject: format!("case:{i}"),
                    detail: json!({"decision": "dismiss", "note_chars": i}),
                    ts: 1_777_629_600_000 + i,
                })
                .await
                .unwrap();
        }
        store.close().await;
    });
}

/// Runs raw SQL on the store in `dir`, after removing the append-only
/// triggers (as someone with the database file could).
fn tamper(dir: &std::path::Path, sql: &str) {
    use sqlx::ConnectOptions;
    rt().block_on(async {
        let mut connection = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(dir.join(lurewatch_store::SQLITE_FILE_NAME))
            .connect()
            .await
            .unwrap();
        sqlx::raw_sql("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
            .execute(&mut connection)
            .await
            .unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string()))
            .execute(&mut connection)
            .await
            .unwrap();
        sqlx::Connection::close(connection).await.unwrap();
    });
}

#[test]
fn verify_accepts_an_intact_log_and_names_the_first_broken_entry() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_arg = data.to_str().unwrap();

    let o = run(&["audit", "verify", "--data-dir", data_arg]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("empty"));

    seed(&data, 6);
    let o = run(&["audit", "verify", "--data-dir", data_arg]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("ok: 6 entries; head entry 6 hash "), "{out}");

    // Somebody rewrites what entry 4 recorded.
    tamper(
        &data,
        "UPDATE audit_log SET detail = '{\"decision\":\"confirm\",\"note_chars\":4}' WHERE id = 4",
    );
    let o = run(&["audit", "verify", "--data-dir", data_arg]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("BROKEN at entry 4"), "{out}");
    assert!(out.contains("altered"), "{out}");
    assert!(out.contains("3 entries before it verified"), "{out}");

    let o = run(&["audit", "verify", "--data-dir", data_arg, "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let result: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(result["broken"]["id"], 4);
    assert_eq!(result["broken"]["reason"]["reason"], "hash");
    assert_eq!(result["verified"], 3);
}

#[test]
fn verify_finds_a_removed_entry() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    seed(&data, 5);
    tamper(&data, "DELETE FROM audit_log WHERE id = 2");
    let o = run(&["audit", "verify", "--data-dir", data.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("BROKEN at entry 3"), "{out}");
    assert!(out.contains("expected entry 2"), "{out}");
}

#[test]
fn show_filters_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    seed(&data, 5);
    let o = run(&[
        "audit",
        "show",
        "--data-dir",
        data.to_str().unwrap(),
        "--actor",
        "bob",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ids: Vec<i64> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, vec![5, 3, 1]);
    let o = run(&[
        "audit",
        "show",
        "--data-dir",
        data.to_str().unwrap(),
        "--action",
        "case.decide",
    ]);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["subject"], "case:3");
    assert_eq!(lines[0]["hash"].as_str().unwrap().len(), 64);
}
