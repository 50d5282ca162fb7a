//! The ingest pipeline.
//!
//! ```text
//! handler ──► writer task (group commit: one transaction per batch) ──► durable
//!    │                                                                      │
//!    └── media hashing (blocking pool) ─────────────┐                       │
//!                                                   ▼                       ▼
//!                                  decision thread: text + behaviour detectors,
//!                                  counters, labels, rules → Decision ─► reply
//!                                  effects (labels, cases, outbox, decision record)
//!                                  are written back asynchronously
//! ```
//!
//! Events are acknowledged only after the writer's transaction commits, so
//! an acknowledged event survives a crash. A single decision thread keeps
//! per-conversation order and owns all detector state without locks.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, RwLock};

use arc_swap::ArcSwap;
use lurewatch_core::event::{Envelope, Event};
use lurewatch_core::{Action, Decision, EntityKind, EntityRef, Label, Millis, Signal};
use lurewatch_rules::{EvalInput, RoleLabels, RuleSet};
use lurewatch_store::{Appended, CaseUpdate, CounterAdd, NewEvent, Store, StoreError};
use tokio::sync::{mpsc, oneshot};

use crate::detectors::{ConversationDetector, MediaDetector};

/// Now, in Unix milliseconds.
pub fn now_ms() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// Most events committed in one transaction.
pub const MAX_BATCH: usize = 512;

type AppendReply = oneshot::Sender<Result<Appended, StoreError>>;

/// Handle to the group-commit writer.
#[derive(Clone)]
pub struct Writer {
    tx: mpsc::Sender<(NewEvent, AppendReply)>,
}

impl Writer {
    /// Starts the writer task.
    pub fn start(store: Arc<dyn Store>) -> Writer {
        let (tx, mut rx) = mpsc::channel::<(NewEvent, AppendReply)>(16 * MAX_BATCH);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            let mut replies = Vec::with_capacity(MAX_BATCH);
            while let Some(first) = rx.recv().await {
                batch.push(first.0);
                replies.push(first.1);
                while batch.len() < MAX_BATCH {
                    match rx.try_recv() {
                        Ok((e, r)) => {
                            batch.push(e);
                            replies.push(r);
                        }
                        Err(_) => break,
                    }
                }
                let t = std::time::Instant::now();
                let result = store.append_events(&batch).await;
                metrics::histogram!("lurewatch_store_append_seconds")
                    .record(t.elapsed().as_secs_f64());
                metrics::counter!("lurewatch_store_commits_total").increment(1);
                metrics::histogram!("lurewatch_store_batch_size").record(batch.len() as f64);
                match result {
                    Ok(outcomes) => {
                        for (r, o) in replies.drain(..).zip(outcomes) {
                            let _ = r.send(Ok(o));
                        }
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "event append failed");
                        for r in replies.drain(..) {
                            let _ = r.send(Err(e.clone()));
                        }
                    }
                }
                batch.clear();
            }
        });
        Writer { tx }
    }

    /// Appends one event; resolves once it is durable.
    pub async fn append(&self, e: NewEvent) -> Result<Appended, StoreError> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send((e, tx))
            .await
            .map_err(|_| StoreError::Database("writer stopped".into()))?;
        rx.await
            .map_err(|_| StoreError::Database("writer stopped".into()))?
    }
}

/// Writes that follow a decision and need not block it: batched, one
/// transaction per burst.
pub enum Effect {
    /// Store an event's decision.
    Decision(i64, Decision),
    /// Persist a counter increment (the decision thread's in-memory counters
    /// are authoritative while it runs).
    Counter(CounterAdd),
    /// Write everything queued so far, then answer (used at shutdown).
    Flush(oneshot::Sender<()>),
}

/// Waits until every decision and counter queued before the call is stored.
pub async fn flush_effects(effects: &mpsc::UnboundedSender<Effect>) {
    let (tx, rx) = oneshot::channel();
    if effects.send(Effect::Flush(tx)).is_ok() {
        let _ = rx.await;
    }
}

