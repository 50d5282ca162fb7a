//! The command line, end to end: real binary, real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn lurewatch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lurewatch"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

const VEC: &str = "../shared/pdq-vectors";

#[test]
fn needles_against_haystack_give_exactly_the_expected_pairs() {
    let o = lurewatch(&[
        "match",
        "--bank",
        &format!("{VEC}/reg-test-input/haystack.txt"),
        "--max-distance",
        "32",
        "--hashes",
        &format!("{VEC}/reg-test-input/needles.txt"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut got: Vec<String> = stdout(&o)
        .lines()
        .skip(1)
        .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
        .collect();
    let expected = std::fs::read_to_string(
        root()
            .join(VEC)
            .join("EXPECTED-needles-vs-haystack-d32.csv"),
    )
    .unwrap();
    let mut want: Vec<String> = expected
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    got.sort();
    want.sort();
    assert_eq!(want.len(), 250);
    assert_eq!(got, want);
}

#[test]
fn hash_csv_matches_meta_layout() {
    let o = lurewatch(&["hash", "demo/images"]);
    // One truncated file in the demo set: reported, the rest still hashed.
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("upload-11-truncated.jpg: corrupt or truncated JPEG data"),
        "{}",
        stderr(&o)
    );
    insta::assert_snapshot!("hash_csv", stdout(&o));
}

#[test]
fn hash_dihedral_columns_follow_the_expected_file_order() {
    let o = lurewatch(&[
        "hash",
        "--dihedral",
        &format!("{VEC}/reg-test-input/dih/bridge-1-original.jpg"),
    ]);
    assert!(o.status.success());
    let line = stdout(&o);
    let expected =
        std::fs::read_to_string(root().join(VEC).join("EXPECTED-pdq-dihedral-fullres.csv"))
            .unwrap();
    let want = expected
        .lines()
        .find(|l| l.ends_with("reg-test-input/dih/bridge-1-original.jpg"))
        .unwrap();
    let got_fields: Vec<&str> = line.trim().split(',').collect();
    let want_fields: Vec<&str> = want.split(',').collect();
    assert_eq!(got_fields[..9], want_fields[..9]);
}

#[test]
fn hash_json_snapshot() {
    let o = lurewatch(&[
        "hash",
        "--format",
        "json",
        "--dihedral",
        "demo/images/upload-01-rotated.jpg",
    ]);
    assert!(o.status.success());
    insta::assert_snapshot!("hash_json", stdout(&o));
}

#[test]
fn match_images_against_demo_bank() {
    let o = lurewatch(&["match", "--bank", "demo/bank/demo-known.csv", "demo/images"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the truncated upload is a failure: {}",
        stderr(&o)
    );
    insta::assert_snapshot!("match_demo", stdout(&o));
}

#[test]
fn missing_paths_and_bad_bank_lines_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bank = dir.path().join("bank.txt");
    std::fs::write(
        &bank,
        "# a comment\n53d246aeab792c3456cbd352b99c5aada7e447525c0eb831ad2ec3c1c3d23c0e\nnot-a-hash\n53d246aeab792c3456cbd352b99c5aada7e447525c0eb831ad2ec3c1c3d23c0\n",
    )
    .unwrap();
    let o = lurewatch(&[
        "match",
        "--bank",
        bank.to_str().unwrap(),
        "demo/images/upload-01-rotated.jpg",
        "/no/such/file.jpg",
    ]);
    let err = stderr(&o);
    assert!(err.contains("bank.txt:3:"), "{err}");
    assert!(err.contains("bank.txt:4:"), "{err}");
    assert!(err.contains("/no/such/file.jpg: no such file"), "{err}");
    assert_eq!(o.status.code(), Some(1));
    // The good line still matched the rotated upload.
    assert!(
        stdout(&o).contains("upload-01-rotated.jpg,1,4,rot270"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn demo_runs() {
    let o = lurewatch(&["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("4 of 11 uploads matched a known image"),
        "{out}"
    );
}
