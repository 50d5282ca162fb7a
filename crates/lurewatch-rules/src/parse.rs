//! Rule file (TOML) → [`RuleSet`], collecting every problem with its
//! position rather than stopping at the first.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use lurewatch_core::{RuleMode, Verdict};
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::diag::{LineIndex, RuleError};
use crate::duration::parse_duration_secs;
use crate::expr::{self, pos_to_offset, toml_string_offsets};
use crate::{ActionSpec, Counter, Role, Rule, RuleSet};

type Val<'i> = Spanned<DeValue<'i>>;

struct Ctx<'s> {
    src: &'s str,
    idx: LineIndex<'s>,
    errors: Vec<RuleError>,
    /// With syntax errors, a missing key may only be a line that did not
    /// parse: don't pile "missing" errors on top.
    report_missing: bool,
}

impl Ctx<'_> {
    fn err(&mut self, at: usize, message: impl Into<String>) {
        let e = self.idx.error(at, message);
        self.errors.push(e);
    }

    fn missing(&mut self, at: usize, message: impl Into<String>) {
        if self.report_missing {
            self.err(at, message);
        }
    }

    /// The entries of a table, reporting keys not in `allowed`.
    fn fields<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        allowed: &[&str],
        what: &str,
    ) -> BTreeMap<&'t str, &'t Val<'i>> {
        let mut out = BTreeMap::new();
        for (k, v) in table.iter() {
            let key: &str = k.get_ref().as_ref();
            if allowed.contains(&key) {
                out.insert(key, v);
            } else {
                self.err(
                    k.span().start,
                    format!(
                        "unknown key `{key}` in {what} (expected one of: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
        out
    }

    fn string<'t>(
        &mut self,
        fields: &BTreeMap<&str, &'t Val<'_>>,
        key: &str,
        what: &str,
        at: usize,
        required: bool,
    ) -> Option<(&'t str, Range<usize>)> {
        match fields.get(key) {
            Some(v) => match v.get_ref() {
                DeValue::String(s) => Some((s.as_ref(), v.span())),
                other => {
                    self.err(
                        v.span().start,
                        format!("{what}: `{key}` must be a string, not {}", other.type_str()),
                    );
                    None
                }
            },
            None => {
                if required {
                    self.missing(at, format!("{what}: missing `{key}`"));
                }
                None
            }
        }
    }

    fn name(
        &mut self,
        fields: &BTreeMap<&str, &Val<'_>>,
        key: &str,
        what: &str,
        at: usize,
        required: bool,
    ) -> Option<String> {
        let (s, span) = self.string(fields, key, what, at, required)?;
        if is_name(s) {
            Some(s.to_owned())
        } else {
            self.err(
                span.start,
                format!("{what}: `{key}` must be 1 to 128 letters, digits, `_`, `-`, `.` or `:`, not `{s}`"),
            );
            None
        }
    }

    fn integer(&mut self, v: &Val<'_>, what: &str, key: &str) -> Option<i64> {
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(n),
                Err(_) => {
                    self.err(v.span().start, format!("{what}: `{key}` is out of range"));
                    None
                }
            },
            other => {
                self.err(
                    v.span().start,
                    format!(
                        "{what}: `{key}` must be an integer, not {}",
                        other.type_str()
                    ),
                );
                None
            }
        }
    }

    fn priority(&mut self, v: &Val<'_>, what: &str) -> Option<i32> {
        let n = self.integer(v, what, "priority")?;
        match i32::try_from(n) {
            Ok(p) if (-1_000_000..=1_000_000).contains(&p) => Some(p),
            _ => {
                self.err(
                    v.span().start,
                    format!("{what}: `priority` must be between -1000000 and 1000000"),
                );
                None
            }
        }
    }

    fn role(
        &mut self,
        fields: &BTreeMap<&str, &Val<'_>>,
        key: &str,
        what: &str,
        at: usize,
    ) -> Option<Role> {
        let (s, span) = self.string(fields, key, what, at, true)?;
        let role = Role::parse(s);
        if role.is_none() {
            self.err(
                span.start,
                format!("{what}: unknown entity `{s}` (expected actor, conversation, subject or recipient)"),
            );
        }
        role
    }

    fn duration(
        &mut self,
        fields: &BTreeMap<&str, &Val<'_>>,
        key: &str,
        what: &str,
        at: usize,
        required: bool,
    ) -> Option<u64> {
        let (s, span) = self.string(fields, key, what, at, required)?;
        match parse_duration_secs(s) {
            Ok(secs) => Some(secs),
            Err(e) => {
                self.err(span.start, format!("{what}: `{key}`: {e}"));
                None
            }
        }
    }

    /// Compiles the CEL string at `key`, mapping its errors to the file.
    fn cel(
        &mut self,
        fields: &BTreeMap<&str, &Val<'_>>,
        key: &str,
        what: &str,
        at: usize,
        counters: &BTreeSet<String>,
    ) -> Option<(String, crate::expr::Program)> {
        let (text, span) = self.string(fields, key, what, at, true)?;
        if text.trim().is_empty() {
            self.err(span.start, format!("{what}: `{key}` is empty"));
            return None;
        }
        match expr::compile(text, counters) {
            Ok(p) => Some((text.to_owned(), p)),
            Err(errors) => {
                let raw = self.src.get(span.clone()).unwrap_or("");
                let offsets = toml_string_offsets(raw);
                for e in errors {
                    let at = match e.pos {
                        Some(pos) => {
                            let char_off = pos_to_offset(text, pos);
                            let in_raw = offsets
                                .get(char_off)
                                .or(offsets.last())
                                .copied()
                                .unwrap_or(0);
                            span.start + in_raw
                        }
                        None => span.start,
                    };
                    self.err(at, format!("{what}: `{key}`: {}", e.message));
                }
                None
            }
        }
    }
}