/// Starts the batched write-back task.
pub fn start_write_back(store: Arc<dyn Store>) -> mpsc::UnboundedSender<Effect> {
    let (tx, mut rx) = mpsc::unbounded_channel::<Effect>();
    tokio::spawn(async move {
        let mut decisions = Vec::new();
        let mut counters = Vec::new();
        let mut flushes: Vec<oneshot::Sender<()>> = Vec::new();
        while let Some(first) = rx.recv().await {
            let mut next = Some(first);
            while let Some(e) = next {
                match e {
                    Effect::Decision(seq, d) => decisions.push((seq, d)),
                    Effect::Counter(c) => counters.push(c),
                    Effect::Flush(done) => flushes.push(done),
                }
                next = if decisions.len() + counters.len() < 2048 && flushes.is_empty() {
                    rx.try_recv().ok()
                } else {
                    None
                };
            }
            if !decisions.is_empty() {
                if let Err(e) = store.record_decisions(&decisions).await {
                    tracing::error!(error = %e, n = decisions.len(), "recording decisions failed");
                }
                decisions.clear();
            }
            if !counters.is_empty() {
                if let Err(e) = store.add_to_counters(&counters).await {
                    tracing::warn!(error = %e, "counter write-back failed");
                }
                counters.clear();
            }
            if !flushes.is_empty() {
                for f in flushes.drain(..) {
                    let _ = f.send(());
                }
                continue;
            }
            // Decisions can be recomputed from the log, so they need not
            // commit one by one: let a few milliseconds' worth accumulate and
            // leave the writer connection to the event appends.
            tokio::time::sleep(std::time::Duration::from_millis(WRITE_BACK_PAUSE_MS)).await;
        }
    });
    tx
}

/// Pause between write-back transactions.
pub const WRITE_BACK_PAUSE_MS: u64 = 25;

/// One event for the decision thread.
pub struct Job {
    /// Stored sequence number.
    pub seq: i64,
    /// The event.
    pub envelope: Envelope,
    /// Event time (platform time, or receipt).
    pub ts: Millis,
    /// Media signals computed by the handler.
    pub media_signals: Vec<Signal>,
    /// Where the decision goes (none for replays that only record).
    pub reply: Option<oneshot::Sender<Decision>>,
}

/// Windowed in-memory counters: (entity, name) → buckets of (start, count).
#[derive(Default)]
pub struct Counters {
    map: HashMap<(EntityRef, String), VecDeque<(Millis, i64)>>,
}

impl Counters {
    /// Counts one occurrence at `now`; returns the total within `window`.
    pub fn add(&mut self, key: (EntityRef, String), now: Millis, window: Millis) -> i64 {
        let bucket_len = (window / 60).max(1000);
        let bucket = now - now.rem_euclid(bucket_len);
        let q = self.map.entry(key).or_default();
        while q.front().is_some_and(|(b, _)| *b + window <= now) {
            q.pop_front();
        }
        match q.back_mut() {
            Some((b, c)) if *b == bucket => *c += 1,
            _ => q.push_back((bucket, 1)),
        }
        q.iter().map(|(_, c)| c).sum()
    }
}

/// Shared pieces the decision thread reads.
pub struct Shared {
    /// The store.
    pub store: Arc<dyn Store>,
    /// Loaded rules (swapped on reload).
    pub rules: ArcSwap<RuleSet>,
    /// Known-image matcher (rebuilt on bank import).
    pub media: RwLock<Arc<MediaDetector>>,
    /// Live labels by entity (write-through cache of the store).
    pub labels: RwLock<HashMap<EntityRef, Vec<Label>>>,
    /// Batched write-back of decisions and counters.
    pub effects: mpsc::UnboundedSender<Effect>,
}

/// The decision thread has stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the decision pipeline stopped")]
pub struct PipelineStopped;

/// Handle to the decision thread.
#[derive(Clone)]
pub struct Pipeline {
    tx: mpsc::Sender<Job>,
}

impl Pipeline {
    /// Starts the decision thread. `rt` runs its asynchronous write-backs.
    pub fn start(
        shared: Arc<Shared>,
        mut conversations: ConversationDetector,
        rt: tokio::runtime::Handle,
    ) -> Pipeline {
        let (tx, mut rx) = mpsc::channel::<Job>(4096);
        std::thread::Builder::new()
            .name("lurewatch-decide".into())
            .spawn(move || {
                let mut counters = Counters::default();
                let mut signals = Vec::new();
                while let Some(job) = rx.blocking_recv() {
                    let t = std::time::Instant::now();
                    signals.clear();
                    signals.extend(job.media_signals.iter().cloned());
                    let now = job.ts;
                    match &job.envelope.event {
                        Event::Message(m) => conversations.on_message(m, now, &mut signals),
                        Event::Profile(p) => conversations.on_profile(p, year_of(now), &mut signals),
                        _ => {}
                    }
                    let decision = decide(&shared, &job, &signals, &mut counters, &rt);
                    metrics::histogram!("lurewatch_decide_seconds").record(t.elapsed().as_secs_f64());
                    metrics::counter!("lurewatch_decisions_total", "verdict" => decision.verdict.as_str()).increment(1);
                    let _ = shared.effects.send(Effect::Decision(job.seq, decision.clone()));
                    if let Some(reply) = job.reply {
                        let _ = reply.send(decision);
                    }
                }
            })
            .expect("spawn the decision thread");
        Pipeline { tx }
    }

