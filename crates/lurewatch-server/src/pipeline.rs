//! The ingest pipeline.
//!
//! ```text
//! handler ─(media hashing, blocking pool;─► writer thread ──► decision thread ──► reply
//!           message text read: analysis,    group commit:     conversation +
//!           message model)                  events of the     behaviour state,
//!                                           batch + decisions counters, labels,
//!                                           and counters of   rules
//!                                           earlier batches ◄──────┘ write-back
//! ```
//!
//! * The **handler** reads a message's text (normalisation, entities,
//!   lexicon evidence, the message model: the stateless half of the text
//!   detector, [`MessageReaders`]) before queueing it, on whichever worker
//!   handles the request, so the serial decision thread only folds the read
//!   into conversation and account state.
//! * The **writer** (a task on its own thread) owns the appends. It takes every event waiting in
//!   its queue (up to [`MAX_BATCH`]) and commits them in one transaction,
//!   together with the decisions and counter additions the decision thread
//!   produced since the previous commit: one durable commit (one `fsync`)
//!   per batch for everything. Events are acknowledged only after that
//!   commit, so an acknowledged event survives a crash. While a commit is in
//!   flight the next batch queues up, so batches grow with the load.
//! * The writer hands each committed batch to the **decision thread** in one
//!   message (one wake-up per batch, not per event). The thread keeps
//!   per-conversation order (it sees events in seq order) and owns all
//!   detector state without locks. It answers each request directly, after
//!   queueing the event's decision for write-back.
//! * Decisions and counters therefore lag the acknowledgement by a commit
//!   (they are recomputable from the log). When no event arrives they are
//!   written on their own after [`WRITE_BACK_DELAY_MS`];
//!   [`flush_effects`] forces it. Labels, cases and outbox jobs (rare: only
//!   when a rule acts) are written by their own tasks.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use arc_swap::ArcSwap;
use lurewatch_core::event::{Envelope, Event};
use lurewatch_core::{Action, Decision, EntityKind, EntityRef, Label, Millis, Signal};
use lurewatch_rules::{EvalInput, RoleLabels, RuleSet};
use lurewatch_store::{
    Appended, CaseUpdate, CounterAdd, NewEvent, NewJob, Store, StoreError, WriteBack,
};
use tokio::sync::{mpsc, oneshot};

use crate::detectors::{ConversationDetector, MediaDetector, MessageReaders};
use lurewatch_detect::MessageRead;

/// Now, in Unix milliseconds.
pub fn now_ms() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// Most events committed in one transaction.
pub const MAX_BATCH: usize = 512;

/// Longest a decision or counter waits for write-back when no event comes
/// to carry it.
pub const WRITE_BACK_DELAY_MS: u64 = 50;

/// Most decisions and counter additions held for write-back: beyond this
/// they are written even without events to carry them.
const MAX_WRITE_BACK: usize = 8192;

/// How often counter additions are released for writing (summed per
/// counter bucket in between). Every commit, they were a random-leaf page
/// per event (measured +2.5–4.6 % throughput without them). The decision
/// thread's counters are authoritative while it runs; a crash loses at most
/// about twice this much of the stored counts (a round being written, and
/// the next being summed), which the next start loads ([`Counters::load`]).
pub const COUNTER_WRITE_EVERY_MS: u64 = 1000;

/// Fewest released counter rows an events commit carries; it carries more
/// (a 32nd of what is waiting) when many wait. A round released all at once
/// is one commit whose size grows with the number of live counters (~2,000
/// upserts, 6–16 ms, at the load benchmark's rate; the benchmark measured
/// the slices level), so the slices keep every commit bounded.
const COUNTER_ROWS_PER_COMMIT: usize = 128;

/// What ingesting one event came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Ingested {
    /// Stored now at `seq` and decided.
    New {
        /// Position in the log.
        seq: i64,
        /// The decision.
        decision: Decision,
    },
    /// A retry of the event stored at `seq`: not processed again.
    Duplicate {
        /// The original event's position in the log.
        seq: i64,
    },
}

