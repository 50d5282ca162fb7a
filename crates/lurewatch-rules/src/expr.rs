//! CEL: the environment rules are compiled in, the `has_label` macro, static
//! checks of the names a condition uses, and mapping positions inside a
//! condition back to the rule file.

use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock};

use cel::Env;
use cel::common::ast::{CallExpr, EntryExpr, Expr, IdedExpr, LiteralValue, SelectExpr, operators};
use cel::parser::Macro;

use crate::Role;

/// The variables a condition sees.
pub const VARIABLES: [&str; 5] = ["event", "signals", "labels", "counters", "now"];

/// Identifiers that are not variables but still legal: type names and the
/// `optional` namespace of the standard library.
const OTHER_IDENTS: [&str; 13] = [
    "int",
    "uint",
    "double",
    "bool",
    "string",
    "bytes",
    "list",
    "map",
    "null_type",
    "type",
    "dyn",
    "optional",
    "optional_type",
];

/// The shared environment: the CEL standard library plus `has_label`.
pub(crate) fn env() -> Arc<Env> {
    static ENV: LazyLock<Arc<Env>> = LazyLock::new(|| {
        let mut env = Env::stdlib();
        env.add_macro(has_label_macro())
            .expect("has_label is not a standard macro");
        Arc::new(env)
    });
    Arc::clone(&ENV)
}

/// `has_label("actor", "minor")` expands, at compile time, to
/// `"minor" in labels.actor`. The role must be a string literal naming a role.
fn has_label_macro() -> Macro {
    Macro::global("has_label", 2, |helper, _target, args| {
        let role = match &args[0].expr {
            Expr::Literal(LiteralValue::String(s)) => s.inner().to_owned(),
            _ => {
                return Err(helper.new_error(
                    args[0].id,
                    "has_label: the role must be a string literal (\"actor\", \"conversation\", \"subject\" or \"recipient\")",
                ));
            }
        };
        if Role::parse(&role).is_none() {
            return Err(helper.new_error(
                args[0].id,
                format!("has_label: unknown role `{role}` (expected actor, conversation, subject or recipient)"),
            ));
        }
        let name = args.pop().expect("two arguments");
        let labels = helper.next_expr(Expr::Ident("labels".to_owned()));
        let list = helper.next_expr(Expr::Select(SelectExpr {
            operand: Box::new(labels),
            field: role,
            test: false,
        }));
        Ok(Some(helper.next_expr(Expr::Call(CallExpr {
            func_name: operators::IN.to_owned(),
            target: None,
            args: vec![name, list],
        }))))
    })
}

/// A compile problem at a 1-based (line, column) inside the expression, if
/// known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExprError {
    pub pos: Option<(usize, usize)>,
    pub message: String,
}

/// Compiles `src` and checks the names it uses: only the five variables,
/// comprehension variables, declared counters and known roles.
pub(crate) fn compile(src: &str, counters: &BTreeSet<String>) -> Result<Program, Vec<ExprError>> {
    let program = env().compile(src).map_err(|errs| {
        errs.errors
            .iter()
            .map(|e| ExprError {
                pos: (e.pos.0 > 0 && e.pos.1 > 0).then_some((e.pos.0 as usize, e.pos.1 as usize)),
                message: first_line(&e.msg),
            })
            .collect::<Vec<_>>()
    })?;
    let mut found = Vec::new();
    let mut scope = Vec::new();
    check_names(program.expression(), &mut scope, counters, &mut found);
    let mut e = program.expression().clone();
    if found.is_empty() {
        split_signals_by_kind(&mut e, &mut scope, &mut found);
    }
    if found.is_empty() {
        let guard = Guard::of(&e);
        select_to_index(&mut e);
        return Ok(Program { expr: e, guard });
    }
    let info = program.source_info();
    Err(found
        .into_iter()
        .map(|(id, message)| ExprError {
            pos: info
                .offset_for(id)
                .map(|(start, _)| offset_to_pos(src, start as usize)),
            message,
        })
        .collect())
}

/// A compiled condition and what must hold before it can be true.
#[derive(Debug, Clone)]
pub(crate) struct Program {
    pub(crate) expr: IdedExpr,
    pub(crate) guard: Guard,
}

