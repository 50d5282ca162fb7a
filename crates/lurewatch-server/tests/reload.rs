//! A rule file edited while the service runs is picked up without a
//! restart; a broken edit is refused and the running rules are kept.

use lurewatch_server::config::Config;
use lurewatch_store::{ApiKeyRecord, SqliteStore, Store};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const STRICT: &str = r#"
version = "strict"
[[rule]]
id = "review_everything"
description = "Every message goes to review (test rule)."
condition = 'event.type == "message"'
verdict = "review"
"#;

const LENIENT: &str = r#"
version = "lenient"
[[rule]]
id = "review_nothing"
description = "Never fires (test rule)."
condition = 'event.type == "telepathy"'
verdict = "review"
"#;

async fn post(port: u16, key: &str, body: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let req = format!(
        "POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rules_reload_without_restart() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, STRICT).unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let k = lurewatch_server::auth::generate().unwrap();
    {
        let store = SqliteStore::open(&data).await.unwrap();
        store.migrate().await.unwrap();
        store
            .insert_api_key(&ApiKeyRecord {
                id: k.id.clone(),
                name: "t".into(),
                hash: k.hash.clone(),
                scopes: vec!["ingest".into()],
                created: 0,
                revoked: false,
            })
            .await
            .unwrap();
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = Config {
        listen: format!("127.0.0.1:{port}"),
        data_dir: data,
        rules: Some(rules.clone()),
        ..Config::default()
    };
    tokio::spawn(lurewatch_server::app::serve(config));
    let msg = |i: u32| {
        format!(
            r#"{{"id":"m{i}","type":"message","conversation":"c","sender":"a","recipients":["b"],"text":"hello {i}"}}"#
        )
    };
    let mut first = String::new();
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            first = post(port, &k.key, &msg(1)).await;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(first.contains(r#""verdict":"review""#), "{first}");

    // A broken edit is refused: the strict rules stay.
    std::fs::write(&rules, "version = \"broken\"\n[[rule]]\nid = \"x\"\n").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(2600)).await;
    assert!(
        post(port, &k.key, &msg(2))
            .await
            .contains(r#""verdict":"review""#)
    );

    // A good edit is picked up.
    std::fs::write(&rules, LENIENT).unwrap();
    let mut last = String::new();
    for i in 3..60 {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        last = post(port, &k.key, &msg(i)).await;
        if last.contains(r#""verdict":"allow""#) {
            break;
        }
    }
    assert!(
        last.contains(r#""verdict":"allow""#) && last.contains("lenient"),
        "{last}"
    );
}
