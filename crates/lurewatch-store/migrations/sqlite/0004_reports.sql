-- NCMEC CyberTipline reports (issue 6). Keep in step with
-- ../postgres/0004_reports.sql.
--
-- One row per case, ever (UNIQUE case_id): a case is reported at most once.
-- status: draft (editable) → queued → submitted (NCMEC gave a report id;
-- files being uploaded) → finished; or → retracting → retracted; or failed
-- (refused before NCMEC assigned a report id; editable again).
CREATE TABLE ncmec_reports (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id         INTEGER NOT NULL UNIQUE REFERENCES cases (id),
    status          TEXT    NOT NULL CHECK (status IN
                        ('draft', 'queued', 'submitted', 'finished', 'retracting', 'retracted', 'failed')),
    draft           TEXT    NOT NULL,
    xml             TEXT,
    ncmec_report_id INTEGER,
    environment     TEXT,
    attempts        INTEGER NOT NULL,
    next_attempt    INTEGER NOT NULL,
    leased_until    INTEGER,
    last_error      TEXT,
    created_by      TEXT    NOT NULL,
    created         INTEGER NOT NULL,
    updated         INTEGER NOT NULL,
    submitted_at    INTEGER,
    finished_at     INTEGER,
    retracted_at    INTEGER,
    hold_started    INTEGER
);
CREATE INDEX ncmec_reports_due ON ncmec_reports (next_attempt, id)
    WHERE status IN ('queued', 'submitted', 'retracting');

-- The files of a report (chat logs, media), kept as sent: they are part of
-- what must be preserved.
CREATE TABLE ncmec_report_files (
    report_id     INTEGER NOT NULL REFERENCES ncmec_reports (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    file_name     TEXT    NOT NULL,
    content       BLOB    NOT NULL,
    info          TEXT    NOT NULL,
    ncmec_file_id TEXT,
    info_sent     INTEGER NOT NULL,
    PRIMARY KEY (report_id, position)
) WITHOUT ROWID;

-- Every request made and answer received, in order.
CREATE TABLE ncmec_report_responses (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id     INTEGER NOT NULL REFERENCES ncmec_reports (id) ON DELETE CASCADE,
    endpoint      TEXT    NOT NULL,
    http_status   INTEGER,
    response_code INTEGER,
    description   TEXT    NOT NULL,
    request       TEXT,
    body          TEXT,
    ts            INTEGER NOT NULL
);
CREATE INDEX ncmec_report_responses_by_report ON ncmec_report_responses (report_id, id);
