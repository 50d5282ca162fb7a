// The `AuditStore` implementation shared by both backends, `include!`d into
// `sqlite.rs` and `postgres.rs` after `shared.rs` (same names in scope; see
// the header of `shared.rs` for the conventions).
//
// Appends are serialised: on SQLite by the single writer connection (the
// transaction holds it), on PostgreSQL by a transaction-scoped advisory lock
// of its own (not the event append lock: audit appends need not wait for
// ingest). The next id is read inside that critical section, and `id` is the
// primary key, so a fork would fail to insert rather than corrupt the chain.

/// Serialises audit appends on PostgreSQL (a fixed key of this crate).
const AUDIT_LOCK: Option<&str> = match APPEND_LOCK {
    Some(_) => Some("SELECT pg_advisory_xact_lock(7817418922365380712)"),
    None => None,
};

/// Holds live at `$1` that protect the event row aliased `e` (by its seq,
/// its actor, its conversation, or a case it belongs to).
macro_rules! event_is_protected {
    () => {
        "(EXISTS (SELECT 1 FROM preservation_holds h WHERE h.until > $1 AND \
           (h.subject = 'event:' || e.seq OR h.subject = 'account:' || e.actor \
            OR h.subject = 'conversation:' || e.conversation)) \
          OR EXISTS (SELECT 1 FROM case_events ce JOIN cases c ON c.id = ce.case_id \
           WHERE ce.event_seq = e.seq AND (c.status = 'open' OR EXISTS (\
             SELECT 1 FROM preservation_holds h WHERE h.until > $1 \
             AND h.subject = 'case:' || c.id))))"
    };
}

/// Every string of 64 lowercase hex digits in a stored envelope: the
/// SHA-256 digests of the media files it refers to (the server replaces
/// inline bytes by their digest; attachments also carry `sha256`).
fn collect_digests(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        serde_json::Value::String(text)
            if text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
        {
            out.insert(text.clone());
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_digests(item, out)),
        serde_json::Value::Object(map) => map.values().for_each(|item| collect_digests(item, out)),
        _ => {}
    }
}

fn audit_entry_from_row(row: &DbRow) -> Result<crate::AuditEntry, StoreError> {
    let id: i64 = row.try_get("id")?;
    let detail: String = row.try_get("detail")?;
    Ok(crate::AuditEntry {
        id,
        entry: crate::NewAuditEntry {
            actor: row.try_get("actor")?,
            action: row.try_get("action")?,
            subject: row.try_get("subject")?,
            detail: from_json_text(&format!("detail of audit entry {id}"), &detail)?,
            ts: row.try_get("ts")?,
        },
        prev_hash: row.try_get("prev_hash")?,
        hash: row.try_get("hash")?,
    })
}

fn hold_from_row(row: &DbRow) -> Result<crate::Hold, StoreError> {
    Ok(crate::Hold {
        id: row.try_get("id")?,
        subject: row.try_get("subject")?,
        reason: row.try_get("reason")?,
        created_by: row.try_get("created_by")?,
        created: row.try_get("created")?,
        until: row.try_get("until")?,
    })
}

