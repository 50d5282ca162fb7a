-- Inline media received with events, by content SHA-256, so reviewers can
-- see what a case is about and reports can attach it. Kept under the
-- retention policy (purged with the events unless held). Keep in step with
-- ../postgres/0005_media.sql.
CREATE TABLE media_blobs (
    sha256   TEXT    PRIMARY KEY,
    size     INTEGER NOT NULL,
    bytes    BLOB    NOT NULL,
    received INTEGER NOT NULL
);