/// Why an event could not be ingested.
#[derive(Debug, Clone, thiserror::Error)]
pub enum IngestError {
    /// The append failed: the event is not stored.
    #[error("append failed: {0}")]
    Store(#[from] StoreError),
    /// The writer or the decision thread has stopped.
    #[error(transparent)]
    Stopped(#[from] PipelineStopped),
}

/// Where an event's outcome goes.
pub type Reply = oneshot::Sender<Result<Ingested, IngestError>>;

/// One event for the writer: the row to append, and what the decision
/// thread needs once it is stored.
pub struct Submission {
    /// The row.
    pub event: NewEvent,
    /// The parsed event.
    pub envelope: Envelope,
    /// Event time (platform time, or receipt).
    pub ts: Millis,
    /// Media signals computed by the handler.
    pub media_signals: Vec<Signal>,
    /// A message's text read by the handler ([`MessageReaders`]).
    pub read: Option<MessageRead>,
    /// Where the outcome goes.
    pub reply: Reply,
}

/// Handle to the group-commit writer.
#[derive(Clone)]
pub struct Writer {
    tx: mpsc::Sender<Submission>,
}

impl Writer {
    /// Starts the writer: it appends what [`Writer::submit`] sends,
    /// writes back the `effects` (decisions and counters) with the appends,
    /// and hands new events to `pipeline`.
    pub fn start(store: Arc<dyn Store>, effects: EffectQueue, pipeline: Pipeline) -> Writer {
        let (tx, rx) = mpsc::channel::<Submission>(16 * MAX_BATCH);
        // The writer gets a thread (and a runtime) of its own: on the shared
        // runtime each of a commit's round trips to the SQLite connection's
        // thread waited for a worker busy with HTTP requests, and the commit
        // is the pipeline's serial step.
        // Timers only: without an I/O driver the idle thread parks on a
        // futex rather than in epoll (cheaper to wake, and it does no I/O
        // of its own).
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("build the writer's runtime");
        std::thread::Builder::new()
            .name("lurewatch-write".into())
            .spawn(move || runtime.block_on(run_writer(store, rx, effects, pipeline)))
            .expect("spawn the writer thread");
        Writer { tx }
    }

    /// Queues one event; the reply comes once it is durable and decided
    /// (or found to be a duplicate). Waits while the queue is full.
    pub async fn submit(&self, submission: Submission) -> Result<(), PipelineStopped> {
        self.tx.send(submission).await.map_err(|_| PipelineStopped)
    }
}

/// Effects and flush requests waiting for the next commit.
#[derive(Default)]
struct Pending {
    writes: WriteBack,
    /// Counter additions summed per (entity, name, bucket) until they are
    /// due ([`COUNTER_WRITE_EVERY_MS`]).
    counters: HashMap<(EntityRef, String, Millis), i64>,
    /// Released counter rows not yet written: events commits take them a
    /// slice at a time ([`COUNTER_ROWS_PER_COMMIT`]).
    releasing: Vec<CounterAdd>,
    flushes: Vec<oneshot::Sender<()>>,
    /// When the oldest pending write arrived.
    since: Option<tokio::time::Instant>,
}

impl Pending {
    fn absorb(&mut self, e: Effect) {
        let w = &mut self.writes;
        match e {
            Effect::Decision(seq, d) => w.decisions.push((seq, d)),
            Effect::Counter(c) => {
                *self
                    .counters
                    .entry((c.entity, c.name, c.bucket))
                    .or_default() += c.by
            }
            Effect::Label(l) => w.labels.push(l),
            Effect::Case(c) => w.cases.push(c),
            Effect::Job(j) => w.jobs.push(j),
            Effect::Flush(done) => self.flushes.push(done),
        }
        if self.since.is_none() && self.len() > 0 {
            self.since = Some(tokio::time::Instant::now());
        }
    }

    fn len(&self) -> usize {
        self.writes.len() + self.counters.len() + self.releasing.len()
    }

    /// Releases the summed counter additions: they wait in `releasing`
    /// for commits to carry them.
    fn release_counters(&mut self) {
        self.releasing
            .extend(
                self.counters
                    .drain()
                    .map(|((entity, name, bucket), by)| CounterAdd {
                        entity,
                        name,
                        bucket,
                        by,
                    }),
            );
    }

    /// Moves released counter rows into the write-back: all of them, or a
    /// slice of [`COUNTER_ROWS_PER_COMMIT`] (more when many wait).
    fn carry_counters(&mut self, all: bool) {
        let n = if all {
            self.releasing.len()
        } else {
            (self.releasing.len() / 32)
                .max(COUNTER_ROWS_PER_COMMIT)
                .min(self.releasing.len())
        };
        let from = self.releasing.len() - n;
        self.writes.counters.extend(self.releasing.drain(from..));
    }

    fn deadline(&self) -> Option<tokio::time::Instant> {
        self.since
            .map(|t| t + Duration::from_millis(WRITE_BACK_DELAY_MS))
    }
}

async fn run_writer(
    store: Arc<dyn Store>,
    mut rx: mpsc::Receiver<Submission>,
    effects: EffectQueue,
    pipeline: Pipeline,
) {
    // However the loop ends, later effects (and flush requests) are
    // dropped rather than left waiting for a writer that is gone.
    struct CloseOnExit(EffectQueue);
    impl Drop for CloseOnExit {
        fn drop(&mut self) {
            self.0.close();
        }
    }
    let _close = CloseOnExit(effects.clone());
    let mut taken: Vec<Effect> = Vec::new();
    // The batch: rows to append, and the rest of each submission.
    let mut rows: Vec<NewEvent> = Vec::with_capacity(MAX_BATCH);
    let mut batch: Vec<Waiting> = Vec::with_capacity(MAX_BATCH);
    let take = |s: Submission, rows: &mut Vec<NewEvent>, batch: &mut Vec<Waiting>| {
        rows.push(s.event);
        batch.push(Waiting {
            envelope: s.envelope,
            ts: s.ts,
            media_signals: s.media_signals,
            read: s.read,
            reply: s.reply,
        });
    };
    let mut back = Pending::default();
    let mut counters_written = tokio::time::Instant::now();
    let mut events_open = true;
    while events_open || back.len() > 0 || !back.flushes.is_empty() {
        let deadline = back.deadline();
        if events_open {
            tokio::select! {
                biased;
                s = rx.recv() => match s {
                    Some(s) => take(s, &mut rows, &mut batch),
                    None => events_open = false,
                },
                () = effects.notified() => {}
                () = sleep_until(deadline), if deadline.is_some() => {}
            }
        }
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(s) => take(s, &mut rows, &mut batch),
                Err(_) => break,
            }
        }
        effects.take(&mut taken);
        for e in taken.drain(..) {
            back.absorb(e);
        }
        // A flush, shutdown or full write-back writes everything now.
        let urgent = !back.flushes.is_empty() || !events_open || back.len() >= MAX_WRITE_BACK;
        let due = !batch.is_empty()
            || urgent
            || deadline.is_some_and(|d| tokio::time::Instant::now() >= d);
        if !due {
            continue;
        }
        // Counters are released once a second, and ride along a slice per
        // events commit; any commit that is not an events batch (idle
        // write-back, flush, shutdown) takes all of them.
        let every = Duration::from_millis(COUNTER_WRITE_EVERY_MS);
        let all = batch.is_empty() || urgent;
        if !back.counters.is_empty() && (all || counters_written.elapsed() >= every) {
            back.release_counters();
            counters_written = tokio::time::Instant::now();
        }
        back.carry_counters(all);
        let t = std::time::Instant::now();
        let mut result = store.append_with_write_back(&rows, &back.writes).await;
        if let Err(e) = &result
            && !back.writes.is_empty()
        {
            // A failing write-back must not refuse events: append alone,
            // then write back one by one (what fails is logged and dropped).
            tracing::warn!(error = %e, n = back.len(), "append with write-back failed; retrying apart");
            result = store.append_events(&rows).await;
            write_back_apart(store.as_ref(), &back.writes).await;
        }
        back.writes.clear();
        // Counters held back (not due yet) still need writing if no event
        // comes to carry them: the idle deadline starts again.
        back.since = (back.len() > 0).then(tokio::time::Instant::now);
        metrics::histogram!("lurewatch_store_append_seconds").record(t.elapsed().as_secs_f64());
        metrics::counter!("lurewatch_store_commits_total").increment(1);
        metrics::histogram!("lurewatch_store_batch_size").record(rows.len() as f64);
        rows.clear();
        for f in back.flushes.drain(..) {
            let _ = f.send(());
        }
        match result {
            Ok(outcomes) => {
                let mut jobs = Vec::with_capacity(batch.len());
                for (s, outcome) in batch.drain(..).zip(outcomes) {
                    match outcome {
                        Appended::New { seq } => jobs.push(Job {
                            seq,
                            envelope: s.envelope,
                            ts: s.ts,
                            media_signals: s.media_signals,
                            read: s.read,
                            reply: Some(s.reply),
                        }),
                        Appended::Duplicate { seq } => {
                            let _ = s.reply.send(Ok(Ingested::Duplicate { seq }));
                        }
                    }
                }
                if !jobs.is_empty()
                    && let Err(jobs) = pipeline.submit_batch(jobs).await
                {
                    for job in jobs {
                        if let Some(r) = job.reply {
                            let _ = r.send(Err(PipelineStopped.into()));
                        }
                    }
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "event append failed");
                for s in batch.drain(..) {
                    let _ = s.reply.send(Err(e.clone().into()));
                }
            }
        }
    }
}

