//! Part two of `lurewatch demo`: the service on the embedded store, with
//! the demo data streamed through its HTTP API (in process, no port).

use std::path::Path;

use anyhow::{Context, Result};
use axum::body::Body;
use axum::http::Request;
use base64::Engine as _;
use lurewatch_store::{ApiKeyRecord, CaseFilter};
use tower::ServiceExt;

struct Api {
    router: axum::Router,
    key: String,
}

impl Api {
    async fn call(
        &self,
        method: &str,
        uri: &str,
        body: String,
    ) -> Result<(u16, serde_json::Value)> {
        let req = Request::builder()
            .method(method)
            .uri(uri)
            .header("authorization", format!("Bearer {}", self.key))
            .header("content-type", "application/json")
            .body(Body::from(body))?;
        let resp = self.router.clone().oneshot(req).await?;
        let status = resp.status().as_u16();
        let bytes = axum::body::to_bytes(resp.into_body(), 64 << 20).await?;
        Ok((
            status,
            serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
        ))
    }
}

/// Streams the demo through a fresh service in `data_dir` and prints what happened.
pub async fn run(demo: &Path, data_dir: &Path) -> Result<()> {
    let _ = std::fs::remove_dir_all(data_dir);
    let config = lurewatch_server::config::Config {
        data_dir: data_dir.to_path_buf(),
        ..Default::default()
    };
    let state = lurewatch_server::app::build(&config, None)
        .await
        .context("starting the service")?;
    let k = lurewatch_server::auth::generate()?;
    state
        .store
        .insert_api_key(&ApiKeyRecord {
            id: k.id.clone(),
            name: "demo".into(),
            hash: k.hash,
            scopes: vec!["admin".into()],
            created: lurewatch_server::pipeline::now_ms(),
            revoked: false,
        })
        .await?;
    let api = Api {
        router: lurewatch_server::server::router(state.clone(), config.max_body_bytes),
        key: k.key.clone(),
    };

    println!(
        "\n4. The service on the embedded store ({}), fed through its HTTP API:\n",
        data_dir.display()
    );
    // A stand-in for a known-abuse list: the demo's benign test patterns, in a
    // bank named CSAM_DEMO so the default child-safety rule applies to it.
    api.call("POST", "/v1/banks", r#"{"name":"CSAM_DEMO"}"#.into())
        .await?;
    let bank = std::fs::read_to_string(demo.join("bank/demo-known.csv"))?;
    let (_, r) = api
        .call(
            "POST",
            "/v1/banks/CSAM_DEMO/entries?format=csv&source=demo",
            bank,
        )
        .await?;
    println!(
        "   bank CSAM_DEMO (benign stand-ins): {} entries imported",
        r["inserted"]
    );

    let mut verdicts: std::collections::BTreeMap<String, usize> = Default::default();
    let mut tally = |v: &serde_json::Value| {
        let verdict = v["decision"]["verdict"].as_str().unwrap_or("?").to_string();
        *verdicts.entry(verdict).or_default() += 1;
    };
    // Profiles: declared ages the rules can use.
    for (account, age) in [
        ("mia_2011", 13),
        ("lena.k", 19),
        ("jay_14", 14),
        ("sam_14", 14),
    ] {
        let (_, v) = api
            .call(
                "POST",
                "/v1/events",
                format!(r#"{{"type":"profile","account":"{account}","declared_age":{age}}}"#),
            )
            .await?;
        tally(&v);
    }
    // Conversations, message by message.
    println!(
        "\n   {:<26} {:>8}  {:<8}  codes",
        "conversation", "messages", "verdict"
    );
    let mut files: Vec<_> = std::fs::read_dir(demo.join("conversations"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for f in files {
        for line in std::fs::read_to_string(&f)?
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let conv: serde_json::Value = serde_json::from_str(line)?;
            let id = conv["id"].as_str().unwrap_or("?");
            let msgs = conv["messages"].as_array().cloned().unwrap_or_default();
            let mut worst = String::from("allow");
            let mut codes = Vec::new();
            for (i, m) in msgs.iter().enumerate() {
                let ev = serde_json::json!({
                    "id": format!("{id}-{i}"), "type": "message", "conversation": id,
                    "sender": m["sender"], "recipients": [m["recipient"]], "text": m["text"],
                });
                let (_, v) = api.call("POST", "/v1/events", ev.to_string()).await?;
                tally(&v);
                let verdict = v["decision"]["verdict"]
                    .as_str()
                    .unwrap_or("allow")
                    .to_string();
                if severity(&verdict) > severity(&worst) {
                    worst = verdict;
                }
                if let Some(sigs) = v["decision"]["signals"].as_array() {
                    for s in sigs.iter().filter(|s| s["kind"] == "conversation_risk") {
                        codes = s["codes"].as_array().cloned().unwrap_or_default();
                    }
                }
            }
            let codes: Vec<&str> = codes.iter().filter_map(|c| c.as_str()).collect();
            println!(
                "   {id:<26} {:>8}  {worst:<8}  {}",
                msgs.len(),
                codes.join(", ")
            );
        }
    }
    // Media uploads: the demo images, inline.
    let mut blocked = 0;
    let mut images: Vec<_> = std::fs::read_dir(demo.join("images"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    images.sort();
    for (i, p) in images.iter().enumerate() {
        let b64 = base64::engine::general_purpose::STANDARD.encode(std::fs::read(p)?);
        let ev = serde_json::json!({"type": "media", "account": "uploader_77", "media": {"media_id": format!("img{i}"), "content_base64": b64}});
        let (_, v) = api.call("POST", "/v1/events", ev.to_string()).await?;
        tally(&v);
        if v["decision"]["verdict"] == "block" {
            blocked += 1;
        }
    }
    println!(
        "\n   {} image uploads: {blocked} blocked as known-image matches (rotated, mirrored, resized or recompressed copies)",
        images.len()
    );
    let summary: Vec<String> = verdicts.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!("   decisions: {}", summary.join(", "));

    lurewatch_server::pipeline::flush_effects(&state.shared.effects).await;
    let cases = state
        .store
        .cases(&CaseFilter {
            limit: 20,
            ..Default::default()
        })
        .await?;
    println!("\n   open cases (one per suspected offender):");
    for c in &cases {
        println!(
            "   #{:<3} {:<18} queue {:<20} priority {:>3}{}  events {}  targets {}",
            c.id.0,
            c.subject,
            c.queue,
            c.priority,
            if c.child_safety { "  child-safety" } else { "" },
            c.events,
            c.targets
        );
    }
    let jobs = state.store.due_jobs(i64::MAX, 1000).await?;
    let ncmec = jobs.iter().filter(|j| j.kind == "ncmec_report").count();
    println!(
        "   NCMEC CyberTipline reports queued: {ncmec}; webhooks queued: {}",
        jobs.len() - ncmec
    );
    // A console account for the demo store only: an admin (sees every
    // queue, child-safety cases included) with a fresh random password.
    let password = lurewatch_server::auth::generate()?
        .key
        .rsplit('_')
        .next()
        .unwrap_or_default()
        .to_string();
    state
        .store
        .create_user(&lurewatch_store::NewUser {
            name: "demo-admin".into(),
            password_hash: lurewatch_console::auth::hash_password(&password)
                .map_err(|e| anyhow::anyhow!("{e}"))?,
            role: lurewatch_store::Role::Admin,
            queues: Vec::new(),
            created: lurewatch_server::pipeline::now_ms(),
        })
        .await?;
    println!(
        "\nWhere to look: `lurewatch serve --data-dir {}` serves this store.",
        data_dir.display()
    );
    println!(
        "   Review console: http://127.0.0.1:8080/console — user demo-admin, password {password} (this demo store only)."
    );
    println!(
        "   API: `lurewatch key create --name me --scope review --data-dir {}`, then GET /v1/cases, /v1/events/{{seq}}.",
        data_dir.display()
    );
    Ok(())
}

fn severity(v: &str) -> u8 {
    match v {
        "block" => 3,
        "restrict" => 2,
        "review" => 1,
        _ => 0,
    }
}
