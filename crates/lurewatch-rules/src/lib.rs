//! The declarative rules engine of lurewatch.
//!
//! A rule file (TOML) declares a `version`, velocity **counters** and
//! **rules**; conditions are CEL expressions (the `cel` crate), compiled once
//! when the file is parsed:
//!
//! ```toml
//! version = "2026-11-29.1"
//!
//! [[counter]]
//! name = "minors_contacted_24h"
//! entity = "actor"          # actor | conversation | subject | recipient
//! window = "24h"            # s, m, h or d
//! when = 'event.type == "message" && signals.exists(s, s.kind == "age" && s.age < 18)'
//!
//! [[rule]]
//! id = "known_csam_hash"
//! description = "A known child-abuse hash matched."
//! condition = 'signals.exists(s, s.kind == "media_match" && s.bank.startsWith("CSAM"))'
//! verdict = "block"         # allow | review | restrict | block
//! priority = 100
//! queue = "child_safety_urgent"
//! mode = "enforce"          # or "shadow": recorded, not acted on
//! actions = [
//!   { action = "ncmec_report" },
//!   { action = "label", entity = "actor", label = "csam_match", ttl = "365d" },
//! ]
//! ```
//!
//! A condition sees five variables:
//!
//! * `event`: the envelope as its JSON (`event.type`, `event.id`, `event.ts`,
//!   and the event's own fields: `event.sender`, `event.recipients`,
//!   `event.text`, `event.reason`, ...) plus `event.actor`, the account that
//!   acted (sender, author, uploader, reporter, follower);
//! * `signals`: the detector signals, each a map with `kind` and the fields of
//!   [`lurewatch_core::Signal`] (`score` is rounded to 6 decimals so
//!   `s.score >= 0.9` means what it says);
//! * `labels`: live label names per role, `labels.actor`, `labels.conversation`,
//!   `labels.subject`, `labels.recipient` (all recipients together); the
//!   macro `has_label("recipient", "minor")` is `"minor" in labels.recipient`;
//! * `counters`: the current value of each declared counter for this event's
//!   entity, after this event's increment (0 when the pipeline gives none);
//! * `now`: Unix milliseconds.
//!
//! Use: [`RuleSet::parse`] (or [`check`] for diagnostics only), then per event
//! [`RuleSet::counters_to_increment`], the store's counter update, and
//! [`RuleSet::evaluate`] / [`RuleSet::decide`]. [`diff`] compares two
//! decisions for replays. Everything here is pure: no I/O, no clock.

pub mod diag;
pub mod diff;
mod duration;
mod expr;
mod parse;
mod values;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use cel::common::types::CelBool;
use cel::{Context, Env, IdedExpr, Value};
use expr::Program;
use lurewatch_core::{
    Action, Decision, EntityKind, EntityRef, Envelope, Event, Millis, RuleHit, RuleMode, Signal,
    Verdict,
};
use serde::Serialize;

pub use diag::{Diagnostic, RuleError};
pub use diff::{Change, ReplaySummary, diff};
pub use duration::{MAX_DURATION_SECS, parse_duration_secs};
pub use expr::{SIGNAL_KINDS, VARIABLES};

/// Who a counter counts for, or a label goes on, relative to the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The account that acted: sender, author, profile owner, uploader,
    /// reporter, follower.
    Actor,
    /// The conversation of a message (or of a report, when given).
    Conversation,
    /// The reported account of a user report.
    Subject,
    /// Each recipient of a message; the target of a follow or friend request.
    Recipient,
}

impl Role {
    /// All roles.
    pub const ALL: [Role; 4] = [
        Role::Actor,
        Role::Conversation,
        Role::Subject,
        Role::Recipient,
    ];

