// The `ReviewStore` implementation shared by both backends, `include!`d into
// `sqlite.rs` and `postgres.rs` after `shared.rs` (same names in scope; the
// conventions of `shared.rs` hold: `$n` placeholders, `ON CONFLICT`,
// `RETURNING`, `CASE` instead of `GREATEST()`, JSON as TEXT, booleans bound
// as `bool`, counts and times as `i64`).
//
// Claims are columns of `cases` (`claimed_by`, `claimed_at`, added by
// `0002_review.sql`): a claim is one conditional UPDATE, so of concurrent
// claimers exactly one sees a changed row. On PostgreSQL the loser's UPDATE
// waits for the winner's row lock and re-checks its WHERE on the new row
// version; SQLite has one writer.

/// How often `claim_next` retries when another reviewer took its pick first.
const CLAIM_NEXT_ATTEMPTS: usize = 16;

/// The columns of a user row, for `review_user_from_row`.
macro_rules! user_columns {
    () => {
        "name, password_hash, role, queues, disabled, failed_logins, locked_until, created"
    };
}

/// The columns of a decision row, for `review_decision_from_row`.
macro_rules! decision_columns {
    () => {
        "id, case_id, reviewer, decision, action, codes, note, queue, subject, child_safety, \
         case_created, ts"
    };
}

/// The select of queue entries (cases with their claim) followed by `$tail`.
macro_rules! queue_entry_sql {
    ($tail:literal) => {
        concat!(
            "SELECT c.id, c.subject, c.status, c.queue, c.priority, c.child_safety, \
             c.created, c.updated, c.claimed_by, c.claimed_at, \
             (SELECT COUNT(*) FROM case_events e WHERE e.case_id = c.id) AS events, \
             (SELECT COUNT(*) FROM case_targets t WHERE t.case_id = c.id) AS targets \
             FROM cases c ",
            $tail
        )
    };
}

fn review_user_from_row(row: &DbRow) -> Result<crate::review::UserRecord, StoreError> {
    let name: String = row.try_get("name")?;
    let role: String = row.try_get("role")?;
    let queues: String = row.try_get("queues")?;
    let failed: i64 = row.try_get("failed_logins")?;
    Ok(crate::review::UserRecord {
        role: crate::review::Role::parse(&role).ok_or_else(|| {
            StoreError::Database(format!("stored role of user {name:?} is unknown"))
        })?,
        queues: from_json_text(&format!("queues of user {name:?}"), &queues)?,
        password_hash: row.try_get("password_hash")?,
        disabled: row.try_get("disabled")?,
        failed_logins: u32::try_from(failed.max(0)).unwrap_or(u32::MAX),
        locked_until: row.try_get("locked_until")?,
        created: row.try_get("created")?,
        name,
    })
}

fn review_decision_from_row(
    row: &DbRow,
) -> Result<crate::review::ReviewDecisionRecord, StoreError> {
    let id: i64 = row.try_get("id")?;
    let decision: String = row.try_get("decision")?;
    let codes: String = row.try_get("codes")?;
    Ok(crate::review::ReviewDecisionRecord {
        id,
        case_id: CaseId(row.try_get("case_id")?),
        subject: row.try_get("subject")?,
        queue: row.try_get("queue")?,
        child_safety: row.try_get("child_safety")?,
        case_created: row.try_get("case_created")?,
        reviewer: row.try_get("reviewer")?,
        decision: crate::review::ReviewDecisionKind::parse(&decision).ok_or_else(|| {
            StoreError::Database(format!("stored kind of review decision {id} is unknown"))
        })?,
        action: row.try_get("action")?,
        codes: from_json_text(&format!("codes of review decision {id}"), &codes)?,
        note: row.try_get("note")?,
        ts: row.try_get("ts")?,
    })
}

fn review_queue_entry_from_row(row: &DbRow) -> Result<crate::review::QueueEntry, StoreError> {
    let claimed_by: Option<String> = row.try_get("claimed_by")?;
    let claimed_at: Option<i64> = row.try_get("claimed_at")?;
    Ok(crate::review::QueueEntry {
        case: case_summary_from_row(row)?,
        claim: claimed_by.map(|reviewer| crate::review::Claim {
            reviewer,
            since: claimed_at.unwrap_or(0),
        }),
    })
}