    /// Hands a job to the decision thread (waiting when its queue is
    /// full); fails only when the thread has stopped.
    pub async fn submit(&self, job: Job) -> Result<(), PipelineStopped> {
        self.tx.send(job).await.map_err(|_| PipelineStopped)
    }
}

fn year_of(ms: Millis) -> i32 {
    // Days since 1970 → civil year (Howard Hinnant's algorithm, year only).
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2)) as i32
}

/// Roles a rule can name, resolved for an event.
pub fn roles(env: &Envelope) -> Vec<(&'static str, EntityRef)> {
    let acct = |id: &str| EntityRef {
        kind: EntityKind::Account,
        id: id.to_string(),
    };
    let mut out = vec![("actor", acct(env.event.actor()))];
    match &env.event {
        Event::Message(m) => {
            out.push((
                "conversation",
                EntityRef {
                    kind: EntityKind::Conversation,
                    id: m.conversation.clone(),
                },
            ));
            if let Some(r) = m.recipients.first() {
                out.push(("recipient", acct(r)));
            }
        }
        Event::Report(r) => out.push(("subject", acct(&r.subject))),
        Event::Relationship(r) => out.push(("recipient", acct(&r.to))),
        _ => {}
    }
    out
}

/// Puts `labels` under the role's slot.
pub fn set_role_labels(out: &mut RoleLabels, role: &str, labels: Vec<String>) {
    let slot = match role {
        "actor" => &mut out.actor,
        "conversation" => &mut out.conversation,
        "subject" => &mut out.subject,
        _ => &mut out.recipient,
    };
    slot.extend(labels);
}

fn decide(
    shared: &Shared,
    job: &Job,
    signals: &[Signal],
    counters: &mut Counters,
    rt: &tokio::runtime::Handle,
) -> Decision {
    let rules = shared.rules.load();
    let now = job.ts;
    let roles = roles(&job.envelope);
    let mut labels = RoleLabels::default();
    if let Ok(cache) = shared.labels.read() {
        for (role, entity) in &roles {
            let live: Vec<String> = cache
                .get(entity)
                .into_iter()
                .flatten()
                .filter(|l| l.is_live(now))
                .map(|l| l.label.clone())
                .collect();
            set_role_labels(&mut labels, role, live);
        }
    }
    let no_counters = BTreeMap::new();
    let input = EvalInput {
        envelope: &job.envelope,
        signals,
        labels: &labels,
        counters: &no_counters,
        now,
    };
    let (counter_hits, counter_errors) = rules.counters_to_increment(&input);
    for e in &counter_errors {
        tracing::warn!(counter = %e.rule, error = %e.message, "counter condition error");
    }
    let mut values: BTreeMap<String, i64> = BTreeMap::new();
    for hit in counter_hits {
        let v = counters.add((hit.entity.clone(), hit.name.clone()), now, hit.window_ms);
        let slot = values.entry(hit.name.clone()).or_default();
        *slot = (*slot).max(v);
        let store = shared.store.clone();
        rt.spawn(async move {
            let bucket = now - now.rem_euclid(60_000);
            if let Err(e) = store
                .add_to_counter(&hit.entity, &hit.name, bucket, 1)
                .await
            {
                tracing::warn!(error = %e, "counter write-back failed");
            }
        });
    }
    let input = EvalInput {
        counters: &values,
        ..input
    };
    let (hits, errors) = rules.evaluate(&input);
    for e in &errors {
        tracing::warn!(rule = %e.rule, error = %e.message, "rule evaluation error");
        metrics::counter!("lurewatch_rule_errors_total").increment(1);
    }
    let decision = Decision::from_hits(hits, signals.to_vec(), rules.version().to_string());
    apply_actions(shared, job, &decision, &roles, rt);
    decision
}

