// The `Store` implementation shared by both backends: `include!`d into
// `sqlite.rs` and `postgres.rs`, each of which defines first:
//
// * `type Db` (the sqlx database) and `type Backend` (the store struct, with
//   `fn writer(&self) -> &Pool<Db>` and `fn reader(&self) -> &Pool<Db>`;
//   `Pool` and `StoreError` are in scope),
// * `static MIGRATOR: Migrator`,
// * `const APPEND_LOCK: Option<&str>`: run first in each append transaction,
// * `const DUE_JOBS: &str`: the claim query of `due_jobs` (row locking
//   differs),
// * `fn placeholder(n: usize) -> String`: the n-th (from 1) bind parameter
//   of the generated multi-row statements.
//
// The SQL below is written once for both: `$n` placeholders (sqlx maps them
// on SQLite too), `ON CONFLICT` upserts, `RETURNING`, `CASE` instead of
// `max()`/`GREATEST()`, JSON as TEXT, booleans bound as `bool`.

use std::collections::HashMap;

use async_trait::async_trait;
use lurewatch_core::{Decision, EntityKind, EntityRef, EventKind, Label, Millis};
use sqlx::{Database, Row};

use crate::{
    ApiKeyRecord, Appended, BankEntryRecord, BankRecord, Case, CaseFilter, CaseId, CaseStatus,
    CaseSummary, CaseUpdate, CounterAdd, JOB_LEASE_MS, Job, NewEvent, Store, StoredEvent,
    WriteBack,
};

type DbRow = <Db as Database>::Row;

/// Longest job error kept.
const MAX_JOB_ERROR_LEN: usize = 1000;

/// A `SELECT` of whole events followed by `$tail`, as one `&'static str`.
macro_rules! event_sql {
    ($tail:literal) => {
        concat!(
            "SELECT seq, dedupe_key, kind, actor, conversation, ts, received, envelope, \
                    (SELECT d.decision FROM event_decisions AS d WHERE d.seq = events.seq) \
                    AS decision \
             FROM events ",
            $tail
        )
    };
}