fn review_note_from_row(row: &DbRow) -> Result<crate::review::CaseNote, StoreError> {
    Ok(crate::review::CaseNote {
        id: row.try_get("id")?,
        case_id: CaseId(row.try_get("case_id")?),
        author: row.try_get("author")?,
        text: row.try_get("text")?,
        ts: row.try_get("ts")?,
    })
}

/// Sorted and deduplicated.
fn review_sorted(items: &[String]) -> Vec<String> {
    let mut out = items.to_vec();
    out.sort();
    out.dedup();
    out
}

impl Backend {
    /// Why a conditional claim update changed nothing: `NotFound` or
    /// `Conflict` (closed, or held by someone else).
    async fn review_claim_refusal(&self, id: CaseId) -> StoreError {
        let row = sqlx::query("SELECT status, claimed_by FROM cases WHERE id = $1")
            .bind(id.0)
            .fetch_optional(self.writer())
            .await;
        match row {
            Err(error) => error.into(),
            Ok(None) => StoreError::NotFound(format!("case {id}")),
            Ok(Some(row)) => {
                let status: String = row.try_get("status").unwrap_or_default();
                let holder: Option<String> = row.try_get("claimed_by").unwrap_or(None);
                if status != "open" {
                    StoreError::Conflict(format!("case {id} is closed"))
                } else if holder.is_some() {
                    StoreError::Conflict(format!("case {id} is claimed by another reviewer"))
                } else {
                    StoreError::Conflict(format!("case {id} changed; try again"))
                }
            }
        }
    }
}