/// A submission in the writer's batch, without its row.
struct Waiting {
    envelope: Envelope,
    ts: Millis,
    media_signals: Vec<Signal>,
    read: Option<MessageRead>,
    reply: Reply,
}

/// Sleeps until `deadline`, or forever without one.
async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Writes the effects one call at a time, logging (and dropping) failures.
async fn write_back_apart(store: &dyn Store, w: &WriteBack) {
    if let Err(e) = store.record_decisions(&w.decisions).await {
        tracing::error!(error = %e, n = w.decisions.len(), "recording decisions failed");
    }
    if let Err(e) = store.add_to_counters(&w.counters).await {
        tracing::warn!(error = %e, "counter write-back failed");
    }
    for l in &w.labels {
        if let Err(e) = store.add_label(l).await {
            tracing::warn!(error = %e, "label write-back failed");
        }
    }
    for c in &w.cases {
        if let Err(e) = store.upsert_case(c).await {
            tracing::error!(error = %e, "case update failed");
        }
    }
    for j in &w.jobs {
        if let Err(e) = store.enqueue(&j.kind, &j.payload, j.now).await {
            tracing::error!(error = %e, kind = %j.kind, "job enqueue failed");
        }
    }
}

/// Writes that follow a decision and need not block it: they ride along
/// with the writer's next commit.
pub enum Effect {
    /// Store an event's decision.
    Decision(i64, Decision),
    /// Persist a counter increment (the decision thread's in-memory counters
    /// are authoritative while it runs).
    Counter(CounterAdd),
    /// Store a label (the decision thread's label cache has it already).
    Label(Label),
    /// Open or update a case.
    Case(CaseUpdate),
    /// Queue an outbox job (webhook, NCMEC report).
    Job(NewJob),
    /// Write everything queued so far, then answer (used at shutdown).
    Flush(oneshot::Sender<()>),
}