    /// From its name in a rule file.
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "actor" => Role::Actor,
            "conversation" => Role::Conversation,
            "subject" => Role::Subject,
            "recipient" => Role::Recipient,
            _ => return None,
        })
    }

    /// Its name in a rule file.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Actor => "actor",
            Role::Conversation => "conversation",
            Role::Subject => "subject",
            Role::Recipient => "recipient",
        }
    }

    /// The entities that play this role in `envelope`: none when the event
    /// has no such party (a profile event has no conversation), several for
    /// the recipients of a group message.
    pub fn resolve(self, envelope: &Envelope) -> Vec<EntityRef> {
        let account = |id: &str| EntityRef {
            kind: EntityKind::Account,
            id: id.to_owned(),
        };
        let conversation = |id: &str| EntityRef {
            kind: EntityKind::Conversation,
            id: id.to_owned(),
        };
        let e = &envelope.event;
        match (self, e) {
            (Role::Actor, _) => vec![account(e.actor())],
            (Role::Conversation, Event::Message(m)) => vec![conversation(&m.conversation)],
            (Role::Conversation, Event::Report(r)) => r
                .conversation
                .as_deref()
                .map(conversation)
                .into_iter()
                .collect(),
            (Role::Subject, Event::Report(r)) => vec![account(&r.subject)],
            (Role::Recipient, Event::Message(m)) => {
                m.recipients.iter().map(|r| account(r)).collect()
            }
            (Role::Recipient, Event::Relationship(r)) => vec![account(&r.to)],
            _ => Vec::new(),
        }
    }
}

/// An action as written in a rule; label roles are resolved to entities when
/// the rule fires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum ActionSpec {
    /// Open or update the actor's case in `queue`.
    Case {
        /// Review queue.
        queue: String,
        /// Priority (higher first).
        priority: i32,
    },
    /// Queue an NCMEC CyberTipline report for the case.
    NcmecReport,
    /// Label the entity (or each entity) playing `role`.
    Label {
        /// Whose label.
        role: Role,
        /// Label name.
        label: String,
        /// Seconds until it expires; none = permanent.
        ttl_secs: Option<u64>,
    },
    /// Call the platform's webhook `name`.
    Webhook {
        /// The configured webhook's name.
        name: String,
    },
}

/// A parsed rule.
pub struct Rule {
    /// Unique id, recorded in decisions.
    pub id: String,
    /// What it catches and why it acts as it does.
    pub description: String,
    /// The CEL condition as written.
    pub condition: String,
    /// Verdict when it fires.
    pub verdict: Verdict,
    /// Priority (higher first in decisions; default 0).
    pub priority: i32,
    /// Review queue, if any (a `case` action there is implied).
    pub queue: Option<String>,
    /// Enforce or shadow.
    pub mode: RuleMode,
    /// Actions when it fires (enforced by the pipeline unless shadow).
    pub actions: Vec<ActionSpec>,
    /// Line of its `[[rule]]` table in the file.
    pub line: usize,
    program: Program,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("verdict", &self.verdict)
            .field("priority", &self.priority)
            .field("mode", &self.mode)
            .field("queue", &self.queue)
            .field("actions", &self.actions)
            .field("condition", &self.condition)
            .finish()
    }
}

/// A parsed velocity counter: how many events matching `when` an entity had
/// within `window`.
pub struct Counter {
    /// Name, as in `counters.<name>`.
    pub name: String,
    /// Whose counter.
    pub entity: Role,
    /// Sliding window.
    pub window_ms: i64,
    /// The CEL condition as written.
    pub when: String,
    /// Line of its `[[counter]]` table in the file.
    pub line: usize,
    program: Program,
}

impl fmt::Debug for Counter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Counter")
            .field("name", &self.name)
            .field("entity", &self.entity)
            .field("window_ms", &self.window_ms)
            .field("when", &self.when)
            .finish()
    }
}

/// Live label names per role, for `labels` in conditions. For several
/// recipients, `recipient` holds the labels of all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleLabels {
    /// Labels of the actor.
    pub actor: Vec<String>,
    /// Labels of the conversation.
    pub conversation: Vec<String>,
    /// Labels of the reported account.
    pub subject: Vec<String>,
    /// Labels of the recipients.
    pub recipient: Vec<String>,
}