fn apply_actions(
    shared: &Shared,
    job: &Job,
    d: &Decision,
    roles: &[(&'static str, EntityRef)],
    rt: &tokio::runtime::Handle,
) {
    let now = job.ts;
    let actor = job.envelope.event.actor().to_string();
    // A case is about the suspected offender: the participant carrying most
    // of the conversation's evidence (which may not be whoever sent the
    // message that tipped the score), else the acting account.
    // For a message with no identifiable suspect yet, no case is opened (the
    // verdict still applies; a later message names the suspect). A report's
    // suspect is its subject, not the reporter.
    let suspect = d.signals.iter().find_map(|s| match s {
        Signal::ConversationRisk {
            suspected_sender, ..
        } => Some(suspected_sender.clone()),
        _ => None,
    });
    let subject: Option<String> = match (&job.envelope.event, suspect) {
        (Event::Message(_), Some(s)) => s,
        (Event::Message(_), None) => Some(actor.clone()),
        (Event::Report(r), _) => Some(r.subject.clone()),
        _ => Some(actor.clone()),
    };
    let mut participants: Vec<String> = match &job.envelope.event {
        Event::Message(m) => m.recipients.clone(),
        Event::Report(r) => vec![r.reporter.clone()],
        _ => Vec::new(),
    };
    participants.push(actor.clone());
    participants.sort();
    participants.dedup();
    let targets: Vec<String> = participants
        .into_iter()
        .filter(|p| Some(p) != subject.as_ref())
        .collect();
    for hit in &d.rules {
        for action in &hit.actions {
            let store = shared.store.clone();
            match action {
                Action::Label {
                    entity,
                    label,
                    ttl_secs,
                } => {
                    let entity = roles
                        .iter()
                        .find(|(r, _)| *r == entity.id)
                        .map_or_else(|| entity.clone(), |(_, e)| e.clone());
                    let l = Label {
                        entity: entity.clone(),
                        label: label.clone(),
                        source: hit.rule.clone(),
                        created: now,
                        expires: ttl_secs.map(|t| now + (t as Millis) * 1000),
                    };
                    if let Ok(mut cache) = shared.labels.write() {
                        let v = cache.entry(entity).or_default();
                        v.retain(|x| x.label != l.label);
                        v.push(l.clone());
                    }
                    rt.spawn(async move {
                        if let Err(e) = store.add_label(&l).await {
                            tracing::warn!(error = %e, "label write-back failed");
                        }
                    });
                }
                Action::Case { queue, priority } => {
                    let Some(subject) = subject.clone() else {
                        continue;
                    };
                    let up = CaseUpdate {
                        subject,
                        queue: queue.clone(),
                        priority: *priority,
                        event_seq: job.seq,
                        targets: targets.clone(),
                        child_safety: queue.starts_with("child_safety"),
                        now,
                    };
                    rt.spawn(async move {
                        if let Err(e) = store.upsert_case(&up).await {
                            tracing::error!(error = %e, "case update failed");
                        }
                    });
                }
                Action::Webhook { name } => {
                    let payload = serde_json::json!({"webhook": name, "event_seq": job.seq, "verdict": d.verdict, "rule": hit.rule, "actor": actor});
                    rt.spawn(async move {
                        if let Err(e) = store.enqueue("webhook", &payload, now).await {
                            tracing::error!(error = %e, "webhook enqueue failed");
                        }
                    });
                }
                Action::NcmecReport => {
                    let payload = serde_json::json!({"event_seq": job.seq, "subject": actor, "rule": hit.rule});
                    rt.spawn(async move {
                        if let Err(e) = store.enqueue("ncmec_report", &payload, now).await {
                            tracing::error!(error = %e, "NCMEC job enqueue failed");
                        }
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_year() {
        assert_eq!(year_of(0), 1970);
        assert_eq!(year_of(1_798_502_400_000), 2026); // 2026-12-29
        assert_eq!(year_of(951_782_400_000), 2000); // 2000-02-29
    }

    #[test]
    fn counters_slide() {
        let mut c = Counters::default();
        let e = EntityRef {
            kind: EntityKind::Account,
            id: "a".into(),
        };
        let k = || (e.clone(), "n".to_string());
        assert_eq!(c.add(k(), 0, 60_000), 1);
        assert_eq!(c.add(k(), 30_000, 60_000), 2);
        assert_eq!(c.add(k(), 120_000, 60_000), 1);
    }
}
