//! The review console in a real browser: starts the real `lurewatch serve`
//! on a temporary data dir and a free port, feeds it benign demo data over
//! the API (a recruitment-like and a grooming-like conversation, profiles,
//! a bank and an image that matches it) so cases exist, creates a reviewer
//! and an admin with `lurewatch user add`, then runs
//! `node e2e/console.test.mjs` (playwright-core driving Debian's
//! `/usr/bin/chromium`) and fails if it fails.
//!
//! Needs `node` and `/usr/bin/chromium` (CI has both). `e2e/node_modules` is
//! installed with `npm ci` when missing. Developers without a browser can
//! set `LUREWATCH_BROWSER_TEST=off` to skip (a note is printed).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// A minimal HTTP/1.1 client: one request per connection.
fn http(port: u16, method: &str, path: &str, key: &str, body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    (status, body)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Kills the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn lurewatch(args: &[&str], env: &[(&str, &str)]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_lurewatch"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "lurewatch {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn post_ok(port: u16, key: &str, path: &str, body: &str) -> String {
    let (status, reply) = http(port, "POST", path, key, body);
    assert!((200..300).contains(&status), "{path}: {status} {reply}");
    reply
}

#[test]
fn console_works_in_a_real_browser() {
    if std::env::var("LUREWATCH_BROWSER_TEST").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
        eprintln!("note: LUREWATCH_BROWSER_TEST=off, skipping the console browser test");
        return;
    }
    let e2e = root().join("e2e");
    if !e2e.join("node_modules/playwright-core").is_dir() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(&e2e)
            .status()
            .expect("npm is needed for the browser test (or LUREWATCH_BROWSER_TEST=off)");
        assert!(status.success(), "npm ci in e2e/ failed");
    }

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let key = lurewatch(
        &[
            "key",
            "create",
            "--name",
            "browser-test",
            "--scope",
            "ingest,review,admin",
            "--data-dir",
            data,
        ],
        &[],
    )
    .trim()
    .to_string();
    let (rev_pw, admin_pw) = ("benign reviewer passphrase 1", "benign admin passphrase 22");
    lurewatch(
        &[
            "user",
            "add",
            "rev",
            "--role",
            "reviewer",
            "--queue",
            "trafficking",
            "--queue",
            "media_match",
            "--queue",
            "child_safety_urgent",
            "--data-dir",
            data,
        ],
        &[("LUREWATCH_PASSWORD", rev_pw)],
    );
    lurewatch(
        &["user", "add", "boss", "--role", "admin", "--data-dir", data],
        &[("LUREWATCH_PASSWORD", admin_pw)],
    );
    let listed = lurewatch(&["user", "list", "--data-dir", data], &[]);
    assert!(
        listed.contains("rev") && listed.contains("boss"),
        "{listed}"
    );
    assert!(!listed.contains("argon2"), "hashes are never listed");

    let port = free_port();
    let server = Server(
        Command::new(env!("CARGO_BIN_EXE_lurewatch"))
            .args([
                "serve",
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--data-dir",
                data,
            ])
            .current_dir(root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let started = Instant::now();
    loop {
        let up = TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http(port, "GET", "/healthz", "", "").0 == 200;
        if up {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // A bank of the demo's benign patterns (not a child-abuse bank: the
    // matching image goes to the media_match queue).
    let demo = root().join("demo");
    post_ok(port, &key, "/v1/banks", r#"{"name":"DEMO_KNOWN"}"#);
    let bank = std::fs::read_to_string(demo.join("bank/demo-known.csv")).unwrap();
    post_ok(
        port,
        &key,
        "/v1/banks/DEMO_KNOWN/entries?format=csv&source=demo",
        &bank,
    );
    for (account, age) in [("mia_2011", 13), ("lena.k", 19)] {
        post_ok(
            port,
            &key,
            "/v1/events",
            &format!(r#"{{"type":"profile","account":"{account}","declared_age":{age}}}"#),
        );
    }
    let conversations = std::fs::read_to_string(demo.join("conversations/demo.jsonl")).unwrap();
    for line in conversations.lines().filter(|l| !l.trim().is_empty()) {
        let conv: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = conv["id"].as_str().unwrap();
        if id != "demo-grooming" && id != "demo-recruitment" {
            continue;
        }
        for (i, m) in conv["messages"].as_array().unwrap().iter().enumerate() {
            let event = serde_json::json!({
                "id": format!("{id}-{i}"), "type": "message", "conversation": id,
                "sender": m["sender"], "recipients": [m["recipient"]], "text": m["text"],
            });
            post_ok(port, &key, "/v1/events", &event.to_string());
        }
    }
    let image = std::fs::read(demo.join("images/upload-01-rotated.jpg")).unwrap();
    let event = serde_json::json!({
        "id": "upload-1", "type": "media", "account": "uploader_77",
        "media": {
            "media_id": "img-1",
            "content_base64": base64::engine::general_purpose::STANDARD.encode(&image),
        },
    });
    post_ok(port, &key, "/v1/events", &event.to_string());

    // Cases are written behind the acknowledgement: wait for the three.
    let wanted = ["trafficking", "media_match", "child_safety_urgent"];
    let started = Instant::now();
    loop {
        let (_, body) = http(port, "GET", "/v1/cases?limit=50", &key, "");
        if wanted
            .iter()
            .all(|q| body.contains(&format!("\"queue\":\"{q}\"")))
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the demo cases did not appear: {body}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    let artifacts = root().join("target/e2e-artifacts");
    let out = Command::new("node")
        .arg("console.test.mjs")
        .current_dir(&e2e)
        .env("LW_URL", format!("http://127.0.0.1:{port}"))
        .env("LW_REVIEWER", "rev")
        .env("LW_REVIEWER_PASSWORD", rev_pw)
        .env("LW_ADMIN", "boss")
        .env("LW_ADMIN_PASSWORD", admin_pw)
        .env("LW_ARTIFACTS", &artifacts)
        .output()
        .expect("node is needed for the browser test (or LUREWATCH_BROWSER_TEST=off)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    drop(server);
    assert!(
        out.status.success(),
        "the browser test failed (screenshots in {}):\n{stdout}\n{stderr}",
        artifacts.display()
    );
    assert!(stdout.contains("all checks passed"));
}

/// `lurewatch user ...` with the password on stdin: it is never echoed;
/// bad roles, short passwords and duplicates are refused with a clear error.
#[test]
fn user_cli_manages_accounts_without_echoing_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lurewatch"))
            .args(args)
            .args(["--data-dir", data])
            .env_remove("LUREWATCH_PASSWORD")
            .current_dir(root())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A command refused before it reads its password (an unknown role)
        // may have exited already: its closed stdin is no failure.
        if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        let out = child.wait_with_output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let secret = "a benign stdin passphrase";
    let (ok, stdout, stderr) = run(
        &[
            "user",
            "add",
            "cara",
            "--role",
            "child_safety",
            "--queue",
            "child_safety",
        ],
        &format!("{secret}\n"),
    );
    assert!(ok, "{stderr}");
    assert!(stdout.contains("created cara (child_safety), queues: child_safety"));
    assert!(!stdout.contains(secret) && !stderr.contains(secret));

    let (ok, _, stderr) = run(
        &["user", "add", "cara", "--role", "reviewer"],
        &format!("{secret}\n"),
    );
    assert!(!ok);
    assert!(stderr.contains("exists"), "{stderr}");
    let (ok, _, stderr) = run(
        &["user", "add", "dan", "--role", "boss"],
        &format!("{secret}\n"),
    );
    assert!(!ok);
    assert!(stderr.contains("unknown role"), "{stderr}");
    let (ok, _, stderr) = run(&["user", "add", "dan", "--role", "reviewer"], "short\n");
    assert!(!ok);
    assert!(
        stderr.contains("too short") && !stderr.contains("short\n"),
        "{stderr}"
    );
    let (ok, _, stderr) = run(
        &["user", "add", "<dan>", "--role", "reviewer"],
        &format!("{secret}\n"),
    );
    assert!(!ok);
    assert!(stderr.contains("user name"), "{stderr}");

    let (ok, _, _) = run(&["user", "disable", "cara"], "");
    assert!(ok);
    let (_, listed, _) = run(&["user", "list"], "");
    assert!(listed.contains("disabled"), "{listed}");
    let (ok, _, _) = run(&["user", "enable", "cara"], "");
    assert!(ok);
    let (ok, stdout, _) = run(&["user", "passwd", "cara"], "another benign passphrase\n");
    assert!(ok);
    assert!(stdout.contains("password of cara changed"));
    let (ok, _, stderr) = run(&["user", "disable", "nobody"], "");
    assert!(!ok);
    assert!(stderr.contains("not found"), "{stderr}");
}