/// Rule ids, labels, queues and webhook names.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}

/// Counter names are CEL identifiers, so `counters.<name>` works.
fn is_ident(s: &str) -> bool {
    let mut b = s.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_alphabetic() || c == b'_')
        && s.len() <= 64
        && b.all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// The tables of an array of tables (`[[rule]]`), reporting anything else.
fn tables<'t, 'i>(cx: &mut Ctx<'_>, v: &'t Val<'i>, key: &str) -> Vec<(&'t DeTable<'i>, usize)> {
    match v.get_ref() {
        DeValue::Array(items) => items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(t) => Some((t, item.span().start)),
                other => {
                    cx.err(
                        item.span().start,
                        format!("`{key}` entries must be tables, not {}", other.type_str()),
                    );
                    None
                }
            })
            .collect(),
        other => {
            cx.err(
                v.span().start,
                format!(
                    "`{key}` must be an array of tables ([[{key}]]), not {}",
                    other.type_str()
                ),
            );
            Vec::new()
        }
    }
}

pub(crate) fn parse(src: &str) -> Result<RuleSet, Vec<RuleError>> {
    let (doc, syntax) = DeTable::parse_recoverable(src);
    let mut cx = Ctx {
        src,
        idx: LineIndex::new(src),
        errors: Vec::new(),
        report_missing: syntax.is_empty(),
    };
    for e in &syntax {
        let at = e.span().map_or(0, |s| s.start);
        let msg = e.message().lines().next().unwrap_or("").trim().to_owned();
        cx.err(at, format!("TOML syntax error: {msg}"));
    }

    let mut version = None;
    let mut counter_tables = Vec::new();
    let mut rule_tables = Vec::new();
    for (k, v) in doc.get_ref().iter() {
        let key: &str = k.get_ref().as_ref();
        match key {
            "version" => match v.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => version = Some(s.to_string()),
                _ => cx.err(v.span().start, "`version` must be a non-empty string"),
            },
            "counter" => counter_tables = tables(&mut cx, v, "counter"),
            "rule" => rule_tables = tables(&mut cx, v, "rule"),
            other => cx.err(
                k.span().start,
                format!(
                    "unknown top-level key `{other}` (expected version, [[counter]] and [[rule]])"
                ),
            ),
        }
    }
    if version.is_none() && !doc.get_ref().iter().any(|(k, _)| k.get_ref() == "version") {
        cx.missing(
            0,
            "missing `version = \"...\"` (it is recorded on every decision)",
        );
    }

    // Counters first: conditions may only name declared ones.
    let mut names: BTreeSet<String> = BTreeSet::new();
    for (t, at) in &counter_tables {
        let what = "counter";
        let f = cx.fields(t, &["name", "entity", "window", "when"], what);
        if let Some((n, span)) = cx.string(&f, "name", what, *at, true) {
            if !is_ident(n) {
                cx.err(
                    span.start,
                    format!(
                        "counter: `name` must be an identifier (letters, digits, `_`), not `{n}`"
                    ),
                );
            } else if !names.insert(n.to_owned()) {
                cx.err(span.start, format!("duplicate counter `{n}`"));
            }
        }
    }
    let mut counters = Vec::new();
    for (t, at) in &counter_tables {
        let f = cx.fields_quiet(t);
        let name = f
            .get("name")
            .and_then(|v| v.get_ref().as_str())
            .unwrap_or("?")
            .to_owned();
        let what = format!("counter `{name}`");
        let entity = cx.role(&f, "entity", &what, *at);
        let window = cx.duration(&f, "window", &what, *at, true);
        let when = cx.cel(&f, "when", &what, *at, &names);
        if let (Some(entity), Some(window), Some((when, program))) = (entity, window, when)
            && is_ident(&name)
        {
            counters.push(Counter {
                name,
                entity,
                window_ms: (window * 1000) as i64,
                when,
                line: cx.idx.position(*at).0,
                program,
            });
        }
    }

    let mut ids: BTreeSet<String> = BTreeSet::new();
    let mut rules = Vec::new();
    for (t, at) in &rule_tables {
        let f = cx.fields(
            t,
            &[
                "id",
                "description",
                "condition",
                "verdict",
                "priority",
                "queue",
                "mode",
                "actions",
            ],
            "rule",
        );
        let id = cx.name(&f, "id", "rule", *at, true);
        let raw_id = f
            .get("id")
            .and_then(|v| v.get_ref().as_str())
            .unwrap_or("?");
        if let Some(id) = &id
            && !ids.insert(id.clone())
        {
            let span = f.get("id").map_or(*at, |v| v.span().start);
            cx.err(span, format!("duplicate rule id `{id}`"));
        }
        let what = format!("rule `{raw_id}`");
        let description = match cx.string(&f, "description", &what, *at, true) {
            Some((d, span)) if d.trim().is_empty() => {
                cx.err(span.start, format!("{what}: `description` is empty"));
                None
            }
            d => d.map(|(d, _)| d.trim().to_owned()),
        };
        let condition = cx.cel(&f, "condition", &what, *at, &names);
        let verdict = cx
            .string(&f, "verdict", &what, *at, true)
            .and_then(|(v, span)| {
                let verdict = parse_verdict(v);
                if verdict.is_none() {
                    cx.err(
                        span.start,
                        format!("{what}: unknown verdict `{v}` (expected allow, review, restrict or block)"),
                    );
                }
                verdict
            });
        let priority = match f.get("priority") {
            Some(v) => cx.priority(v, &what),
            None => Some(0),
        };
        let queue = match cx.string(&f, "queue", &what, *at, false) {
            Some((q, span)) if !is_name(q) => {
                cx.err(
                    span.start,
                    format!(
                        "{what}: `queue` must be 1 to 128 letters, digits, `_`, `-`, `.` or `:`"
                    ),
                );
                None
            }
            q => q.map(|(q, _)| q.to_owned()),
        };
        let mode = match cx.string(&f, "mode", &what, *at, false) {
            None => Some(RuleMode::Enforce),
            Some(("enforce", _)) => Some(RuleMode::Enforce),
            Some(("shadow", _)) => Some(RuleMode::Shadow),
            Some((m, span)) => {
                cx.err(
                    span.start,
                    format!("{what}: unknown mode `{m}` (expected enforce or shadow)"),
                );
                None
            }
        };
        let actions = match f.get("actions") {
            Some(v) => actions(&mut cx, v, &what, queue.as_deref(), priority.unwrap_or(0)),
            None => Some(Vec::new()),
        };
        let (
            Some(id),
            Some(description),
            Some((condition, program)),
            Some(verdict),
            Some(priority),
            Some(mode),
            Some(mut actions),
        ) = (id, description, condition, verdict, priority, mode, actions)
        else {
            continue;
        };
        // A queue without an explicit case action opens a case there.
        if let Some(q) = &queue
            && !actions.iter().any(|a| matches!(a, ActionSpec::Case { .. }))
        {
            actions.insert(
                0,
                ActionSpec::Case {
                    queue: q.clone(),
                    priority,
                },
            );
        }
        if actions.contains(&ActionSpec::NcmecReport)
            && !actions.iter().any(|a| matches!(a, ActionSpec::Case { .. }))
        {
            let at = f.get("actions").map_or(*at, |v| v.span().start);
            cx.err(
                at,
                format!("{what}: an ncmec_report needs a case: add a case action or a `queue`"),
            );
            continue;
        }
        rules.push(Rule {
            line: cx.idx.position(*at).0,
            id,
            description,
            condition,
            verdict,
            priority,
            queue,
            mode,
            actions,
            program,
        });
    }

    if cx.errors.is_empty() {
        Ok(RuleSet {
            version: version.unwrap_or_default(),
            counters,
            rules,
            env: expr::env(),
        })
    } else {
        cx.errors.sort();
        cx.errors.dedup();
        Err(cx.errors)
    }
}

