//! `check` reports every problem of a broken file with its line and column.

use lurewatch_rules::{RuleSet, check};

fn render(src: &str) -> String {
    check(src)
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_problem_of_a_broken_file_is_reported_in_place() {
    let src = include_str!("data/broken.toml");
    insta::assert_snapshot!(render(src));
    assert!(RuleSet::parse(src).is_err());
}

#[test]
fn toml_syntax_errors_have_positions() {
    let src = "version = \"v\"\n[[rule]]\nid = \"a\"\ndescription = \"x\"\ncondition = 'true'\nverdict = \"allow\n";
    let d = check(src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].line, 6);
    assert!(
        d[0].message.starts_with("TOML syntax error"),
        "{}",
        d[0].message
    );
}

#[test]
fn cel_errors_point_into_the_condition() {
    // The CEL error is at `)` on the third line of the multi-line string.
    let src = "version = \"v\"\n[[rule]]\nid = \"a\"\ndescription = \"x\"\nverdict = \"allow\"\ncondition = '''\nevent.type == \"message\"\n  && (1 + )\n'''\n";
    let d = check(src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].line, d[0].column), (8, 11), "{}", d[0]);
    // In a basic string with escapes, columns still land on the character.
    let src = "version = \"v\"\n[[rule]]\nid = \"a\"\ndescription = \"x\"\nverdict = \"allow\"\ncondition = \"event.text == \\\"\\u00e9\\\" && nope\"\n";
    let d = check(src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].line, d[0].column), (6, 42), "{}", d[0]);
    // Syntax errors too, after a non-ASCII character.
    let src = src.replace("nope", "(1 + )");
    let d = check(&src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].line, d[0].column), (6, 47), "{}", d[0]);
}

#[test]
fn a_valid_file_has_no_diagnostics() {
    let src = include_str!("../../../rules/default.toml");
    assert_eq!(check(src), []);
    assert!(check("version = \"only a version\"").is_empty());
    assert_eq!(
        check("")[0].message,
        "missing `version = \"...\"` (it is recorded on every decision)"
    );
}
