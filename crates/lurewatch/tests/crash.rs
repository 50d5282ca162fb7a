//! Kill the server with SIGKILL in the middle of a load, restart it: every
//! event that got a 2xx is there, none twice.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// A minimal HTTP/1.1 client: one request per connection.
fn http(
    port: u16,
    method: &str,
    path: &str,
    key: &str,
    body: &str,
) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(20)))?;
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut out = String::new();
    s.read_to_string(&mut out)?;
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or(std::io::ErrorKind::InvalidData)?;
    let body = out
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

fn start(dir: &Path, port: u16) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lurewatch"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
            dir.to_str().unwrap(),
        ])
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(60) {
        if http(port, "GET", "/healthz", "", "").is_ok_and(|r| r.0 == 200) {
            return child;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not start");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn event(i: usize) -> String {
    format!(
        r#"{{"idempotency_key":"k{i}","type":"message","conversation":"c{}","sender":"u{}","recipients":["v{}"],"text":"message number {i}, see you later"}}"#,
        i % 50,
        i % 50,
        i % 50
    )
}

fn seq_of(body: &str) -> Option<(i64, bool)> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    Some((v["seq"].as_i64()?, v["duplicate"].as_bool()?))
}

#[test]
fn sigkill_mid_load_loses_no_acknowledged_event_and_duplicates_none() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lurewatch"))
        .args([
            "key",
            "create",
            "--name",
            "crash-test",
            "--scope",
            "ingest,review",
            "--data-dir",
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let port = free_port();
    let mut server = start(dir.path(), port);

    const N: usize = 1500;
    let acked: Arc<Mutex<Vec<(usize, i64)>>> = Arc::default();
    let mut clients = Vec::new();
    for c in 0..4 {
        let (acked, key) = (acked.clone(), key.clone());
        clients.push(std::thread::spawn(move || {
            for i in (c..N).step_by(4) {
                match http(port, "POST", "/v1/events", &key, &event(i)) {
                    Ok((200, body)) => {
                        if let Some((seq, _)) = seq_of(&body) {
                            acked.lock().unwrap().push((i, seq));
                        }
                    }
                    _ => return,
                }
            }
        }));
    }
    // Kill once a few hundred events are acknowledged.
    let t = Instant::now();
    while acked.lock().unwrap().len() < 300 && t.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    for c in clients {
        c.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() >= 300,
        "only {} acked before the kill",
        acked.len()
    );
    assert!(acked.len() < N, "the kill came too late to test anything");

    let mut server = start(dir.path(), port);
    // Every acknowledged event is there.
    for &(i, seq) in &acked {
        let (status, body) = http(port, "GET", &format!("/v1/events/{seq}"), &key, "").unwrap();
        assert_eq!(status, 200, "acked event {i} (seq {seq}) lost");
        assert!(
            body.contains(&format!("\"k{i}\"")),
            "seq {seq} holds another event"
        );
    }
    // Re-sending everything: acknowledged ones are duplicates with the same
    // seq; no key is stored twice.
    let mut seqs = std::collections::HashMap::new();
    for i in 0..N {
        let (status, body) = http(port, "POST", "/v1/events", &key, &event(i)).unwrap();
        assert_eq!(status, 200, "{body}");
        let (seq, dup) = seq_of(&body).unwrap();
        if let Some(&(_, s)) = acked.iter().find(|(j, _)| *j == i) {
            assert!(dup, "acked event {i} processed twice");
            assert_eq!(seq, s);
        }
        assert!(seqs.insert(seq, i).is_none(), "two keys share seq {seq}");
    }
    server.kill().unwrap();
    server.wait().unwrap();
}