impl RoleLabels {
    /// The labels of one role.
    pub fn get_mut(&mut self, role: Role) -> &mut Vec<String> {
        match role {
            Role::Actor => &mut self.actor,
            Role::Conversation => &mut self.conversation,
            Role::Subject => &mut self.subject,
            Role::Recipient => &mut self.recipient,
        }
    }
}

/// What rules are evaluated on.
#[derive(Debug, Clone, Copy)]
pub struct EvalInput<'a> {
    /// The event.
    pub envelope: &'a Envelope,
    /// The detectors' signals on it.
    pub signals: &'a [Signal],
    /// Live labels per role.
    pub labels: &'a RoleLabels,
    /// Counter values for this event's entity (after this event's increments;
    /// for a role with several entities, the largest). Declared counters
    /// missing here are 0.
    pub counters: &'a BTreeMap<String, i64>,
    /// Evaluation time, Unix ms.
    pub now: Millis,
}

/// A counter to increment by one because its `when` held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CounterHit {
    /// Counter name.
    pub name: String,
    /// Whose counter.
    pub entity: EntityRef,
    /// Its window.
    pub window_ms: i64,
}

/// A condition that could not be evaluated (missing field, type error, not a
/// bool). The rule doesn't fire; the others are unaffected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{rule}: {message}")]
pub struct EvalError {
    /// Rule id, or `counter:<name>` for a counter's `when`.
    pub rule: String,
    /// What went wrong.
    pub message: String,
}

/// A parsed, compiled rule file. Cheap to share (`Arc<RuleSet>`) across
/// threads; swap the `Arc` to reload.
pub struct RuleSet {
    version: String,
    counters: Vec<Counter>,
    rules: Vec<Rule>,
    env: Arc<Env>,
}

impl fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleSet")
            .field("version", &self.version)
            .field("counters", &self.counters)
            .field("rules", &self.rules)
            .finish()
    }
}

/// Every problem in a rule file, sorted by position; empty when it is valid.
pub fn check(src: &str) -> Vec<Diagnostic> {
    RuleSet::parse(src).err().unwrap_or_default()
}

fn eval_bool(program: &IdedExpr, ctx: &Context<'_, '_>) -> Result<bool, String> {
    match Value::resolve_val(program, ctx) {
        Ok(v) => match v.downcast_ref::<CelBool>() {
            Some(b) => Ok(*b.inner()),
            None => Err(format!(
                "condition is a {}, not a bool",
                v.get_type().name()
            )),
        },
        Err(e) => Err(e.to_string()),
    }
}

impl RuleSet {
    /// Parses and compiles a rule file, reporting every problem found (TOML
    /// syntax, unknown keys, verdicts, actions, roles, bad durations,
    /// duplicate ids, CEL errors, unknown variables or counters) with its
    /// `line:column`, sorted.
    pub fn parse(src: &str) -> Result<RuleSet, Vec<RuleError>> {
        parse::parse(src)
    }

    /// The file's `version`, recorded on every decision.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The rules, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The counters, in file order.
    pub fn counters(&self) -> &[Counter] {
        &self.counters
    }

