// The `ReportStore` implementation shared by both backends, `include!`d into
// `sqlite.rs` and `postgres.rs` after `shared.rs` (same names in scope).
//
// Claims (`claim_ncmec_reports`, `due_jobs_of_kind`) repeat the lease
// condition in the outer `WHERE`: on PostgreSQL a second claimer that waited
// for the first one's row lock re-checks it against the updated row and skips
// the row, so no `FOR UPDATE SKIP LOCKED` (which SQLite lacks) is needed for
// correctness; on SQLite the single writer serialises claims anyway.

/// The columns of an `ncmec_reports` row, then `$tail`.
macro_rules! ncmec_report_sql {
    ($head:literal, $tail:literal) => {
        concat!(
            $head,
            " id, case_id, status, draft, xml, ncmec_report_id, environment, attempts, \
             next_attempt, last_error, created_by, created, updated, submitted_at, finished_at, \
             retracted_at, hold_started ",
            $tail
        )
    };
}

/// Longest answer body or error kept, in bytes.
const NCMEC_MAX_KEPT: usize = 64 * 1024;

fn ncmec_clip(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn ncmec_report_from_row(row: &DbRow) -> Result<crate::NcmecReport, StoreError> {
    let id: i64 = row.try_get("id")?;
    let status: String = row.try_get("status")?;
    let draft: String = row.try_get("draft")?;
    let attempts: i32 = row.try_get("attempts")?;
    let environment: Option<String> = row.try_get("environment")?;
    Ok(crate::NcmecReport {
        id,
        case_id: CaseId(row.try_get("case_id")?),
        status: crate::NcmecStatus::parse(&status).ok_or_else(|| {
            StoreError::Database(format!("stored status {status:?} of ncmec report {id}"))
        })?,
        draft: from_json_text(&format!("draft of ncmec report {id}"), &draft)?,
        xml: row.try_get("xml")?,
        ncmec_report_id: row.try_get("ncmec_report_id")?,
        environment: environment.unwrap_or_default(),
        attempts: attempts.max(0) as u32,
        next_attempt: row.try_get("next_attempt")?,
        last_error: row.try_get("last_error")?,
        created_by: row.try_get("created_by")?,
        created: row.try_get("created")?,
        updated: row.try_get("updated")?,
        submitted_at: row.try_get("submitted_at")?,
        finished_at: row.try_get("finished_at")?,
        retracted_at: row.try_get("retracted_at")?,
        hold_started: row.try_get("hold_started")?,
    })
}

async fn ncmec_insert_files(
    tx: &mut sqlx::Transaction<'_, Db>,
    id: i64,
    files: &[crate::NewNcmecFile],
) -> Result<(), StoreError> {
    for (position, file) in files.iter().enumerate() {
        let info = to_json_text("file info", &file.info)?;
        sqlx::query(
            "INSERT INTO ncmec_report_files \
             (report_id, position, file_name, content, info, ncmec_file_id, info_sent) \
             VALUES ($1, $2, $3, $4, $5, NULL, $6)",
        )
        .bind(id)
        .bind(i32::try_from(position).map_err(|_| StoreError::Invalid("files: too many".into()))?)
        .bind(file.file_name.as_str())
        .bind(file.content.as_slice())
        .bind(info)
        .bind(false)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl crate::ReportStore for Backend {
    async fn create_ncmec_report(
        &self,
        report: &crate::NewNcmecReport,
    ) -> Result<crate::NcmecReport, StoreError> {
        if !matches!(
            report.status,
            crate::NcmecStatus::Draft | crate::NcmecStatus::Queued
        ) {
            return Err(StoreError::Invalid(
                "status: a new report is a draft or queued".into(),
            ));
        }
        let draft = to_json_text("draft", &report.draft)?;
        let mut tx = self.writer().begin().await?;
        const SQL: &str = ncmec_report_sql!(
            "INSERT INTO ncmec_reports (case_id, status, draft, environment, attempts, \
             next_attempt, created_by, created, updated) \
             VALUES ($1, $2, $3, $4, 0, $5, $6, $5, $5) RETURNING",
            ""
        );
        let inserted = sqlx::query(SQL)
            .bind(report.case_id.0)
            .bind(report.status.as_str())
            .bind(draft)
            .bind(report.environment.as_str())
            .bind(report.now)
            .bind(report.created_by.as_str())
            .fetch_one(&mut *tx)
            .await;
        let row = match inserted {
            Err(error) if is_unique_violation(&error) => {
                return Err(StoreError::Conflict(format!(
                    "case {} already has an NCMEC report",
                    report.case_id
                )));
            }
            Err(error) if is_foreign_key_violation(&error) => {
                return Err(StoreError::NotFound(format!("case {}", report.case_id)));
            }
            other => other?,
        };
        let created = ncmec_report_from_row(&row)?;
        ncmec_insert_files(&mut tx, created.id, &report.files).await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn ncmec_report(&self, id: i64) -> Result<Option<crate::NcmecReport>, StoreError> {
        const SQL: &str = ncmec_report_sql!("SELECT", "FROM ncmec_reports WHERE id = $1");
        let row = sqlx::query(SQL)
            .bind(id)
            .fetch_optional(self.reader())
            .await?;
        row.as_ref().map(ncmec_report_from_row).transpose()
    }

    async fn ncmec_report_of_case(
        &self,
        case: CaseId,
    ) -> Result<Option<crate::NcmecReport>, StoreError> {
        const SQL: &str = ncmec_report_sql!("SELECT", "FROM ncmec_reports WHERE case_id = $1");
        let row = sqlx::query(SQL)
            .bind(case.0)
            .fetch_optional(self.reader())
            .await?;
        row.as_ref().map(ncmec_report_from_row).transpose()
    }

    async fn ncmec_reports(
        &self,
        status: Option<crate::NcmecStatus>,
        limit: usize,
    ) -> Result<Vec<crate::NcmecReport>, StoreError> {
        const SQL: &str = ncmec_report_sql!(
            "SELECT",
            "FROM ncmec_reports WHERE ($1 IS NULL OR status = $1) \
             ORDER BY created DESC, id DESC LIMIT $2"
        );
        let rows = sqlx::query(SQL)
            .bind(status.map(crate::NcmecStatus::as_str))
            .bind(sql_limit(limit))
            .fetch_all(self.reader())
            .await?;
        rows.iter().map(ncmec_report_from_row).collect()
    }

    async fn ncmec_report_files(&self, id: i64) -> Result<Vec<crate::NcmecFile>, StoreError> {
        let rows = sqlx::query(
            "SELECT position, file_name, content, info, ncmec_file_id, info_sent \
             FROM ncmec_report_files WHERE report_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let position: i32 = row.try_get("position")?;
                let info: String = row.try_get("info")?;
                Ok(crate::NcmecFile {
                    position: position.max(0) as u32,
                    file_name: row.try_get("file_name")?,
                    content: row.try_get("content")?,
                    info: from_json_text(
                        &format!("info of file {position} of report {id}"),
                        &info,
                    )?,
                    ncmec_file_id: row.try_get("ncmec_file_id")?,
                    info_sent: row.try_get("info_sent")?,
                })
            })
            .collect()
    }

    async fn replace_ncmec_files(
        &self,
        id: i64,
        files: &[crate::NewNcmecFile],
        now: Millis,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        let touched = sqlx::query(
            "UPDATE ncmec_reports SET updated = $2 \
             WHERE id = $1 AND status IN ('draft', 'failed')",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if touched.rows_affected() == 0 {
            let exists = sqlx::query("SELECT status FROM ncmec_reports WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
            return Err(match exists {
                None => StoreError::NotFound(format!("ncmec report {id}")),
                Some(row) => {
                    let status: String = row.try_get("status")?;
                    StoreError::Conflict(format!(
                        "ncmec report {id} is {status}: only a draft or failed report can change"
                    ))
                }
            });
        }
        sqlx::query("DELETE FROM ncmec_report_files WHERE report_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        ncmec_insert_files(&mut tx, id, files).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn transition_ncmec_report(
        &self,
        id: i64,
        from: &[crate::NcmecStatus],
        t: &crate::NcmecTransition,
    ) -> Result<crate::NcmecReport, StoreError> {
        let draft = t
            .draft
            .as_ref()
            .map(|d| to_json_text("draft", d))
            .transpose()?;
        let error = t.error.as_deref().map(|e| ncmec_clip(e, NCMEC_MAX_KEPT));
        let mut tx = self.writer().begin().await?;
        let Some(row) = sqlx::query("SELECT status FROM ncmec_reports WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Err(StoreError::NotFound(format!("ncmec report {id}")));
        };
        let current: String = row.try_get("status")?;
        if !from.iter().any(|s| s.as_str() == current) {
            return Err(StoreError::Conflict(format!(
                "ncmec report {id} is {current}, not {}",
                from.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ")
            )));
        }
        const SQL: &str = ncmec_report_sql!(
            "UPDATE ncmec_reports SET status = $2, draft = COALESCE($3, draft), \
             xml = COALESCE($4, xml), ncmec_report_id = COALESCE($5, ncmec_report_id), \
             last_error = $6, hold_started = COALESCE($7, hold_started), attempts = 0, \
             next_attempt = $8, leased_until = NULL, updated = $8, \
             submitted_at = CASE WHEN $2 = 'submitted' THEN $8 ELSE submitted_at END, \
             finished_at = CASE WHEN $2 = 'finished' THEN $8 ELSE finished_at END, \
             retracted_at = CASE WHEN $2 = 'retracted' THEN $8 ELSE retracted_at END \
             WHERE id = $1 AND status = $9 RETURNING",
            ""
        );
        let row = sqlx::query(SQL)
            .bind(id)
            .bind(t.to.as_str())
            .bind(draft)
            .bind(t.xml.as_deref())
            .bind(t.ncmec_report_id)
            .bind(error)
            .bind(t.hold_started)
            .bind(t.now)
            .bind(current.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Err(StoreError::Conflict(format!(
                "ncmec report {id} changed concurrently"
            )));
        };
        let report = ncmec_report_from_row(&row)?;
        tx.commit().await?;
        Ok(report)
    }

    async fn claim_ncmec_reports(
        &self,
        now: Millis,
        lease_until: Millis,
        limit: usize,
    ) -> Result<Vec<crate::NcmecReport>, StoreError> {
        const SQL: &str = ncmec_report_sql!(
            "UPDATE ncmec_reports SET leased_until = $2 WHERE id IN (\
             SELECT id FROM ncmec_reports \
             WHERE status IN ('queued', 'submitted', 'retracting') AND next_attempt <= $1 \
             AND (leased_until IS NULL OR leased_until <= $1) \
             ORDER BY next_attempt, id LIMIT $3) \
             AND (leased_until IS NULL OR leased_until <= $1) RETURNING",
            ""
        );
        let rows = sqlx::query(SQL)
            .bind(now)
            .bind(lease_until)
            .bind(sql_limit(limit))
            .fetch_all(self.writer())
            .await?;
        let mut reports = rows
            .iter()
            .map(ncmec_report_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        reports.sort_by_key(|r| (r.next_attempt, r.id));
        Ok(reports)
    }

    async fn retry_ncmec_report_later(
        &self,
        id: i64,
        next_attempt: Millis,
        error: &str,
    ) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE ncmec_reports SET attempts = attempts + 1, next_attempt = $2, \
             last_error = $3, leased_until = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(next_attempt)
        .bind(ncmec_clip(error, NCMEC_MAX_KEPT))
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("ncmec report {id}")));
        }
        Ok(())
    }

    async fn set_ncmec_file_progress(
        &self,
        id: i64,
        position: u32,
        ncmec_file_id: Option<&str>,
        info_sent: bool,
    ) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE ncmec_report_files SET ncmec_file_id = $3, info_sent = $4 \
             WHERE report_id = $1 AND position = $2",
        )
        .bind(id)
        .bind(i32::try_from(position).unwrap_or(i32::MAX))
        .bind(ncmec_file_id)
        .bind(info_sent)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!(
                "file {position} of ncmec report {id}"
            )));
        }
        Ok(())
    }

    async fn add_ncmec_exchange(&self, e: &crate::NcmecExchange) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO ncmec_report_responses \
             (report_id, endpoint, http_status, response_code, description, request, body, ts) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(e.report)
        .bind(e.endpoint.as_str())
        .bind(e.http_status.map(i32::from))
        .bind(e.response_code)
        .bind(ncmec_clip(&e.description, NCMEC_MAX_KEPT))
        .bind(e.request.as_deref())
        .bind(e.body.as_deref().map(|b| ncmec_clip(b, NCMEC_MAX_KEPT)))
        .bind(e.ts)
        .fetch_one(self.writer())
        .await;
        match row {
            Err(error) if is_foreign_key_violation(&error) => {
                Err(StoreError::NotFound(format!("ncmec report {}", e.report)))
            }
            other => Ok(other?.try_get("id")?),
        }
    }

    async fn ncmec_exchanges(&self, id: i64) -> Result<Vec<crate::NcmecExchange>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, report_id, endpoint, http_status, response_code, description, request, \
             body, ts FROM ncmec_report_responses WHERE report_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let http_status: Option<i32> = row.try_get("http_status")?;
                Ok(crate::NcmecExchange {
                    id: row.try_get("id")?,
                    report: row.try_get("report_id")?,
                    endpoint: row.try_get("endpoint")?,
                    http_status: http_status.and_then(|s| u16::try_from(s).ok()),
                    response_code: row.try_get("response_code")?,
                    description: row.try_get("description")?,
                    request: row.try_get("request")?,
                    body: row.try_get("body")?,
                    ts: row.try_get("ts")?,
                })
            })
            .collect()
    }

    async fn due_jobs_of_kind(
        &self,
        kind: &str,
        now: Millis,
        limit: usize,
    ) -> Result<Vec<Job>, StoreError> {
        let rows = sqlx::query(
            "UPDATE jobs SET leased_until = $2 WHERE id IN (\
             SELECT id FROM jobs WHERE status = 'pending' AND kind = $4 AND next_attempt <= $1 \
             AND (leased_until IS NULL OR leased_until <= $1) \
             ORDER BY next_attempt, id LIMIT $3) \
             AND (leased_until IS NULL OR leased_until <= $1) \
             RETURNING id, kind, payload, attempts, next_attempt",
        )
        .bind(now)
        .bind(now.saturating_add(JOB_LEASE_MS))
        .bind(sql_limit(limit))
        .bind(kind)
        .fetch_all(self.writer())
        .await?;
        jobs_from_rows(&rows)
    }
}