/// Effects on their way to the writer. The decision thread appends; the
/// writer takes everything queued each time round its loop. Only the first
/// effect into an empty queue wakes the writer (and a flush, or a queue past
/// [`MAX_WRITE_BACK`]), so under load it is woken about once per commit
/// rather than once per effect — a decision and a counter addition per
/// event would otherwise each be a cross-thread wake-up.
#[derive(Clone, Default)]
pub struct EffectQueue {
    inner: Arc<EffectInner>,
}

#[derive(Default)]
struct EffectInner {
    state: Mutex<EffectState>,
    notify: tokio::sync::Notify,
}

#[derive(Default)]
struct EffectState {
    queue: Vec<Effect>,
    /// The writer has stopped: effects are dropped (a flush's sender with
    /// them, so its waiter returns).
    closed: bool,
}

impl EffectQueue {
    /// A new, empty queue.
    pub fn new() -> EffectQueue {
        EffectQueue::default()
    }

    /// Queues `e` for the writer's next commit.
    pub fn send(&self, e: Effect) {
        let urgent = matches!(e, Effect::Flush(_));
        let wake = {
            let mut st = self.inner.state.lock().unwrap_or_else(|p| p.into_inner());
            if st.closed {
                return;
            }
            st.queue.push(e);
            st.queue.len() == 1 || urgent || st.queue.len() == MAX_WRITE_BACK
        };
        if wake {
            self.inner.notify.notify_one();
        }
    }