impl Ctx<'_> {
    /// The entries of a table, without reporting unknown keys (already done).
    fn fields_quiet<'t, 'i>(&self, table: &'t DeTable<'i>) -> BTreeMap<&'t str, &'t Val<'i>> {
        table
            .iter()
            .map(|(k, v)| {
                let key: &'t DeString<'i> = k.get_ref();
                (key.as_ref(), v)
            })
            .collect()
    }
}

fn parse_verdict(s: &str) -> Option<Verdict> {
    Some(match s {
        "allow" => Verdict::Allow,
        "review" => Verdict::Review,
        "restrict" => Verdict::Restrict,
        "block" => Verdict::Block,
        _ => return None,
    })
}

fn actions(
    cx: &mut Ctx<'_>,
    v: &Val<'_>,
    what: &str,
    rule_queue: Option<&str>,
    rule_priority: i32,
) -> Option<Vec<ActionSpec>> {
    let DeValue::Array(items) = v.get_ref() else {
        cx.err(
            v.span().start,
            format!(
                "{what}: `actions` must be an array of tables, not {}",
                v.get_ref().type_str()
            ),
        );
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for item in items.iter() {
        let at = item.span().start;
        let DeValue::Table(t) = item.get_ref() else {
            cx.err(
                at,
                format!(
                    "{what}: each action must be a table like {{ action = \"case\" }}, not {}",
                    item.get_ref().type_str()
                ),
            );
            ok = false;
            continue;
        };
        let kind = t
            .iter()
            .find(|(k, _)| k.get_ref() == "action")
            .map(|(_, v)| v);
        let Some(kind_v) = kind else {
            cx.err(
                at,
                format!("{what}: action without `action = \"...\"` (case, ncmec_report, label or webhook)"),
            );
            ok = false;
            continue;
        };
        let Some(kind) = kind_v.get_ref().as_str() else {
            cx.err(
                kind_v.span().start,
                format!("{what}: `action` must be a string"),
            );
            ok = false;
            continue;
        };
        let awhat = format!("{what}: {kind} action");
        let action = match kind {
            "case" => {
                let f = cx.fields(t, &["action", "queue", "priority"], &awhat);
                let queue = match cx.name(&f, "queue", &awhat, at, false) {
                    Some(q) => Some(q),
                    None if f.contains_key("queue") => None,
                    None => match rule_queue {
                        Some(q) => Some(q.to_owned()),
                        None => {
                            cx.err(
                                at,
                                format!("{awhat}: needs a `queue` (here or on the rule)"),
                            );
                            None
                        }
                    },
                };
                let priority = match f.get("priority") {
                    Some(p) => cx.priority(p, &awhat),
                    None => Some(rule_priority),
                };
                queue
                    .zip(priority)
                    .map(|(queue, priority)| ActionSpec::Case { queue, priority })
            }
            "ncmec_report" => {
                cx.fields(t, &["action"], &awhat);
                Some(ActionSpec::NcmecReport)
            }
            "label" => {
                let f = cx.fields(t, &["action", "entity", "label", "ttl"], &awhat);
                let role = cx.role(&f, "entity", &awhat, at);
                let label = cx.name(&f, "label", &awhat, at, true);
                let ttl = cx.duration(&f, "ttl", &awhat, at, false);
                let ttl_ok = ttl.is_some() || !f.contains_key("ttl");
                match (role, label, ttl_ok) {
                    (Some(role), Some(label), true) => Some(ActionSpec::Label {
                        role,
                        label,
                        ttl_secs: ttl,
                    }),
                    _ => None,
                }
            }
            "webhook" => {
                let f = cx.fields(t, &["action", "name"], &awhat);
                cx.name(&f, "name", &awhat, at, true)
                    .map(|name| ActionSpec::Webhook { name })
            }
            other => {
                cx.err(
                    kind_v.span().start,
                    format!("{what}: unknown action `{other}` (expected case, ncmec_report, label or webhook)"),
                );
                None
            }
        };
        match action {
            Some(a) => out.push(a),
            None => ok = false,
        }
    }
    ok.then_some(out)
}