/// Facts a condition requires, read off its top-level `&&` chain at compile
/// time: `event.type == "report"`, `signals.exists(s, s.kind == "age" &&
/// ...)`, and a true flag in such an `exists` (`signals.exists(s, s.kind ==
/// "conversation_risk" && s.flagged && ...)`: no signal of the kind with the
/// flag set makes every element's predicate false). An event that lacks one
/// makes that conjunct false, and CEL's `&&` is false whenever one side is
/// false (even if the other side is an error), so skipping the evaluation
/// gives exactly the same result. With
/// many rules, most are about other event types or absent signal kinds and
/// cost one comparison instead of an interpretation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Guard {
    /// The only event type the condition can be true for.
    pub(crate) event_type: Option<String>,
    /// Signal kinds (indexes into `SIGNAL_KINDS`) of which at least one
    /// signal must be present.
    pub(crate) signal_kinds: Vec<usize>,
    /// Flags (indexes into `SIGNAL_FLAGS`) at least one signal must have
    /// set.
    pub(crate) signal_flags: Vec<usize>,
}

/// What an event's signals hold, as guards test it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Present {
    /// A signal of the kind `SIGNAL_KINDS[i]` is present.
    pub(crate) kinds: [bool; SIGNAL_KINDS.len()],
    /// A signal has the flag `SIGNAL_FLAGS[i]` set.
    pub(crate) flags: [bool; SIGNAL_FLAGS.len()],
}

impl Present {
    /// Reads the kinds and flags off `signals`.
    pub(crate) fn of(signals: &[lurewatch_core::Signal]) -> Present {
        let mut present = Present::default();
        for s in signals {
            if let Some(i) = SIGNAL_KINDS.iter().position(|k| *k == s.kind()) {
                present.kinds[i] = true;
            }
            for (i, flag) in SIGNAL_FLAGS.iter().enumerate() {
                if (flag.set)(s) {
                    present.flags[i] = true;
                }
            }
        }
        present
    }
}

/// A boolean field of one signal kind, as a condition reads it (`s.flagged`)
/// and as the guard reads it off the core type.
pub(crate) struct SignalFlag {
    /// The signal kind (as in `SIGNAL_KINDS`).
    pub(crate) kind: &'static str,
    /// The field's name in conditions.
    pub(crate) field: &'static str,
    /// Whether `signal` is of `kind` with the field true: the value the
    /// field has in CEL (see `values.rs`).
    pub(crate) set: fn(&lurewatch_core::Signal) -> bool,
}

/// The flags guards know.
pub(crate) const SIGNAL_FLAGS: [SignalFlag; 1] = [SignalFlag {
    kind: "conversation_risk",
    field: "flagged",
    set: |s| {
        matches!(
            s,
            lurewatch_core::Signal::ConversationRisk { flagged: true, .. }
        )
    },
}];

impl Guard {
    /// Whether an event of type `event_type` whose signals include the kinds
    /// marked in `present` (indexed like `SIGNAL_KINDS`) can satisfy the
    /// condition at all.
    pub(crate) fn admits(&self, event_type: &str, present: &Present) -> bool {
        self.event_type.as_deref().is_none_or(|t| t == event_type)
            && self.signal_kinds.iter().all(|&i| present.kinds[i])
            && self.signal_flags.iter().all(|&i| present.flags[i])
    }

    /// Reads the guard off a condition whose `signals.exists` over one kind
    /// were already split (`split_signals_by_kind`), before
    /// `select_to_index`.
    fn of(e: &IdedExpr) -> Guard {
        let mut g = Guard::default();
        g.collect(e);
        g
    }