    fn context<'v>(&self, vars: &'v values::Vars<'_>) -> Context<'v, 'v> {
        let mut ctx = Context::with_env(Arc::clone(&self.env));
        ctx.set_variable_resolver(vars);
        ctx
    }

    /// The counters whose `when` holds for this event, one hit per entity
    /// of the counter's role (none if the event has no such party), and the
    /// `when` conditions that failed to evaluate. `counters` in `input` are
    /// what `when` sees: pass the values before this event, or none.
    pub fn counters_to_increment(
        &self,
        input: &EvalInput<'_>,
    ) -> (Vec<CounterHit>, Vec<EvalError>) {
        let mut hits = Vec::new();
        let mut errors = Vec::new();
        if self.counters.is_empty() {
            return (hits, errors);
        }
        let vars = values::Vars::new(self, input);
        let ctx = self.context(&vars);
        let ty = input.envelope.event.kind().as_str();
        let present = expr::Present::of(input.signals);
        for c in &self.counters {
            if !c.program.guard.admits(ty, &present) {
                continue;
            }
            match eval_bool(&c.program.expr, &ctx) {
                Ok(true) => {
                    hits.extend(c.entity.resolve(input.envelope).into_iter().map(|entity| {
                        CounterHit {
                            name: c.name.clone(),
                            entity,
                            window_ms: c.window_ms,
                        }
                    }))
                }
                Ok(false) => {}
                Err(message) => errors.push(EvalError {
                    rule: format!("counter:{}", c.name),
                    message,
                }),
            }
        }
        (hits, errors)
    }

    /// Evaluates every rule: the ones that fired (shadow included, actions
    /// resolved against the event) in file order, and the ones that could
    /// not be evaluated. An error in one rule does not stop the others.
    pub fn evaluate(&self, input: &EvalInput<'_>) -> (Vec<RuleHit>, Vec<EvalError>) {
        self.evaluate_with(input, true)
    }

    /// [`evaluate`](Self::evaluate) interpreting every condition, without
    /// skipping the ones whose guard (event type, required signal kinds)
    /// rules them out. Same result by construction; kept so tests can check
    /// that.
    #[doc(hidden)]
    pub fn evaluate_unguarded(&self, input: &EvalInput<'_>) -> (Vec<RuleHit>, Vec<EvalError>) {
        self.evaluate_with(input, false)
    }

    fn evaluate_with(
        &self,
        input: &EvalInput<'_>,
        guarded: bool,
    ) -> (Vec<RuleHit>, Vec<EvalError>) {
        let vars = values::Vars::new(self, input);
        let ctx = self.context(&vars);
        let mut hits = Vec::new();
        let mut errors = Vec::new();
        let ty = input.envelope.event.kind().as_str();
        let present = expr::Present::of(input.signals);
        for rule in &self.rules {
            if guarded && !rule.program.guard.admits(ty, &present) {
                continue;
            }
            match eval_bool(&rule.program.expr, &ctx) {
                Ok(true) => hits.push(rule.hit(input.envelope)),
                Ok(false) => {}
                Err(message) => errors.push(EvalError {
                    rule: rule.id.clone(),
                    message,
                }),
            }
        }
        (hits, errors)
    }

    /// [`evaluate`](Self::evaluate), then [`Decision::from_hits`] with the
    /// input's signals and this set's version.
    pub fn decide(&self, input: &EvalInput<'_>) -> (Decision, Vec<EvalError>) {
        let (hits, errors) = self.evaluate(input);
        (
            Decision::from_hits(hits, input.signals.to_vec(), self.version.clone()),
            errors,
        )
    }
}

impl Rule {
    /// The hit of this rule on `envelope`: label roles become entities; a
    /// label for a role the event lacks is left out.
    pub fn hit(&self, envelope: &Envelope) -> RuleHit {
        let mut actions = Vec::with_capacity(self.actions.len());
        for a in &self.actions {
            match a {
                ActionSpec::Case { queue, priority } => actions.push(Action::Case {
                    queue: queue.clone(),
                    priority: *priority,
                }),
                ActionSpec::NcmecReport => actions.push(Action::NcmecReport),
                ActionSpec::Webhook { name } => {
                    actions.push(Action::Webhook { name: name.clone() })
                }
                ActionSpec::Label {
                    role,
                    label,
                    ttl_secs,
                } => {
                    actions.extend(
                        role.resolve(envelope)
                            .into_iter()
                            .map(|entity| Action::Label {
                                entity,
                                label: label.clone(),
                                ttl_secs: *ttl_secs,
                            }),
                    )
                }
            }
        }
        RuleHit {
            rule: self.id.clone(),
            mode: self.mode,
            verdict: self.verdict,
            actions,
            priority: self.priority,
        }
    }
}