/// Leased job rows (`id, kind, payload, attempts, next_attempt`) as jobs,
/// in due order (`RETURNING` has no defined order).
fn jobs_from_rows(rows: &[DbRow]) -> Result<Vec<Job>, StoreError> {
    let mut jobs = rows
        .iter()
        .map(|row| {
            let id: i64 = row.try_get("id")?;
            let payload: String = row.try_get("payload")?;
            let attempts: i32 = row.try_get("attempts")?;
            Ok(Job {
                payload: from_json_text(&format!("payload of job {id}"), &payload)?,
                id,
                kind: row.try_get("kind")?,
                attempts: attempts.max(0) as u32,
                next_attempt: row.try_get("next_attempt")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    jobs.sort_by_key(|job| (job.next_attempt, job.id));
    Ok(jobs)
}

/// Rows per multi-row statement (appends, decision and counter write-back),
/// largest first: a batch is split greedily into few statements of few
/// shapes (each stays prepared in the connection's statement cache).
const ROW_CHUNKS: [usize; 8] = [128, 64, 32, 16, 8, 4, 2, 1];

/// The multi-row statements of one kind, by chunk size.
type Shapes = std::sync::OnceLock<Vec<(usize, &'static str)>>;

/// The statement of `shapes` for the largest chunk that fits `remaining`
/// rows (at least 1), built on first use by `build(rows)` from numbers and
/// placeholders only, and kept for the process's life: `&'static str` is
/// what sqlx takes as safe SQL.
fn chunk_statement(
    shapes: &'static Shapes,
    remaining: usize,
    build: fn(usize) -> String,
) -> (usize, &'static str) {
    let all = shapes.get_or_init(|| {
        ROW_CHUNKS
            .iter()
            .map(|&rows| (rows, &*build(rows).leak()))
            .collect()
    });
    all.iter()
        .find(|(rows, _)| *rows <= remaining)
        .copied()
        .unwrap_or(all[all.len() - 1])
}

/// `rows` groups of `columns` placeholders: `(?, ?), (?, ?)`.
fn value_rows(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let cells: Vec<String> = (1..=columns)
                .map(|column| placeholder(row * columns + column))
                .collect();
            format!("({})", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Multi-row insert of `rows` events; a row whose dedupe key is stored
/// already is skipped (and not returned).
fn insert_events_sql(rows: usize) -> String {
    format!(
        "INSERT INTO events (dedupe_key, kind, actor, conversation, ts, received, envelope) \
         VALUES {} ON CONFLICT (dedupe_key) DO NOTHING RETURNING seq, dedupe_key",
        value_rows(rows, 7)
    )
}

/// Multi-row insert of `rows` events without `RETURNING`: fails on a key
/// stored already (the statement alone is undone); used where the backend
/// reports the last inserted id (see [`LastInsertId`]).
fn insert_events_plain_sql(rows: usize) -> String {
    format!(
        "INSERT INTO events (dedupe_key, kind, actor, conversation, ts, received, envelope) \
         VALUES {}",
        value_rows(rows, 7)
    )
}

/// The id of the last row a statement inserted, where the backend reports
/// it. On SQLite a multi-row insert that inserted every row of its `VALUES`
/// (one writer, inside a transaction) gave them consecutive seqs ending
/// there, so an append needs no `RETURNING` rows (each of which is one more
/// message from sqlx-sqlite's worker thread).
trait LastInsertId {
    /// Whether [`LastInsertId::last_insert_id`] answers.
    const KNOWN: bool;
    /// The last inserted id.
    fn last_insert_id(&self) -> Option<i64>;
}

impl LastInsertId for sqlx::sqlite::SqliteQueryResult {
    const KNOWN: bool = true;
    fn last_insert_id(&self) -> Option<i64> {
        Some(self.last_insert_rowid())
    }
}

impl LastInsertId for sqlx::postgres::PgQueryResult {
    // Identity values come from a sequence other sessions may use too.
    const KNOWN: bool = false;
    fn last_insert_id(&self) -> Option<i64> {
        None
    }
}

/// The seq of the first of the `rows` rows a plain multi-row insert stored
/// (consecutive seqs ending at the last insert id), or an error if it did
/// not store them all.
fn first_inserted_seq(
    done: &<Db as Database>::QueryResult,
    rows: usize,
) -> Result<i64, StoreError> {
    done.last_insert_id()
        .filter(|_| done.rows_affected() == rows as u64)
        .map(|last| last - rows as i64 + 1)
        .ok_or_else(|| StoreError::Database("append: inserted rows do not match the batch".into()))
}

/// `SELECT seq, dedupe_key FROM events WHERE dedupe_key IN (...rows)`.
fn select_known_sql(rows: usize) -> String {
    let keys: Vec<String> = (1..=rows).map(placeholder).collect();
    format!(
        "SELECT seq, dedupe_key FROM events WHERE dedupe_key IN ({})",
        keys.join(", ")
    )
}

/// Sets the decision of `rows` events (`seq`, decision JSON) in one
/// statement; a seq that is not stored (purged) is skipped. No two rows may
/// name the same seq.
fn update_decisions_sql(rows: usize) -> String {
    format!(
        "WITH v (seq, decision) AS (VALUES {}) \
         INSERT INTO event_decisions (seq, decision) \
         SELECT v.seq, v.decision FROM v JOIN events ON events.seq = v.seq WHERE true \
         ON CONFLICT (seq) DO UPDATE SET decision = excluded.decision",
        value_rows(rows, 2)
    )
}

/// Adds to `rows` counters in one statement (no two rows may name the same
/// counter bucket).
fn add_counters_sql(rows: usize) -> String {
    format!(
        "INSERT INTO counters (entity_kind, entity_id, name, bucket, value) VALUES {} \
         ON CONFLICT (entity_kind, entity_id, name, bucket) \
         DO UPDATE SET value = counters.value + excluded.value",
        value_rows(rows, 5)
    )
}

type DbConnection = <Db as Database>::Connection;

/// The events `batch[i]` for `i` in `indices` as the JSON array of rows
/// `[dedupe_key, kind, actor, conversation, ts, received, envelope]` that
/// `INSERT_EVENTS_JSON` reads.
fn events_json(
    batch: &[NewEvent],
    envelopes: &[String],
    indices: impl Iterator<Item = usize>,
) -> Result<String, StoreError> {
    let rows: Vec<_> = indices
        .map(|index| {
            let event = &batch[index];
            (
                event.dedupe_key.as_deref(),
                event.kind.as_str(),
                event.actor.as_str(),
                event.conversation.as_deref(),
                event.ts,
                event.received,
                envelopes[index].as_str(),
            )
        })
        .collect();
    to_json_text("events", &rows)
}

/// The append inside an open transaction (see [`Store::append_events`]);
/// `envelopes[i]` is `batch[i]`'s envelope as JSON text.
async fn append_in(
    conn: &mut DbConnection,
    batch: &[NewEvent],
    envelopes: &[String],
) -> Result<Vec<Appended>, StoreError> {
    static INSERT: Shapes = Shapes::new();
    static INSERT_PLAIN: Shapes = Shapes::new();
    static SELECT_KNOWN: Shapes = Shapes::new();
    if let Some(lock_sql) = APPEND_LOCK {
        sqlx::query(lock_sql).execute(&mut *conn).await?;
    }
    // Appends are serialised (one SQLite writer; the PostgreSQL lock), so a
    // key skipped by `ON CONFLICT DO NOTHING` below was stored before this
    // transaction, and nobody else inserts keys while it runs.
    //
    // Plan: the first input with a key (or without one) is a candidate for
    // insertion; a later input repeating a key refers to that candidate.
    let mut candidates: Vec<usize> = Vec::with_capacity(batch.len());
    let mut refers: Vec<usize> = Vec::with_capacity(batch.len());
    let mut first_with_key: HashMap<&str, usize> = HashMap::with_capacity(batch.len());
    for (index, event) in batch.iter().enumerate() {
        let candidate = match event.dedupe_key.as_deref() {
            Some(key) => *first_with_key.entry(key).or_insert_with(|| {
                candidates.push(index);
                candidates.len() - 1
            }),
            None => {
                candidates.push(index);
                candidates.len() - 1
            }
        };
        refers.push(candidate);
    }

    // Insert the candidates in multi-row statements. A statement assigns
    // seqs in VALUES order, but RETURNING's order is unspecified: keyed rows
    // are matched by key, and the (sorted) seqs of rows without a key are
    // handed out in input order.
    #[derive(Clone, Copy)]
    enum Slot {
        Pending,
        Inserted(i64),
        StoredBefore(i64),
    }
    let mut slots = vec![Slot::Pending; candidates.len()];
    let mut stored_before: Vec<usize> = Vec::new();
    macro_rules! bind_events {
        ($query:expr, $chunk:expr) => {{
            let mut query = $query;
            for &index in $chunk {
                let event = &batch[index];
                query = query
                    .bind(event.dedupe_key.as_deref())
                    .bind(event.kind.as_str())
                    .bind(event.actor.as_str())
                    .bind(event.conversation.as_deref())
                    .bind(event.ts)
                    .bind(event.received)
                    .bind(envelopes[index].as_str());
            }
            query
        }};
    }
    let mut offset = 0;
    // The whole batch in one statement where the backend can (SQLite: the
    // rows as one JSON array); a key stored before undoes it, and the chunked
    // path below sorts that out.
    if let (Some(sql), true) = (INSERT_EVENTS_JSON, candidates.len() > 1) {
        let rows = events_json(batch, envelopes, candidates.iter().copied())?;
        match sqlx::query(sql)
            .bind(rows)
            .execute(&mut *conn)
            .await
        {
            Ok(done) => {
                let first = first_inserted_seq(&done, candidates.len())?;
                for (position, slot) in slots.iter_mut().enumerate() {
                    *slot = Slot::Inserted(first + position as i64);
                }
                offset = candidates.len();
            }
            Err(error) if is_unique_violation(&error) => {}
            Err(error) => return Err(error.into()),
        }
    }
    while offset < candidates.len() {
        let (rows, sql) = chunk_statement(&INSERT, candidates.len() - offset, insert_events_sql);
        let chunk = &candidates[offset..offset + rows];
        if <<Db as Database>::QueryResult as LastInsertId>::KNOWN {
            // The common case, no key stored before: no rows to return.
            let (_, plain) = chunk_statement(
                &INSERT_PLAIN,
                candidates.len() - offset,
                insert_events_plain_sql,
            );
            match bind_events!(sqlx::query(plain), chunk)
                .execute(&mut *conn)
                .await
            {
                Ok(done) => {
                    let first = first_inserted_seq(&done, rows)?;
                    for position in 0..rows {
                        slots[offset + position] = Slot::Inserted(first + position as i64);
                    }
                    offset += rows;
                    continue;
                }
                // A key stored before: the statement was undone (the
                // transaction goes on); insert what is new, below.
                Err(error) if is_unique_violation(&error) => {}
                Err(error) => return Err(error.into()),
            }
        }
        let returned = bind_events!(sqlx::query(sql), chunk)
            .fetch_all(&mut *conn)
            .await?;
        let mut by_key: HashMap<String, i64> = HashMap::with_capacity(returned.len());
        let mut keyless: Vec<i64> = Vec::new();
        for row in &returned {
            let seq: i64 = row.try_get("seq")?;
            match row.try_get::<Option<String>, _>("dedupe_key")? {
                Some(key) => {
                    by_key.insert(key, seq);
                }
                None => keyless.push(seq),
            }
        }
        keyless.sort_unstable();
        let mut keyless = keyless.into_iter();
        let mut matched = 0;
        for (position, &index) in chunk.iter().enumerate() {
            let seq = match batch[index].dedupe_key.as_deref() {
                Some(key) => by_key.get(key).copied(),
                None => keyless.next(),
            };
            match seq {
                Some(seq) => {
                    matched += 1;
                    slots[offset + position] = Slot::Inserted(seq);
                }
                None if batch[index].dedupe_key.is_some() => stored_before.push(offset + position),
                None => {
                    return Err(StoreError::Database(
                        "append: an event without a key was not inserted".into(),
                    ));
                }
            }
        }
        if matched != returned.len() {
            return Err(StoreError::Database(
                "append: inserted rows do not match the batch".into(),
            ));
        }
        offset += rows;
    }

    // Keys stored before: their original seqs.
    let mut offset = 0;
    while offset < stored_before.len() {
        let (rows, sql) = chunk_statement(
            &SELECT_KNOWN,
            stored_before.len() - offset,
            select_known_sql,
        );
        let chunk = &stored_before[offset..offset + rows];
        let mut query = sqlx::query(sql);
        for &candidate in chunk {
            query = query.bind(batch[candidates[candidate]].dedupe_key.as_deref());
        }
        let mut known: HashMap<String, i64> = HashMap::new();
        for row in query.fetch_all(&mut *conn).await? {
            known.insert(row.try_get("dedupe_key")?, row.try_get("seq")?);
        }
        for &candidate in chunk {
            let key = batch[candidates[candidate]]
                .dedupe_key
                .as_deref()
                .unwrap_or_default();
            let seq = known.get(key).copied().ok_or_else(|| {
                StoreError::Database("append: a conflicting key was not found".into())
            })?;
            slots[candidate] = Slot::StoredBefore(seq);
        }
        offset += rows;
    }

    // Outcomes in input order: the first input of a newly inserted row is
    // new, every other one a duplicate of it; a key stored before makes
    // every input carrying it a duplicate.
    let mut first_use = vec![true; candidates.len()];
    refers
        .into_iter()
        .map(|candidate| match slots[candidate] {
            Slot::Inserted(seq) if std::mem::replace(&mut first_use[candidate], false) => {
                Ok(Appended::New { seq })
            }
            Slot::Inserted(seq) | Slot::StoredBefore(seq) => Ok(Appended::Duplicate { seq }),
            Slot::Pending => Err(StoreError::Database("append: an event got no seq".into())),
        })
        .collect()
}

/// The conflict clause of every case upsert (one open case per subject):
/// a higher priority raises the case and moves it to that queue, unless a
/// reviewer escalated it or sent it to NCMEC drafting
/// (`review::ESCALATED_QUEUE`, `review::NCMEC_QUEUE`); child safety sticks;
/// `updated` only moves forward. Expressions in SET see the old row.
macro_rules! case_upsert_conflict {
    () => {
        "ON CONFLICT (subject) WHERE status = 'open' DO UPDATE SET \
         queue = CASE WHEN cases.queue IN ('ncmec', 'escalated') THEN cases.queue \
             WHEN excluded.priority > cases.priority \
             THEN excluded.queue ELSE cases.queue END, \
         priority = CASE WHEN excluded.priority > cases.priority \
             THEN excluded.priority ELSE cases.priority END, \
         child_safety = (cases.child_safety OR excluded.child_safety), \
         updated = CASE WHEN excluded.updated > cases.updated \
             THEN excluded.updated ELSE cases.updated END"
    };
}

/// Labels and outbox jobs of a write-back, one statement each (rare: only
/// when a rule acts).
async fn labels_and_jobs_in(
    conn: &mut DbConnection,
    write_back: &WriteBack,
) -> Result<(), StoreError> {
    for label in &write_back.labels {
        add_label_in(conn, label).await?;
    }
    for job in &write_back.jobs {
        enqueue_in(conn, &job.kind, &job.payload, job.now).await?;
    }
    Ok(())
}

/// [`Store::upsert_case`] inside an open transaction.
async fn upsert_case_in(
    conn: &mut DbConnection,
    update: &CaseUpdate,
) -> Result<CaseId, StoreError> {
    // One statement, so concurrent updates of one subject cannot open two
    // cases (the partial unique index arbitrates). Expressions in SET see
    // the old row. A case a reviewer escalated or sent to NCMEC drafting
    // stays in that queue (`review::ESCALATED_QUEUE`, `review::NCMEC_QUEUE`).
    let row = sqlx::query(concat!(
        "INSERT INTO cases (subject, status, queue, priority, child_safety, created, updated) \
         VALUES ($1, 'open', $2, $3, $4, $5, $5) \
         ",
        case_upsert_conflict!(),
        " RETURNING id"
    ),
    )
    .bind(update.subject.as_str())
    .bind(update.queue.as_str())
    .bind(update.priority)
    .bind(update.child_safety)
    .bind(update.now)
    .fetch_one(&mut *conn)
    .await?;
    let case_id: i64 = row.try_get("id")?;
    let linked = sqlx::query(
        "INSERT INTO case_events (case_id, event_seq) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(case_id)
    .bind(update.event_seq)
    .execute(&mut *conn)
    .await;
    match linked {
        Err(error) if is_foreign_key_violation(&error) => {
            return Err(StoreError::NotFound(format!("event {}", update.event_seq)));
        }
        other => {
            other?;
        }
    }
    for target in &update.targets {
        sqlx::query(
            "INSERT INTO case_targets (case_id, target) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(case_id)
        .bind(target.as_str())
        .execute(&mut *conn)
        .await?;
    }
    Ok(CaseId(case_id))
}

/// [`Store::add_label`] on a connection.
async fn add_label_in(conn: &mut DbConnection, label: &Label) -> Result<(), StoreError> {
    // The new label replaces the stored one only if it expires later.
    sqlx::query(
        "INSERT INTO labels (entity_kind, entity_id, label, source, created, expires) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (entity_kind, entity_id, label) DO UPDATE SET \
         source = excluded.source, created = excluded.created, expires = excluded.expires \
         WHERE labels.expires IS NOT NULL \
         AND (excluded.expires IS NULL OR excluded.expires > labels.expires)",
    )
    .bind(label.entity.kind.as_str())
    .bind(label.entity.id.as_str())
    .bind(label.label.as_str())
    .bind(label.source.as_str())
    .bind(label.created)
    .bind(label.expires)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// [`Store::enqueue`] on a connection.
async fn enqueue_in(
    conn: &mut DbConnection,
    kind: &str,
    payload: &serde_json::Value,
    now: Millis,
) -> Result<i64, StoreError> {
    let payload = to_json_text("payload", payload)?;
    let row = sqlx::query(
        "INSERT INTO jobs (kind, payload, status, attempts, next_attempt, created) \
         VALUES ($1, $2, 'pending', 0, $3, $3) RETURNING id",
    )
    .bind(kind)
    .bind(payload)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// The last decision of each seq in `batch` (first-seen order of the
/// kept entries), as JSON text.
fn latest_decisions(batch: &[(i64, Decision)]) -> Result<Vec<(i64, String)>, StoreError> {
    let mut latest: HashMap<i64, usize> = HashMap::with_capacity(batch.len());
    for (index, (seq, _)) in batch.iter().enumerate() {
        latest.insert(*seq, index);
    }
    let mut rows: Vec<(i64, String)> = Vec::with_capacity(latest.len());
    for (index, (seq, decision)) in batch.iter().enumerate() {
        if latest.get(seq) == Some(&index) {
            rows.push((*seq, to_json_text("decision", decision)?));
        }
    }
    Ok(rows)
}

/// A counter bucket: entity, counter name, bucket start.
type CounterKey<'a> = (&'a EntityRef, &'a str, Millis);

/// Counter additions summed per bucket, in first-seen order (no two rows
/// name the same bucket, as one multi-row upsert requires on PostgreSQL).
fn summed_counters(batch: &[CounterAdd]) -> Vec<(CounterKey<'_>, i64)> {
    let mut at: HashMap<CounterKey<'_>, usize> = HashMap::with_capacity(batch.len());
    let mut order: Vec<(CounterKey<'_>, i64)> = Vec::with_capacity(batch.len());
    for c in batch {
        let key = (&c.entity, c.name.as_str(), c.bucket);
        match at.get(&key) {
            Some(&i) => order[i].1 += c.by,
            None => {
                at.insert(key, order.len());
                order.push((key, c.by));
            }
        }
    }
    order
}

/// Decisions of events (see [`Store::record_decisions`]) inside an open
/// transaction, in multi-row statements. The last decision of a seq wins.
async fn record_decisions_in(
    conn: &mut DbConnection,
    batch: &[(i64, Decision)],
) -> Result<(), StoreError> {
    static UPDATE: Shapes = Shapes::new();
    let rows = latest_decisions(batch)?;
    let mut offset = 0;
    while offset < rows.len() {
        let (n, sql) = chunk_statement(&UPDATE, rows.len() - offset, update_decisions_sql);
        let mut query = sqlx::query(sql);
        for (seq, text) in &rows[offset..offset + n] {
            query = query.bind(*seq).bind(text.as_str());
        }
        query.execute(&mut *conn).await?;
        offset += n;
    }
    Ok(())
}

/// Counter additions (see [`Store::add_to_counters`]) inside an open
/// transaction: additions to the same bucket are summed first, then
/// written in multi-row upserts.
async fn add_to_counters_in(
    conn: &mut DbConnection,
    batch: &[CounterAdd],
) -> Result<(), StoreError> {
    static UPSERT: Shapes = Shapes::new();
    let order = summed_counters(batch);
    let mut offset = 0;
    while offset < order.len() {
        let (n, sql) = chunk_statement(&UPSERT, order.len() - offset, add_counters_sql);
        let mut query = sqlx::query(sql);
        for &((entity, name, bucket), by) in &order[offset..offset + n] {
            query = query
                .bind(entity.kind.as_str())
                .bind(entity.id.as_str())
                .bind(name)
                .bind(bucket)
                .bind(by);
        }
        query.execute(&mut *conn).await?;
        offset += n;
    }
    Ok(())
}

/// The entity of a row's `entity_kind` and `entity_id` (`table` names where
/// an unknown kind was found).
fn entity_from_row(row: &DbRow, table: &str) -> Result<EntityRef, StoreError> {
    let kind: String = row.try_get("entity_kind")?;
    let kind = match kind.as_str() {
        "account" => EntityKind::Account,
        "conversation" => EntityKind::Conversation,
        "media" => EntityKind::Media,
        other => {
            return Err(StoreError::Invalid(format!(
                "entity kind {other:?} in {table}"
            )));
        }
    };
    Ok(EntityRef {
        kind,
        id: row.try_get("entity_id")?,
    })
}

fn sql_limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Serialises for a TEXT column. Serialising our own types cannot fail in
/// practice; if it does, the message names only what.
fn to_json_text<T: serde::Serialize>(what: &str, value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value)
        .map_err(|_| StoreError::Invalid(format!("{what}: not serialisable")))
}

/// Parses a TEXT column. serde's messages can quote content, so they are
/// replaced by one naming the column.
fn from_json_text<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|error| {
        StoreError::Database(format!(
            "stored {what} is not valid ({:?})",
            error.classify()
        ))
    })
}

fn parse_event_kind(name: &str) -> Result<EventKind, StoreError> {
    Ok(match name {
        "message" => EventKind::Message,
        "post" => EventKind::Post,
        "profile" => EventKind::Profile,
        "media" => EventKind::Media,
        "report" => EventKind::Report,
        "relationship" => EventKind::Relationship,
        _ => {
            return Err(StoreError::Database(format!(
                "stored event kind {name:?} is unknown"
            )));
        }
    })
}

fn parse_case_status(name: &str) -> Result<CaseStatus, StoreError> {
    CaseStatus::parse(name)
        .ok_or_else(|| StoreError::Database(format!("stored case status {name:?} is unknown")))
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

fn is_foreign_key_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|e| e.is_foreign_key_violation())
}

fn event_from_row(row: &DbRow) -> Result<StoredEvent, StoreError> {
    let seq: i64 = row.try_get("seq")?;
    let kind: String = row.try_get("kind")?;
    let envelope: String = row.try_get("envelope")?;
    let decision: Option<String> = row.try_get("decision")?;
    Ok(StoredEvent {
        seq,
        dedupe_key: row.try_get("dedupe_key")?,
        kind: parse_event_kind(&kind)?,
        actor: row.try_get("actor")?,
        conversation: row.try_get("conversation")?,
        ts: row.try_get("ts")?,
        received: row.try_get("received")?,
        envelope: from_json_text(&format!("envelope of event {seq}"), &envelope)?,
        decision: decision
            .map(|text| from_json_text::<Decision>(&format!("decision of event {seq}"), &text))
            .transpose()?,
    })
}

fn events_from_rows(rows: &[DbRow]) -> Result<Vec<StoredEvent>, StoreError> {
    rows.iter().map(event_from_row).collect()
}

fn label_from_row(entity: &EntityRef, row: &DbRow) -> Result<Label, StoreError> {
    Ok(Label {
        entity: entity.clone(),
        label: row.try_get("label")?,
        source: row.try_get("source")?,
        created: row.try_get("created")?,
        expires: row.try_get("expires")?,
    })
}

fn bank_entry_from_row(row: &DbRow) -> Result<BankEntryRecord, StoreError> {
    let quality: Option<i32> = row.try_get("quality")?;
    Ok(BankEntryRecord {
        id: Some(row.try_get("id")?),
        signal_type: row.try_get("signal_type")?,
        value: row.try_get("value")?,
        source: row.try_get("source")?,
        label: row.try_get("label")?,
        added: row.try_get("added")?,
        enabled: row.try_get("enabled")?,
        quality: quality.map(|q| q.clamp(0, 100) as u8),
    })
}

fn api_key_from_row(row: &DbRow) -> Result<ApiKeyRecord, StoreError> {
    let id: String = row.try_get("id")?;
    let scopes: String = row.try_get("scopes")?;
    Ok(ApiKeyRecord {
        scopes: from_json_text(&format!("scopes of api key {id}"), &scopes)?,
        id,
        name: row.try_get("name")?,
        hash: row.try_get("hash")?,
        created: row.try_get("created")?,
        revoked: row.try_get("revoked")?,
    })
}

fn case_summary_from_row(row: &DbRow) -> Result<CaseSummary, StoreError> {
    let status: String = row.try_get("status")?;
    let events: i64 = row.try_get("events")?;
    let targets: i64 = row.try_get("targets")?;
    Ok(CaseSummary {
        id: CaseId(row.try_get("id")?),
        subject: row.try_get("subject")?,
        status: parse_case_status(&status)?,
        queue: row.try_get("queue")?,
        priority: row.try_get("priority")?,
        child_safety: row.try_get("child_safety")?,
        created: row.try_get("created")?,
        updated: row.try_get("updated")?,
        events: events.max(0) as u64,
        targets: targets.max(0) as u64,
    })
}

#[async_trait]
impl Store for Backend {
    async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(self.writer()).await?;
        Ok(())
    }

    async fn append_events(&self, batch: &[NewEvent]) -> Result<Vec<Appended>, StoreError> {
        self.append_with_write_back(batch, &WriteBack::default())
            .await
    }

    async fn append_with_write_back(
        &self,
        batch: &[NewEvent],
        write_back: &WriteBack,
    ) -> Result<Vec<Appended>, StoreError> {
        if batch.is_empty() && write_back.is_empty() {
            return Ok(Vec::new());
        }
        // Serialise outside the transaction: the writer is held for less time.
        let envelopes = batch
            .iter()
            .map(|event| to_json_text("envelope", &event.envelope))
            .collect::<Result<Vec<_>, _>>()?;
        // Backend-specific: SQLite commits the whole batch in one round
        // trip where it can.
        if let Some(appended) =
            one_trip_append(self.writer(), batch, &envelopes, write_back).await?
        {
            return Ok(appended);
        }
        let mut tx = self.writer().begin().await?;
        let appended = if batch.is_empty() {
            Vec::new()
        } else {
            append_in(&mut tx, batch, &envelopes).await?
        };
        // Backend-specific (`sqlite.rs`, `postgres.rs`): SQLite writes the
        // whole write-back in one round trip to its connection thread.
        write_back_in(&mut tx, write_back).await?;
        tx.commit().await?;
        Ok(appended)
    }

    async fn record_decision(&self, seq: i64, decision: &Decision) -> Result<(), StoreError> {
        let text = to_json_text("decision", decision)?;
        let done = sqlx::query(
            "INSERT INTO event_decisions (seq, decision) \
             SELECT seq, $2 FROM events WHERE seq = $1 \
             ON CONFLICT (seq) DO UPDATE SET decision = excluded.decision",
        )
            .bind(seq)
            .bind(text)
            .execute(self.writer())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("event {seq}")));
        }
        Ok(())
    }

    async fn record_decisions(&self, batch: &[(i64, Decision)]) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        record_decisions_in(&mut tx, batch).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn event(&self, seq: i64) -> Result<Option<StoredEvent>, StoreError> {
        const SQL: &str = event_sql!("WHERE seq = $1");
        let row = sqlx::query(SQL)
            .bind(seq)
            .fetch_optional(self.reader())
            .await?;
        row.as_ref().map(event_from_row).transpose()
    }

    async fn events_after(
        &self,
        after_seq: i64,
        since_ts: Option<Millis>,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        const SQL: &str =
            event_sql!("WHERE seq > $1 AND ($2 IS NULL OR ts >= $2) ORDER BY seq LIMIT $3");
        let rows = sqlx::query(SQL)
            .bind(after_seq)
            .bind(since_ts)
            .bind(sql_limit(limit))
            .fetch_all(self.reader())
            .await?;
        events_from_rows(&rows)
    }

    async fn events_of_actor(
        &self,
        actor: &str,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        events_by_key(self, crate::key_runs::KeyRole::Actor, actor, limit).await
    }

    async fn events_of_conversation(
        &self,
        conversation: &str,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        events_by_key(
            self,
            crate::key_runs::KeyRole::Conversation,
            conversation,
            limit,
        )
        .await
    }

    async fn add_label(&self, label: &Label) -> Result<(), StoreError> {
        let mut conn = self.writer().acquire().await?;
        add_label_in(&mut conn, label).await
    }

    async fn remove_label(&self, entity: &EntityRef, label: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "DELETE FROM labels WHERE entity_kind = $1 AND entity_id = $2 AND label = $3",
        )
        .bind(entity.kind.as_str())
        .bind(entity.id.as_str())
        .bind(label)
        .execute(self.writer())
        .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn labels(&self, entity: &EntityRef, now: Millis) -> Result<Vec<Label>, StoreError> {
        let rows = sqlx::query(
            "SELECT label, source, created, expires FROM labels \
             WHERE entity_kind = $1 AND entity_id = $2 AND (expires IS NULL OR expires > $3) \
             ORDER BY label",
        )
        .bind(entity.kind.as_str())
        .bind(entity.id.as_str())
        .bind(now)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(|row| label_from_row(entity, row)).collect()
    }

    async fn live_labels(&self, now: Millis, limit: usize) -> Result<Vec<Label>, StoreError> {
        let rows = sqlx::query(
            "SELECT entity_kind, entity_id, label, source, created, expires FROM labels \
             WHERE expires IS NULL OR expires > $1 ORDER BY entity_kind, entity_id, label LIMIT $2",
        )
        .bind(now)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let entity = entity_from_row(row, "labels")?;
                label_from_row(&entity, row)
            })
            .collect()
    }

    async fn counters_since(
        &self,
        name: &str,
        since: Millis,
    ) -> Result<Vec<CounterAdd>, StoreError> {
        let rows = sqlx::query(
            "SELECT entity_kind, entity_id, name, bucket, value FROM counters \
             WHERE name = $1 AND bucket >= $2 ORDER BY bucket, entity_kind, entity_id",
        )
        .bind(name)
        .bind(since)
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CounterAdd {
                    entity: entity_from_row(row, "counters")?,
                    name: row.try_get("name")?,
                    bucket: row.try_get("bucket")?,
                    by: row.try_get("value")?,
                })
            })
            .collect()
    }

    async fn add_to_counter(
        &self,
        entity: &EntityRef,
        name: &str,
        bucket: Millis,
        by: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO counters (entity_kind, entity_id, name, bucket, value) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (entity_kind, entity_id, name, bucket) \
             DO UPDATE SET value = counters.value + excluded.value",
        )
        .bind(entity.kind.as_str())
        .bind(entity.id.as_str())
        .bind(name)
        .bind(bucket)
        .bind(by)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn add_to_counters(&self, batch: &[CounterAdd]) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        add_to_counters_in(&mut tx, batch).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn counter_total(
        &self,
        entity: &EntityRef,
        name: &str,
        since: Millis,
    ) -> Result<i64, StoreError> {
        // SUM of BIGINT is NUMERIC on PostgreSQL: cast back.
        let row = sqlx::query(
            "SELECT CAST(COALESCE(SUM(value), 0) AS BIGINT) AS total FROM counters \
             WHERE entity_kind = $1 AND entity_id = $2 AND name = $3 AND bucket >= $4",
        )
        .bind(entity.kind.as_str())
        .bind(entity.id.as_str())
        .bind(name)
        .bind(since)
        .fetch_one(self.reader())
        .await?;
        Ok(row.try_get("total")?)
    }

    async fn upsert_case(&self, update: &CaseUpdate) -> Result<CaseId, StoreError> {
        let mut tx = self.writer().begin().await?;
        let id = upsert_case_in(&mut tx, update).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn case(&self, id: CaseId) -> Result<Option<Case>, StoreError> {
        // One read transaction: the three reads see the same snapshot.
        let mut tx = self.reader().begin().await?;
        let Some(row) = sqlx::query(
            "SELECT id, subject, status, queue, priority, child_safety, created, updated \
             FROM cases WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        let event_rows =
            sqlx::query("SELECT event_seq FROM case_events WHERE case_id = $1 ORDER BY event_seq")
                .bind(id.0)
                .fetch_all(&mut *tx)
                .await?;
        let target_rows =
            sqlx::query("SELECT target FROM case_targets WHERE case_id = $1 ORDER BY target")
                .bind(id.0)
                .fetch_all(&mut *tx)
                .await?;
        tx.commit().await?;
        let status: String = row.try_get("status")?;
        Ok(Some(Case {
            id,
            subject: row.try_get("subject")?,
            status: parse_case_status(&status)?,
            queue: row.try_get("queue")?,
            priority: row.try_get("priority")?,
            child_safety: row.try_get("child_safety")?,
            created: row.try_get("created")?,
            updated: row.try_get("updated")?,
            event_seqs: event_rows
                .iter()
                .map(|r| r.try_get("event_seq"))
                .collect::<Result<_, _>>()?,
            targets: target_rows
                .iter()
                .map(|r| r.try_get("target"))
                .collect::<Result<_, _>>()?,
        }))
    }

    async fn cases(&self, filter: &CaseFilter) -> Result<Vec<CaseSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.id, c.subject, c.status, c.queue, c.priority, c.child_safety, \
             c.created, c.updated, \
             (SELECT COUNT(*) FROM case_events e WHERE e.case_id = c.id) AS events, \
             (SELECT COUNT(*) FROM case_targets t WHERE t.case_id = c.id) AS targets \
             FROM cases c \
             WHERE ($1 IS NULL OR c.status = $1) AND ($2 IS NULL OR c.queue = $2) \
             AND ($3 IS NULL OR c.subject = $3) \
             ORDER BY c.priority DESC, c.created ASC, c.id ASC LIMIT $4 OFFSET $5",
        )
        .bind(filter.status.map(CaseStatus::as_str))
        .bind(filter.queue.as_deref())
        .bind(filter.subject.as_deref())
        .bind(sql_limit(filter.limit))
        .bind(sql_limit(filter.offset))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(case_summary_from_row).collect()
    }

    async fn set_case_status(
        &self,
        id: CaseId,
        status: CaseStatus,
        now: Millis,
    ) -> Result<(), StoreError> {
        let done = sqlx::query("UPDATE cases SET status = $2, updated = $3 WHERE id = $1")
            .bind(id.0)
            .bind(status.as_str())
            .bind(now)
            .execute(self.writer())
            .await;
        match done {
            Ok(done) if done.rows_affected() == 0 => {
                Err(StoreError::NotFound(format!("case {id}")))
            }
            Ok(_) => Ok(()),
            Err(error) if is_unique_violation(&error) => Err(StoreError::Conflict(format!(
                "case {id}: its subject already has an open case"
            ))),
            Err(error) => Err(error.into()),
        }
    }

    async fn create_bank(&self, name: &str, max_distance: u32) -> Result<(), StoreError> {
        if name.is_empty() {
            return Err(StoreError::Invalid("name: must not be empty".into()));
        }
        let max_distance = i32::try_from(max_distance)
            .map_err(|_| StoreError::Invalid("max_distance: too large".into()))?;
        let done =
            sqlx::query("INSERT INTO banks (name, max_distance, enabled) VALUES ($1, $2, $3)")
                .bind(name)
                .bind(max_distance)
                .bind(true)
                .execute(self.writer())
                .await;
        match done {
            Err(error) if is_unique_violation(&error) => {
                Err(StoreError::Conflict(format!("bank {name:?} exists")))
            }
            other => other.map(|_| ()).map_err(StoreError::from),
        }
    }

    async fn banks(&self) -> Result<Vec<BankRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT b.name, b.max_distance, b.enabled, \
             (SELECT COUNT(*) FROM bank_entries e WHERE e.bank = b.name) AS entries \
             FROM banks b ORDER BY b.name",
        )
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let max_distance: i32 = row.try_get("max_distance")?;
                let entries: i64 = row.try_get("entries")?;
                Ok(BankRecord {
                    name: row.try_get("name")?,
                    max_distance: max_distance.max(0) as u32,
                    enabled: row.try_get("enabled")?,
                    entries: entries.max(0) as u64,
                })
            })
            .collect()
    }

    async fn add_bank_entries(
        &self,
        bank: &str,
        entries: &[BankEntryRecord],
    ) -> Result<u64, StoreError> {
        for (index, entry) in entries.iter().enumerate() {
            entry.validate().map_err(|error| match error {
                StoreError::Invalid(what) => {
                    StoreError::Invalid(format!("entries[{index}].{what}"))
                }
                other => other,
            })?;
        }
        let mut tx = self.writer().begin().await?;
        let exists = sqlx::query("SELECT 1 AS one FROM banks WHERE name = $1")
            .bind(bank)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound(format!("bank {bank:?}")));
        }
        let mut inserted = 0;
        for entry in entries {
            let done = sqlx::query(
                "INSERT INTO bank_entries \
                 (bank, signal_type, value, source, label, added, enabled, quality) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (bank, signal_type, value) DO NOTHING",
            )
            .bind(bank)
            .bind(entry.signal_type.as_str())
            .bind(entry.value.as_str())
            .bind(entry.source.as_str())
            .bind(entry.label.as_deref())
            .bind(entry.added)
            .bind(entry.enabled)
            .bind(entry.quality.map(i32::from))
            .execute(&mut *tx)
            .await?;
            inserted += done.rows_affected();
        }
        tx.commit().await?;
        Ok(inserted)
    }

    async fn bank_entries(&self, bank: &str) -> Result<Vec<BankEntryRecord>, StoreError> {
        let mut tx = self.reader().begin().await?;
        let exists = sqlx::query("SELECT 1 AS one FROM banks WHERE name = $1")
            .bind(bank)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound(format!("bank {bank:?}")));
        }
        let rows = sqlx::query(
            "SELECT id, signal_type, value, source, label, added, enabled, quality \
             FROM bank_entries WHERE bank = $1 ORDER BY id",
        )
        .bind(bank)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        rows.iter().map(bank_entry_from_row).collect()
    }

    async fn set_bank_enabled(&self, bank: &str, enabled: bool) -> Result<(), StoreError> {
        let done = sqlx::query("UPDATE banks SET enabled = $2 WHERE name = $1")
            .bind(bank)
            .bind(enabled)
            .execute(self.writer())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("bank {bank:?}")));
        }
        Ok(())
    }

    async fn set_entry_enabled(&self, entry_id: i64, enabled: bool) -> Result<(), StoreError> {
        let done = sqlx::query("UPDATE bank_entries SET enabled = $2 WHERE id = $1")
            .bind(entry_id)
            .bind(enabled)
            .execute(self.writer())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("bank entry {entry_id}")));
        }
        Ok(())
    }

    async fn enqueue(
        &self,
        kind: &str,
        payload: &serde_json::Value,
        now: Millis,
    ) -> Result<i64, StoreError> {
        let mut conn = self.writer().acquire().await?;
        enqueue_in(&mut conn, kind, payload, now).await
    }

    async fn due_jobs(&self, now: Millis, limit: usize) -> Result<Vec<Job>, StoreError> {
        let rows = sqlx::query(DUE_JOBS)
            .bind(now)
            .bind(now.saturating_add(JOB_LEASE_MS))
            .bind(sql_limit(limit))
            .fetch_all(self.writer())
            .await?;
        jobs_from_rows(&rows)
    }

    async fn job_done(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM jobs WHERE id = $1")
            .bind(id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn job_failed(
        &self,
        id: i64,
        next_attempt: Millis,
        error: &str,
        give_up: bool,
    ) -> Result<(), StoreError> {
        let mut end = error.len().min(MAX_JOB_ERROR_LEN);
        while !error.is_char_boundary(end) {
            end -= 1;
        }
        sqlx::query(
            "UPDATE jobs SET attempts = attempts + 1, next_attempt = $2, last_error = $3, \
             leased_until = NULL, status = CASE WHEN $4 THEN 'dead' ELSE 'pending' END \
             WHERE id = $1",
        )
        .bind(id)
        .bind(next_attempt)
        .bind(&error[..end])
        .bind(give_up)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn insert_api_key(&self, key: &ApiKeyRecord) -> Result<(), StoreError> {
        let scopes = to_json_text("scopes", &key.scopes)?;
        let done = sqlx::query(
            "INSERT INTO api_keys (id, name, hash, scopes, created, revoked) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(key.id.as_str())
        .bind(key.name.as_str())
        .bind(key.hash.as_str())
        .bind(scopes)
        .bind(key.created)
        .bind(key.revoked)
        .execute(self.writer())
        .await;
        match done {
            Err(error) if is_unique_violation(&error) => {
                Err(StoreError::Conflict(format!("api key {:?} exists", key.id)))
            }
            other => other.map(|_| ()).map_err(StoreError::from),
        }
    }

    async fn api_key(&self, id: &str) -> Result<Option<ApiKeyRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT id, name, hash, scopes, created, revoked FROM api_keys WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.reader())
        .await?;
        row.as_ref().map(api_key_from_row).transpose()
    }

    async fn api_keys(&self) -> Result<Vec<ApiKeyRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, hash, scopes, created, revoked FROM api_keys ORDER BY id",
        )
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(api_key_from_row).collect()
    }

    async fn revoke_api_key(&self, id: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE api_keys SET revoked = $2 WHERE id = $1")
            .bind(id)
            .bind(true)
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn put_media(
        &self,
        sha256: &str,
        bytes: &[u8],
        received: Millis,
    ) -> Result<(), StoreError> {
        if sha256.len() != 64
            || !sha256
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        {
            return Err(StoreError::Invalid(
                "sha256: 64 lower-case hex digits".into(),
            ));
        }
        sqlx::query(
            "INSERT INTO media_blobs (sha256, size, bytes, received) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(sha256)
        .bind(bytes.len() as i64)
        .bind(bytes)
        .bind(received)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn media(&self, sha256: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let row = sqlx::query("SELECT bytes FROM media_blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(self.reader())
            .await?;
        row.map(|r| r.try_get::<Vec<u8>, _>(0).map_err(StoreError::from))
            .transpose()
    }
}