    /// Moves everything queued into `out`.
    fn take(&self, out: &mut Vec<Effect>) {
        let mut st = self.inner.state.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::swap(&mut st.queue, out);
    }

    /// Resolves when [`EffectQueue::send`] signals the writer (a permit is
    /// kept if nobody waits, so no signal is lost).
    async fn notified(&self) {
        self.inner.notify.notified().await;
    }

    /// The writer has stopped: drop what is queued and what comes later.
    fn close(&self) {
        let mut st = self.inner.state.lock().unwrap_or_else(|p| p.into_inner());
        st.closed = true;
        st.queue.clear();
    }
}

/// Waits until every decision and counter queued before the call is stored.
pub async fn flush_effects(effects: &EffectQueue) {
    let (tx, rx) = oneshot::channel();
    effects.send(Effect::Flush(tx));
    let _ = rx.await;
}

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
    /// The message's text read beforehand, if it was (else the decision
    /// thread reads it).
    pub read: Option<MessageRead>,
    /// Where the outcome goes (none for jobs that only record).
    pub reply: Option<Reply>,
}

/// Windowed in-memory counters: (entity, name) → buckets of (start, count).
#[derive(Default)]
pub struct Counters {
    /// Keyed by platform ids: seeded per process (see `detectors.rs`).
    map: HashMap<(EntityRef, String), VecDeque<(Millis, i64)>, foldhash::fast::RandomState>,
}

impl Counters {
    /// Counts one occurrence at `now`; returns the total within `window`.
    pub fn add(&mut self, key: (EntityRef, String), now: Millis, window: Millis) -> i64 {
        self.add_n(key, now, window, 1)
    }

    /// Counts `n` occurrences at `now`; returns the total within `window`.
    pub fn add_n(&mut self, key: (EntityRef, String), now: Millis, window: Millis, n: i64) -> i64 {
        let bucket_len = (window / 60).max(1000);
        let bucket = now - now.rem_euclid(bucket_len);
        let q = self.map.entry(key).or_default();
        while q.front().is_some_and(|(b, _)| *b + window <= now) {
            q.pop_front();
        }
        match q.back_mut() {
            Some((b, c)) if *b == bucket => *c += n,
            _ => q.push_back((bucket, n)),
        }
        q.iter().map(|(_, c)| c).sum()
    }