    fn collect(&mut self, e: &IdedExpr) {
        match &e.expr {
            Expr::Call(call) if call.target.is_none() && call.args.len() == 2 => {
                if call.func_name == operators::LOGICAL_AND {
                    self.collect(&call.args[0]);
                    self.collect(&call.args[1]);
                } else if call.func_name == operators::EQUALS {
                    let is_type = |e: &IdedExpr| {
                        matches!(&e.expr, Expr::Select(sel)
                            if !sel.test && sel.field == "type" && sel.operand.expr == Expr::Ident("event".to_owned()))
                    };
                    let literal = |e: &IdedExpr| match &e.expr {
                        Expr::Literal(LiteralValue::String(s)) => Some(s.inner().to_owned()),
                        _ => None,
                    };
                    let (a, b) = (&call.args[0], &call.args[1]);
                    let ty = if is_type(a) {
                        literal(b)
                    } else if is_type(b) {
                        literal(a)
                    } else {
                        None
                    };
                    // Two different required types can never both hold; the
                    // first is enough to skip every event but its own.
                    if ty.is_some() && self.event_type.is_none() {
                        self.event_type = ty;
                    }
                }
            }
            Expr::Comprehension(c) => {
                let is_exists = c.iter_var2.is_none()
                    && matches!(&c.accu_init.expr, Expr::Literal(LiteralValue::Boolean(b)) if !*b.inner())
                    && matches!(&c.loop_step.expr, Expr::Call(call)
                        if call.func_name == operators::LOGICAL_OR
                            && call.args.len() == 2
                            && call.args[0].expr == Expr::Ident(c.accu_var.clone()))
                    && c.result.expr == Expr::Ident(c.accu_var.clone());
                if let Expr::Ident(name) = &c.iter_range.expr
                    && is_exists
                    && let Some(i) = SIGNAL_KINDS.iter().position(|k| kind_var(k) == *name)
                {
                    if !self.signal_kinds.contains(&i) {
                        self.signal_kinds.push(i);
                    }
                    let mut fields = Vec::new();
                    if let Expr::Call(step) = &c.loop_step.expr
                        && let Some(pred) = step.args.get(1)
                    {
                        conjunct_fields(pred, &c.iter_var, &mut fields);
                    }
                    for (f, flag) in SIGNAL_FLAGS.iter().enumerate() {
                        if flag.kind == SIGNAL_KINDS[i]
                            && fields.contains(&flag.field)
                            && !self.signal_flags.contains(&f)
                        {
                            self.signal_flags.push(f);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// The fields `var.field` that stand alone as conjuncts of `pred`'s
/// top-level `&&` chain (`s.flagged` in `s.kind == 'x' && s.flagged`).
fn conjunct_fields<'e>(pred: &'e IdedExpr, var: &str, out: &mut Vec<&'e str>) {
    match &pred.expr {
        Expr::Call(call)
            if call.target.is_none()
                && call.args.len() == 2
                && call.func_name == operators::LOGICAL_AND =>
        {
            conjunct_fields(&call.args[0], var, out);
            conjunct_fields(&call.args[1], var, out);
        }
        Expr::Select(sel) if !sel.test && sel.operand.expr == Expr::Ident(var.to_owned()) => {
            out.push(sel.field.as_str());
        }
        _ => {}
    }
}

/// The `kind`s of signals, as in `lurewatch_core::Signal::kind`.
pub const SIGNAL_KINDS: [&str; 5] = [
    "media_match",
    "media_error",
    "conversation_risk",
    "account_behaviour",
    "age",
];

/// The hidden variable holding the signals of one kind (not a name a
/// condition can spell).
pub(crate) fn kind_var(kind: &str) -> String {
    format!("@signals.{kind}")
}

/// `signals.exists(s, s.kind == "age" && ...)` only needs the signals of
/// that kind: iterate over them alone (a hidden per-kind list) rather than
/// over all signals. Elements of other kinds could only make the predicate
/// false (or an error absorbed by `&&`), so the result is the same, and a
/// rule about a kind absent from the event costs no iteration. Also reports
/// kinds that don't exist.
fn split_signals_by_kind(
    e: &mut IdedExpr,
    scope: &mut Vec<String>,
    found: &mut Vec<(u64, String)>,
) {
    match &mut e.expr {
        Expr::Comprehension(c) => {
            split_signals_by_kind(&mut c.iter_range, scope, found);
            split_signals_by_kind(&mut c.accu_init, scope, found);
            let over_signals =
                c.iter_range.expr == Expr::Ident("signals".to_owned()) && !is_var("signals", scope);
            let is_exists = c.iter_var2.is_none()
                && matches!(&c.loop_step.expr, Expr::Call(call)
                    if call.func_name == operators::LOGICAL_OR
                        && call.args.len() == 2
                        && call.args[0].expr == Expr::Ident(c.accu_var.clone()));
            if over_signals && is_exists {
                let Expr::Call(step) = &c.loop_step.expr else {
                    unreachable!("checked above")
                };
                if let Some((id, kind)) = required_kind(&step.args[1], &c.iter_var) {
                    if SIGNAL_KINDS.contains(&kind.as_str()) {
                        c.iter_range.expr = Expr::Ident(kind_var(&kind));
                    } else {
                        found.push((
                            id,
                            format!(
                                "unknown signal kind `{kind}` (expected one of: {})",
                                SIGNAL_KINDS.join(", ")
                            ),
                        ));
                    }
                }
            }
            let depth = scope.len();
            scope.push(c.iter_var.clone());
            if let Some(v) = &c.iter_var2 {
                scope.push(v.clone());
            }
            scope.push(c.accu_var.clone());
            split_signals_by_kind(&mut c.loop_cond, scope, found);
            split_signals_by_kind(&mut c.loop_step, scope, found);
            split_signals_by_kind(&mut c.result, scope, found);
            scope.truncate(depth);
        }
        Expr::Select(sel) => split_signals_by_kind(&mut sel.operand, scope, found),
        Expr::Call(call) => {
            if let Some(t) = &mut call.target {
                split_signals_by_kind(t, scope, found);
            }
            for a in &mut call.args {
                split_signals_by_kind(a, scope, found);
            }
        }
        Expr::List(l) => {
            for x in &mut l.elements {
                split_signals_by_kind(x, scope, found);
            }
        }
        Expr::Map(m) => {
            for entry in &mut m.entries {
                if let EntryExpr::MapEntry(me) = &mut entry.expr {
                    split_signals_by_kind(&mut me.key, scope, found);
                    split_signals_by_kind(&mut me.value, scope, found);
                }
            }
        }
        Expr::Struct(_) | Expr::Ident(_) | Expr::Literal(_) | Expr::Unspecified => {}
    }
}

/// The kind a predicate requires of `var`: a top-level `&&` operand
/// `var.kind == "k"` (either way round).
fn required_kind(pred: &IdedExpr, var: &str) -> Option<(u64, String)> {
    let Expr::Call(call) = &pred.expr else {
        return None;
    };
    if call.target.is_some() || call.args.len() != 2 {
        return None;
    }
    if call.func_name == operators::LOGICAL_AND {
        return required_kind(&call.args[0], var).or_else(|| required_kind(&call.args[1], var));
    }
    if call.func_name != operators::EQUALS {
        return None;
    }
    let is_kind = |e: &IdedExpr| {
        matches!(&e.expr, Expr::Select(sel)
            if !sel.test && sel.field == "kind" && sel.operand.expr == Expr::Ident(var.to_owned()))
    };
    let literal = |e: &IdedExpr| match &e.expr {
        Expr::Literal(LiteralValue::String(s)) => Some((e.id, s.inner().to_owned())),
        _ => None,
    };
    let (a, b) = (&call.args[0], &call.args[1]);
    if is_kind(a) {
        literal(b)
    } else if is_kind(b) {
        literal(a)
    } else {
        None
    }
}

/// Rewrites field selections `a.b` into index calls `a["b"]`, which mean
/// the same on maps. The interpreter resolves a selection whose operand is a
/// name (`event.type`, `s.kind`) as a qualified name first, joining its
/// segments into a new string on every evaluation; indexing doesn't.
/// Presence tests (`has(a.b)`) and the `optional` namespace are left alone.
fn select_to_index(e: &mut IdedExpr) {
    match &mut e.expr {
        Expr::Select(sel) => {
            select_to_index(&mut sel.operand);
            if sel.test || sel.operand.expr == Expr::Ident("optional".to_owned()) {
                return;
            }
            let operand = std::mem::take(&mut *sel.operand);
            let field = std::mem::take(&mut sel.field);
            e.expr = Expr::Call(CallExpr {
                func_name: operators::INDEX.to_owned(),
                target: None,
                args: vec![
                    operand,
                    IdedExpr {
                        id: e.id,
                        expr: Expr::Literal(LiteralValue::String(field.into())),
                    },
                ],
            });
        }
        Expr::Call(call) => {
            if let Some(t) = &mut call.target {
                select_to_index(t);
            }
            call.args.iter_mut().for_each(select_to_index);
        }
        Expr::Comprehension(c) => {
            select_to_index(&mut c.iter_range);
            select_to_index(&mut c.accu_init);
            select_to_index(&mut c.loop_cond);
            select_to_index(&mut c.loop_step);
            select_to_index(&mut c.result);
        }
        Expr::List(l) => l.elements.iter_mut().for_each(select_to_index),
        Expr::Map(m) => m.entries.iter_mut().for_each(entry_to_index),
        Expr::Struct(st) => st.entries.iter_mut().for_each(entry_to_index),
        Expr::Ident(_) | Expr::Literal(_) | Expr::Unspecified => {}
    }
}

fn entry_to_index(entry: &mut cel::common::ast::IdedEntryExpr) {
    match &mut entry.expr {
        EntryExpr::MapEntry(m) => {
            select_to_index(&mut m.key);
            select_to_index(&mut m.value);
        }
        EntryExpr::StructField(f) => select_to_index(&mut f.value),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").trim().to_owned()
}

/// The (line, column) of byte offset `offset` in `src`, both from 1, the
/// column in characters.
fn offset_to_pos(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The character offset of a 1-based (line, column) in `src`.
pub(crate) fn pos_to_offset(src: &str, (line, col): (usize, usize)) -> usize {
    let mut offset = 0;
    let mut cur = 1;
    for c in src.chars() {
        if cur == line {
            break;
        }
        offset += 1;
        if c == '\n' {
            cur += 1;
        }
    }
    offset + col.saturating_sub(1)
}

fn is_var(name: &str, scope: &[String]) -> bool {
    scope.iter().any(|s| s == name)
}

fn check_names(
    e: &IdedExpr,
    scope: &mut Vec<String>,
    counters: &BTreeSet<String>,
    found: &mut Vec<(u64, String)>,
) {
    match &e.expr {
        Expr::Ident(name) => {
            if !is_var(name, scope)
                && !VARIABLES.contains(&name.as_str())
                && !OTHER_IDENTS.contains(&name.as_str())
            {
                found.push((
                    e.id,
                    format!("unknown variable `{name}` (a condition sees event, signals, labels, counters and now)"),
                ));
            }
        }
        Expr::Select(sel) => {
            if let Expr::Ident(op) = &sel.operand.expr
                && !is_var(op, scope)
            {
                if op == "counters" && !counters.contains(&sel.field) {
                    found.push((
                        e.id,
                        format!(
                            "unknown counter `{}`: declare it in a [[counter]] table",
                            sel.field
                        ),
                    ));
                } else if op == "labels" && Role::parse(&sel.field).is_none() {
                    found.push((
                        e.id,
                        format!(
                            "unknown role `{}` in labels (expected actor, conversation, subject or recipient)",
                            sel.field
                        ),
                    ));
                }
            }
            check_names(&sel.operand, scope, counters, found);
        }
        Expr::Call(call) => {
            if let Some(t) = &call.target {
                check_names(t, scope, counters, found);
            }
            for a in &call.args {
                check_names(a, scope, counters, found);
            }
        }
        Expr::Comprehension(c) => {
            check_names(&c.iter_range, scope, counters, found);
            check_names(&c.accu_init, scope, counters, found);
            let depth = scope.len();
            scope.push(c.iter_var.clone());
            if let Some(v) = &c.iter_var2 {
                scope.push(v.clone());
            }
            scope.push(c.accu_var.clone());
            check_names(&c.loop_cond, scope, counters, found);
            check_names(&c.loop_step, scope, counters, found);
            check_names(&c.result, scope, counters, found);
            scope.truncate(depth);
        }
        Expr::List(l) => {
            for x in &l.elements {
                check_names(x, scope, counters, found);
            }
        }
        Expr::Map(m) => entries(&m.entries, scope, counters, found),
        Expr::Struct(s) => entries(&s.entries, scope, counters, found),
        Expr::Literal(_) | Expr::Unspecified => {}
    }
}

fn entries(
    list: &[cel::common::ast::IdedEntryExpr],
    scope: &mut Vec<String>,
    counters: &BTreeSet<String>,
    found: &mut Vec<(u64, String)>,
) {
    for entry in list {
        match &entry.expr {
            EntryExpr::MapEntry(m) => {
                check_names(&m.key, scope, counters, found);
                check_names(&m.value, scope, counters, found);
            }
            EntryExpr::StructField(f) => check_names(&f.value, scope, counters, found),
        }
    }
}

/// Maps the characters of a TOML string's value back to the raw text of the
/// string in the file: `raw` is the string as written, quotes included;
/// returns the byte offset in `raw` of each character of the value, then
/// one past the last.
pub(crate) fn toml_string_offsets(raw: &str) -> Vec<usize> {
    let bytes = raw.as_bytes();
    let (open, basic) = if raw.starts_with("\"\"\"") {
        (3, true)
    } else if raw.starts_with("'''") {
        (3, false)
    } else if raw.starts_with('"') {
        (1, true)
    } else if raw.starts_with('\'') {
        (1, false)
    } else {
        (0, false)
    };
    let mut i = open;
    // A newline right after a multi-line opening delimiter is trimmed.
    if open == 3 {
        if bytes.get(i) == Some(&b'\n') {
            i += 1;
        } else if bytes.get(i..i + 2) == Some(b"\r\n") {
            i += 2;
        }
    }
    let mut out = Vec::with_capacity(raw.len());
    while i < raw.len() {
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        if basic && c == '\\' {
            let next = raw[i + 1..].chars().next();
            match next {
                Some('u') => {
                    out.push(i);
                    i += 6;
                }
                Some('U') => {
                    out.push(i);
                    i += 10;
                }
                Some('x') => {
                    out.push(i);
                    i += 4;
                }
                Some(w) if w.is_whitespace() => {
                    // Line-ending backslash: the newline and the whitespace
                    // after it are trimmed.
                    i += 1;
                    while let Some(w) = raw[i..].chars().next().filter(|w| w.is_whitespace()) {
                        i += w.len_utf8();
                    }
                }
                Some(n) => {
                    out.push(i);
                    i += 1 + n.len_utf8();
                }
                None => break,
            }
            while i < raw.len() && !raw.is_char_boundary(i) {
                i += 1;
            }
            continue;
        }
        out.push(i);
        i += c.len_utf8();
    }
    out.push(i.min(raw.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile_err(src: &str) -> Vec<ExprError> {
        let counters = BTreeSet::from(["seen_24h".to_owned()]);
        compile(src, &counters).unwrap_err()
    }

    #[test]
    fn guards_are_read_off_the_top_level_conjunction() {
        let counters = BTreeSet::from(["seen_24h".to_owned()]);
        let guard = |src: &str| compile(src, &counters).unwrap().guard;
        let kind = |k: &str| SIGNAL_KINDS.iter().position(|x| *x == k).unwrap();
        let g = guard("event.type == 'report' && event.reason == 'grooming'");
        assert_eq!(g.event_type.as_deref(), Some("report"));
        assert!(g.signal_kinds.is_empty());
        let g = guard(
            "'message' == event.type && counters.seen_24h < 3 \
             && signals.exists(s, s.kind == 'conversation_risk' && s.flagged) \
             && signals.exists(s, s.age < 18 && s.kind == 'age')",
        );
        assert_eq!(g.event_type.as_deref(), Some("message"));
        assert_eq!(g.signal_kinds, vec![kind("conversation_risk"), kind("age")]);
        assert_eq!(g.signal_flags, vec![0], "s.flagged is required");
        // A flag counts only as a conjunct of its own kind's `exists`.
        for unflagged in [
            "signals.exists(s, s.kind == 'conversation_risk' && (s.flagged || s.score > 0.5))",
            "signals.exists(s, s.kind == 'conversation_risk' && !s.flagged)",
            "signals.exists(s, s.kind == 'age' && s.flagged)",
            "signals.exists(s, s.kind == 'conversation_risk' && has(s.flagged))",
            "signals.exists(s, s.kind == 'conversation_risk') && [true].exists(s, s)",
        ] {
            assert!(guard(unflagged).signal_flags.is_empty(), "{unflagged}");
        }
        // Nothing is required under `||`, `!`, a ternary, `all` or inside
        // another comprehension, nor by `exists` over all signals.
        for none in [
            "event.type == 'report' || event.type == 'message'",
            "!(event.type == 'report')",
            "now > 0 ? event.type == 'report' : true",
            "signals.all(s, s.kind == 'age')",
            "signals.exists(s, s.kind == 'age' || s.kind == 'media_match')",
            "[1].exists(x, event.type == 'report')",
            "event.type != 'report'",
        ] {
            assert_eq!(guard(none), Guard::default(), "{none}");
        }
        let present = |kinds: &[&str]| {
            let mut p = Present::default();
            for k in kinds {
                p.kinds[kind(k)] = true;
            }
            p
        };
        let g = guard("event.type == 'message' && signals.exists(s, s.kind == 'age')");
        assert!(g.admits("message", &present(&["age"])));
        assert!(!g.admits("message", &present(&["media_match"])));
        assert!(!g.admits("report", &present(&["age"])));
        let g = guard("signals.exists(s, s.flagged && s.kind == 'conversation_risk')");
        let mut p = present(&["conversation_risk"]);
        assert!(!g.admits("message", &p), "no flagged risk signal");
        p.flags[0] = true;
        assert!(g.admits("message", &p));
    }

    #[test]
    fn names_are_checked() {
        let counters = BTreeSet::from(["seen_24h".to_owned()]);
        for ok in [
            "event.type == 'message'",
            "signals.exists(s, s.kind == 'age' && s.age < 18)",
            "counters.seen_24h > 3 && now > 0",
            "has_label('actor', 'minor') || 'minor' in labels.recipient",
            "signals.map(s, s.kind).exists(k, k == 'age')",
            "type(now) == int",
        ] {
            compile(ok, &counters).unwrap_or_else(|e| panic!("{ok}: {e:?}"));
        }
        let e = compile_err("signal.exists(s, true)");
        assert!(e[0].message.contains("unknown variable `signal`"), "{e:?}");
        assert_eq!(e[0].pos, Some((1, 1)));
        let e = compile_err("now > 0 &&\n counters.nope > 1");
        assert!(e[0].message.contains("unknown counter `nope`"), "{e:?}");
        assert_eq!(e[0].pos.map(|p| p.0), Some(2));
        let e = compile_err("'x' in labels.sender");
        assert!(e[0].message.contains("unknown role `sender`"), "{e:?}");
        let e = compile_err("has_label('sender', 'x')");
        assert!(e[0].message.contains("unknown role `sender`"), "{e:?}");
        let e = compile_err("has_label(event.type, 'x')");
        assert!(e[0].message.contains("string literal"), "{e:?}");
        let e = compile_err("signals.exists(s, s.kind == 'media_mtch')");
        assert!(
            e[0].message.contains("unknown signal kind `media_mtch`"),
            "{e:?}"
        );
        let e = compile_err("event.type == ");
        assert!(e[0].pos.is_some(), "{e:?}");
        // A comprehension variable shadows nothing outside it.
        let e = compile_err("signals.exists(s, true) && s.kind == 'age'");
        assert!(e[0].message.contains("unknown variable `s`"), "{e:?}");
    }

    #[test]
    fn positions() {
        let src = "ab\ncd\ne";
        for off in 0..src.len() {
            assert_eq!(pos_to_offset(src, offset_to_pos(src, off)), off);
        }
        assert_eq!(offset_to_pos("é\nxé y", 7), (2, 4));
    }

    #[test]
    fn string_offsets() {
        assert_eq!(toml_string_offsets("'ab'"), vec![1, 2, 3, 4]);
        assert_eq!(toml_string_offsets(r#""a\"b""#), vec![1, 2, 4, 5, 6]);
        assert_eq!(toml_string_offsets(r#""\u00e9x""#), vec![1, 7, 8, 9]);
        assert_eq!(toml_string_offsets("'''\nab'''")[..2], [4, 5]);
        assert_eq!(toml_string_offsets("\"\"\"a\\\n   b\"\"\"")[..2], [3, 9]);
    }
}