#[async_trait::async_trait]
impl crate::ReviewStore for Backend {
    async fn create_user(&self, user: &crate::review::NewUser) -> Result<(), StoreError> {
        crate::review::validate_user_name(&user.name)?;
        if user.password_hash.is_empty() {
            return Err(StoreError::Invalid(
                "password_hash: must not be empty".into(),
            ));
        }
        let queues = to_json_text("queues", &review_sorted(&user.queues))?;
        let done = sqlx::query(concat!(
            "INSERT INTO users (",
            user_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)"
        ))
        .bind(user.name.as_str())
        .bind(user.password_hash.as_str())
        .bind(user.role.as_str())
        .bind(queues)
        .bind(false)
        .bind(0_i64)
        .bind(user.created)
        .execute(self.writer())
        .await;
        match done {
            Ok(_) => Ok(()),
            Err(error) if is_unique_violation(&error) => {
                Err(StoreError::Conflict(format!("user {:?} exists", user.name)))
            }
            Err(error) => Err(error.into()),
        }
    }

    async fn user(&self, name: &str) -> Result<Option<crate::review::UserRecord>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            " FROM users WHERE name = $1"
        ))
        .bind(name)
        .fetch_optional(self.reader())
        .await?;
        row.as_ref().map(review_user_from_row).transpose()
    }

    async fn users(&self) -> Result<Vec<crate::review::UserRecord>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            " FROM users ORDER BY name"
        ))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(review_user_from_row).collect()
    }

    async fn set_user_disabled(&self, name: &str, disabled: bool) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        let done = sqlx::query("UPDATE users SET disabled = $2 WHERE name = $1")
            .bind(name)
            .bind(disabled)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {name:?}")));
        }
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_name = $1")
                .bind(name)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE cases SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = $1",
            )
            .bind(name)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_user_password(&self, name: &str, password_hash: &str) -> Result<(), StoreError> {
        if password_hash.is_empty() {
            return Err(StoreError::Invalid(
                "password_hash: must not be empty".into(),
            ));
        }
        let done = sqlx::query(
            "UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL \
             WHERE name = $1",
        )
        .bind(name)
        .bind(password_hash)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {name:?}")));
        }
        Ok(())
    }

    async fn record_login_failure(
        &self,
        name: &str,
        now: Millis,
        max_failures: u32,
        lock_ms: Millis,
    ) -> Result<Option<crate::review::UserRecord>, StoreError> {
        // One statement: concurrent failures each count (the row is locked
        // or the writer is serialised), and the lock-out cannot be skipped.
        let row = sqlx::query(concat!(
            "UPDATE users SET \
             failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END, \
             locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END \
             WHERE name = $1 RETURNING ",
            user_columns!()
        ))
        .bind(name)
        .bind(i64::from(max_failures.max(1)))
        .bind(now.saturating_add(lock_ms))
        .fetch_optional(self.writer())
        .await?;
        row.as_ref().map(review_user_from_row).transpose()
    }

    async fn record_login_success(&self, name: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $1")
            .bind(name)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn create_session(
        &self,
        session: &crate::review::SessionRecord,
    ) -> Result<(), StoreError> {
        let done = sqlx::query(
            "INSERT INTO sessions (token_hash, user_name, csrf, created, expires) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(session.token_hash.as_str())
        .bind(session.user.as_str())
        .bind(session.csrf.as_str())
        .bind(session.created)
        .bind(session.expires)
        .execute(self.writer())
        .await;
        match done {
            Ok(_) => Ok(()),
            Err(error) if is_foreign_key_violation(&error) => {
                Err(StoreError::NotFound(format!("user {:?}", session.user)))
            }
            Err(error) if is_unique_violation(&error) => {
                Err(StoreError::Conflict("session token exists".into()))
            }
            Err(error) => Err(error.into()),
        }
    }

    async fn session(
        &self,
        token_hash: &str,
        now: Millis,
    ) -> Result<Option<(crate::review::SessionRecord, crate::review::UserRecord)>, StoreError> {
        let row = sqlx::query(
            "SELECT s.token_hash, s.csrf, s.created AS session_created, s.expires, \
             u.name, u.password_hash, u.role, u.queues, u.disabled, u.failed_logins, \
             u.locked_until, u.created \
             FROM sessions s JOIN users u ON u.name = s.user_name \
             WHERE s.token_hash = $1 AND s.expires > $2 AND u.disabled = $3",
        )
        .bind(token_hash)
        .bind(now)
        .bind(false)
        .fetch_optional(self.reader())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user = review_user_from_row(&row)?;
        let session = crate::review::SessionRecord {
            token_hash: row.try_get("token_hash")?,
            user: user.name.clone(),
            csrf: row.try_get("csrf")?,
            created: row.try_get("session_created")?,
            expires: row.try_get("expires")?,
        };
        Ok(Some((session, user)))
    }

    async fn delete_session(&self, token_hash: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn purge_sessions(&self, now: Millis) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires <= $1")
            .bind(now)
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected())
    }

    async fn claim_case(&self, id: CaseId, reviewer: &str, now: Millis) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE cases SET claimed_by = $2, \
             claimed_at = CASE WHEN claimed_by = $2 THEN claimed_at ELSE $3 END \
             WHERE id = $1 AND status = 'open' AND (claimed_by IS NULL OR claimed_by = $2)",
        )
        .bind(id.0)
        .bind(reviewer)
        .bind(now)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 1 {
            Ok(())
        } else {
            Err(self.review_claim_refusal(id).await)
        }
    }

    async fn claim_next(
        &self,
        scope: &crate::review::ClaimScope,
        reviewer: &str,
        now: Millis,
    ) -> Result<Option<CaseId>, StoreError> {
        for _ in 0..CLAIM_NEXT_ATTEMPTS {
            // The best unclaimed case of each queue, then the best of those.
            let mut best: Option<(i32, Millis, i64)> = None;
            for queue in review_sorted(&scope.queues) {
                let row = sqlx::query(
                    "SELECT id, priority, created FROM cases \
                     WHERE status = 'open' AND queue = $1 AND claimed_by IS NULL \
                     AND (child_safety = $2 OR $3) \
                     ORDER BY priority DESC, created ASC, id ASC LIMIT 1",
                )
                .bind(queue.as_str())
                .bind(false)
                .bind(scope.child_safety)
                .fetch_optional(self.writer())
                .await?;
                if let Some(row) = row {
                    let candidate: (i32, Millis, i64) = (
                        row.try_get("priority")?,
                        row.try_get("created")?,
                        row.try_get("id")?,
                    );
                    let better = best.is_none_or(|(p, c, i)| {
                        (std::cmp::Reverse(candidate.0), candidate.1, candidate.2)
                            < (std::cmp::Reverse(p), c, i)
                    });
                    if better {
                        best = Some(candidate);
                    }
                }
            }
            let Some((_, _, id)) = best else {
                return Ok(None);
            };
            let done = sqlx::query(
                "UPDATE cases SET claimed_by = $2, claimed_at = $3 \
                 WHERE id = $1 AND status = 'open' AND claimed_by IS NULL",
            )
            .bind(id)
            .bind(reviewer)
            .bind(now)
            .execute(self.writer())
            .await?;
            if done.rows_affected() == 1 {
                return Ok(Some(CaseId(id)));
            }
            // Someone else took it between the two statements: look again.
        }
        Err(StoreError::Conflict(
            "every case picked was taken by another reviewer first; try again".into(),
        ))
    }

    async fn release_case(&self, id: CaseId, reviewer: Option<&str>) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE cases SET claimed_by = NULL, claimed_at = NULL \
             WHERE id = $1 AND claimed_by IS NOT NULL AND ($2 IS NULL OR claimed_by = $2)",
        )
        .bind(id.0)
        .bind(reviewer)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 1 {
            return Ok(());
        }
        match self.case_claim(id).await? {
            None if self.case(id).await?.is_none() => {
                Err(StoreError::NotFound(format!("case {id}")))
            }
            None => Ok(()),
            Some(_) => Err(StoreError::Conflict(format!(
                "case {id} is claimed by another reviewer"
            ))),
        }
    }

    async fn reassign_case(&self, id: CaseId, to: &str, now: Millis) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        let user = sqlx::query("SELECT disabled FROM users WHERE name = $1")
            .bind(to)
            .fetch_optional(&mut *tx)
            .await?;
        match user {
            None => return Err(StoreError::NotFound(format!("user {to:?}"))),
            Some(row) => {
                let disabled: bool = row.try_get("disabled")?;
                if disabled {
                    return Err(StoreError::Conflict(format!("user {to:?} is disabled")));
                }
            }
        }
        let done = sqlx::query(
            "UPDATE cases SET claimed_by = $2, claimed_at = $3 WHERE id = $1 AND status = 'open'",
        )
        .bind(id.0)
        .bind(to)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            drop(tx);
            return Err(self.review_claim_refusal(id).await);
        }
        tx.commit().await?;
        Ok(())
    }

    async fn case_claim(&self, id: CaseId) -> Result<Option<crate::review::Claim>, StoreError> {
        let row = sqlx::query("SELECT claimed_by, claimed_at FROM cases WHERE id = $1")
            .bind(id.0)
            .fetch_optional(self.reader())
            .await?;
        let Some(row) = row else { return Ok(None) };
        let by: Option<String> = row.try_get("claimed_by")?;
        let at: Option<i64> = row.try_get("claimed_at")?;
        Ok(by.map(|reviewer| crate::review::Claim {
            reviewer,
            since: at.unwrap_or(0),
        }))
    }

    async fn queue_cases(
        &self,
        queue: &str,
        limit: usize,
    ) -> Result<Vec<crate::review::QueueEntry>, StoreError> {
        let rows = sqlx::query(queue_entry_sql!(
            "WHERE c.status = 'open' AND c.queue = $1 \
             ORDER BY c.priority DESC, c.created ASC, c.id ASC LIMIT $2"
        ))
        .bind(queue)
        .bind(sql_limit(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(review_queue_entry_from_row).collect()
    }

    async fn claimed_cases(
        &self,
        reviewer: &str,
    ) -> Result<Vec<crate::review::QueueEntry>, StoreError> {
        let rows = sqlx::query(queue_entry_sql!(
            "WHERE c.status = 'open' AND c.claimed_by = $1 \
             ORDER BY c.priority DESC, c.created ASC, c.id ASC"
        ))
        .bind(reviewer)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(review_queue_entry_from_row).collect()
    }

    async fn queue_stats(&self) -> Result<Vec<crate::review::QueueStats>, StoreError> {
        let rows = sqlx::query(
            "SELECT queue, COUNT(*) AS open, \
             SUM(CASE WHEN claimed_by IS NULL THEN 1 ELSE 0 END) AS unclaimed, \
             MIN(created) AS oldest, \
             SUM(CASE WHEN child_safety THEN 1 ELSE 0 END) AS child_safety \
             FROM cases WHERE status = 'open' GROUP BY queue ORDER BY queue",
        )
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let open: i64 = row.try_get("open")?;
                let unclaimed: Option<i64> = row.try_get("unclaimed")?;
                let child_safety: Option<i64> = row.try_get("child_safety")?;
                Ok(crate::review::QueueStats {
                    queue: row.try_get("queue")?,
                    open: open.max(0) as u64,
                    unclaimed: unclaimed.unwrap_or(0).max(0) as u64,
                    oldest: row.try_get("oldest")?,
                    child_safety: child_safety.unwrap_or(0).max(0) as u64,
                })
            })
            .collect()
    }

    async fn record_review_decision(
        &self,
        decision: &crate::review::NewReviewDecision,
    ) -> Result<crate::review::ReviewDecisionRecord, StoreError> {
        Ok(self.review_decide(decision, None).await?.0)
    }

    async fn record_review_decision_audited(
        &self,
        decision: &crate::review::NewReviewDecision,
        audit: &crate::NewAuditEntry,
    ) -> Result<(crate::review::ReviewDecisionRecord, crate::AuditEntry), StoreError> {
        let (record, audited) = self.review_decide(decision, Some(audit)).await?;
        let audited = audited.ok_or_else(|| StoreError::Database("audit entry missing".into()))?;
        Ok((record, audited))
    }

    async fn review_decisions(
        &self,
        since: Millis,
    ) -> Result<Vec<crate::review::ReviewDecisionRecord>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            decision_columns!(),
            " FROM review_decisions WHERE ts >= $1 ORDER BY ts, id"
        ))
        .bind(since)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(review_decision_from_row).collect()
    }

    async fn subject_review_decisions(
        &self,
        subject: &str,
    ) -> Result<Vec<crate::review::ReviewDecisionRecord>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            decision_columns!(),
            " FROM review_decisions WHERE subject = $1 ORDER BY ts, id"
        ))
        .bind(subject)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(review_decision_from_row).collect()
    }

    async fn add_case_note(
        &self,
        id: CaseId,
        author: &str,
        text: &str,
        now: Millis,
    ) -> Result<crate::review::CaseNote, StoreError> {
        crate::review::validate_note(text)?;
        let row = sqlx::query(
            "INSERT INTO case_notes (case_id, author, text, ts) VALUES ($1, $2, $3, $4) \
             RETURNING id",
        )
        .bind(id.0)
        .bind(author)
        .bind(text)
        .bind(now)
        .fetch_one(self.writer())
        .await;
        match row {
            Ok(row) => Ok(crate::review::CaseNote {
                id: row.try_get("id")?,
                case_id: id,
                author: author.to_string(),
                text: text.to_string(),
                ts: now,
            }),
            Err(error) if is_foreign_key_violation(&error) => {
                Err(StoreError::NotFound(format!("case {id}")))
            }
            Err(error) => Err(error.into()),
        }
    }

    async fn case_notes(&self, id: CaseId) -> Result<Vec<crate::review::CaseNote>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, case_id, author, text, ts FROM case_notes WHERE case_id = $1 \
             ORDER BY ts, id",
        )
        .bind(id.0)
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(review_note_from_row).collect()
    }

    async fn wellness(&self, user: &str) -> Result<crate::review::WellnessSettings, StoreError> {
        let row =
            sqlx::query("SELECT blur, grayscale, autoplay FROM wellness WHERE user_name = $1")
                .bind(user)
                .fetch_optional(self.reader())
                .await?;
        let Some(row) = row else {
            return Ok(crate::review::WellnessSettings::default());
        };
        let blur: i64 = row.try_get("blur")?;
        Ok(crate::review::WellnessSettings {
            blur: u8::try_from(blur.clamp(0, i64::from(crate::review::WellnessSettings::MAX_BLUR)))
                .unwrap_or(crate::review::WellnessSettings::MAX_BLUR),
            grayscale: row.try_get("grayscale")?,
            autoplay: row.try_get("autoplay")?,
        })
    }

    async fn set_wellness(
        &self,
        user: &str,
        settings: &crate::review::WellnessSettings,
    ) -> Result<(), StoreError> {
        let blur = settings.blur.min(crate::review::WellnessSettings::MAX_BLUR);
        let done = sqlx::query(
            "INSERT INTO wellness (user_name, blur, grayscale, autoplay) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_name) DO UPDATE SET blur = excluded.blur, \
             grayscale = excluded.grayscale, autoplay = excluded.autoplay",
        )
        .bind(user)
        .bind(i64::from(blur))
        .bind(settings.grayscale)
        .bind(settings.autoplay)
        .execute(self.writer())
        .await;
        match done {
            Ok(_) => Ok(()),
            Err(error) if is_foreign_key_violation(&error) => {
                Err(StoreError::NotFound(format!("user {user:?}")))
            }
            Err(error) => Err(error.into()),
        }
    }
}