/// Appends inside the caller's transaction (which commits it together with
/// whatever it audits). The entry must be validated.
async fn append_audit_in(
    tx: &mut sqlx::Transaction<'static, Db>,
    entry: &crate::NewAuditEntry,
) -> Result<crate::AuditEntry, StoreError> {
    if let Some(lock_sql) = AUDIT_LOCK {
        sqlx::query(lock_sql).execute(&mut **tx).await?;
    }
    let last = sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    let (id, prev_hash) = match last {
        Some(row) => (
            row.try_get::<i64, _>("id")? + 1,
            row.try_get::<String, _>("hash")?,
        ),
        None => (1, crate::audit::GENESIS_HASH.to_string()),
    };
    let hash = crate::audit::entry_hash(&prev_hash, id, entry);
    sqlx::query(
        "INSERT INTO audit_log (id, actor, action, subject, detail, ts, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(entry.actor.as_str())
    .bind(entry.action.as_str())
    .bind(entry.subject.as_str())
    .bind(crate::audit::canonical_json(&entry.detail))
    .bind(entry.ts)
    .bind(prev_hash.as_str())
    .bind(hash.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(crate::AuditEntry {
        id,
        entry: entry.clone(),
        prev_hash,
        hash,
    })
}

#[async_trait::async_trait]
impl crate::AuditStore for Backend {
    async fn append_audit(
        &self,
        entry: &crate::NewAuditEntry,
    ) -> Result<crate::AuditEntry, StoreError> {
        entry.validate()?;
        let mut tx = self.writer().begin().await?;
        let appended = append_audit_in(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(appended)
    }

    async fn audit_entries(
        &self,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<crate::AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, actor, action, subject, detail, ts, prev_hash, hash FROM audit_log \
             WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after_id)
        .bind(sql_limit(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(audit_entry_from_row).collect()
    }

    async fn audit_search(
        &self,
        filter: &crate::AuditFilter,
    ) -> Result<Vec<crate::AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, actor, action, subject, detail, ts, prev_hash, hash FROM audit_log \
             WHERE ($1 IS NULL OR action = $1) AND ($2 IS NULL OR actor = $2) \
             AND ($3 IS NULL OR subject = $3) AND ($4 IS NULL OR id < $4) \
             ORDER BY id DESC LIMIT $5",
        )
        .bind(filter.action.as_deref())
        .bind(filter.actor.as_deref())
        .bind(filter.subject.as_deref())
        .bind(filter.before_id)
        .bind(sql_limit(filter.limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(audit_entry_from_row).collect()
    }

    async fn audit_head(&self) -> Result<Option<(i64, String)>, StoreError> {
        let row = sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
            .fetch_optional(self.reader())
            .await?;
        row.map(|row| Ok((row.try_get("id")?, row.try_get("hash")?)))
            .transpose()
    }

    async fn add_hold(&self, hold: &crate::NewHold) -> Result<crate::Hold, StoreError> {
        hold.validate()?;
        let audit = crate::NewAuditEntry {
            actor: hold.actor.clone(),
            action: "hold.add".into(),
            subject: hold.subject.clone(),
            detail: serde_json::json!({"reason": hold.reason, "until": hold.until}),
            ts: hold.now,
        };
        audit.validate()?;
        let mut tx = self.writer().begin().await?;
        let row = sqlx::query(
            "INSERT INTO preservation_holds (subject, reason, created_by, created, until) \
             VALUES ($1, $2, $3, $4, $5) \
             RETURNING id, subject, reason, created_by, created, until",
        )
        .bind(hold.subject.as_str())
        .bind(hold.reason.as_str())
        .bind(hold.actor.as_str())
        .bind(hold.now)
        .bind(hold.until)
        .fetch_one(&mut *tx)
        .await?;
        let placed = hold_from_row(&row)?;
        let mut audit = audit;
        audit.detail["hold"] = serde_json::json!(placed.id);
        append_audit_in(&mut tx, &audit).await?;
        tx.commit().await?;
        Ok(placed)
    }

    async fn extend_hold(
        &self,
        id: i64,
        until: Millis,
        actor: &str,
        now: Millis,
    ) -> Result<crate::Hold, StoreError> {
        let mut tx = self.writer().begin().await?;
        let Some(row) = sqlx::query(
            "SELECT id, subject, reason, created_by, created, until \
             FROM preservation_holds WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Err(StoreError::NotFound(format!("hold {id}")));
        };
        let mut hold = hold_from_row(&row)?;
        if until < hold.until {
            return Err(StoreError::Invalid(format!(
                "until: hold {id} may only be extended, not shortened"
            )));
        }
        let audit = crate::NewAuditEntry {
            actor: actor.to_string(),
            action: "hold.extend".into(),
            subject: hold.subject.clone(),
            detail: serde_json::json!({"hold": id, "from": hold.until, "until": until}),
            ts: now,
        };
        audit.validate()?;
        sqlx::query("UPDATE preservation_holds SET until = $2 WHERE id = $1")
            .bind(id)
            .bind(until)
            .execute(&mut *tx)
            .await?;
        append_audit_in(&mut tx, &audit).await?;
        tx.commit().await?;
        hold.until = until;
        Ok(hold)
    }

    async fn holds_of(&self, subject: &str) -> Result<Vec<crate::Hold>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, subject, reason, created_by, created, until \
             FROM preservation_holds WHERE subject = $1 ORDER BY id",
        )
        .bind(subject)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(hold_from_row).collect()
    }

    async fn live_holds(&self, now: Millis) -> Result<Vec<crate::Hold>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, subject, reason, created_by, created, until \
             FROM preservation_holds WHERE until > $1 ORDER BY id",
        )
        .bind(now)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(hold_from_row).collect()
    }

    async fn purge(&self, policy: &crate::PurgePolicy) -> Result<crate::PurgeCounts, StoreError> {
        let batch = policy.batch.max(1);
        let mut total = crate::PurgeCounts::default();
        let mut part = 0u64;
        // Events, a batch per transaction, each with its own audit entry: a
        // deletion is never committed without its record.
        loop {
            let mut counts = crate::PurgeCounts::default();
            let mut tx = self.writer().begin().await?;
            let seqs: Vec<i64> = sqlx::query(concat!(
                "SELECT e.seq FROM events e WHERE e.received < $2 AND NOT ",
                event_is_protected!(),
                " ORDER BY e.seq LIMIT $3"
            ))
            .bind(policy.now)
            .bind(policy.events_before)
            .bind(sql_limit(batch))
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|row| row.try_get("seq"))
            .collect::<Result<_, _>>()?;
            let mut digests = std::collections::BTreeSet::new();
            for &seq in &seqs {
                let envelope: String = sqlx::query("SELECT envelope FROM events WHERE seq = $1")
                    .bind(seq)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get("envelope")?;
                if let Ok(envelope) = serde_json::from_str::<serde_json::Value>(&envelope) {
                    collect_digests(&envelope, &mut digests);
                }
                counts.case_links += sqlx::query("DELETE FROM case_events WHERE event_seq = $1")
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                counts.events += sqlx::query("DELETE FROM events WHERE seq = $1")
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            for digest in &digests {
                // Kept while any remaining event (held, in an open case, or
                // simply younger) still refers to the file.
                counts.media += sqlx::query(
                    "DELETE FROM media_blobs WHERE sha256 = $1 AND NOT EXISTS \
                     (SELECT 1 FROM events WHERE envelope LIKE $2)",
                )
                .bind(digest.as_str())
                .bind(format!("%{digest}%"))
                .execute(&mut *tx)
                .await?
                .rows_affected();
            }
            let last_batch = seqs.len() < batch;
            if last_batch {
                // The small tables go with the last event batch.
                counts.labels = sqlx::query(
                    "DELETE FROM labels WHERE expires IS NOT NULL AND expires < $2 \
                     AND NOT EXISTS (SELECT 1 FROM preservation_holds h WHERE h.until > $1 \
                     AND h.subject = labels.entity_kind || ':' || labels.entity_id)",
                )
                .bind(policy.now)
                .bind(policy.labels_expired_before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                counts.counters = sqlx::query(
                    "DELETE FROM counters WHERE bucket < $2 \
                     AND NOT EXISTS (SELECT 1 FROM preservation_holds h WHERE h.until > $1 \
                     AND h.subject = counters.entity_kind || ':' || counters.entity_id)",
                )
                .bind(policy.now)
                .bind(policy.counters_before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                counts.jobs =
                    sqlx::query("DELETE FROM jobs WHERE status = 'dead' AND created < $1")
                        .bind(policy.dead_jobs_before)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
            }
            if !counts.is_empty() {
                part += 1;
                let entry = crate::NewAuditEntry {
                    actor: policy.actor.clone(),
                    action: "retention.purge".into(),
                    subject: "store".into(),
                    detail: serde_json::json!({
                        "part": part,
                        "events": counts.events,
                        "case_links": counts.case_links,
                        "labels": counts.labels,
                        "counters": counts.counters,
                        "jobs": counts.jobs,
                        "media": counts.media,
                        "events_before": policy.events_before,
                        "labels_expired_before": policy.labels_expired_before,
                        "counters_before": policy.counters_before,
                        "dead_jobs_before": policy.dead_jobs_before,
                    }),
                    ts: policy.now,
                };
                entry.validate()?;
                append_audit_in(&mut tx, &entry).await?;
            }
            tx.commit().await?;
            total.events += counts.events;
            total.case_links += counts.case_links;
            total.labels += counts.labels;
            total.counters += counts.counters;
            total.jobs += counts.jobs;
            total.media += counts.media;
            if last_batch {
                return Ok(total);
            }
        }
    }

    #[cfg(test)]
    async fn raw_sql_for_test(&self, sql: &str, disable_triggers: bool) -> Result<u64, StoreError> {
        const DISABLE: &str = match APPEND_LOCK {
            Some(_) => "ALTER TABLE audit_log DISABLE TRIGGER USER",
            None => {
                "DROP TRIGGER IF EXISTS audit_log_no_update; \
                     DROP TRIGGER IF EXISTS audit_log_no_delete"
            }
        };
        let mut connection = self.writer().acquire().await?;
        if disable_triggers {
            sqlx::raw_sql(DISABLE).execute(&mut *connection).await?;
        }
        let done = sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string()))
            .execute(&mut *connection)
            .await?;
        Ok(done.rows_affected())
    }

    async fn stat_events(
        &self,
        since: Millis,
        until: Millis,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<crate::StatEvent>, StoreError> {
        let mut tx = self.reader().begin().await?;
        let rows = sqlx::query(
            "SELECT e.seq, e.kind, e.actor, e.ts, d.decision \
             FROM events AS e JOIN event_decisions AS d ON d.seq = e.seq \
             WHERE e.ts >= $1 AND e.ts < $2 AND e.seq > $3 \
             ORDER BY e.seq LIMIT $4",
        )
        .bind(since)
        .bind(until)
        .bind(after_seq)
        .bind(sql_limit(limit))
        .fetch_all(&mut *tx)
        .await?;
        let mut events = Vec::with_capacity(rows.len());
        for row in &rows {
            let seq: i64 = row.try_get("seq")?;
            let kind: String = row.try_get("kind")?;
            let decision: String = row.try_get("decision")?;
            events.push(crate::StatEvent {
                seq,
                kind: parse_event_kind(&kind)?,
                actor: row.try_get("actor")?,
                ts: row.try_get("ts")?,
                decision: from_json_text(&format!("decision of event {seq}"), &decision)?,
                cases: Vec::new(),
            });
        }
        if let (Some(first), Some(last)) = (events.first(), events.last()) {
            let links = sqlx::query(
                "SELECT ce.event_seq, c.id, c.queue, c.child_safety FROM case_events ce \
                 JOIN cases c ON c.id = ce.case_id \
                 WHERE ce.event_seq >= $1 AND ce.event_seq <= $2 ORDER BY ce.event_seq, c.id",
            )
            .bind(first.seq)
            .bind(last.seq)
            .fetch_all(&mut *tx)
            .await?;
            for link in &links {
                let seq: i64 = link.try_get("event_seq")?;
                if let Ok(index) = events.binary_search_by_key(&seq, |e| e.seq) {
                    events[index].cases.push(crate::StatCase {
                        id: CaseId(link.try_get("id")?),
                        queue: link.try_get("queue")?,
                        child_safety: link.try_get("child_safety")?,
                    });
                }
            }
        }
        tx.commit().await?;
        Ok(events)
    }

    async fn declared_ages(
        &self,
        accounts: &[String],
    ) -> Result<Vec<crate::DeclaredAge>, StoreError> {
        let mut ages = Vec::new();
        let mut tx = self.reader().begin().await?;
        for account in accounts {
            let rows = sqlx::query(
                "SELECT seq, ts, envelope FROM events \
                 WHERE kind = 'profile' AND actor = $1 ORDER BY ts, seq",
            )
            .bind(account.as_str())
            .fetch_all(&mut *tx)
            .await?;
            for row in &rows {
                let seq: i64 = row.try_get("seq")?;
                let envelope: String = row.try_get("envelope")?;
                let envelope: serde_json::Value =
                    from_json_text(&format!("envelope of event {seq}"), &envelope)?;
                let declared_age = envelope
                    .get("declared_age")
                    .and_then(serde_json::Value::as_u64)
                    .and_then(|age| u8::try_from(age).ok());
                let birth_year = envelope
                    .get("birth_year")
                    .and_then(serde_json::Value::as_u64)
                    .and_then(|year| u16::try_from(year).ok());
                if declared_age.is_some() || birth_year.is_some() {
                    ages.push(crate::DeclaredAge {
                        account: account.clone(),
                        declared_age,
                        birth_year,
                        ts: row.try_get("ts")?,
                    });
                }
            }
        }
        tx.commit().await?;
        Ok(ages)
    }
}