    /// Counters as stored (minute buckets, oldest first), for the counters
    /// the rules define now: `windows` maps a counter's name to its window.
    /// A stored bucket counts as occurring at its start (so it leaves the
    /// window up to a minute early). Buckets of counters no rule defines
    /// are skipped.
    pub fn load(stored: &[CounterAdd], windows: &HashMap<String, Millis>) -> Counters {
        let mut counters = Counters::default();
        for c in stored {
            if let Some(&window) = windows.get(&c.name) {
                counters.add_n((c.entity.clone(), c.name.clone()), c.bucket, window, c.by);
            }
        }
        counters
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
    pub effects: EffectQueue,
    /// Reads message texts where requests are handled.
    pub readers: MessageReaders,
}

/// The decision thread has stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the decision pipeline stopped")]
pub struct PipelineStopped;

/// Handle to the decision thread.
#[derive(Clone)]
pub struct Pipeline {
    tx: mpsc::Sender<Vec<Job>>,
}

impl Pipeline {
    /// Starts the decision thread. Its writes go to `shared.effects`.
    pub fn start(
        shared: Arc<Shared>,
        mut conversations: ConversationDetector,
        mut counters: Counters,
    ) -> Pipeline {
        let (tx, mut rx) = mpsc::channel::<Vec<Job>>(256);
        std::thread::Builder::new()
            .name("lurewatch-decide".into())
            .spawn(move || {
                let mut signals = Vec::new();
                while let Some(jobs) = rx.blocking_recv() {
                    for mut job in jobs {
                        let t = std::time::Instant::now();
                        signals.clear();
                        signals.extend(job.media_signals.iter().cloned());
                        let now = job.ts;
                        match &job.envelope.event {
                            Event::Message(m) => {
                                conversations.on_message(m, job.read.take(), now, &mut signals)
                            }
                            Event::Profile(p) => {
                                conversations.on_profile(p, year_of(now), &mut signals)
                            }
                            _ => {}
                        }
                        let decision = decide(&shared, &job, &signals, &mut counters);
                        metrics::histogram!("lurewatch_decide_seconds")
                            .record(t.elapsed().as_secs_f64());
                        metrics::counter!("lurewatch_decisions_total", "verdict" => decision.verdict.as_str())
                            .increment(1);
                        // Queued before the reply, so a flush after the
                        // reply finds it.
                        shared
                            .effects
                            .send(Effect::Decision(job.seq, decision.clone()));
                        if let Some(reply) = job.reply {
                            let _ = reply.send(Ok(Ingested::New {
                                seq: job.seq,
                                decision,
                            }));
                        }
                    }
                }
            })
            .expect("spawn the decision thread");
        Pipeline { tx }
    }