impl Backend {
    /// Records a review decision, and `audit` (when given) in the same
    /// transaction with `"review_decision": <id>` added to its detail.
    async fn review_decide(
        &self,
        decision: &crate::review::NewReviewDecision,
        audit: Option<&crate::NewAuditEntry>,
    ) -> Result<
        (
            crate::review::ReviewDecisionRecord,
            Option<crate::AuditEntry>,
        ),
        StoreError,
    > {
        if let Some(entry) = audit {
            entry.validate()?;
        }
        use crate::review::ReviewDecisionKind;
        if let Some(note) = &decision.note {
            crate::review::validate_note(note)?;
        }
        match (&decision.action, decision.decision) {
            (None, ReviewDecisionKind::Confirm) => {
                return Err(StoreError::Invalid(
                    "action: a confirmation needs an action".into(),
                ));
            }
            (Some(_), kind) if kind != ReviewDecisionKind::Confirm => {
                return Err(StoreError::Invalid(
                    "action: only a confirmation takes an action".into(),
                ));
            }
            _ => {}
        }
        let codes = review_sorted(&decision.codes);
        let mut tx = self.writer().begin().await?;
        // Lock the row (PostgreSQL) and check the claim; a no-op write.
        let row = sqlx::query(
            "UPDATE cases SET updated = updated \
             WHERE id = $1 AND status = 'open' AND claimed_by = $2 \
             RETURNING subject, queue, child_safety, created",
        )
        .bind(decision.case_id.0)
        .bind(decision.reviewer.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            drop(tx);
            let refusal = self.review_claim_refusal(decision.case_id).await;
            return Err(match refusal {
                StoreError::Conflict(message) if message.ends_with("try again") => {
                    StoreError::Conflict(format!(
                        "case {}: claim it before deciding",
                        decision.case_id
                    ))
                }
                other => other,
            });
        };
        let subject: String = row.try_get("subject")?;
        let queue: String = row.try_get("queue")?;
        let child_safety: bool = row.try_get("child_safety")?;
        let case_created: Millis = row.try_get("created")?;
        let status = if decision.decision.closes_case() {
            "closed"
        } else {
            "open"
        };
        let new_queue = decision.decision.target_queue().unwrap_or(queue.as_str());
        let updated = sqlx::query(
            "UPDATE cases SET status = $2, queue = $3, claimed_by = NULL, claimed_at = NULL, \
             updated = CASE WHEN $4 > updated THEN $4 ELSE updated END WHERE id = $1",
        )
        .bind(decision.case_id.0)
        .bind(status)
        .bind(new_queue)
        .bind(decision.ts)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::Conflict(format!(
                "case {} changed; try again",
                decision.case_id
            )));
        }
        let codes_text = to_json_text("codes", &codes)?;
        let row = sqlx::query(
            "INSERT INTO review_decisions (case_id, reviewer, decision, action, codes, note, \
             queue, subject, child_safety, case_created, ts) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(decision.case_id.0)
        .bind(decision.reviewer.as_str())
        .bind(decision.decision.as_str())
        .bind(decision.action.as_deref())
        .bind(codes_text)
        .bind(decision.note.as_deref())
        .bind(queue.as_str())
        .bind(subject.as_str())
        .bind(child_safety)
        .bind(case_created)
        .bind(decision.ts)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        let audited = match audit {
            Some(entry) => {
                let mut entry = entry.clone();
                if let serde_json::Value::Object(detail) = &mut entry.detail {
                    detail.insert("review_decision".into(), id.into());
                }
                Some(append_audit_in(&mut tx, &entry).await?)
            }
            None => None,
        };
        tx.commit().await?;
        let record = crate::review::ReviewDecisionRecord {
            id,
            case_id: decision.case_id,
            subject,
            queue,
            child_safety,
            case_created,
            reviewer: decision.reviewer.clone(),
            decision: decision.decision,
            action: decision.action.clone(),
            codes,
            note: decision.note.clone(),
            ts: decision.ts,
        };
        Ok((record, audited))
    }
}
