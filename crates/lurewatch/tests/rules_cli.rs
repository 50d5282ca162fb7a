//! `lurewatch rules check` and `lurewatch rules replay`.

mod common;

use common::run;

#[test]
fn check_accepts_the_default_rules_and_reports_errors_with_positions() {
    let o = run(&["rules", "check", "rules/default.toml"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("ok"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "version = \"x\"\n\n[[rule]]\nid = \"r\"\ndescription = \"d\"\ncondition = 'event.type == '\nverdict = \"nope\"\n").unwrap();
    let o = run(&["rules", "check", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.toml:6:"), "{err}");
    assert!(err.contains("bad.toml:7:"), "{err}");
}

#[test]
fn replay_reports_what_a_new_rule_set_would_change() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = run(&["demo", "--data-dir", data.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // A rule set that allows everything: every non-allow decision would change.
    let lenient = dir.path().join("lenient.toml");
    std::fs::write(
        &lenient,
        "version = \"lenient\"\n[[rule]]\nid = \"never\"\ndescription = \"never fires\"\ncondition = 'event.type == \"telepathy\"'\nverdict = \"review\"\n",
    )
    .unwrap();
    let o = run(&[
        "rules",
        "replay",
        "--since",
        "1970-01-01",
        "--rules",
        lenient.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("block → allow"), "{out}");
    assert!(out.contains("review → allow"), "{out}");
    // The shipped rules change nothing against their own decisions.
    let o = run(&[
        "rules",
        "replay",
        "--since",
        "1970-01-01",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("0 would change"), "{out}");
}