    /// Hands stored events, in seq order, to the decision thread (waiting
    /// when its queue is full); gives them back if the thread has stopped.
    pub async fn submit_batch(&self, jobs: Vec<Job>) -> Result<(), Vec<Job>> {
        self.tx.send(jobs).await.map_err(|e| e.0)
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

fn decide(shared: &Shared, job: &Job, signals: &[Signal], counters: &mut Counters) -> Decision {
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
        shared.effects.send(Effect::Counter(CounterAdd {
            entity: hit.entity,
            name: hit.name,
            bucket: now - now.rem_euclid(60_000),
            by: 1,
        }));
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
    apply_actions(shared, job, &decision, &roles);
    decision
}

fn apply_actions(shared: &Shared, job: &Job, d: &Decision, roles: &[(&'static str, EntityRef)]) {
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
                    shared.effects.send(Effect::Label(l));
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
                    shared.effects.send(Effect::Case(up));
                }
                Action::Webhook { name } => {
                    let payload = serde_json::json!({"webhook": name, "event_seq": job.seq, "verdict": d.verdict, "rule": hit.rule, "actor": actor});
                    shared.effects.send(Effect::Job(NewJob {
                        kind: "webhook".into(),
                        payload,
                        now,
                    }));
                }
                Action::NcmecReport => {
                    let payload = serde_json::json!({"event_seq": job.seq, "subject": actor, "rule": hit.rule});
                    shared.effects.send(Effect::Job(NewJob {
                        kind: "ncmec_report".into(),
                        payload,
                        now,
                    }));
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

    #[test]
    fn counters_load_from_stored_buckets() {
        let acct = |id: &str| EntityRef {
            kind: EntityKind::Account,
            id: id.into(),
        };
        let row = |id: &str, name: &str, bucket: Millis, by: i64| CounterAdd {
            entity: acct(id),
            name: name.into(),
            bucket,
            by,
        };
        let minute = 60_000;
        let stored = [
            row("a", "n", 0, 2),
            row("a", "n", minute, 3),
            row("b", "n", minute, 7),
            row("a", "gone", minute, 100),
        ];
        let windows = HashMap::from([("n".to_string(), 10 * minute)]);
        let mut c = Counters::load(&stored, &windows);
        assert_eq!(c.add((acct("a"), "n".into()), 2 * minute, 10 * minute), 6);
        assert_eq!(c.add((acct("b"), "n".into()), 2 * minute, 10 * minute), 8);
        // The first bucket leaves the window ten minutes after it started.
        assert_eq!(c.add((acct("a"), "n".into()), 10 * minute, 10 * minute), 5);
        // A counter no rule defines any more is not loaded.
        assert_eq!(
            c.add((acct("a"), "gone".into()), 2 * minute, 10 * minute),
            1
        );
    }

    fn counter_effect(id: u8, bucket: Millis, by: i64) -> Effect {
        Effect::Counter(CounterAdd {
            entity: EntityRef {
                kind: EntityKind::Account,
                id: format!("a{id}"),
            },
            name: "n".into(),
            bucket,
            by,
        })
    }

    /// Sums of written counter rows per (entity, bucket).
    fn sums(rows: &[CounterAdd]) -> BTreeMap<(String, Millis), i64> {
        let mut out = BTreeMap::new();
        for r in rows {
            *out.entry((r.entity.id.clone(), r.bucket)).or_default() += r.by;
        }
        out
    }

    #[test]
    fn released_counters_ride_events_commits_a_slice_at_a_time() {
        let mut p = Pending::default();
        for i in 0..1000u32 {
            p.absorb(counter_effect(
                (i % 250) as u8,
                Millis::from(i / 250) * 60_000,
                1,
            ));
        }
        // 250 entities × 4 buckets, summed.
        assert_eq!(p.len(), 1000);
        p.release_counters();
        assert_eq!(p.counters.len(), 0);
        assert_eq!(p.len(), 1000, "released rows still count as pending");
        p.carry_counters(false);
        assert_eq!(p.writes.counters.len(), COUNTER_ROWS_PER_COMMIT);
        let mut written = std::mem::take(&mut p.writes.counters);
        p.carry_counters(false);
        assert_eq!(p.writes.counters.len(), COUNTER_ROWS_PER_COMMIT);
        written.append(&mut p.writes.counters);
        // A commit that is not an events batch takes the rest.
        p.carry_counters(true);
        written.append(&mut p.writes.counters);
        assert_eq!(p.len(), 0);
        assert_eq!(written.len(), 1000);
        assert!(sums(&written).values().all(|&v| v == 1));
        // Many waiting: a 32nd of them per commit.
        for i in 0..40_000u32 {
            p.absorb(counter_effect((i % 200) as u8, Millis::from(i / 200), 1));
        }
        p.release_counters();
        p.carry_counters(false);
        assert_eq!(p.writes.counters.len(), 40_000 / 32);
    }

    proptest::proptest! {
        /// However additions, releases and commits interleave, every
        /// addition is written once: the written sums equal the absorbed
        /// ones when all is drained.
        #[test]
        fn every_counter_addition_is_written_once(
            ops in proptest::collection::vec((0u8..4, 0u8..6, 0i64..3, 1i64..5), 0..300)
        ) {
            let mut p = Pending::default();
            let mut absorbed = Vec::new();
            let mut written = Vec::new();
            for (op, id, bucket, by) in ops {
                match op {
                    0 | 1 => {
                        let e = counter_effect(id, bucket * 60_000, by);
                        if let Effect::Counter(c) = &e {
                            absorbed.push(c.clone());
                        }
                        p.absorb(e);
                    }
                    2 => p.release_counters(),
                    _ => {
                        p.carry_counters(id % 3 == 0);
                        written.append(&mut p.writes.counters);
                    }
                }
            }
            p.release_counters();
            p.carry_counters(true);
            written.append(&mut p.writes.counters);
            proptest::prop_assert_eq!(p.len(), 0);
            proptest::prop_assert_eq!(sums(&written), sums(&absorbed));
        }
    }
}
